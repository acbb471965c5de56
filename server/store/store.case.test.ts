import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ruleset } from '../../core';
import { migrate } from '../db/migrations';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import type { Db } from '../db/types';
import { Fixture } from '../../core';
import {
  dropSchema,
  freshSchemaName,
  postgresAvailable,
  postgresRequired,
  testDatabaseUrl,
} from '../test/postgres';
import { sampleInput, sampleRuleset } from '../test/samples';
import { listAudit } from './audit';
import { readChangeCounter } from './changes';
import { countKeys, findActiveKey, insertKey, listKeys, revokeKey } from './keys';
import { publishVersion, rollbackTo } from './publish';
import {
  createRuleset,
  getPublished,
  getRuleset,
  getVersion,
  listRulesets,
  listVersions,
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
      const revoked = await revokeKey(db, 'key_a', { by: 'admin', requestId: 'req-1' });
      expect(revoked?.revokedBy).toBe('admin');
      expect(await readChangeCounter(db)).toBe(changes + 1);
      expect(await findActiveKey(db, 'h-a')).toBeUndefined();
      // Revoking again changes nothing: same time, same key, no second event.
      const again = await revokeKey(db, 'key_a', { by: 'someone-else' });
      expect(again).toMatchObject({ revokedAt: revoked!.revokedAt, revokedBy: 'admin' });
      expect(await revokeKey(db, 'nope', { by: 'admin' })).toBeUndefined();
      expect((await listKeys(db)).map((k) => k.id)).toContain('key_a');
      const events = await listAudit(db, { subject: 'key', subjectId: 'key_a' });
      expect(events.map((e) => [e.action, e.keyId, e.requestId])).toEqual([
        ['create', 'test', null],
        ['revoke', 'admin', 'req-1'],
      ]);
      expect(events[0]!.detail).toEqual({
        name: 'ci',
        scopes: ['evaluate'],
        rateLimitPerMinute: null,
      });
    });

    it('refuses two keys with one hash, and records nothing for the refused one', async ({
      skip,
    }) => {
      const db = store(skip);
      await insertKey(db, { id: 'key_b', name: 'b', hash: 'h-b', scopes: ['edit'], by: 'test' });
      await expect(
        insertKey(db, { id: 'key_c', name: 'c', hash: 'h-b', scopes: ['edit'], by: 'test' }),
      ).rejects.toThrow();
      expect(await listAudit(db, { subject: 'key', subjectId: 'key_c' })).toEqual([]);
    });

    it('keeps the audit trail append-only', async ({ skip }) => {
      const db = store(skip);
      const before = await listAudit(db);
      expect(before.length).toBeGreaterThan(0);
      for (const sql of [
        `update audit_events set key_id = 'someone-else'`,
        'delete from audit_events',
        'truncate audit_events',
      ])
        await expect(db.query(sql), sql).rejects.toThrow(/append-only/);
      expect(await listAudit(db)).toEqual(before);
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
        expectedRevision: 1,
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
      // A publish moves the revision on, so the ETag changes with the published version.
      expect(v1.ok && v1.value.ruleset).toMatchObject({ revision: 2, updatedBy: 'pub' });
      const stale = await publishVersion(db, {
        id: 'delta',
        version: 'sha256:x',
        expectedRevision: 1,
        by: 'pub',
      });
      expect(stale.ok ? 'ok' : stale.reason).toBe('conflict');
      await updateDraft(db, {
        id: 'delta',
        ruleset: ruleset('delta', 5),
        fixtures: [],
        expectedRevision: 2,
        by: 'k2',
      });
      const v2 = await publishVersion(db, {
        id: 'delta',
        version: 'sha256:two',
        expectedRevision: 3,
        by: 'pub',
        note: 'weekend rules',
      });
      expect(v2.ok && v2.value.version.seq).toBe(2);
      expect((await getPublished(db, 'delta'))?.content.name).toBe('Support policy 5');
      const again = await publishVersion(db, {
        id: 'delta',
        version: 'sha256:two',
        expectedRevision: 4,
        by: 'pub',
      });
      expect(again.ok && again.value.created).toBe(false);
      expect((await listVersions(db, 'delta')).map((v) => v.version)).toEqual([
        'sha256:one',
        'sha256:two',
      ]);
      const lateRollback = await rollbackTo(db, {
        id: 'delta',
        version: 'sha256:one',
        expectedRevision: 4,
        by: 'ops',
      });
      expect(lateRollback.ok ? 'ok' : lateRollback.reason).toBe('conflict');
      const back = await rollbackTo(db, {
        id: 'delta',
        version: 'sha256:one',
        expectedRevision: 5,
        by: 'ops',
        requestId: 'req-9',
      });
      expect(back.ok && back.value).toMatchObject({ publishedVersion: 'sha256:one', revision: 6 });
      expect((await getPublished(db, 'delta'))?.content.name).toBe('Support policy 1');
      expect((await getVersion(db, 'delta', 'sha256:one'))?.fixtures).toHaveLength(1);
      const bad = await rollbackTo(db, {
        id: 'delta',
        version: 'sha256:nope',
        expectedRevision: 6,
        by: 'ops',
      });
      expect(bad.ok ? 'ok' : bad.reason).toBe('no_version');
      const events = await listAudit(db, { subject: 'ruleset', subjectId: 'delta' });
      expect(events.map((e) => `${e.action}:${e.keyId}:r${e.revision}`)).toEqual([
        'create:k1:r1',
        'publish:pub:r2',
        'update:k2:r3',
        'publish:pub:r4',
        'publish:pub:r5',
        'rollback:ops:r6',
      ]);
      expect(events[3]!.detail).toEqual({
        fromRevision: 3,
        previousVersion: 'sha256:one',
        created: true,
        note: 'weekend rules',
      });
      expect(events[5]).toMatchObject({
        version: 'sha256:one',
        requestId: 'req-9',
        detail: { fromRevision: 5, previousVersion: 'sha256:two' },
      });
      expect(events[2]!.detail.draftVersion).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(Date.parse(events[0]!.at)).toBeGreaterThan(0);
      expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => a - b));
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
