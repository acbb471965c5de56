import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeEngine } from '../test/fake-engine';
import { testService } from '../test/harness';
import { sampleRuleset } from '../test/samples';

describe('rulesets: create, read, update with ETags', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  let editor: string;
  beforeAll(async () => {
    s = await testService({ engine: fakeEngine() });
    editor = await s.makeKey(['edit']);
  });
  afterAll(() => s.close());

  it('creates a ruleset with an ETag and Location, once', async () => {
    const res = await s.call('POST', '/v1/rulesets', {
      key: editor,
      body: { ruleset: sampleRuleset('billing') },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"billing.r1"');
    expect(res.headers.get('location')).toBe('/v1/rulesets/billing');
    const body = await res.json();
    expect(body).toMatchObject({
      id: 'billing',
      revision: 1,
      publishedVersion: null,
      fixtures: [],
      createdBy: 'key_t2',
    });
    expect(body.draft.rules[0].enabled).toBe(true);
    const again = await s.call('POST', '/v1/rulesets', {
      key: editor,
      body: { ruleset: sampleRuleset('billing') },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('already_exists');
  });

  it('reads and lists', async () => {
    const one = await s.call('GET', '/v1/rulesets/billing', { key: editor });
    expect(one.headers.get('etag')).toBe('"billing.r1"');
    expect((await one.json()).draft.name).toBe('Support policy 1');
    const list = await (await s.call('GET', '/v1/rulesets', { key: editor })).json();
    expect(list.rulesets).toEqual([
      expect.objectContaining({ id: 'billing', rules: 2, etag: '"billing.r1"' }),
    ]);
    expect((await s.call('GET', '/v1/rulesets/nothing-here', { key: editor })).status).toBe(404);
    expect((await s.call('GET', '/v1/rulesets/BAD%20ID', { key: editor })).status).toBe(400);
  });

  it('refuses a lost update with 409 and accepts the current ETag', async () => {
    const first = await s.call('PUT', '/v1/rulesets/billing', {
      key: editor,
      body: { ruleset: sampleRuleset('billing', 2) },
      headers: { 'if-match': '"billing.r1"' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"billing.r2"');
    const lost = await s.call('PUT', '/v1/rulesets/billing', {
      key: editor,
      body: { ruleset: sampleRuleset('billing', 3) },
      headers: { 'if-match': '"billing.r1"' },
    });
    expect(lost.status).toBe(409);
    expect(await lost.json()).toMatchObject({
      error: { code: 'edit_conflict', currentEtag: '"billing.r2"' },
    });
    expect(
      (await (await s.call('GET', '/v1/rulesets/billing', { key: editor })).json()).draft.name,
    ).toBe('Support policy 2');
  });

  it('refuses a body whose id differs from the path, and rules that do not compile', async () => {
    const other = await s.call('PUT', '/v1/rulesets/billing', {
      key: editor,
      body: { ruleset: sampleRuleset('sales') },
    });
    expect(other.status).toBe(400);
    expect((await other.json()).error.issues).toEqual([
      { path: 'ruleset.id', message: 'must be "billing"' },
    ]);
    const bad = sampleRuleset('broken');
    bad.rules[1]!.when = { bad: [] };
    const res = await s.call('POST', '/v1/rulesets', { key: editor, body: { ruleset: bad } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'invalid_rule', issues: [{ path: 'rules[1].when' }] },
    });
  });

  it('validates the ruleset with the contract and names every path', async () => {
    const res = await s.call('POST', '/v1/rulesets', {
      key: editor,
      body: {
        ruleset: {
          id: 'Bad Id',
          name: '',
          rules: [{ id: 'x', name: 'x', when: true, then: { handoff: 'yes' } }],
        },
      },
    });
    expect(res.status).toBe(400);
    const paths = (await res.json()).error.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['ruleset.id', 'ruleset.name', 'ruleset.rules[0].then.handoff']);
  });

  it('needs the edit scope to write', async () => {
    const reader = await s.makeKey(['evaluate']);
    expect((await s.call('GET', '/v1/rulesets/billing', { key: reader })).status).toBe(200);
    expect(
      (
        await s.call('PUT', '/v1/rulesets/billing', {
          key: reader,
          body: { ruleset: sampleRuleset('billing') },
        })
      ).status,
    ).toBe(403);
  });
});
