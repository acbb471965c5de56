import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { newSecret } from '../auth/secrets';
import type { Db } from '../db/types';
import { backends } from '../test/backends';
import { fakeEngine } from '../test/fake-engine';
import { testService } from '../test/harness';
import { createLimiters, type Limiters } from './limiters';

/** The database, counting the statements that look up keys or count requests. */
const counting = (db: Db) => {
  const seen = { keyLookups: 0, limitQueries: 0 };
  const counted = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'query')
        return (sql: string, params?: unknown[]) => {
          if (/from api_keys where key_hash/.test(sql)) seen.keyLookups++;
          if (/rate_limits/.test(sql)) seen.limitQueries++;
          return target.query(sql, params);
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: counted, seen };
};

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisAvailable = async (): Promise<Redis | undefined> => {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch {
    console.warn(`Redis is not reachable at ${redisUrl}: the Redis case was skipped`);
    redis.disconnect();
    return undefined;
  }
};

describe.each(backends())('rate limits on $name', (backend) => {
  let s: Awaited<ReturnType<typeof testService>> | undefined;
  let seen: { keyLookups: number; limitQueries: number };
  let limiters: Limiters;
  afterAll(async () => {
    await s?.close();
    await backend.cleanup();
  });
  // Opening the database takes seconds: once, in the hook.
  beforeAll(async () => {
    const opened = await backend.open();
    if (!opened) return;
    const c = counting(opened);
    seen = c.seen;
    limiters = await createLimiters({ db: c.db, authFailuresPerMinute: 20 });
    s = await testService({ engine: fakeEngine(), db: c.db, app: { limiters, trustProxyHops: 1 } });
  });
  const service = (skip: (note?: string) => void) => s ?? skip('PostgreSQL is not reachable');

  it('counts in the database on PostgreSQL and in memory on PGlite', async ({ skip }) => {
    service(skip);
    expect(limiters.store).toBe(backend.name === 'PostgreSQL' ? 'postgres' : 'memory');
  });

  it('throttles a flood of bad keys from one address without a query per request', async ({
    skip,
  }) => {
    const svc = service(skip)!;
    const before = { ...seen };
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await svc.call('GET', '/v1/me', {
        key: newSecret(),
        headers: { 'x-forwarded-for': '198.51.100.7' },
      });
      statuses.push(res.status);
    }
    const lookups = seen.keyLookups - before.keyLookups;
    const limitQueries = seen.limitQueries - before.limitQueries;
    console.log(
      `${backend.name}: 200 bad keys from one address: ${statuses.filter((x) => x === 401).length} × 401, ` +
        `${statuses.filter((x) => x === 429).length} × 429; ${lookups} key look-ups, ${limitQueries} rate-limit queries`,
    );
    expect(statuses.slice(0, 20).every((x) => x === 401)).toBe(true);
    expect(statuses.slice(20).every((x) => x === 429)).toBe(true);
    // One look-up per key until the address is blocked (the 21st finds it so), none after.
    expect(lookups).toBe(21);
    expect(limitQueries).toBe(backend.name === 'PostgreSQL' ? 21 : 0);
    // Another address is not blocked.
    const other = await svc.call('GET', '/v1/me', {
      headers: { 'x-forwarded-for': '198.51.100.8' },
    });
    expect(other.status).toBe(200);
    // From the blocked address, the key just verified passes; one not verified yet is
    // refused without a look-up.
    const known = await svc.call('GET', '/v1/me', {
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    expect(known.status).toBe(200);
    const lookupsThen = seen.keyLookups;
    const blocked = await svc.call('GET', '/v1/me', {
      key: await svc.makeKey(['evaluate']),
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    expect(seen.keyLookups).toBe(lookupsThen);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await blocked.json()).error.code).toBe('rate_limited');
  });

  it('holds a key’s limit across two replicas when the store is shared', async ({ skip }) => {
    const svc = service(skip)!;
    // A second replica: its own app and limiters, the same database.
    const other = createApp(svc.deps, { limiters: await createLimiters({ db: svc.db }) }).app;
    const key = await svc.makeKey(['evaluate'], 60); // 10 in each 10-second window
    let ok = 0;
    for (let i = 0; i < 30; i++) {
      const app = i % 2 ? other : svc.app;
      const res = await app.request('/v1/me', { headers: { authorization: `Bearer ${key}` } });
      if (res.status === 200) ok++;
      else expect(res.status).toBe(429);
    }
    // In memory each replica counts alone, so two of them let twice the limit through.
    expect(ok).toBe(backend.name === 'PostgreSQL' ? 10 : 20);
  });
});

describe('rate limits in Redis', () => {
  it('holds a key’s limit across two replicas', async ({ skip }) => {
    const redis = await redisAvailable();
    if (!redis) return skip('Redis is not reachable');
    try {
      const prefix = `t${process.pid}${Date.now()}`;
      const [a, b] = await Promise.all([createLimiters({ redis }), createLimiters({ redis })]);
      expect(a.store).toBe('redis');
      const id = `key_${prefix}`;
      let ok = 0;
      for (let i = 0; i < 30; i++) if ((await (i % 2 ? a : b).key(60).take(id)) === 0) ok++;
      expect(ok).toBe(10);
    } finally {
      redis.disconnect();
    }
  });
});
