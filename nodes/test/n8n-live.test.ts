import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotHandler } from '../../core/enrich/test/hubspot-server';
import { startServer } from '../../core/http/test/local-server';
import { startJsonServer, type LocalServer } from './local-servers';
import { buildPackage, ensureN8nInstalled, N8nSandbox } from './n8n-sandbox';

/**
 * The example workflows served by a running n8n 2.40.7 (`n8n start`), as users meet them:
 * chat messages go to the Chat Trigger's public webhook one by one, in sessions, so the
 * conversation memory between messages is real. HubSpot and Slack are local stand-ins.
 */

type Workflow = {
  id: string;
  nodes: Array<{ name: string; parameters: Record<string, any>; webhookId?: string }>;
  [key: string]: unknown;
};

const example = (file: string): Workflow =>
  JSON.parse(readFileSync(join('examples', 'workflows', file), 'utf8')) as Workflow;

let n8n: N8nSandbox;
let base: string;
let hubspot: Awaited<ReturnType<typeof startServer>>;
let slack: LocalServer;
let chatUrl: string;
let slackTs = 0;

beforeAll(async () => {
  const cache = ensureN8nInstalled();
  buildPackage();
  n8n = new N8nSandbox(cache);
  hubspot = await startServer((req, res) => hubspotHandler(req, res, 'pat-e2e'));
  // Slack's Web API answers 200 with {ok, ts, channel}; the flow reads `ts` for the thread.
  slack = await startJsonServer((req) => {
    if (req.method === 'POST' && req.path === '/api/chat.postMessage') {
      slackTs += 1;
      const body = req.body as { channel: string };
      return { body: { ok: true, channel: body.channel, ts: `1795600000.00000${slackTs}` } };
    }
    return { status: 404, body: { ok: false, error: 'unknown_method' } };
  });
  n8n.importCredentials([
    {
      id: 'handoffHubSpot01',
      name: 'HubSpot private app',
      type: 'handoffHubSpotApi',
      data: { accessToken: 'pat-e2e', baseUrl: hubspot.url },
    },
    {
      id: 'slackBotToken01',
      name: 'Slack bot token',
      type: 'httpHeaderAuth',
      data: { name: 'Authorization', value: 'Bearer xoxb-e2e' },
    },
  ]);
  const chat = example('chat-handoff.json');
  const settings = chat.nodes.find((n) => n.name === 'Settings')!;
  settings.parameters.assignments.assignments[0].value = `${slack.url}/api`;
  n8n.importWorkflows([chat]);
  n8n.publish(chat.id);
  base = await n8n.start();
  const trigger = chat.nodes.find((n) => n.name === 'When chat message received')!;
  chatUrl = `${base}/webhook/${trigger.webhookId}/chat`;
  // n8n reports ready before it has registered the published workflows' webhooks. Asking
  // for a previous session runs no workflow (the example does not load sessions).
  for (let i = 0; ; i++) {
    const probe = await fetch(chatUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'loadPreviousSession', sessionId: 'probe' }),
    });
    if (probe.status !== 404) break;
    if (i > 120) throw new Error('the chat webhook was never registered');
    await new Promise((r) => setTimeout(r, 500));
  }
}, 30 * 60_000);

afterAll(async () => {
  await n8n?.stop();
  await Promise.all([hubspot?.close(), slack?.close()]);
  n8n?.dispose();
});

async function send(sessionId: string, chatInput: string, metadata?: object) {
  const res = await fetch(chatUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'sendMessage', sessionId, chatInput, metadata }),
  });
  const text = await res.text();
  if (!res.ok) {
    writeFileSync(join(n8n.home, 'server.log'), n8n.serverLog);
    const log = n8n.serverLog
      .split('\n')
      .filter(
        (line) => /activ|publish|error/i.test(line) && !/api\.n8n\.io|Strapi|^\s+at /.test(line),
      );
    throw new Error(`chat answered ${res.status}: ${text}\n${log.slice(-30).join('\n')}`);
  }
  return (JSON.parse(text) as { output: string }).output;
}

describe('the chat example in a running n8n 2.40.7', () => {
  it('remembers the session: the third asking of one question hands off, the thread gets the rest', async () => {
    const questions = [
      'How do I export my invoices as PDF?',
      'How can I export the invoices to PDF?',
      'Again: how do I export my invoices to a PDF?',
    ];
    const anna = { email: 'anna@example.com' };
    expect(await send('session-anna', questions[0], anna)).toMatch(/You asked: How do I export/);
    // Another customer's session in between: its memory is its own.
    expect(await send('session-ben', 'What are your opening hours?')).toMatch(/You asked/);
    expect(await send('session-anna', questions[1], anna)).toMatch(/You asked: How can I export/);
    expect(slack.received).toHaveLength(0);

    const third = await send('session-anna', questions[2], anna);
    expect(third).not.toMatch(/You asked/);
    expect(slack.received).toHaveLength(1);
    const post = slack.received[0];
    expect(post.headers.authorization).toBe('Bearer xoxb-e2e');
    const { channel, text } = post.body as { channel: string; text: string };
    expect(channel).toBe('#support-handoffs');
    expect(text).toMatch(/repeated_question/);
    expect(text).toContain('session-anna');
    expect(text).toContain('anna@example.com');
    // The transcript holds the whole session: all three questions and the bot's answers.
    for (const q of questions) expect(text).toContain(q);
    expect(text).toContain('You asked: How can I export the invoices to PDF?');
    expect(text).not.toContain('opening hours');

    // With a person on it, the next message goes into the Slack thread, not to the bot.
    const fourth = await send('session-anna', 'Hello? Is anyone there?', anna);
    expect(fourth).toMatch(/passed this on to the person/);
    expect(slack.received).toHaveLength(2);
    expect(slack.received[1].body).toMatchObject({
      channel: '#support-handoffs',
      thread_ts: '1795600000.000001',
      text: 'Customer: Hello? Is anyone there?',
    });
  }, 240_000);
});
