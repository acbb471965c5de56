import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../test/backends';
import { fakeEngine } from '../test/fake-engine';
import { testService } from '../test/harness';
import { sampleRuleset } from '../test/samples';

type Service = Awaited<ReturnType<typeof testService>>;

/** Every change to a ruleset, the three ways it can be made. */
const changes = (version: () => string) => [
  {
    name: 'PUT',
    method: 'PUT',
    path: '/v1/rulesets/vip',
    body: () => ({ ruleset: sampleRuleset('vip', 7) }),
  },
  { name: 'publish', method: 'POST', path: '/v1/rulesets/vip/publish', body: () => undefined },
  {
    name: 'rollback',
    method: 'POST',
    path: '/v1/rulesets/vip/rollback',
    body: () => ({ version: version() }),
  },
];

describe.each(backends())('If-Match on every ruleset change ($name)', (backend) => {
  let s: Service | undefined;
  let v1 = '';
  beforeAll(async () => {
    const db = await backend.open();
    if (!db) return;
    s = await testService({ engine: fakeEngine(), db });
    await s.call('POST', '/v1/rulesets', { body: { ruleset: sampleRuleset('vip', 1) } });
    await s.call('POST', '/v1/rulesets', { body: { ruleset: sampleRuleset('sales', 1) } });
    const pub = await s.call('POST', '/v1/rulesets/vip/publish', {
      headers: { 'if-match': '"vip.r1"' },
    });
    v1 = (await pub.json()).version.version;
  });
  afterAll(async () => {
    await s?.close();
    await backend.cleanup();
  });
  const service = (skip: () => void): Service => {
    if (!s) skip();
    return s!;
  };
  const state = async (s: Service) => ({
    etag: await s.etag('vip'),
    history: (await (await s.call('GET', '/v1/rulesets/vip/history')).json()).events.length,
  });

  it.for(changes(() => v1))(
    'refuses $name without If-Match (428), changing nothing',
    async (op, { skip }) => {
      const s = service(skip);
      const before = await state(s);
      for (const ifMatch of [undefined, '', '*']) {
        const res = await s.call(op.method, op.path, {
          body: op.body(),
          headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
        });
        expect(res.status, `If-Match ${JSON.stringify(ifMatch)}`).toBe(428);
        const { error } = await res.json();
        expect(error.code).toBe('precondition_required');
        expect(error.message).toContain('GET /v1/rulesets/vip');
      }
      expect(await state(s)).toEqual(before);
    },
  );

  it.for(changes(() => v1))(
    'refuses $name with a weak, malformed or foreign tag (412)',
    async (op, { skip }) => {
      const s = service(skip);
      const before = await state(s);
      for (const ifMatch of [`W/${before.etag}`, before.etag.slice(1, -1), '"sales.r1"']) {
        const res = await s.call(op.method, op.path, {
          body: op.body(),
          headers: { 'if-match': ifMatch },
        });
        expect(res.status, ifMatch).toBe(412);
        expect((await res.json()).error.code).toBe('precondition_failed');
      }
      expect(await state(s)).toEqual(before);
    },
  );

  it.for(changes(() => v1))('refuses $name from an older revision (409)', async (op, { skip }) => {
    const s = service(skip);
    const before = await state(s);
    const res = await s.call(op.method, op.path, {
      body: op.body(),
      headers: { 'if-match': '"vip.r1"' },
    });
    expect(res.status).toBe(409);
    expect(res.headers.get('etag')).toBe(before.etag);
    expect((await res.json()).error).toMatchObject({
      code: 'edit_conflict',
      currentEtag: before.etag,
      updatedBy: 'key_t1',
    });
    expect(await state(s)).toEqual(before);
  });

  it.for(changes(() => v1))(
    'accepts $name with the current tag and moves the ETag on',
    async (op, { skip }) => {
      const s = service(skip);
      const before = await state(s);
      const res = await s.call(op.method, op.path, {
        body: op.body(),
        headers: { 'if-match': before.etag },
      });
      expect(res.status).toBeLessThan(300);
      const after = await state(s);
      expect(res.headers.get('etag')).toBe(after.etag);
      expect(after.etag).not.toBe(before.etag);
      expect(after.history).toBe(before.history + 1);
      const list = await (await s.call('GET', '/v1/rulesets')).json();
      expect(list.rulesets.find((r: { id: string }) => r.id === 'vip').etag).toBe(after.etag);
    },
  );

  it('documents If-Match as required with 409, 412 and 428 in the OpenAPI document', async ({
    skip,
  }) => {
    const s = service(skip);
    const doc = await (await s.call('GET', '/openapi.json', { key: null })).json();
    for (const [path, method] of [
      ['/v1/rulesets/{id}', 'put'],
      ['/v1/rulesets/{id}/publish', 'post'],
      ['/v1/rulesets/{id}/rollback', 'post'],
    ] as const) {
      const op = doc.paths[path][method];
      expect(op.parameters).toContainEqual(
        expect.objectContaining({ name: 'If-Match', in: 'header', required: true }),
      );
      expect(op.responses['409'].description).toContain('`edit_conflict`');
      expect(op.responses['412'].description).toContain('`precondition_failed`');
      expect(op.responses['428'].description).toContain('`precondition_required`');
      expect(op.description).toMatch(/428 `precondition_required`/);
    }
    const html = await (await s.call('GET', '/docs/plain', { key: null })).text();
    expect(html).toContain('if-match: &quot;&lt;the ETag you read&gt;&quot;');
  });
});
