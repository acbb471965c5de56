import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeEngine } from '../test/fake-engine';
import { testService } from '../test/harness';

describe('keys and scopes', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  beforeAll(async () => {
    s = await testService({ engine: fakeEngine() });
  });
  afterAll(() => s.close());

  it('refuses requests without a key, with a JSON 401', async () => {
    const res = await s.call('GET', '/v1/rulesets', { key: null });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect((await res.json()).error.code).toBe('unauthorized');
  });

  it('refuses an unknown key', async () => {
    const res = await s.call('GET', '/v1/me', { key: 'hk_not-a-real-key' });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/unknown or revoked/);
  });

  it('refuses a key without the scope with 403 naming it', async () => {
    const evaluator = await s.makeKey(['evaluate']);
    const res = await s.call('POST', '/v1/keys', {
      key: evaluator,
      body: { name: 'x', scopes: ['edit'] },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      error: { code: 'forbidden', requiredScope: 'admin' },
    });
  });

  it('creates a key whose secret is shown once and stored only as a hash', async () => {
    const res = await s.call('POST', '/v1/keys', {
      body: { name: 'ci', scopes: ['evaluate', 'evaluate'] },
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ name: 'ci', scopes: ['evaluate'], revokedAt: null });
    expect(created.key).toMatch(/^hk_[\w-]{43}$/);
    const me = await s.call('GET', '/v1/me', { key: created.key });
    expect((await me.json()).id).toBe(created.id);
    const list = await (await s.call('GET', '/v1/keys')).json();
    expect(JSON.stringify(list)).not.toContain(created.key);
    const stored = await s.db.query<{ key_hash: string }>(
      'select key_hash from api_keys where id = $1',
      [created.id],
    );
    expect(stored[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]!.key_hash).not.toContain(created.key);
  });

  it('revokes a key at once', async () => {
    const created = await (
      await s.call('POST', '/v1/keys', { body: { name: 'temp', scopes: ['edit'] } })
    ).json();
    expect((await s.call('GET', '/v1/me', { key: created.key })).status).toBe(200);
    const res = await s.call('DELETE', `/v1/keys/${created.id}`);
    expect(res.status).toBe(200);
    expect((await res.json()).revokedAt).not.toBeNull();
    expect((await s.call('GET', '/v1/me', { key: created.key })).status).toBe(401);
    expect((await s.call('DELETE', '/v1/keys/key_nope')).status).toBe(404);
  });

  it('validates new keys with paths', async () => {
    const res = await s.call('POST', '/v1/keys', {
      body: { name: '', scopes: ['root'], extra: 1 },
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_body');
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      '(root)',
      'name',
      'scopes[0]',
    ]);
  });

  it('limits each key and says when to retry', async () => {
    const slow = await s.makeKey(['evaluate'], 18);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await s.call('GET', '/v1/me', { key: slow })).status);
    const limited = await s.call('GET', '/v1/me', { key: slow });
    expect(statuses).toEqual([200, 200, 200]);
    // 18 a minute with 10 s of burst: three at once, then one every 3.3 s.
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('rate_limited');
    expect((await s.call('GET', '/v1/me')).status).toBe(200);
  });
});
