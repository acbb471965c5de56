import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations';
import { openPglite } from '../db/pglite';
import type { Db } from '../db/types';
import { insertKey, revokeKey } from '../store/keys';
import { createKeyResolver } from './key-resolver';
import { hashSecret, newSecret } from './secrets';

describe('createKeyResolver', () => {
  let db: Db;
  const secret = newSecret();
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await insertKey(db, {
      id: 'key_r1',
      name: 'resolver',
      hash: hashSecret(secret),
      scopes: ['evaluate'],
      by: 'test',
    });
  });
  afterAll(() => db.close());

  it('asks the database once for a known key and once for an unknown one', async () => {
    const keys = createKeyResolver(db);
    for (let i = 0; i < 5; i++) expect((await keys.resolve(secret))?.id).toBe('key_r1');
    expect(keys.lookups).toBe(1);
    for (let i = 0; i < 5; i++) expect(await keys.resolve('hk_unknown')).toBeUndefined();
    expect(keys.lookups).toBe(2);
  });

  it('asks again after clear() and after the time to live', async () => {
    const keys = createKeyResolver(db, { ttlMs: 50 });
    await keys.resolve(secret);
    keys.clear();
    await keys.resolve(secret);
    expect(keys.lookups).toBe(2);
    await new Promise((r) => setTimeout(r, 80));
    await keys.resolve(secret);
    expect(keys.lookups).toBe(3);
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const keys = createKeyResolver(db, { maxEntries: 2 });
    await keys.resolve('hk_a');
    await keys.resolve('hk_b');
    await keys.resolve('hk_a');
    await keys.resolve('hk_c'); // evicts hk_b
    expect(keys.lookups).toBe(3);
    await keys.resolve('hk_a');
    expect(keys.lookups).toBe(3);
    await keys.resolve('hk_b');
    expect(keys.lookups).toBe(4);
  });

  it('does not answer from the cache once a revocation cleared it', async () => {
    const keys = createKeyResolver(db);
    expect(await keys.resolve(secret)).toBeDefined();
    await revokeKey(db, 'key_r1', { by: 'test' });
    keys.clear();
    expect(await keys.resolve(secret)).toBeUndefined();
  });
});
