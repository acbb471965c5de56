import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, freshSchemaName, postgresAvailable, testDatabaseUrl } from '../test/postgres';
import { api, startChild, type ChildService } from '../test/spawn';

const envKey = `test-admin-${'v'.repeat(30)}`;
const rotated = `test-admin-${'w'.repeat(30)}`;

/**
 * Revoked keys stay revoked: keys (the environment's admin key among them) are revoked
 * through the API, then every replica is restarted (SIGTERM, SIGKILL, a new
 * HANDOFF_ADMIN_KEY, the old one again) and every revoked secret is tried on every replica.
 */
describe.each(['PGlite', 'PostgreSQL'] as const)(
  'no revived keys after restarts (%s)',
  (backend) => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-revoke-'));
    const schema = freshSchemaName();
    let replicas: ChildService[] = [];
    afterAll(async () => {
      await Promise.all(replicas.map((r) => r.kill('SIGKILL')));
      rmSync(dir, { recursive: true, force: true });
      if (backend === 'PostgreSQL' && (await postgresAvailable())) await dropSchema(schema);
    });

    it('keeps every revoked key revoked on every replica', async ({ skip }) => {
      if (backend === 'PostgreSQL' && !(await postgresAvailable())) skip();
      // Revoked keys are sent on purpose here, so the throttle on addresses without a valid
      // key (server/middleware/rate-limit.test.ts) is set out of the way.
      const env = (adminKey: string): Record<string, string> => ({
        AUTH_FAILURES_PER_MINUTE: '1000000',
        ...(backend === 'PGlite'
          ? { DATA_DIR: dir, HANDOFF_ADMIN_KEY: adminKey }
          : {
              DATABASE_URL: testDatabaseUrl,
              DATABASE_SCHEMA: schema,
              HANDOFF_ADMIN_KEY: adminKey,
            }),
      });
      // PGlite is one process's database; PostgreSQL serves two replicas. Creating a new
      // embedded database took over a minute on this shared machine under load.
      const count = backend === 'PGlite' ? 1 : 2;
      const start = (adminKey: string) =>
        Promise.all(
          Array.from({ length: count }, () => startChild(env(adminKey), { timeoutMs: 180_000 })),
        );
      replicas = await start(envKey);

      const ops = await api(replicas[0]!.url, envKey, 'POST', '/v1/keys', {
        name: 'ops',
        scopes: ['admin'],
      });
      expect(ops.status).toBe(201);
      const revoked = new Map<string, string>([['admin-env', envKey]]); // id -> secret
      for (const scopes of [['evaluate'], ['edit'], ['publish'], ['admin'], ['edit', 'publish']]) {
        const k = await api(replicas[0]!.url, ops.body.key, 'POST', '/v1/keys', {
          name: 'k',
          scopes,
        });
        revoked.set(k.body.id, k.body.key);
      }
      let n = 0;
      for (const id of revoked.keys()) {
        const via = replicas[n++ % replicas.length]!;
        expect((await api(via.url, ops.body.key, 'DELETE', `/v1/keys/${id}`)).status).toBe(200);
      }
      const keysBefore = (await api(replicas[0]!.url, ops.body.key, 'GET', '/v1/keys')).body.keys;

      let checks = 0;
      let revived = 0;
      const tryAll = async (round: string) => {
        for (const r of replicas) {
          expect((await api(r.url, ops.body.key, 'GET', '/v1/me')).status, round).toBe(200);
          for (const [id, secret] of revoked) {
            const me = await api(r.url, secret, 'GET', '/v1/me');
            checks++;
            if (me.status !== 401) revived++;
            expect(me.status, `${round}: key ${id} on ${r.url}`).toBe(401);
          }
        }
        const keys = (await api(replicas[0]!.url, ops.body.key, 'GET', '/v1/keys')).body.keys;
        for (const before of keysBefore.filter((k: { id: string }) => revoked.has(k.id)))
          expect(
            keys.find((k: { id: string }) => k.id === before.id),
            round,
          ).toEqual(before);
      };
      const restart = async (signal: NodeJS.Signals, adminKey: string) => {
        await Promise.all(replicas.map((r) => r.kill(signal)));
        replicas = await start(adminKey);
      };

      await tryAll('before any restart');
      await restart('SIGTERM', envKey);
      await tryAll('after SIGTERM of every replica');
      expect(replicas[0]!.output()).toContain('HANDOFF_ADMIN_KEY is key admin-env, revoked at');
      await restart('SIGKILL', envKey);
      await tryAll('after SIGKILL of every replica');

      // A new value makes a new admin key; the revoked one stays revoked.
      await restart('SIGTERM', rotated);
      await tryAll('after a new HANDOFF_ADMIN_KEY');
      const me = await api(replicas[0]!.url, rotated, 'GET', '/v1/me');
      expect(me.body).toMatchObject({ id: 'admin-env-2', scopes: ['admin'], revokedAt: null });
      // Going back to the old value does not revive it.
      await restart('SIGKILL', envKey);
      await tryAll('after going back to the old HANDOFF_ADMIN_KEY');
      expect((await api(replicas[0]!.url, rotated, 'GET', '/v1/me')).status).toBe(200);

      const history = await api(
        replicas[0]!.url,
        ops.body.key,
        'GET',
        '/v1/keys/admin-env/history',
      );
      expect(
        history.body.events.map((e: { action: string; keyId: string }) => [e.action, e.keyId]),
      ).toEqual([
        ['create', 'environment'],
        ['revoke', ops.body.id],
      ]);
      expect(revived).toBe(0);
      console.log(
        `revocation proof (${backend}, ${count} replica${count > 1 ? 's' : ''}): ${revoked.size} revoked keys, ` +
          `4 restarts of every replica, ${checks} tries with revoked keys, ${revived} accepted`,
      );
    }, 900_000);
  },
);
