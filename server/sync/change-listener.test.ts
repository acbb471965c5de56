import { describe, expect, it } from 'vitest';
import type { Db } from '../db/types';
import { createLogger } from '../log';
import { listenWithRetry } from './change-listener';

/** A database whose LISTEN connections the test can cut and refuse at will. */
const flakyDb = () => {
  const live: { onMessage: (p: string) => void; onEnd?: (e: Error) => void }[] = [];
  let refuse = 0;
  let opened = 0;
  const db = {
    listen: async (
      _channel: string,
      onMessage: (p: string) => void,
      onEnd?: (e: Error) => void,
    ) => {
      if (refuse > 0) {
        refuse--;
        throw new Error('connection refused');
      }
      opened++;
      const sub = { onMessage, onEnd };
      live.push(sub);
      return async () => void live.splice(live.indexOf(sub), 1);
    },
  } as unknown as Db;
  return {
    db,
    opened: () => opened,
    notify: (payload: string) => live.forEach((l) => l.onMessage(payload)),
    cut: (message: string) => {
      const all = live.splice(0);
      all.forEach((l) => l.onEnd?.(new Error(message)));
    },
    refuseNext: (n: number) => (refuse = n),
  };
};

const until = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('listenWithRetry', () => {
  it('reopens a dropped listener with backoff, logs drop and recovery, and resyncs', async () => {
    const f = flakyDb();
    const lines: Record<string, unknown>[] = [];
    const log = createLogger({ level: 'debug', write: (l) => void lines.push(JSON.parse(l)) });
    const heard: string[] = [];
    let resyncs = 0;
    const l = listenWithRetry(f.db, 'ch', (p) => heard.push(p), {
      log,
      initialDelayMs: 20,
      maxDelayMs: 200,
      onRecover: () => resyncs++,
    });
    await l.ready;
    expect(l.state()).toMatchObject({ status: 'listening', drops: 0, recoveries: 0 });
    f.notify('one');

    f.refuseNext(3);
    const cutAt = Date.now();
    f.cut('terminating connection due to administrator command');
    expect(l.state()).toMatchObject({
      status: 'reconnecting',
      drops: 1,
      lastError: 'terminating connection due to administrator command',
    });
    await until(() => l.state().status === 'listening');
    // Three refusals: about 20 + 40 + 80 + 160 ms of waiting (±20% jitter).
    expect(Date.now() - cutAt).toBeGreaterThanOrEqual(0.8 * 300);
    expect(l.state()).toMatchObject({ drops: 1, recoveries: 1, attempts: 0 });
    expect(resyncs).toBe(1);
    f.notify('two');
    expect(heard).toEqual(['one', 'two']);

    const msgs = lines.map((x) => `${x.level} ${x.msg}`);
    expect(msgs.filter((m) => m.startsWith('warn change listener dropped'))).toHaveLength(1);
    expect(msgs.filter((m) => m.startsWith('warn change listener could not'))).toHaveLength(3);
    const recovered = lines.find((x) => x.msg === 'change listener recovered')!;
    expect(recovered).toMatchObject({ level: 'info', channel: 'ch', attempts: 4 });
    expect(recovered.downMs).toBeGreaterThan(0);
    await l.stop();
  });

  it('keeps trying when the first attempt fails, and stops for good', async () => {
    const f = flakyDb();
    f.refuseNext(2);
    let resyncs = 0;
    const l = listenWithRetry(f.db, 'ch', () => undefined, {
      initialDelayMs: 10,
      onRecover: () => resyncs++,
    });
    await l.ready;
    expect(l.state()).toMatchObject({ status: 'reconnecting', attempts: 1 });
    await until(() => l.state().status === 'listening');
    expect(resyncs).toBe(1);
    await l.stop();
    f.cut('gone');
    await new Promise((r) => setTimeout(r, 50));
    expect(l.state().status).toBe('stopped');
    expect(f.opened()).toBe(1);
  });

  it('caps the wait between attempts', async () => {
    const f = flakyDb();
    f.refuseNext(1_000);
    const l = listenWithRetry(f.db, 'ch', () => undefined, { initialDelayMs: 1, maxDelayMs: 30 });
    await new Promise((r) => setTimeout(r, 600));
    // Uncapped, 1 ms doubling would manage about 10 attempts in 600 ms; capped at 30 ms, many more.
    expect(l.state().attempts).toBeGreaterThan(12);
    await l.stop();
  });
});
