import { describe, expect, it } from 'vitest';
import { listAudit } from '../store/audit';
import { migrate, migrations } from './migrations';
import { openPglite } from './pglite';

describe('migrations', () => {
  it('moves the ruleset events of schema 1 into the audit trail, in order', async () => {
    const db = await openPglite();
    // A database as schema 1 left it, with some history.
    await db.exec(`create table schema_migrations (
      id integer primary key, name text not null, applied_at timestamptz not null default now())`);
    await db.exec(migrations[0]!.sql);
    await db.query(`insert into schema_migrations (id, name) values (1, 'v1')`);
    await db.exec(`
      insert into rulesets (id, name, draft, fixtures, revision, created_by, updated_by)
        values ('vip', 'VIP', '{}', '[]', 2, 'k1', 'k2');
      insert into ruleset_events (ruleset_id, action, version, revision, key_id, at) values
        ('vip', 'create', null, 1, 'k1', '2026-11-01T10:00:00Z'),
        ('vip', 'publish', 'sha256:aa', 1, 'k1', '2026-11-01T10:05:00Z'),
        ('vip', 'update', null, 2, 'k2', '2026-11-02T09:00:00Z');`);

    expect(await migrate(db)).toEqual(migrations.slice(1).map((m) => m.id));
    const events = await listAudit(db, { subject: 'ruleset', subjectId: 'vip' });
    expect(events.map((e) => [e.action, e.keyId, e.revision, e.version, e.at])).toEqual([
      ['create', 'k1', 1, null, '2026-11-01T10:00:00.000Z'],
      ['publish', 'k1', 1, 'sha256:aa', '2026-11-01T10:05:00.000Z'],
      ['update', 'k2', 2, null, '2026-11-02T09:00:00.000Z'],
    ]);
    await expect(db.query('select * from ruleset_events')).rejects.toThrow(/does not exist/);
    expect(await migrate(db)).toEqual([]);
    await db.close();
  }, 60_000);
});
