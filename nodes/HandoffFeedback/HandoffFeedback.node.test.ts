import { NodeOperationError } from 'n8n-workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDecide } from '../../core';
import { createCoreEngine } from '../../server/engine/core-engine';
import { testService } from '../../server/test/harness';
import { fakeContext, runNode } from '../test/fake-context';
import { toService } from '../test/service-bridge';
import { HandoffFeedback } from './HandoffFeedback.node';
import { readVerdict } from './v1/feedback.operation';

const node = new HandoffFeedback();
const input = {
  conversation: {
    id: 'conv-feedback-1',
    channel: 'web' as const,
    messages: [
      {
        role: 'customer' as const,
        text: 'I was charged twice, I want to talk to a person now!',
        at: '2026-11-20T10:00:00Z',
      },
    ],
  },
};

describe('Handoff Feedback, against the real rule service', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  let key: string;
  let decisionId: string;
  const credentials = () => ({ handoffApi: { baseUrl: 'http://handoff.test', apiKey: key } });
  const run = (params: Record<string, unknown>, items = [{ ticket: 7 }], apiKey = key) => {
    const fake = fakeContext({
      items,
      params: { decisionId, verdict: 'not_needed', options: {}, ...params },
      credentials: credentials(),
      http: toService(s.app.request, apiKey),
    });
    return { ...fake, outputs: () => runNode(node, fake.ctx) };
  };

  beforeAll(async () => {
    s = await testService({ engine: createCoreEngine() });
    key = await s.makeKey(['evaluate']);
    const res = await s.call('POST', '/v1/decisions', {
      key,
      body: { input, decision: runDecide(input) },
    });
    expect(res.status).toBe(201);
    decisionId = (await res.json()).decisionId;
  });
  afterAll(() => s.close());

  it('stores the verdict, with author and note, and passes the item on with what was stored', async () => {
    const { outputs, calls } = run({
      options: { author: 'chatwoot-agent-5', note: 'asked for opening hours' },
    });
    const [[out]] = await outputs();
    expect(calls[0]).toMatchObject({
      credentialType: 'handoffApi',
      options: {
        method: 'POST',
        url: `http://handoff.test/v1/decisions/${decisionId}/feedback`,
        body: {
          verdict: 'not_needed',
          author: 'chatwoot-agent-5',
          note: 'asked for opening hours',
        },
      },
    });
    expect(out.json).toMatchObject({
      ticket: 7,
      feedback: {
        decisionId,
        verdict: 'not_needed',
        author: 'chatwoot-agent-5',
        source: 'explicit',
        note: 'asked for opening hours',
        created: true,
      },
    });
    expect(out.pairedItem).toEqual({ item: 0 });

    // The same author again replaces the verdict: the decision has one from this author.
    const [[again]] = await run({
      verdict: 'handoff-too-late',
      options: { author: 'chatwoot-agent-5' },
    }).outputs();
    expect(again.json.feedback).toMatchObject({ verdict: 'too_late', created: false });
    const view = await (await s.call('GET', `/v1/decisions/${decisionId}`)).json();
    expect(view.verdicts).toEqual([
      expect.objectContaining({ author: 'chatwoot-agent-5', verdict: 'too_late' }),
    ]);
  });

  it('takes the API key id as author when none is given', async () => {
    const [[out]] = await run({ verdict: 'needed' }).outputs();
    expect(out.json.feedback).toMatchObject({ verdict: 'needed', created: true });
    expect(String((out.json.feedback as { author: string }).author)).toMatch(/^key_/);
  });

  it('refuses a bad id and an unknown verdict before calling, naming what is wrong', async () => {
    const badId = run({ decisionId: 'conv-42' });
    await expect(badId.outputs()).rejects.toThrow(
      /Decision ID "conv-42" is not a decision id: they look like "dec_/,
    );
    await expect(run({ decisionId: '  ' }).outputs()).rejects.toThrow(/Decision ID is empty/);
    const badVerdict = run({ verdict: 'maybe' });
    const error = await badVerdict.outputs().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as Error).message).toBe(
      'Verdict "maybe" is not one of needed, not_needed, too_late, missed (a label such as "handoff-not-needed" also works)',
    );
    expect(badId.calls).toHaveLength(0);
    expect(badVerdict.calls).toHaveLength(0);
  });

  it('says what a 401 and a 404 from the service mean', async () => {
    const unknown = run({ decisionId: 'dec_0mi3x9k2a1f2e3d4c5b6a' });
    await expect(unknown.outputs()).rejects.toThrow(
      'The rule service at http://handoff.test has no logged decision "dec_0mi3x9k2a1f2e3d4c5b6a" (404)',
    );
    const wrongKey = run({}, [{ ticket: 7 }], 'hk_not-a-key');
    const error = (await wrongKey.outputs().catch((e: unknown) => e)) as NodeOperationError;
    expect(error.message).toMatch(
      /^The rule service at http:\/\/handoff.test refused the Handoff API credential's key \(401\)/,
    );
    expect(error.description).toMatch(/^The service answered: HTTP 401 - unauthorized/);
  });

  it('with Continue On Fail, a failing item carries its error and the others go on', async () => {
    const fake = fakeContext({
      items: [{ id: decisionId }, { id: 'nope' }],
      params: { decisionId: (_: number, json: { id: string }) => json.id, verdict: 'needed' },
      credentials: credentials(),
      continueOnFail: true,
      http: toService(s.app.request, key),
    });
    const [out] = await runNode(node, fake.ctx);
    expect(out.map((o) => o.json.feedback ?? o.json.error)).toEqual([
      expect.objectContaining({ verdict: 'needed' }),
      expect.stringMatching(/"nope" is not a decision id/),
    ]);
  });
});

describe('readVerdict', () => {
  it.each([
    ['needed', 'needed'],
    ['handoff-not-needed', 'not_needed'],
    ['Not needed', 'not_needed'],
    [' TOO-LATE ', 'too_late'],
    ['handoff_missed', 'missed'],
    ['handoff', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (given, expected) => {
    expect(readVerdict(given)).toBe(expected);
  });
});
