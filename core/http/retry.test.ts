import { describe, expect, it } from 'vitest';
import { backoffMs, sendWithRetry } from './http';
import { fakeHttp } from './test/fake-clock';

const get = { method: 'GET', url: 'https://api.example/x', headers: {} };

describe('jitter', () => {
  it('waits between half and all of the nominal backoff', () => {
    expect(backoffMs(250, 0, () => 0)).toBe(125);
    expect(backoffMs(250, 0, () => 0.999999)).toBe(250);
    expect(backoffMs(250, 3, () => 0.5)).toBe(1500);
  });

  it('spreads the retries of clients that failed together', async () => {
    const waits = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const http = fakeHttp([{ status: 503 }, { status: 200 }]);
      await sendWithRetry(get, { ...http, baseDelayMs: 1000 });
      waits.add(http.waits[0]);
      expect(http.waits[0]).toBeGreaterThanOrEqual(500);
      expect(http.waits[0]).toBeLessThanOrEqual(1000);
    }
    expect(waits.size).toBeGreaterThan(5);
  });
});

describe('advice from the API', () => {
  it('waits what the advice says instead of the backoff, and says why when it gives up', async () => {
    const http = fakeHttp([{ status: 429 }, { status: 200 }]);
    const res = await sendWithRetry(get, {
      ...http,
      advise: () => ({ waitMs: 10_000, why: 'TEN_SECONDLY_ROLLING window' }),
    });
    expect(res.status).toBe(200);
    expect(http.waits).toEqual([10_000]);
  });

  it('stops at once when the advice says so (a daily limit does not pass in a chat)', async () => {
    const http = fakeHttp([{ status: 429, body: '{"policyName":"DAILY"}' }]);
    const error = await sendWithRetry(get, {
      ...http,
      advise: () => ({ stop: 'the DAILY limit is spent' }),
    }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/HTTP 429, the DAILY limit is spent/);
    expect((error as { response?: { body: string } }).response?.body).toContain('DAILY');
    expect(http.seen).toHaveLength(1);
  });
});

describe('the caller’s deadline', () => {
  it('gives up rather than wait past it, naming the wait and the time left', async () => {
    const http = fakeHttp([{ status: 429 }]);
    const deadline = http.now() + 3000;
    await expect(
      sendWithRetry(get, {
        ...http,
        deadline,
        advise: () => ({ waitMs: 10_000, why: 'TEN_SECONDLY_ROLLING window' }),
      }),
    ).rejects.toThrow(
      /HTTP 429 \(TEN_SECONDLY_ROLLING window\); waiting 10 s would pass the deadline \(3 s left\)/,
    );
    expect(http.waits).toEqual([]);
    expect(http.now()).toBeLessThan(deadline);
  });

  it('cuts the per-attempt timeout to the time left', async () => {
    const http = fakeHttp([{ hang: true }]);
    const started = http.now();
    await expect(
      sendWithRetry(get, { ...http, timeoutMs: 5000, deadline: started + 1200, retries: 3 }),
    ).rejects.toThrow(/deadline passed after timed out after 1.2 s|timed out after 1.2 s/);
    expect(http.timeouts).toEqual([1200]);
    expect(http.now() - started).toBe(1200);
  });

  it('retries within the deadline when the waits fit', async () => {
    const http = fakeHttp([{ status: 503 }, { status: 503 }, { status: 200 }]);
    const res = await sendWithRetry(get, {
      ...http,
      deadline: http.now() + 5000,
      baseDelayMs: 100,
      random: () => 1,
    });
    expect(res.status).toBe(200);
    expect(http.waits).toEqual([100, 200]);
  });
});
