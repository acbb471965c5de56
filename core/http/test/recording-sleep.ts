import { realSleep } from './real-sleep';

/** A timeout long enough never to fire in a test: the one sleep that really waits. */
export const longTimeout = 120_000;

/** Records the backoff waits asked for and waits a millisecond instead; the timeout race sleeps for real. */
export const recordingSleep = () => {
  const waits: number[] = [];
  const sleep = (ms: number) => {
    if (ms === longTimeout) return realSleep(ms);
    waits.push(ms);
    return realSleep(1);
  };
  return { waits, sleep };
};
