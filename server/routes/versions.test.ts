import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeEngine } from '../test/fake-engine';
import { testService } from '../test/harness';
import { sampleInput, sampleRuleset } from '../test/samples';

const matching = (word: string, n = 1) => {
  const r = sampleRuleset('support', n);
  r.rules[0]!.when = { contains: word };
  return r;
};

describe('publishing, versions, diff, rollback, replay', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  let publisher: string;
  const fixture = {
    name: 'asks for a human',
    input: sampleInput('get me a human'),
    expect: { handoff: true, reasons: ['human_request'] },
  };
  beforeAll(async () => {
    s = await testService({ engine: fakeEngine() });
    publisher = await s.makeKey(['edit', 'publish']);
    await s.call('POST', '/v1/rulesets', {
      key: publisher,
      body: { ruleset: matching('human'), fixtures: [fixture] },
    });
  });
  afterAll(() => s.close());

  let v1: string;
  let v2: string;

  it('publishes the draft as a content-hashed version after its fixtures pass', async () => {
    const res = await s.call('POST', '/v1/rulesets/support/publish', { key: publisher });
    expect(res.status).toBe(201);
    const body = await res.json();
    v1 = body.version.version;
    expect(v1).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body).toMatchObject({
      created: true,
      fixtures: [{ name: 'asks for a human', passed: true }],
      ruleset: { publishedVersion: v1 },
    });
    const again = await s.call('POST', '/v1/rulesets/support/publish', { key: publisher });
    expect(again.status).toBe(200);
    expect((await again.json()).created).toBe(false);
  });

  it('refuses to publish when a fixture fails, naming the field', async () => {
    const put = await s.call('PUT', '/v1/rulesets/support', {
      key: publisher,
      body: { ruleset: matching('robot', 2), fixtures: [fixture] },
    });
    expect(put.status).toBe(200);
    const res = await s.call('POST', '/v1/rulesets/support/publish', { key: publisher });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('fixtures_failed');
    expect(body.error.issues[0].path).toBe('fixtures[0].expect.handoff');
    expect(body.error.fixtures[0].mismatches[0]).toEqual({
      field: 'handoff',
      expected: true,
      actual: false,
    });
    const versions = await (
      await s.call('GET', '/v1/rulesets/support/versions', { key: publisher })
    ).json();
    expect(versions.versions).toHaveLength(1);
  });

  it('publishes only the draft revision named by If-Match', async () => {
    await s.call('PUT', '/v1/rulesets/support', {
      key: publisher,
      body: { ruleset: matching('human', 3), fixtures: [fixture] },
    });
    const stale = await s.call('POST', '/v1/rulesets/support/publish', {
      key: publisher,
      headers: { 'if-match': '"support.r2"' },
    });
    expect(stale.status).toBe(409);
    const res = await s.call('POST', '/v1/rulesets/support/publish', {
      key: publisher,
      headers: { 'if-match': '"support.r3"' },
    });
    expect(res.status).toBe(201);
    v2 = (await res.json()).version.version;
    expect(v2).not.toBe(v1);
  });

  it('lists and reads versions', async () => {
    const list = await (
      await s.call('GET', '/v1/rulesets/support/versions', { key: publisher })
    ).json();
    expect(list.publishedVersion).toBe(v2);
    expect(
      list.versions.map((v: { version: string; seq: number; published: boolean }) => [
        v.seq,
        v.published,
      ]),
    ).toEqual([
      [1, false],
      [2, true],
    ]);
    const one = await s.call('GET', `/v1/rulesets/support/versions/${v1}`, { key: publisher });
    expect(one.status).toBe(200);
    expect((await one.json()).content.name).toBe('Support policy 1');
    const bare = await s.call('GET', `/v1/rulesets/support/versions/${v1.slice(7)}`, {
      key: publisher,
    });
    expect((await bare.json()).version).toBe(v1);
    expect(
      (
        await s.call('GET', `/v1/rulesets/support/versions/sha256:${'0'.repeat(64)}`, {
          key: publisher,
        })
      ).status,
    ).toBe(404);
    expect(
      (await s.call('GET', '/v1/rulesets/support/versions/latest', { key: publisher })).status,
    ).toBe(400);
  });

  it('diffs two versions, and a version against the draft', async () => {
    const d = await (
      await s.call('GET', `/v1/rulesets/support/diff?from=${v1}&to=${v2}`, { key: publisher })
    ).json();
    expect(d).toMatchObject({
      from: v1,
      to: v2,
      identical: false,
      rules: { changed: ['big-accounts'] },
    });
    expect(d.changes).toContainEqual({
      path: 'ruleset.name',
      kind: 'changed',
      before: 'Support policy 1',
      after: 'Support policy 3',
    });
    const same = await (
      await s.call('GET', '/v1/rulesets/support/diff?from=published', { key: publisher })
    ).json();
    expect(same).toMatchObject({ from: v2, to: 'draft', identical: true });
    expect(
      (await s.call('GET', '/v1/rulesets/support/diff?from=yesterday', { key: publisher })).status,
    ).toBe(400);
    expect((await s.call('GET', '/v1/rulesets/support/diff', { key: publisher })).status).toBe(400);
  });

  it('rolls back to an earlier version and records who did what', async () => {
    const res = await s.call('POST', '/v1/rulesets/support/rollback', {
      key: publisher,
      body: { version: v1 },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).publishedVersion).toBe(v1);
    const missing = await s.call('POST', '/v1/rulesets/support/rollback', {
      key: publisher,
      body: { version: 'f'.repeat(64) },
    });
    expect(missing.status).toBe(404);
    const editorOnly = await s.makeKey(['edit']);
    expect(
      (
        await s.call('POST', '/v1/rulesets/support/rollback', {
          key: editorOnly,
          body: { version: v2 },
        })
      ).status,
    ).toBe(403);
    const history = await (
      await s.call('GET', '/v1/rulesets/support/history', { key: publisher })
    ).json();
    expect(history.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'publish',
      'publish',
      'update',
      'update',
      'publish',
      'rollback',
    ]);
    expect(
      history.events.every(
        (e: { keyId: string; at: string }) => e.keyId === 'key_t2' && Date.parse(e.at) > 0,
      ),
    ).toBe(true);
  });

  it('decides with the published version, and 404s an unpublished ruleset', async () => {
    const decision = await (
      await s.call('POST', '/v1/handoff?ruleset=support', { body: sampleInput('human please') })
    ).json();
    expect(decision.ruleset).toEqual({ id: 'support', version: v1 });
    await s.call('POST', '/v1/rulesets', {
      key: publisher,
      body: { ruleset: matching('x').valueOf() && { ...matching('x'), id: 'draft-only' } },
    });
    const res = await s.call('POST', '/v1/handoff?ruleset=draft-only', { body: sampleInput() });
    expect(res.status).toBe(404);
  });

  it('replays conversations through the draft and the published version', async () => {
    await s.call('PUT', '/v1/rulesets/support', {
      key: publisher,
      body: { ruleset: matching('refund', 4) },
    });
    const res = await s.call('POST', '/v1/rulesets/support/replay', {
      key: publisher,
      body: {
        conversations: [sampleInput('human now'), sampleInput('refund me'), sampleInput('hello')],
      },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      total: 3,
      changed: 2,
      handoffs: { before: 1, after: 1 },
      baseline: { version: v1, source: 'published' },
    });
    expect(
      body.differences.map((d: { index: number; fields: string[] }) => [d.index, d.fields]),
    ).toEqual([
      [0, ['handoff', 'reasons']],
      [1, ['handoff', 'reasons']],
    ]);
  });
});
