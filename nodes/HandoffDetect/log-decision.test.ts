import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDecide } from '../../core';
import { createCoreEngine } from '../../server/engine/core-engine';
import { testService } from '../../server/test/harness';
import { fakeContext, runNode } from '../test/fake-context';
import { toService } from '../test/service-bridge';
import { HandoffDetect } from './HandoffDetect.node';

/** Detect's decisions in the rule service's decision log, so verdicts can be sent on them. */
const node = new HandoffDetect();
const angry = {
  sessionId: 'log-1',
  chatInput: 'This is useless, I want to talk to a real person now! My card is 4111 1111 1111 1111',
};
const local = {
  runOn: 'local',
  inputSource: 'auto',
  rulesetSource: 'default',
  detectorSettings: {},
};

describe('Handoff Detect and the decision log, against the real rule service', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  let key: string;
  const run = async (params: Record<string, unknown>, credentials = true) => {
    const fake = fakeContext({
      items: [angry],
      params,
      credentials: credentials
        ? { handoffApi: { baseUrl: 'http://handoff.test', apiKey: key } }
        : undefined,
      http: toService(s.app.request, key),
    });
    const outputs = await runNode(node, fake.ctx);
    return { json: outputs.flat()[0].json as Record<string, any>, calls: fake.calls };
  };
  const logged = async (id: string) =>
    (await s.call('GET', `/v1/decisions/${id}`)).json() as Promise<Record<string, any>>;

  beforeAll(async () => {
    s = await testService({ engine: createCoreEngine() });
    key = await s.makeKey(['evaluate']);
  });
  afterAll(() => s.close());

  it('local, by default: decides in n8n and calls nobody', async () => {
    const { json, calls } = await run(local, false);
    expect(json.handoff).toBe(true);
    expect(json.decisionId).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  it('local with Log Decisions: the decision is logged as made (redacted) and its id is on the item', async () => {
    const { json, calls } = await run({ ...local, logDecisions: true });
    expect(calls.map((c) => c.options.url)).toEqual(['http://handoff.test/v1/decisions']);
    expect(json.decisionId).toMatch(/^dec_/);
    const view = await logged(json.decisionId);
    const { decisionId: _id, ...decision } = json;
    const made = runDecide((calls[0].options.body as { input: never }).input);
    expect(view).toMatchObject({
      kind: 'handoff',
      conversationId: 'log-1',
      handoff: true,
      rulesetId: made.ruleset.id,
      reasons: decision.reasons.map((r: { code: string }) => r.code),
    });
    expect(JSON.stringify(view.input)).not.toContain('4111');
  });

  it('on the rule service: the service logs the decision and the item keeps its decisionId', async () => {
    const { json, calls } = await run({ runOn: 'service', inputSource: 'auto', rulesetId: '' });
    expect(calls.map((c) => c.options.url)).toEqual(['http://handoff.test/v1/handoff']);
    expect(json.decisionId).toMatch(/^dec_/);
    expect((await logged(json.decisionId)).conversationId).toBe('log-1');
  });

  it('a report that fails leaves the decision standing, with the reason beside it', async () => {
    const fake = fakeContext({
      items: [angry],
      params: { ...local, logDecisions: true },
      credentials: { handoffApi: { baseUrl: 'http://handoff.test', apiKey: 'hk_wrong' } },
      http: toService(s.app.request, 'hk_wrong'),
    });
    const [[out]] = await runNode(node, fake.ctx);
    expect(out.json.handoff).toBe(true);
    expect(out.json.decisionId).toBeUndefined();
    expect(out.json.decisionLogError).toMatch(/^Not logged: The Handoff rule service refused/);
    expect(out.json.decisionLogError).toMatch(/HTTP 401/);
  });

  it('asks for the credential when Log Decisions or the rule service needs it and none is set', async () => {
    const logging = await run({ ...local, logDecisions: true }, false);
    expect(logging.json.decisionLogError).toMatch(/This needs a Handoff API credential/);
    await expect(run({ runOn: 'service', inputSource: 'auto' }, false)).rejects.toThrow(
      /This needs a Handoff API credential \(the rule service’s Base URL and an API key\)/,
    );
  });
});
