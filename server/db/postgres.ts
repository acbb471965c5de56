import { Client, Pool } from 'pg';
import { listenOn, type ListenOptions } from './postgres-listen';
import type { Db, Queryable } from './types';

/** Options for {@link openPostgres}. */
export interface PostgresOptions {
  /** A `postgres://` URL. */
  url: string;
  /** A schema of its own (created when missing), for side-by-side deployments and tests. */
  schema?: string;
  /** Connections in the pool. */
  max?: number;
  /** The change listener's connection. */
  listen?: ListenOptions;
}

const quoteIdent = (name: string) => `"${name}"`;
const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a PostgreSQL pool that speaks the same SQL as the embedded database.
 *
 * @example
 * const db = await openPostgres({ url: 'postgres://postgres@127.0.0.1:5432/test' });
 */
export const openPostgres = async ({
  url,
  schema,
  max = 10,
  listen,
}: PostgresOptions): Promise<Db> => {
  if (schema !== undefined && !schemaName.test(schema)) {
    throw new Error(`schema "${schema}" must be 1-63 characters: a-z, 0-9 and "_"`);
  }
  // Every connection (pool and listeners) starts in the service's schema.
  const options = schema ? `-c search_path=${schema}` : undefined;
  // Named in pg_stat_activity, so an operator can tell the service's connections apart
  // (and side-by-side deployments by their schema).
  const appName = (role: string) => `handoff${role}${schema ? `:${schema}` : ''}`.slice(0, 63);
  if (schema) {
    const setup = new Client({ connectionString: url });
    await setup.connect();
    try {
      // "if not exists" is not safe against a replica creating the same schema at the same
      // moment (a unique violation in pg_namespace): replicas that start together take turns.
      await setup.query('begin');
      await setup.query('select pg_advisory_xact_lock(727273)');
      await setup.query(`create schema if not exists ${quoteIdent(schema)}`);
      await setup.query('commit');
    } finally {
      await setup.end();
    }
  }
  const pool = new Pool({ connectionString: url, max, options, application_name: appName('') });
  // A dropped idle connection must not take the process down; the pool replaces it.
  pool.on('error', () => undefined);
  await pool.query('select 1');

  const runner = (q: {
    query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
  }): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await q.query(sql, params)).rows as T[],
    exec: async (sql) => void (await q.query(sql)),
  });
  const stops = new Set<() => Promise<void>>();

  return {
    kind: 'postgres',
    ...runner(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(runner(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onMessage, onEnd) => {
      const client = new Client({
        connectionString: url,
        options,
        application_name: appName('-listener'),
        keepAlive: true,
      });
      const stop = await listenOn(
        client,
        channel,
        onMessage,
        (error) => {
          stops.delete(stop);
          onEnd?.(error);
        },
        listen,
      );
      stops.add(stop);
      return async () => {
        stops.delete(stop);
        await stop();
      };
    },
    close: async () => {
      await Promise.all([...stops].map((stop) => stop()));
      await pool.end();
    },
  };
};
