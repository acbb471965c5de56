import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations';
import { openPglite } from '../db/pglite';
import type { Db } from '../db/types';
import { recordChange } from '../store/changes';
import { watchChanges, type ChangeWatcher } from './watch-changes';

const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

describe('watchChanges', () => {
  let db: Db;
  let watcher: ChangeWatcher;
  let changes = 0;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    watcher = await watchChanges(db, () => changes++, { pollMs: 30 });
  });
  afterAll(async () => {
    await watcher.stop();
    await db.close();
  });

  it('hears a change by notification, and the poll does not count it again', async () => {
    await db.transaction((tx) => recordChange(tx, 'ruleset', 'vip'));
    await settle();
    expect(changes).toBe(1);
    expect(watcher.state()).toMatchObject({
      listener: { status: 'listening' },
      received: { notify: 1, poll: 0 },
    });
  });

  it('finds a change whose notification was lost by polling the counter', async () => {
    await db.query(`update service_state set value = value + 1 where name = 'changes'`);
    await settle();
    expect(changes).toBe(2);
    expect(watcher.state().received).toEqual({ notify: 1, poll: 1, recovery: 0 });
  });

  it('treats a counter that went back (a restored database) as a change', async () => {
    await db.query(`update service_state set value = 0 where name = 'changes'`);
    await settle();
    expect(changes).toBe(3);
    expect(watcher.state().received.poll).toBe(2);
    await db.transaction((tx) => recordChange(tx, 'key', 'k'));
    await settle();
    expect(changes).toBe(4);
  });
});
