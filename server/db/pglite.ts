import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types';

/**
 * Opens the embedded database: a folder on disk, or memory when `dataDir` is omitted
 * (tests). Every acknowledged query is flushed to the folder before it resolves.
 *
 * @example
 * const db = await openPglite('./data');
 * await db.query('select 1 as one'); // [{ one: 1 }]
 */
export const openPglite = async (dataDir?: string): Promise<Db> => {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const wrap = (q: {
    query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
    exec: (sql: string) => Promise<unknown>;
  }): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await q.query(sql, params)).rows as T[],
    exec: async (sql) => void (await q.exec(sql)),
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    listen: async (channel, onMessage) => {
      const stop = await pg.listen(channel, onMessage);
      return async () => stop();
    },
    close: () => pg.close(),
  };
};
