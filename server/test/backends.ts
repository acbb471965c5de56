import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import type { Db } from '../db/types';
import { dropSchema, freshSchemaName, postgresAvailable, testDatabaseUrl } from './postgres';

/** A database the service runs on, opened fresh for one test file. */
export interface Backend {
  name: 'PGlite' | 'PostgreSQL';
  /** A new empty database, or `undefined` when this backend is not reachable here. */
  open(): Promise<Db | undefined>;
  /** Removes what `open` made. */
  cleanup(): Promise<void>;
}

/**
 * Both backends, for `describe.each`: PGlite in memory, and PostgreSQL in a schema of its
 * own (skipped, with a warning, when PostgreSQL does not answer).
 *
 * @example
 * describe.each(backends())('lost updates on $name', (backend) => { ... });
 */
export const backends = (): Backend[] => {
  const schema = freshSchemaName();
  let used = false;
  return [
    { name: 'PGlite', open: () => openPglite(), cleanup: async () => undefined },
    {
      name: 'PostgreSQL',
      open: async () => {
        if (!(await postgresAvailable())) return undefined;
        used = true;
        return openPostgres({ url: testDatabaseUrl, schema });
      },
      cleanup: async () => {
        if (used) await dropSchema(schema);
      },
    },
  ];
};
