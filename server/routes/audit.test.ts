import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeEngine } from '../test/fake-engine';
import { testService } from '../test/harness';
import { sampleRuleset } from '../test/samples';

describe('the audit trail over HTTP', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  let editor: string;
  let made: { id: string; key: string };
  beforeAll(async () => {
    s = await testService({ engine: fakeEngine() });
    editor = await s.makeKey(['edit']);
    made = await (
      await s.call('POST', '/v1/keys', { body: { name: 'bot', scopes: ['evaluate'] } })
    ).json();
    await s.call('POST', '/v1/rulesets', { key: editor, body: { ruleset: sampleRuleset('vip') } });
    await s.call('PUT', '/v1/rulesets/vip', {
      key: editor,
      body: { ruleset: sampleRuleset('vip', 2) },
      headers: { 'if-match': '"vip.r1"' },
    });
    await s.call('DELETE', `/v1/keys/${made.id}`);
  });
  afterAll(() => s.close());

  it("answers who created and revoked a key, with the request's id", async () => {
    const res = await s.call('GET', `/v1/keys/${made.id}/history`);
    expect(res.status).toBe(200);
    const { events } = await res.json();
    expect(events).toMatchObject([
      {
        subject: 'key',
        subjectId: made.id,
        action: 'create',
        keyId: 'key_t1',
        detail: { name: 'bot', scopes: ['evaluate'] },
      },
      { action: 'revoke', keyId: 'key_t1', detail: { name: 'bot' } },
    ]);
    const revokeLog = s.logged.find(
      (l) => l.method === 'DELETE' && String(l.path).endsWith(made.id),
    );
    expect(events[1].requestId).toBe(revokeLog?.requestId);
    expect((await s.call('GET', '/v1/keys/key_nope/history')).status).toBe(404);
    expect((await s.call('GET', `/v1/keys/${made.id}/history`, { key: editor })).status).toBe(403);
  });

  it('lists the whole trail for admins, filtered and in pages', async () => {
    const all = (await (await s.call('GET', '/v1/audit')).json()).events;
    expect(all.map((e: { subject: string; action: string }) => `${e.subject}:${e.action}`)).toEqual(
      [
        'key:create', // the admin and editor keys the harness made
        'key:create',
        'key:create',
        'ruleset:create',
        'ruleset:update',
        'key:revoke',
      ],
    );
    const byEditor = (await (await s.call('GET', '/v1/audit?keyId=key_t2')).json()).events;
    expect(byEditor.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    const page1 = (await (await s.call('GET', '/v1/audit?limit=2')).json()).events;
    const page2 = (await (await s.call('GET', `/v1/audit?limit=2&after=${page1[1].id}`)).json())
      .events;
    expect([...page1, ...page2]).toEqual(all.slice(0, 4));
    const rulesets = (await (await s.call('GET', '/v1/audit?subject=ruleset&subjectId=vip')).json())
      .events;
    expect(rulesets).toHaveLength(2);
    const bad = await s.call('GET', '/v1/audit?limit=0&subject=robot');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'limit',
      'subject',
    ]);
    expect((await s.call('GET', '/v1/audit', { key: editor })).status).toBe(403);
  });
});
