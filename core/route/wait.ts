import { expectedWaitSeconds } from './erlang';
import type { QueueConfig } from './types';

export interface WaitEstimate {
  seconds: number | null;
  why: string;
}

/**
 * The queue's wait: from its statistics (live queue length, else Erlang C on the arrival
 * rate), else its given figure, else unknown. `agentsOnDuty` stands in for
 * `stats.agents` when the roster knows better.
 */
export const estimateQueueWait = (queue: QueueConfig, agentsOnDuty?: number): WaitEstimate => {
  const stats = queue.stats;
  if (stats) {
    const agents = stats.agents ?? agentsOnDuty ?? 0;
    const seconds = expectedWaitSeconds({ ...stats, agents });
    if (seconds !== null) {
      const method =
        stats.queueLength !== undefined && stats.queueLength > 0
          ? `${stats.queueLength} waiting`
          : stats.arrivalsPerHour !== undefined
            ? `Erlang C, ${stats.arrivalsPerHour}/h arriving`
            : 'queue empty';
      return {
        seconds,
        why: `wait ~${seconds}s (${method}, ${agents} agents, AHT ${stats.averageHandleSeconds}s)`,
      };
    }
  }
  if (queue.waitSeconds !== undefined) {
    return { seconds: queue.waitSeconds, why: `wait ~${queue.waitSeconds}s (configured figure)` };
  }
  return { seconds: null, why: 'wait unknown (no queue statistics)' };
};
