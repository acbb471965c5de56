import { afterAll } from 'vitest';
import { dropSchema, freshSchemaName, testDatabaseUrl } from './postgres';
import { startChild, type ChildService } from './spawn';

/**
 * Two service processes on one fresh PostgreSQL schema, killed and the schema dropped after
 * the file's tests. Call inside a `describe`; `start` launches both together (they migrate
 * once between them) with any extra environment.
 *
 * @example
 * const pair = twoReplicas(adminKey);
 * const [a, b] = await pair.start({ SYNC_POLL_MS: '60000' });
 */
export const twoReplicas = (adminKey: string) => {
  const schema = freshSchemaName();
  const replicas: ChildService[] = [];
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.kill('SIGKILL')));
    if (replicas.length) await dropSchema(schema);
  });
  const start = async (extra: Record<string, string> = {}) => {
    const env = {
      DATABASE_URL: testDatabaseUrl,
      DATABASE_SCHEMA: schema,
      HANDOFF_ADMIN_KEY: adminKey,
      ...extra,
    };
    replicas.push(...(await Promise.all([startChild(env), startChild(env)])));
    return replicas as [ChildService, ChildService];
  };
  return { schema, replicas, start };
};
