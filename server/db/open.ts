import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

/** Where the data lives: PostgreSQL when a URL is given, else the embedded database. */
export interface DbLocation {
  databaseUrl?: string;
  databaseSchema?: string;
  /** The embedded database's folder; memory when omitted. */
  dataDir?: string;
}

/**
 * Opens the database the configuration names.
 *
 * @example
 * const db = await openDb({ dataDir: './data' });
 */
export const openDb = (where: DbLocation): Promise<Db> =>
  where.databaseUrl
    ? openPostgres({ url: where.databaseUrl, schema: where.databaseSchema })
    : openPglite(where.dataDir);
