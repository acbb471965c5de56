/**
 * Erlang C: the probability that an arriving conversation has to wait, for `agents`
 * servers and `traffic` Erlangs of offered load. Computed through the Erlang B
 * recursion, which stays stable for hundreds of agents.
 *
 * @example
 * erlangC(3, 2) // ≈ 0.444
 */
export const erlangC = (agents: number, traffic: number): number => {
  if (traffic <= 0) return 0;
  if (traffic >= agents) return 1;
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (traffic * b) / (k + traffic * b);
  return (agents * b) / (agents - traffic * (1 - b));
};

export interface WaitInputs {
  agents: number;
  averageHandleSeconds: number;
  arrivalsPerHour?: number;
  queueLength?: number;
}

/**
 * Expected wait in seconds. With a live queue length: the time for `queueLength + 1`
 * agents to free up when all are busy, `(queueLength + 1) · AHT / agents`. Otherwise with
 * an arrival rate: Erlang C's average speed of answer, `C · AHT / (agents − traffic)`.
 * Null when the inputs cannot give a figure (no agents, or an overloaded queue without a
 * queue length).
 *
 * @example
 * expectedWaitSeconds({ agents: 3, arrivalsPerHour: 24, averageHandleSeconds: 300 }) // 133
 */
export const expectedWaitSeconds = (w: WaitInputs): number | null => {
  if (!(w.agents > 0) || !(w.averageHandleSeconds > 0)) return null;
  if (w.queueLength !== undefined && w.queueLength > 0) {
    return Math.round(((w.queueLength + 1) * w.averageHandleSeconds) / w.agents);
  }
  if (w.arrivalsPerHour !== undefined) {
    const traffic = (w.arrivalsPerHour * w.averageHandleSeconds) / 3600;
    if (traffic >= w.agents) return null;
    const c = erlangC(w.agents, traffic);
    return Math.round((c * w.averageHandleSeconds) / (w.agents - traffic));
  }
  if (w.queueLength === 0) return Math.round(w.averageHandleSeconds / w.agents);
  return null;
};
