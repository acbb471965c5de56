import { describe, expect, it } from 'vitest';
import { takeToken, TokenBucket } from './token-bucket';
import { fakeHttp } from './test/fake-clock';

describe('TokenBucket', () => {
  it('lets a burst of `capacity` through, then spaces the rest at the refill rate', () => {
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2 });
    const waits = Array.from({ length: 6 }, () => bucket.reserve(0));
    expect(waits).toEqual([0, 0, 0, 500, 1000, 1500]);
  });

  it('refills over time, never above capacity', () => {
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 1 });
    bucket.reserve(0);
    bucket.reserve(0);
    expect(bucket.reserve(60_000)).toBe(0);
    expect(bucket.reserve(60_000)).toBe(0);
    expect(bucket.reserve(60_000)).toBe(1000);
  });

  it('follows what the API reports: no more tokens than it has left, none while its window is spent', () => {
    const bucket = new TokenBucket({ capacity: 10, refillPerSecond: 10 });
    bucket.observe(0, 1);
    expect(bucket.reserve(0)).toBe(0);
    expect(bucket.reserve(0)).toBe(100);
    const paused = new TokenBucket({ capacity: 10, refillPerSecond: 10 });
    paused.observe(0, 0, 10_000);
    expect(paused.reserve(0)).toBe(10_100);
    expect(paused.reserve(12_000)).toBe(0);
  });

  it('refuses nonsense settings by name', () => {
    expect(() => new TokenBucket({ capacity: 0, refillPerSecond: 1 })).toThrow(/capacity/);
    expect(() => new TokenBucket({ capacity: 1, refillPerSecond: 0 })).toThrow(/refillPerSecond/);
  });
});

describe('takeToken', () => {
  it('waits for a booked token, or gives it back when the wait would pass the deadline', async () => {
    const clock = fakeHttp();
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 1 });
    await takeToken(bucket, clock);
    await takeToken(bucket, clock);
    expect(clock.waits).toEqual([1000]);
    await expect(
      takeToken(bucket, { ...clock, deadline: clock.now() + 500, what: 'HubSpot search' }),
    ).rejects.toThrow(
      /HubSpot search: the shared rate limiter would hold it 1 s, past the deadline \(500 ms left\)/,
    );
    // The refused token went back: a later caller with time to spare gets the same slot.
    await takeToken(bucket, clock);
    expect(clock.waits).toEqual([1000, 1000]);
  });
});
