import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Db } from '../db/types';

/** Where the counters live: one process, or shared by every replica. */
export type LimitStore = 'memory' | 'postgres' | 'redis';

/** A fixed-window counter: `take` resolves to 0 when allowed, or the milliseconds to wait. */
export interface Throttle {
  take(id: string): Promise<number>;
  /** Milliseconds `id` must still wait, known without asking the store (0: not blocked). */
  blockedMs(id: string): number;
}

/** The service's two limits and the store behind them. */
export interface Limiters {
  store: LimitStore;
  /** Requests from one address that bring no valid key (checked before authentication). */
  address: Throttle;
  /** Requests of one key, for a key allowed `perMinute` requests a minute. */
  key(perMinute: number): Throttle;
}

/** Options for {@link createLimiters}. */
export interface LimiterOptions {
  /** Counters in this database (shared by replicas) when it is PostgreSQL. */
  db?: Db;
  /** Counters in Redis instead (an ioredis client). */
  redis?: Redis;
  /** Requests without a valid key an address may send a minute. */
  authFailuresPerMinute?: number;
  /** The table the PostgreSQL store keeps its counters in. */
  tableName?: string;
}

/** Keys are limited in 10-second windows: a burst of 10 s of traffic, no more. */
const keyWindowSeconds = 10;

const throttle = (limiter: RateLimiterAbstract): Throttle => {
  // Remembered here so a blocked caller is refused before any hash or query.
  const blocked = new LRUCache<string, number>({ max: 10_000 });
  return {
    async take(id) {
      const until = blocked.get(id);
      if (until && until > Date.now()) return until - Date.now();
      try {
        await limiter.consume(id);
        return 0;
      } catch (refusal) {
        // A store that fails is covered by the in-memory insurance limiter; anything else is a bug.
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const wait = Math.max(1, refusal.msBeforeNext);
        blocked.set(id, Date.now() + wait);
        return wait;
      }
    },
    blockedMs(id) {
      const until = blocked.get(id);
      return until && until > Date.now() ? until - Date.now() : 0;
    },
  };
};

type PgClient = { query(q: { text: string; values?: unknown[] }): Promise<unknown> };

/** The PostgreSQL store is given our query function, so it uses the service's pool and schema. */
const pgClient = (db: Pick<Db, 'query'>): PgClient => ({
  query: async (q) => {
    const rows = await db.query(q.text, q.values);
    return { rows, rowCount: rows.length };
  },
});

const assemble = (
  store: LimitStore,
  { db, redis, authFailuresPerMinute = 60, tableName = 'rate_limits' }: LimiterOptions,
): Limiters => {
  const client = db && pgClient(db);
  const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
    const common = { keyPrefix, points, duration };
    if (store === 'memory') return new RateLimiterMemory(common);
    // A store that fails (the database or Redis is down) falls back to counting in memory.
    const insuranceLimiter = new RateLimiterMemory(common);
    if (store === 'redis')
      return new RateLimiterRedis({ ...common, storeClient: redis, insuranceLimiter });
    return new RateLimiterPostgres({
      ...common,
      storeClient: client,
      storeType: 'pool',
      tableName,
      tableCreated: true,
      insuranceLimiter,
    });
  };
  const address = throttle(make('addr', authFailuresPerMinute, 60));
  const byLimit = new Map<number, Throttle>();
  return {
    store,
    address,
    key(perMinute) {
      let t = byLimit.get(perMinute);
      if (!t) {
        const points = Math.max(1, Math.ceil((perMinute * keyWindowSeconds) / 60));
        byLimit.set(perMinute, (t = throttle(make(`key${perMinute}`, points, keyWindowSeconds))));
      }
      return t;
    },
  };
};

/**
 * In-memory rate limiters, for one process (embedded PGlite, tests).
 *
 * @example
 * const limits = memoryLimiters();
 */
export const memoryLimiters = (options: Omit<LimiterOptions, 'db' | 'redis'> = {}): Limiters =>
  assemble('memory', options);

/**
 * The rate limiters of one replica, from `rate-limiter-flexible`: in Redis when `redis` is
 * given, else in PostgreSQL when the database is PostgreSQL (one table, shared by every
 * replica, created when missing), else in memory (embedded PGlite serves one process).
 *
 * @example
 * const limits = await createLimiters({ db });
 * await limits.key(6000).take('key_1'); // 0: go on; otherwise milliseconds to wait
 */
export const createLimiters = async (options: LimiterOptions = {}): Promise<Limiters> => {
  const store: LimitStore = options.redis
    ? 'redis'
    : options.db?.kind === 'postgres'
      ? 'postgres'
      : 'memory';
  if (store === 'postgres') {
    // Replicas that start together take turns creating the table: "create table if not
    // exists" races into "type already exists" otherwise.
    await options.db!.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(727276)');
      await createTable(tx, options.tableName ?? 'rate_limits');
    });
  }
  return assemble(store, options);
};

/** Lets `rate-limiter-flexible` create its table (when missing) through `db`. */
const createTable = (db: Pick<Db, 'query'>, tableName: string) =>
  new Promise<void>((resolve, reject) => {
    new RateLimiterPostgres(
      {
        storeClient: pgClient(db),
        storeType: 'pool',
        tableName,
        clearExpiredByTimeout: false,
        points: 1,
        duration: 1,
      },
      (error?: Error) => (error ? reject(error) : resolve()),
    );
  });
