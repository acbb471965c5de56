import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ruleset } from '../../core';
import { migrate } from '../db/migrations';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import type { Db } from '../db/types';
import { Fixture } from '../rulesets/fixture';
import {
  dropSchema,
  freshSchemaName,
  postgresAvailable,
  postgresRequired,
  testDatabaseUrl,
} from '../test/postgres';
import { sampleInput, sampleRuleset } from '../test/samples';
import { readChangeCounter } from './changes';
import { countKeys, findActiveKey, insertKey, listKeys, revokeKey, upsertKey } from './keys';
import {
  createRuleset,
  getPublished,
  getRuleset,
  getVersion,
  listEvents,
  listRulesets,
  listVersions,
  publishVersion,
  rollbackTo,
  updateDraft,
} from './rulesets';

/**
 * The storage contract: the same cases against every backend, so the embedded database
 * and PostgreSQL behave alike.
 */
const storeCases = (
  name: string,
  open: () => Promise<Db | undefined>,
  close: () => Promise<void>,
) =>
  describe(`storage contract: ${name}`, () => {
    let db: Db | undefined;
    beforeAll(async () => {
      db = await open();
      if (db) await migrate(db);
    });
    afterAll(async () => {
      await db?.close();
      await close();
    });
    const store = (skip: () => void): Db => {
      if (!db) skip();
      return db!;
    };
    const ruleset = (id: string, n = 1) => Ruleset.parse(sampleRuleset(id, n));
    const fixture = Fixture.parse({
      name: 'asks for a human',
      input: sampleInput(),
      expect: { handoff: true },
    });

    it('migrates once', async ({ skip }) => {
      expect(await migrate(store(skip))).toEqual([]);
    });

    it('stores keys as hashes and finds only active ones', async ({ skip }) => {
      const db = store(skip);
      const before = await countKeys(db);
      const key = await insertKey(db, {
        id: 'key_a',
        name: 'ci',
        hash: 'h-a',
        scopes: ['evaluate'],
        by: 'test',
      });
      expect(key).toMatchObject({ id: 'key_a', scopes: ['evaluate'], revokedAt: null });
      expect(await countKeys(db)).toBe(before + 1);
      expect((await findActiveKey(db, 'h-a'))?.id).toBe('key_a');
      const changes = await readChangeCounter(db);
      const revoked = await revokeKey(db, 'key_a', 'admin');
      expect(revoked?.revokedBy).toBe('admin');
      expect(await readChangeCounter(db)).toBe(changes + 1);
      expect(await findActiveKey(db, 'h-a')).toBeUndefined();
      expect(await revokeKey(db, 'nope', 'admin')).toBeUndefined();
      expect((await listKeys(db)).map((k) => k.id)).toContain('key_a');
    });

    it('refuses two keys with one hash, and replaces an environment key', async ({ skip }) => {
      const db = store(skip);
      await insertKey(db, { id: 'key_b', name: 'b', hash: 'h-b', scopes: ['edit'], by: 'test' });
      await expect(
        insertKey(db, { id: 'key_c', name: 'c', hash: 'h-b', scopes: ['edit'], by: 'test' }),
      ).rejects.toThrow();
      await upsertKey(db, { id: 'env', name: 'env', hash: 'h-1', scopes: ['admin'], by: 'env' });
      await upsertKey(db, { id: 'env', name: 'env', hash: 'h-2', scopes: ['admin'], by: 'env' });
      expect(await findActiveKey(db, 'h-1')).toBeUndefined();
      expect((await findActiveKey(db, 'h-2'))?.id).toBe('env');
    });

    it('creates a ruleset once and records who did it', async ({ skip }) => {
      const db = store(skip);
      const made = await createRuleset(db, {
        ruleset: ruleset('alpha'),
        fixtures: [fixture],
        by: 'key_x',
      });
      expect(made).toMatchObject({
        id: 'alpha',
        revision: 1,
        publishedVersion: null,
        createdBy: 'key_x',
      });
      expect(made!.fixtures[0]!.input.conversation.channel).toBe('web');
      expect(
        await createRuleset(db, { ruleset: ruleset('alpha'), fixtures: [], by: 'key_y' }),
      ).toBeUndefined();
      expect((await getRuleset(db, 'alpha'))?.draft.rules).toHaveLength(2);
      expect(await getRuleset(db, 'missing')).toBeUndefined();
      expect((await listRulesets(db)).map((r) => r.id)).toContain('alpha');
    });

    it('updates a draft only from the revision it was read at', async ({ skip }) => {
      const db = store(skip);
      await createRuleset(db, { ruleset: ruleset('beta'), fixtures: [], by: 'k1' });
      const first = await updateDraft(db, {
        id: 'beta',
        ruleset: ruleset('beta', 2),
        fixtures: [],
        expectedRevision: 1,
        by: 'k2',
      });
      expect(first.ok && first.value).toMatchObject({
        revision: 2,
        updatedBy: 'k2',
        name: 'Support policy 2',
      });
      const lost = await updateDraft(db, {
        id: 'beta',
        ruleset: ruleset('beta', 3),
        fixtures: [],
        expectedRevision: 1,
        by: 'k3',
      });
      expect(lost.ok ? 'ok' : lost.reason).toBe('conflict');
      expect((await getRuleset(db, 'beta'))?.name).toBe('Support policy 2');
      const missing = await updateDraft(db, {
        id: 'gamma',
        ruleset: ruleset('gamma'),
        fixtures: [],
        by: 'k',
      });
      expect(missing.ok ? 'ok' : missing.reason).toBe('not_found');
    });

    it('keeps only one of two concurrent updates from the same revision', async ({ skip }) => {
      const db = store(skip);
      await createRuleset(db, { ruleset: ruleset('race'), fixtures: [], by: 'k1' });
      const results = await Promise.all(
        [2, 3, 4].map((n) =>
          updateDraft(db, {
            id: 'race',
            ruleset: ruleset('race', n),
            fixtures: [],
            expectedRevision: 1,
            by: `k${n}`,
          }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect((await getRuleset(db, 'race'))?.revision).toBe(2);
    });

    it('publishes immutable versions, re-points on equal content, rolls back', async ({ skip }) => {
      const db = store(skip);
      await createRuleset(db, { ruleset: ruleset('delta'), fixtures: [fixture], by: 'k1' });
      const v1 = await publishVersion(db, {
        id: 'delta',
        version: 'sha256:one',
        expectedRevision: 1,
        by: 'pub',
      });
      expect(v1.ok && v1.value.created).toBe(true);
      expect(v1.ok && v1.value.version).toMatchObject({ seq: 1, createdBy: 'pub' });
      const stale = await publishVersion(db, {
        id: 'delta',
        version: 'sha256:x',
        expectedRevision: 7,
        by: 'pub',
      });
      expect(stale.ok ? 'ok' : stale.reason).toBe('conflict');
      await updateDraft(db, {
        id: 'delta',
        ruleset: ruleset('delta', 5),
        fixtures: [],
        expectedRevision: 1,
        by: 'k2',
      });
      const v2 = await publishVersion(db, {
        id: 'delta',
        version: 'sha256:two',
        expectedRevision: 2,
        by: 'pub',
      });
      expect(v2.ok && v2.value.version.seq).toBe(2);
      expect((await getPublished(db, 'delta'))?.content.name).toBe('Support policy 5');
      const again = await publishVersion(db, {
        id: 'delta',
        version: 'sha256:two',
        expectedRevision: 2,
        by: 'pub',
      });
      expect(again.ok && again.value.created).toBe(false);
      expect((await listVersions(db, 'delta')).map((v) => v.version)).toEqual([
        'sha256:one',
        'sha256:two',
      ]);
      const back = await rollbackTo(db, { id: 'delta', version: 'sha256:one', by: 'ops' });
      expect(back.ok && back.value.publishedVersion).toBe('sha256:one');
      expect((await getPublished(db, 'delta'))?.content.name).toBe('Support policy 1');
      expect((await getVersion(db, 'delta', 'sha256:one'))?.fixtures).toHaveLength(1);
      const bad = await rollbackTo(db, { id: 'delta', version: 'sha256:nope', by: 'ops' });
      expect(bad.ok ? 'ok' : bad.reason).toBe('no_version');
      const events = await listEvents(db, 'delta');
      expect(events.map((e) => `${e.action}:${e.keyId}`)).toEqual([
        'create:k1',
        'publish:pub',
        'update:k2',
        'publish:pub',
        'publish:pub',
        'rollback:ops',
      ]);
      expect(Date.parse(events[0]!.at)).toBeGreaterThan(0);
    });

    it('rolls back a failed transaction completely', async ({ skip }) => {
      const db = store(skip);
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`insert into rulesets (id, name, draft, fixtures, revision, created_by, updated_by)
                          values ('half', 'h', '{}', '[]', 1, 'k', 'k')`);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await getRuleset(db, 'half')).toBeUndefined();
    });
  });

storeCases(
  'PGlite (in memory)',
  () => openPglite(),
  async () => undefined,
);

const schema = freshSchemaName();
let pgUsed = false;
storeCases(
  'PostgreSQL',
  async () => {
    if (!(await postgresAvailable())) return undefined;
    pgUsed = true;
    return openPostgres({ url: testDatabaseUrl, schema });
  },
  async () => {
    if (pgUsed) await dropSchema(schema);
  },
);

describe('PostgreSQL half', () => {
  it.runIf(postgresRequired)('is required under CI=true', async () => {
    expect(await postgresAvailable()).toBe(true);
  });
});
