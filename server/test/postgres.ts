import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL the tests use; trust auth, database `test`. */
export const testDatabaseUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Under CI a missing PostgreSQL is a failure; on a user's machine the tests say they skipped it. */
export const postgresRequired = process.env.CI === 'true';

let probe: Promise<boolean> | undefined;

/** Whether the test PostgreSQL answers (checked once per test file). */
export const postgresAvailable = (): Promise<boolean> => {
  probe ??= (async () => {
    const client = new Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      console.warn(
        `PostgreSQL is not reachable at ${testDatabaseUrl}: these tests ran the PGlite half only` +
          (postgresRequired ? ' (and CI=true requires PostgreSQL, so this run fails)' : ''),
      );
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return probe;
};

/** A schema name no other test run uses. */
export const freshSchemaName = (): string => `t_${process.pid}_${randomBytes(4).toString('hex')}`;

/** Drops a test schema and everything in it. */
export const dropSchema = async (schema: string): Promise<void> => {
  const client = new Client({ connectionString: testDatabaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
};
