import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations';
import type { Db } from '../db/types';
import { createLogger } from '../log';
import { listAudit } from '../store/audit';
import { findActiveKey, listKeys, revokeKey } from '../store/keys';
import { backends } from '../test/backends';
import { ensureAdminKey } from './bootstrap';
import { hashSecret } from './secrets';

const first = `env-admin-${'a'.repeat(30)}`;
const second = `env-admin-${'b'.repeat(30)}`;

describe.each(backends())('HANDOFF_ADMIN_KEY is stored once, never revived ($name)', (backend) => {
  let db: Db | undefined;
  const lines: { level: string; msg: string }[] = [];
  const log = createLogger({ level: 'debug', write: (l) => void lines.push(JSON.parse(l)) });
  beforeAll(async () => {
    db = await backend.open();
    if (db) await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await backend.cleanup();
  });
  const store = (skip: () => void): Db => {
    if (!db) skip();
    return db!;
  };
  const active = async (db: Db, secret: string) =>
    (await findActiveKey(db, hashSecret(secret)))?.id;

  it('creates the key once, even when replicas start together', async ({ skip }) => {
    const db = store(skip);
    const outcomes = await Promise.all([1, 2, 3].map(() => ensureAdminKey(db, first, log)));
    expect(outcomes.map((o) => o.environment?.status).sort()).toEqual([
      'accepted',
      'accepted',
      'created',
    ]);
    expect(await active(db, first)).toBe('admin-env');
    expect((await listKeys(db)).map((k) => k.id)).toEqual(['admin-env']);
    expect(await listAudit(db, { subject: 'key', subjectId: 'admin-env' })).toMatchObject([
      { action: 'create', keyId: 'environment', detail: { scopes: ['admin'] } },
    ]);
    expect(lines.filter((l) => l.msg.startsWith('HANDOFF_ADMIN_KEY has a new value'))).toHaveLength(
      1,
    );
  });

  it('keeps a revoked environment key revoked across restarts', async ({ skip }) => {
    const db = store(skip);
    const revoked = await revokeKey(db, 'admin-env', { by: 'admin-env' });
    for (let restart = 0; restart < 3; restart++) {
      const { environment } = await ensureAdminKey(db, first, log);
      expect(environment).toMatchObject({ status: 'revoked', key: { id: 'admin-env' } });
    }
    expect(await active(db, first)).toBeUndefined();
    const [key] = await listKeys(db);
    expect(key).toMatchObject({ revokedAt: revoked!.revokedAt, revokedBy: 'admin-env' });
    const warning = lines.findLast((l) => l.level === 'warn')!;
    expect(warning.msg).toMatch(/^HANDOFF_ADMIN_KEY is key admin-env, revoked at .* stays revoked/);
    expect(warning.msg).toContain('set HANDOFF_ADMIN_KEY to a new value');
    // Revocation and nothing else: restarts leave no trace in the trail.
    expect(
      (await listAudit(db, { subject: 'key', subjectId: 'admin-env' })).map((e) => e.action),
    ).toEqual(['create', 'revoke']);
  });

  it('makes a new admin key for a new value and retires the earlier one', async ({ skip }) => {
    const db = store(skip);
    expect((await ensureAdminKey(db, second, log)).environment).toMatchObject({
      status: 'created',
      key: { id: 'admin-env-2', scopes: ['admin'] },
      replaced: [],
    });
    const third = `env-admin-${'c'.repeat(30)}`;
    expect((await ensureAdminKey(db, third, log)).environment).toMatchObject({
      status: 'created',
      key: { id: 'admin-env-3' },
      replaced: ['admin-env-2'],
    });
    expect(await active(db, second)).toBeUndefined();
    expect(await active(db, third)).toBe('admin-env-3');
    expect(await listAudit(db, { subject: 'key', subjectId: 'admin-env-2' })).toMatchObject([
      { action: 'create', keyId: 'environment' },
      {
        action: 'revoke',
        keyId: 'environment',
        detail: { reason: 'HANDOFF_ADMIN_KEY changed; replaced by admin-env-3' },
      },
    ]);
    // Going back to an older value does not revive it either.
    for (const old of [first, second])
      expect((await ensureAdminKey(db, old, log)).environment?.status).toBe('revoked');
    expect(await active(db, third)).toBe('admin-env-3');
  });

  it('generates a first-start key only on an empty installation, recorded in the trail', async ({
    skip,
  }) => {
    const db = store(skip);
    expect(await ensureAdminKey(db, undefined, log)).toEqual({});
    await db.query(`truncate api_keys`);
    const { generated } = await ensureAdminKey(db, undefined, log);
    expect(generated).toMatch(/^hk_/);
    expect(await active(db, generated!)).toBe('admin');
    expect(await listAudit(db, { subject: 'key', subjectId: 'admin' })).toMatchObject([
      { action: 'create', keyId: 'first-start' },
    ]);
  });
});
