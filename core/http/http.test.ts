import { afterEach, describe, expect, it } from 'vitest';
import { retryAfterMs, sendWithRetry } from './http';
import { fetchTransport } from './fetch-transport';
import { realSleep } from './test/real-sleep';
import { sendJson, startServer } from './test/local-server';
import { longTimeout, recordingSleep } from './test/recording-sleep';

let servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const serve = async (handler: Parameters<typeof startServer>[0]) => {
  const s = await startServer(handler);
  servers.push(s);
  return s;
};

describe('retries, Retry-After and timeouts against a local server', () => {
  it('retries a 429 after the Retry-After seconds, then succeeds', async () => {
    let calls = 0;
    const s = await serve((_req, res) =>
      ++calls === 1
        ? sendJson(res, 429, { error: 'slow down' }, { 'retry-after': '2' })
        : sendJson(res, 200, { ok: true }),
    );
    const { waits, sleep } = recordingSleep();
    const res = await sendWithRetry(
      { method: 'GET', url: s.url, headers: {} },
      {
        transport: fetchTransport,
        sleep,
        now: Date.now,
        baseDelayMs: 100,
        timeoutMs: longTimeout,
        random: () => 1,
      },
    );
    expect(res.status).toBe(200);
    expect(calls).toBe(2);
    expect(waits).toEqual([2000]);
  });

  it('backs off exponentially on 5xx and gives up naming the status', async () => {
    const s = await serve((_req, res) => sendJson(res, 503, { error: 'down' }));
    const { waits, sleep } = recordingSleep();
    await expect(
      sendWithRetry(
        { method: 'GET', url: s.url, headers: {} },
        {
          transport: fetchTransport,
          sleep,
          now: Date.now,
          retries: 3,
          baseDelayMs: 100,
          timeoutMs: longTimeout,
          random: () => 1,
        },
      ),
    ).resolves.toMatchObject({ status: 503 });
    expect(waits).toEqual([100, 200, 400]);
    expect(s.seen).toHaveLength(4);
  });

  it('gives up at once when Retry-After asks for longer than it may wait', async () => {
    const s = await serve((_req, res) => sendJson(res, 429, {}, { 'retry-after': '120' }));
    await expect(
      sendWithRetry(
        { method: 'GET', url: s.url, headers: {} },
        { transport: fetchTransport, sleep: realSleep, now: Date.now, maxDelayMs: 5000 },
      ),
    ).rejects.toThrow(/Retry-After 120 s is longer than the 5000 ms/);
    expect(s.seen).toHaveLength(1);
  });

  it('times out a server that never answers, and aborts the request', async () => {
    const s = await serve(() => undefined);
    const started = Date.now();
    await expect(
      sendWithRetry(
        { method: 'GET', url: s.url, headers: {} },
        {
          transport: fetchTransport,
          sleep: realSleep,
          now: Date.now,
          timeoutMs: 150,
          retries: 1,
          baseDelayMs: 10,
        },
      ),
    ).rejects.toThrow(/failed after 2 attempts: timed out after 150 ms/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs('Fri, 20 Nov 2026 10:00:05 GMT', Date.parse('2026-11-20T10:00:00Z'))).toBe(
      5000,
    );
    expect(retryAfterMs('soon', 0)).toBeNull();
  });
});
