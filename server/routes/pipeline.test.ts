import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreEngine } from '../engine/core-engine';
import { testService } from '../test/harness';
import { sampleInput, sampleRuleset } from '../test/samples';

describe('pipeline and rule evaluation over the real core', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  beforeAll(async () => {
    s = await testService({ engine: createCoreEngine() });
  });
  afterAll(() => s.close());

  it('decides with the default ruleset and counts the decision', async () => {
    const res = await s.call('POST', '/v1/handoff', { body: sampleInput() });
    expect(res.status).toBe(200);
    const d = await res.json();
    expect(d).toMatchObject({
      handoff: true,
      reasons: [{ code: 'human_request' }],
      language: 'en',
      ruleset: { id: 'default' },
    });
    expect(d.ruleset.version).toMatch(/^sha256:/);
    expect(d.hints).toBeUndefined();
    const metrics = await (await s.app.request('/metrics')).text();
    expect(metrics).toContain('handoff_decisions_total{ruleset="default",handoff="true"} 1');
    expect(metrics).toContain('handoff_decision_reasons_total{reason="human_request"} 1');
  });

  it('refuses invalid input naming each path', async () => {
    const res = await s.call('POST', '/v1/handoff', {
      body: { conversation: { channel: 'pigeon', messages: [] } },
    });
    expect(res.status).toBe(400);
    const paths = (await res.json()).error.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['conversation.channel', 'conversation.messages']);
  });

  it('publishes a ruleset whose fixtures pass, then decides with it', async () => {
    const fixtures = [
      {
        name: 'human',
        input: sampleInput(),
        expect: { handoff: true, reasons: ['human_request'] },
      },
      { name: 'thanks', input: sampleInput('Thanks, that solved it!'), expect: { handoff: false } },
    ];
    expect(
      (
        await s.call('POST', '/v1/rulesets', {
          body: { ruleset: sampleRuleset('support'), fixtures },
        })
      ).status,
    ).toBe(201);
    const pub = await s.call('POST', '/v1/rulesets/support/publish', {
      headers: { 'if-match': await s.etag('support') },
    });
    expect(pub.status).toBe(201);
    const { version } = (await pub.json()).version;
    const d = await (
      await s.call('POST', '/v1/handoff?ruleset=support', { body: sampleInput() })
    ).json();
    expect(d.ruleset).toEqual({ id: 'support', version });
    expect(d.priority).toBe('high');
  });

  it('refuses to publish when a real decision contradicts a fixture', async () => {
    const fixtures = [
      { name: 'wrong on purpose', input: sampleInput(), expect: { handoff: false } },
    ];
    await s.call('POST', '/v1/rulesets', { body: { ruleset: sampleRuleset('strict'), fixtures } });
    const res = await s.call('POST', '/v1/rulesets/strict/publish', {
      headers: { 'if-match': await s.etag('strict') },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.fixtures[0].mismatches).toEqual([
      { field: 'handoff', expected: false, actual: true },
    ]);
  });

  it('refuses a ruleset whose conditions do not compile, with the path in the rule', async () => {
    const bad = sampleRuleset('bad');
    bad.rules[0]!.when = { and: [true, { frobnicate: 1 }] };
    const res = await s.call('POST', '/v1/rulesets', { body: { ruleset: bad } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_rule');
    expect(body.error.issues[0].path).toBe('rules[0].when.and[1].frobnicate');
  });

  it('completes a handoff with summary, route and customer message', async () => {
    const d = await (await s.call('POST', '/v1/handoff', { body: sampleInput() })).json();
    expect(typeof d.summary).toBe('string');
    expect(d.route.queue).toEqual(expect.any(String));
    expect(d.customerMessage.length).toBeGreaterThan(10);
    const text = await (await s.app.request('/metrics')).text();
    expect(text).toMatch(
      new RegExp(`handoff_decision_queue_total\\{queue="${d.route.queue}"\\} \\d+`),
    );
  });

  it('summarizes and routes each on its own', async () => {
    const sum = await (await s.call('POST', '/v1/summarize', { body: sampleInput() })).json();
    expect(sum.summary.length).toBeGreaterThan(10);
    expect(sum.transcript).toContain('I want to talk to a human');
    const route = await (
      await s.call('POST', '/v1/route', { body: sampleInput('How do I reset my password?') })
    ).json();
    expect(route.route).toMatchObject({ queue: expect.any(String), skills: expect.any(Array) });
    expect(typeof route.customerMessage).toBe('string');
    expect(
      (await s.call('POST', '/v1/route?ruleset=missing', { body: sampleInput() })).status,
    ).toBe(404);
  });

  it('detects signals with evidence', async () => {
    const res = await s.call('POST', '/v1/detect', { body: sampleInput() });
    const body = await res.json();
    expect(body.signals[0]).toMatchObject({
      code: 'human_request',
      evidence: [{ messageIndex: 0 }],
    });
    expect(body.language).toBe('en');
  });

  it('evaluates a rule, with explain on request', async () => {
    const rule = {
      and: [
        { '==': [{ var: 'customer.tier' }, 'enterprise'] },
        { '>': [{ var: 'session.minutes' }, 20] },
      ],
    };
    const data = { customer: { tier: 'enterprise' }, session: { minutes: 31 } };
    const plain = await s.call('POST', '/v1/rules/evaluate', { body: { rule, data } });
    expect(await plain.json()).toEqual({ result: true });
    const explained = await (
      await s.call('POST', '/v1/rules/evaluate', { body: { rule, data, explain: true } })
    ).json();
    expect(explained.explain).toMatchObject({ op: 'and', value: true });
    expect(explained.description).toMatch(/enterprise/);
  });

  it('evaluates every rule of a published or inline ruleset', async () => {
    const data = {
      signals: { human_request: { strength: 1 } },
      customer: { tier: 'pro' },
      session: { minutes: 1 },
    };
    const byId = await (
      await s.call('POST', '/v1/rules/evaluate', { body: { ruleset: 'support', data } })
    ).json();
    expect(byId.rules.map((r: { id: string; matched: boolean }) => [r.id, r.matched])).toEqual([
      ['humans-on-request', true],
      ['big-accounts', false],
    ]);
    const inline = await (
      await s.call('POST', '/v1/rules/evaluate', { body: { ruleset: sampleRuleset('x'), data } })
    ).json();
    expect(inline.rules[0].matched).toBe(true);
    expect(
      (await s.call('POST', '/v1/rules/evaluate', { body: { ruleset: 'nope', data } })).status,
    ).toBe(404);
  });

  it('refuses invalid rules and failing evaluations as 400 with the path', async () => {
    const unknown = await s.call('POST', '/v1/rules/evaluate', {
      body: { rule: { or: [{ eval: 'x' }] }, data: {} },
    });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.issues[0]).toMatchObject({
      path: 'rule.or[0].eval',
      code: 'unknown_operator',
    });
    const both = await s.call('POST', '/v1/rules/evaluate', {
      body: { rule: true, ruleset: 'support', data: {} },
    });
    expect(both.status).toBe(400);
    const neither = await s.call('POST', '/v1/rules/evaluate', { body: { data: {} } });
    expect(neither.status).toBe(400);
  });
});
