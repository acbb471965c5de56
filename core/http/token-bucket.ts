import { formatMs } from './http';
import type { Clock, Sleep } from './types';

export interface TokenBucketOptions {
  /** Requests that may go at once after a quiet spell. */
  capacity: number;
  /** Tokens added per second, up to `capacity`. */
  refillPerSecond: number;
}

/**
 * A token bucket that queues callers fairly: each `reserve` takes a token now or books the
 * next free one (the balance goes negative) and says how long to wait for it. The bucket
 * holds no clock; every call passes `now`, so tests drive it with a fake clock.
 *
 * @example
 * const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 1 });
 * bucket.reserve(0); bucket.reserve(0); // 0, 0
 * bucket.reserve(0); // 1000: the third request waits a second
 */
export class TokenBucket {
  private tokens: number;
  private updated: number | null = null;
  private pausedUntil = 0;

  constructor(readonly options: TokenBucketOptions) {
    if (!(options.capacity >= 1))
      throw new RangeError(`TokenBucket capacity must be at least 1, got ${options.capacity}`);
    if (!(options.refillPerSecond > 0))
      throw new RangeError(
        `TokenBucket refillPerSecond must be above 0, got ${options.refillPerSecond}`,
      );
    this.tokens = options.capacity;
  }

  // No refill while paused: the API said its window is spent until then.
  private refill(now: number): void {
    if (this.updated === null) {
      this.updated = now;
      return;
    }
    const from = Math.max(this.updated, this.pausedUntil);
    if (now > from) {
      const added = ((now - from) / 1000) * this.options.refillPerSecond;
      this.tokens = Math.min(this.options.capacity, this.tokens + added);
    }
    this.updated = Math.max(this.updated, now);
  }

  /** Books a token; resolves to the milliseconds to wait before using it (0: go now). */
  reserve(now: number): number {
    this.refill(now);
    this.tokens -= 1;
    const pause = Math.max(0, this.pausedUntil - now);
    const debt = this.tokens < 0 ? (-this.tokens / this.options.refillPerSecond) * 1000 : 0;
    return Math.ceil(pause + debt);
  }

  /** Gives back a booked token the caller will not use (it gave up waiting). */
  release(): void {
    this.tokens = Math.min(this.options.capacity, this.tokens + 1);
  }

  /**
   * Takes what the API says about its own window: no more tokens than it has left, and
   * none at all until `until` when it says the window is spent.
   */
  observe(now: number, remaining: number | undefined, until?: number): void {
    this.refill(now);
    if (remaining !== undefined && Number.isFinite(remaining))
      this.tokens = Math.min(this.tokens, remaining);
    if (until !== undefined && until > this.pausedUntil) {
      this.pausedUntil = until;
      this.tokens = Math.min(this.tokens, 0);
    }
  }
}

/**
 * Waits for a token, unless the wait would pass the deadline: then gives the token back and
 * throws an error that says how long the queue was.
 *
 * @example
 * await takeToken(bucket, { now: Date.now, sleep, deadline: Date.now() + 3000 });
 */
export const takeToken = async (
  bucket: TokenBucket,
  {
    now,
    sleep,
    deadline,
    what = 'request',
  }: { now: Clock; sleep: Sleep; deadline?: number; what?: string },
): Promise<void> => {
  const at = now();
  const wait = bucket.reserve(at);
  if (wait === 0) return;
  if (deadline !== undefined && at + wait >= deadline) {
    bucket.release();
    throw new Error(
      `${what}: the shared rate limiter would hold it ${formatMs(wait)}, past the deadline (${formatMs(Math.max(0, deadline - at))} left)`,
    );
  }
  await sleep(wait);
};
