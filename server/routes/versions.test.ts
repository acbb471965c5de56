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
  const current = async () => ({ 'if-match': await s.etag('support') });

  let v1: string;
  let v2: string;

  it('publishes the draft as a content-hashed version after its fixtures pass', async () => {
    const res = await s.call('POST', '/v1/rulesets/support/publish', {
      key: publisher,
      headers: { 'if-match': '"support.r1"' },
    });
    expect(res.status).toBe(201);
    // Publishing changes the ruleset, so its ETag moves on.
    expect(res.headers.get('etag')).toBe('"support.r2"');
    const body = await res.json();
    v1 = body.version.version;
    expect(v1).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body).toMatchObject({
      created: true,
      fixtures: [{ name: 'asks for a human', passed: true }],
      ruleset: { publishedVersion: v1, revision: 2, etag: '"support.r2"' },
    });
    // A second publisher who read the ruleset before the first publish is refused.
    const late = await s.call('POST', '/v1/rulesets/support/publish', {
      key: publisher,
      headers: { 'if-match': '"support.r1"' },
    });
    expect(late.status).toBe(409);
    const again = await s.call('POST', '/v1/rulesets/support/publish', {
      key: publisher,
      headers: { 'if-match': '"support.r2"' },
    });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).toBe('"support.r3"');
    expect((await again.json()).created).toBe(false);
  });

  it('refuses to publish when a fixture fails, naming the field', async () => {
    const put = await s.call('PUT', '/v1/rulesets/support', {
      key: publisher,
      body: { ruleset: matching('robot', 2), fixtures: [fixture] },
      headers: await current(),
    });
    expect(put.status).toBe(200);
    const res = await s.call('POST', '/v1/rulesets/support/publish', {
      key: publisher,
      headers: { 'if-match': put.headers.get('etag')! },
    });
    expect(res.status).toBe(422);
    // Nothing was published, so nothing moved.
    expect(await s.etag('support')).toBe(put.headers.get('etag'));
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
    const reviewed = await s.etag('support');
    const put = await s.call('PUT', '/v1/rulesets/support', {
      key: publisher,
      body: { ruleset: matching('human', 3), fixtures: [fixture] },
      headers: { 'if-match': reviewed },
    });
    const stale = await s.call('POST', '/v1/rulesets/support/publish', {
      key: publisher,
      headers: { 'if-match': reviewed },
    });
    expect(stale.status).toBe(409);
    const res = await s.call('POST', '/v1/rulesets/support/publish', {
      key: publisher,
      headers: { 'if-match': put.headers.get('etag')! },
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
    const before = await s.etag('support');
    const blind = await s.call('POST', '/v1/rulesets/support/rollback', {
      key: publisher,
      body: { version: v1 },
    });
    expect(blind.status).toBe(428);
    const res = await s.call('POST', '/v1/rulesets/support/rollback', {
      key: publisher,
      body: { version: v1 },
      headers: { 'if-match': before },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(before);
    expect(await res.json()).toMatchObject({
      publishedVersion: v1,
      etag: res.headers.get('etag'),
    });
    const late = await s.call('POST', '/v1/rulesets/support/rollback', {
      key: publisher,
      body: { version: v2 },
      headers: { 'if-match': before },
    });
    expect(late.status).toBe(409);
    const missing = await s.call('POST', '/v1/rulesets/support/rollback', {
      key: publisher,
      body: { version: 'f'.repeat(64) },
      headers: await current(),
    });
    expect(missing.status).toBe(404);
    const editorOnly = await s.makeKey(['edit']);
    expect(
      (
        await s.call('POST', '/v1/rulesets/support/rollback', {
          key: editorOnly,
          body: { version: v2 },
          headers: await current(),
        })
      ).status,
    ).toBe(403);
    const history = await (
      await s.call('GET', '/v1/rulesets/support/history', { key: publisher })
    ).json();
    expect(
      history.events.map((e: { action: string; revision: number }) => [e.action, e.revision]),
    ).toEqual([
      ['create', 1],
      ['publish', 2],
      ['publish', 3],
      ['update', 4],
      ['update', 5],
      ['publish', 6],
      ['rollback', 7],
    ]);
    expect(
      history.events.every(
        (e: { keyId: string; at: string; requestId: string }) =>
          e.keyId === 'key_t2' && Date.parse(e.at) > 0 && e.requestId.length > 0,
      ),
    ).toBe(true);
    expect(history.events.at(-1)).toMatchObject({
      subject: 'ruleset',
      subjectId: 'support',
      version: v1,
      detail: { previousVersion: v2, fromRevision: 6 },
    });
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
      headers: await current(),
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
