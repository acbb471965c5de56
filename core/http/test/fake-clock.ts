import type { HttpRequest, HttpResponse, Sleep, Transport } from '../types';

/** One scripted answer; `hang` never answers, so the caller's timeout wins. */
export type ScriptedAnswer = Partial<HttpResponse> & { hang?: boolean };

/**
 * A fake clock and a scripted transport that run backoff, deadline and rate-limit logic in
 * milliseconds of real time: time moves only when something sleeps (concurrent sleeps
 * overlap, as in real time), and every wait is recorded.
 *
 * The timeout race is the one subtle part: `sendWithRetry` calls the transport and then
 * sleeps for the timeout. When the scripted answer comes, that timeout sleep never
 * resolves (and moves no time); when the answer is `hang`, it resolves and moves the clock.
 */
export const fakeHttp = (script: ScriptedAnswer[] = [{ status: 200 }], start = 1_000_000) => {
  let t = start;
  const waits: number[] = [];
  const timeouts: number[] = [];
  const seen: HttpRequest[] = [];
  let race: 'answer' | 'hang' | null = null;
  // Virtual time: each sleep is a timer; once every task has run to its next sleep (the
  // check runs after pending microtasks), the earliest timer fires and the clock jumps to it.
  // Concurrent sleeps therefore overlap as they would in real time.
  const timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
  let seq = 0;
  let scheduled = false;
  const fire = () => {
    scheduled = false;
    timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = timers.shift();
    if (!next) return;
    t = Math.max(t, next.at);
    next.resolve();
    if (timers.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(fire);
  };
  const sleep: Sleep = (ms) => {
    if (race === 'answer') {
      race = null;
      return new Promise(() => undefined);
    }
    if (race === 'hang') {
      race = null;
      timeouts.push(ms);
    } else waits.push(ms);
    return new Promise<void>((resolve) => {
      timers.push({ at: t + ms, seq: seq++, resolve });
      schedule();
    });
  };
  const transport: Transport = (req) => {
    seen.push(req);
    const next = script[Math.min(seen.length - 1, script.length - 1)];
    if (next.hang) {
      race = 'hang';
      return new Promise(() => undefined);
    }
    race = 'answer';
    const { hang: _hang, ...answer } = next;
    return Promise.resolve({ status: 200, headers: {}, body: '', ...answer });
  };
  /** Puts any in-process transport behind the same clock, so its answers win the timeout race. */
  const wrap =
    (inner: Transport): Transport =>
    (req) => {
      seen.push(req);
      race = 'answer';
      return inner(req);
    };
  return {
    now: () => t,
    sleep,
    transport,
    wrap,
    waits,
    timeouts,
    seen,
    advance: (ms: number) => (t += ms),
  };
};
