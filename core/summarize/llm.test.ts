import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffInput } from '../contract';
import { fetchTransport } from '../http/fetch-transport';
import { realSleep } from '../http/test/real-sleep';
import { sendJson, startServer } from '../http/test/local-server';
import { summarizeWithLlm } from './llm';
import { summarize } from './summarize';

const input: HandoffInput = {
  conversation: {
    channel: 'web',
    previousHandoffs: 0,
    messages: [
      {
        role: 'customer',
        text: 'I was charged $89.00 twice for order ORD-77120.',
        at: '2026-11-20T10:00:04Z',
      },
      { role: 'customer', text: 'My card is 4242 4242 4242 4242', at: '2026-11-20T10:00:05Z' },
      { role: 'bot', text: 'Could you share your order number?', at: '2026-11-20T10:00:07Z' },
    ],
  },
};
const decision = {
  reasons: [{ code: 'refund_dispute' as const, category: 'compliance' as const, evidence: [] }],
  issueType: 'billing' as const,
  language: 'en',
};

let servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const llmServer = async (
  reply: (body: unknown) => { status: number; content?: string; delayMs?: number },
) => {
  const s = await startServer(async (req, res) => {
    if (req.path !== '/v1/chat/completions') return sendJson(res, 404, {});
    const r = reply(req.body);
    if (r.delayMs) await new Promise((done) => setTimeout(done, r.delayMs));
    sendJson(
      res,
      r.status,
      r.content === undefined
        ? { error: { message: 'boom' } }
        : {
            id: 'x',
            object: 'chat.completion',
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: r.content },
                finish_reason: 'stop',
              },
            ],
          },
    );
  });
  servers.push(s);
  return s;
};
const base = (url: string) => ({
  endpoint: `${url}/v1`,
  apiKey: 'sk-test',
  model: 'small',
  transport: fetchTransport,
  sleep: realSleep,
  now: Date.now,
  retries: 0,
});

describe('LLM summary over an OpenAI-compatible endpoint', () => {
  it('uses the model’s summary, sent a redacted transcript in the asked language', async () => {
    const s = await llmServer(() => ({
      status: 200,
      content: 'Customer was charged $89.00 twice for ORD-77120 and wants one reversed.',
    }));
    const r = await summarizeWithLlm(input, decision, { ...base(s.url), agentLanguage: 'de' });
    expect(r).toEqual({
      summary: 'Customer was charged $89.00 twice for ORD-77120 and wants one reversed.',
      source: 'llm',
    });
    const body = s.seen[0].body as {
      model: string;
      messages: Array<{ role: string; content: string }>;
    };
    expect(s.seen[0].headers.authorization).toBe('Bearer sk-test');
    expect(body.model).toBe('small');
    expect(body.messages[0].content).toMatch(/in German/);
    expect(body.messages[1].content).toContain('[card ****4242]');
    expect(body.messages[1].content).not.toContain('4242 4242');
  });

  it('falls back to the offline summary, with a note, when the model invents a number', async () => {
    const s = await llmServer(() => ({
      status: 200,
      content: 'Charged $98.00 twice for order ORD-77120.',
    }));
    const r = await summarizeWithLlm(input, decision, base(s.url));
    expect(r.source).toBe('offline');
    expect(r.summary).toBe(summarize(input, decision));
    expect(r.note).toMatch(/mentioned 98.00, which the transcript does not/);
  });

  it('falls back on errors and timeouts', async () => {
    const down = await llmServer(() => ({ status: 500 }));
    const r1 = await summarizeWithLlm(input, decision, base(down.url));
    expect(r1).toMatchObject({ source: 'offline', note: expect.stringMatching(/HTTP 500/) });
    const slow = await llmServer(() => ({ status: 200, content: 'late', delayMs: 2000 }));
    const started = Date.now();
    const r2 = await summarizeWithLlm(input, decision, { ...base(slow.url), timeoutMs: 100 });
    expect(r2).toMatchObject({
      source: 'offline',
      note: expect.stringMatching(/timed out after 100 ms/),
    });
    expect(Date.now() - started).toBeLessThan(1500);
    const empty = await llmServer(() => ({ status: 200, content: '' }));
    const r3 = await summarizeWithLlm(input, decision, base(empty.url));
    expect(r3.note).toMatch(/no choices\[0\]\.message\.content/);
  });
});
