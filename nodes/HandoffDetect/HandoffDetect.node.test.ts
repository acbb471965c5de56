import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { decide } from '../../core';
import { fakeContext, runNode } from '../test/fake-context';
import { HandoffDetect } from './HandoffDetect.node';

const node = new HandoffDetect();
const local = {
  runOn: 'local',
  inputSource: 'auto',
  rulesetSource: 'default',
  detectorSettings: {},
};
const angry = {
  sessionId: 's-1',
  chatInput: 'This is useless, I want to talk to a real person now!',
};
const calm = { sessionId: 's-2', chatInput: 'What are your opening hours?' };

describe('Handoff Detect', () => {
  it('sends each item to Hand Off or Bot Continues, keeping its fields beside the decision', async () => {
    const { ctx } = fakeContext({ items: [calm, angry, calm], params: local });
    const [handOff, botContinues] = await runNode(node, ctx);
    expect(handOff.map((o) => o.pairedItem)).toEqual([{ item: 1 }]);
    expect(botContinues.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
    const json = handOff[0].json as Record<string, any>;
    expect(json).toMatchObject({ sessionId: 's-1', chatInput: angry.chatInput, handoff: true });
    expect(json.reasons.map((r: { code: string }) => r.code)).toContain('human_request');
    expect(json.conversation.messages).toHaveLength(1);
    expect(botContinues[0].json).toMatchObject({ handoff: false, sessionId: 's-2' });
  });

  it('applies the Detector Settings the user added, and keeps the ruleset defaults for the rest', async () => {
    // Two negative messages in a row: no streak by default (3 needed), a streak at 2.
    const input = {
      conversation: {
        id: 'c-streak',
        channel: 'email',
        messages: [
          {
            role: 'customer',
            text: 'This is terrible, nothing works.',
            at: '2026-11-20T10:00:00Z',
          },
          { role: 'bot', text: 'Could you tell me more?', at: '2026-11-20T10:00:05Z' },
          { role: 'customer', text: 'It is awful and so frustrating.', at: '2026-11-20T10:01:00Z' },
        ],
      },
    } as Parameters<typeof decide>[0];
    const run = async (detectorSettings: Record<string, unknown>) => {
      const { ctx } = fakeContext({ items: [input], params: { ...local, detectorSettings } });
      const outputs = await runNode(node, ctx);
      return [...outputs[0], ...outputs[1]][0].json as Record<string, any>;
    };
    const signals = (d: Record<string, any>) => JSON.stringify(d.trace);
    const byDefault = await run({});
    const strict = await run({ negativeStreak: 2, highValueSegments: 'gold, platinum' });
    const expected = decide(input, {
      config: { negativeStreak: 2, highValueSegments: ['gold', 'platinum'] },
    });
    expect(signals(byDefault)).toBe(signals(decide(input)));
    expect(signals(strict)).toBe(signals(expected));
    expect(strict.handoff).toBe(expected.handoff);
    expect(strict.score).toBe(expected.score);
    // Not a vacuous check: the setting changes what the rules see.
    expect(signals(strict)).not.toBe(signals(byDefault));
  });

  it('decides exactly as core does on the same input', async () => {
    const input = {
      conversation: {
        id: 'c-1',
        messages: [
          {
            role: 'customer',
            text: 'Mi factura está cobrada dos veces, quiero un reembolso',
            at: '2026-11-20T10:00:00Z',
          },
          { role: 'bot', text: '¿Me da el número de factura?', at: '2026-11-20T10:00:05Z' },
        ],
      },
      customer: { tier: 'enterprise' },
    };
    const { ctx } = fakeContext({ items: [input], params: local });
    const outputs = await runNode(node, ctx);
    const json = [...outputs[0], ...outputs[1]][0].json as Record<string, unknown>;
    const expected = decide(input as Parameters<typeof decide>[0]);
    for (const key of [
      'handoff',
      'reasons',
      'issueType',
      'language',
      'priority',
      'score',
      'trace',
    ]) {
      expect(json[key]).toEqual(expected[key as keyof typeof expected]);
    }
  });

  it('never escalates a conversation a person already holds', async () => {
    const flagged = (when: string) =>
      fakeContext({
        items: [angry],
        params: { ...local, alreadyHandedOff: true, whenAlreadyHandedOff: when },
      });
    expect((await runNode(node, flagged('stop').ctx)).flat()).toEqual([]);
    const [handOff, bot] = await runNode(node, flagged('botContinues').ctx);
    expect(handOff).toEqual([]);
    expect(bot[0].json).toMatchObject({ alreadyHandedOff: true, handoff: false, sessionId: 's-1' });

    // The transcript alone can say so: an agent wrote last.
    const withAgent = {
      conversation: {
        messages: [
          {
            role: 'customer',
            text: 'I want a human, this is unacceptable!',
            at: '2026-11-20T10:00:00Z',
          },
          {
            role: 'agent',
            text: 'Hi, Maria here, I am looking into it.',
            at: '2026-11-20T10:02:00Z',
          },
          {
            role: 'customer',
            text: 'This is still unacceptable, I want a manager',
            at: '2026-11-20T10:03:00Z',
          },
        ],
      },
    };
    const { ctx } = fakeContext({
      items: [withAgent],
      params: { ...local, whenAlreadyHandedOff: 'handOff' },
    });
    const [again] = await runNode(node, ctx);
    expect(again[0].json).toMatchObject({ alreadyHandedOff: true, handoff: true });
  });

  it('uses a pasted ruleset, and names the rule of a broken one', async () => {
    const ruleset = {
      id: 'always',
      name: 'Always hand off',
      rules: [
        {
          id: 'everyone',
          name: 'Everyone',
          when: { '==': [1, 1] },
          then: { handoff: true, reason: 'human_request' },
        },
      ],
    };
    const { ctx } = fakeContext({
      items: [calm],
      params: { ...local, rulesetSource: 'json', rulesetJson: JSON.stringify(ruleset) },
    });
    const [handOff] = await runNode(node, ctx);
    expect(handOff[0].json).toMatchObject({ handoff: true, ruleset: { id: 'always' } });

    const broken = { ...ruleset, rules: [{ ...ruleset.rules[0], when: { nope: [1] } }] };
    const bad = fakeContext({
      items: [calm],
      params: { ...local, rulesetSource: 'json', rulesetJson: JSON.stringify(broken) },
    });
    await expect(runNode(node, bad.ctx)).rejects.toThrow(/everyone/);
  });

  it('refuses an item without a conversation with the item index, or passes it on with Continue On Fail', async () => {
    const strict = fakeContext({ items: [calm, { text: 'no conversation here' }], params: local });
    const error = await runNode(node, strict.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).context.itemIndex).toBe(1);
    expect((error as Error).message).toMatch(/No conversation found in the item/);

    const lenient = fakeContext({
      items: [{ text: 'no conversation here' }, calm],
      params: local,
      continueOnFail: true,
    });
    const [handOff, bot] = await runNode(node, lenient.ctx);
    expect(handOff).toHaveLength(1);
    expect(handOff[0]).toMatchObject({
      pairedItem: { item: 0 },
      json: { text: 'no conversation here' },
    });
    expect(handOff[0].json.error).toMatch(/No conversation found/);
    expect(bot[0].pairedItem).toEqual({ item: 1 });
  });

  it('asks the rule service for the published ruleset when set to', async () => {
    const decision = decide({
      conversation: {
        messages: [{ role: 'customer', text: angry.chatInput, at: '2026-11-20T10:00:00Z' }],
      },
    });
    const { ctx, calls } = fakeContext({
      items: [angry],
      params: { runOn: 'service', inputSource: 'auto', rulesetId: 'support-eu' },
      credentials: { handoffApi: { baseUrl: 'http://rules.test/', apiKey: 'k' } },
      http: () => ({ statusCode: 200, body: decision }),
    });
    const [handOff] = await runNode(node, ctx);
    expect(handOff[0].json.handoff).toBe(true);
    expect(calls[0]).toMatchObject({
      credentialType: 'handoffApi',
      options: {
        method: 'POST',
        url: 'http://rules.test/v1/handoff',
        qs: { ruleset: 'support-eu' },
      },
    });
    expect((calls[0].options.body as { conversation: unknown }).conversation).toBeDefined();

    const refused = fakeContext({
      items: [angry],
      params: { runOn: 'service', inputSource: 'auto', rulesetId: 'nope' },
      credentials: { handoffApi: { baseUrl: 'http://rules.test', apiKey: 'k' } },
      http: () => ({
        statusCode: 404,
        body: { error: { code: 'not_found', message: 'no published ruleset "nope"' } },
      }),
    });
    await expect(runNode(node, refused.ctx)).rejects.toThrow(
      /refused \/v1\/handoff: HTTP 404 - not_found - no published ruleset "nope"/,
    );
  });
});
