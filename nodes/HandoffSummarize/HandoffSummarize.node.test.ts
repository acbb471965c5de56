import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { decide, summarize } from '../../core';
import { fakeContext, runNode } from '../test/fake-context';
import { HandoffSummarize } from './HandoffSummarize.node';

const node = new HandoffSummarize();
const conversation = {
  messages: [
    {
      role: 'customer',
      text: 'My invoice INV-2291 was charged twice, 120 EUR. I want a refund now!',
      at: '2026-11-20T10:00:00Z',
    },
    {
      role: 'bot',
      text: 'Sorry to hear that. Could you give me the invoice number?',
      at: '2026-11-20T10:00:05Z',
    },
  ],
};
const params = {
  runOn: 'local',
  inputSource: 'auto',
  summarizer: 'offline',
  agentLanguage: '',
  redact: true,
  includeTranscript: true,
};

describe('Handoff Summarize', () => {
  it('adds the offline summary core writes and a Markdown transcript', async () => {
    const { ctx } = fakeContext({ items: [{ conversation, keep: true }], params });
    const [[out]] = await runNode(node, ctx);
    const input = {
      conversation: { ...conversation, channel: 'web' as const, previousHandoffs: 0 },
    } as Parameters<typeof decide>[0];
    expect(out.json.summary).toBe(summarize(input as never, decide(input)));
    expect(out.json.summary).toContain('INV-2291');
    expect(out.json).toMatchObject({ keep: true, summarySource: 'offline' });
    expect(out.json.transcript).toContain('charged twice');
    expect(out.pairedItem).toEqual({ item: 0 });
  });

  it('uses the LLM through the credential, and falls back to the offline summary when it fails', async () => {
    const llm = fakeContext({
      items: [{ conversation }],
      params: { ...params, summarizer: 'llm', llmTimeoutSeconds: 5 },
      credentials: { handoffLlmApi: { baseUrl: 'http://llm.test/v1', apiKey: 'sk', model: 'm-1' } },
      http: () => ({
        statusCode: 200,
        headers: {},
        body: {
          choices: [
            { message: { content: 'Customer wants a refund for invoice INV-2291 charged twice.' } },
          ],
        },
      }),
    });
    const [[out]] = await runNode(node, llm.ctx);
    expect(out.json).toMatchObject({
      summarySource: 'llm',
      summary: 'Customer wants a refund for invoice INV-2291 charged twice.',
    });
    expect(llm.calls[0]).toMatchObject({
      credentialType: 'handoffLlmApi',
      options: { url: 'http://llm.test/v1/chat/completions' },
    });

    const down = fakeContext({
      items: [{ conversation }],
      params: { ...params, summarizer: 'llm', llmTimeoutSeconds: 5 },
      credentials: { handoffLlmApi: { baseUrl: 'http://llm.test/v1', apiKey: 'sk', model: 'm-1' } },
      http: () => ({ statusCode: 500, headers: {}, body: 'boom' }),
    });
    const [[fallback]] = await runNode(node, down.ctx);
    expect(fallback.json.summarySource).toBe('offline');
    expect(fallback.json.summaryNote).toMatch(/HTTP 500/);
  });

  it('refuses a broken conversation naming the path', async () => {
    const { ctx } = fakeContext({
      items: [{ conversation: { messages: [{ role: 'customer', text: '', at: 'x' }] } }],
      params,
    });
    const error = await runNode(node, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as Error).message).toMatch(/conversation\.messages\[0\]/);
  });
});
