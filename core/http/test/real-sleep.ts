import type { Sleep } from '../http';

/** A real sleep whose timer does not hold the process open. */
export const realSleep: Sleep = (ms) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms).unref();
  });
