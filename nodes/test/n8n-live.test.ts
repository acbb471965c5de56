import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotHandler } from '../../core/enrich/test/hubspot-server';
import { startServer } from '../../core/http/test/local-server';
import { startChild, type ChildService } from '../../server/test/spawn';
import {
  botSecret,
  botToken,
  conversationResolved,
  messageCreated,
  signedHeaders,
  startChatwootStandIn,
  type ChatwootStandIn,
} from './chatwoot-server';
import { startJsonServer, type LocalServer } from './local-servers';
import { buildPackage, ensureN8nInstalled, N8nSandbox } from './n8n-sandbox';

/**
 * The example workflows served by a running n8n 2.40.7 (`n8n start`), as users meet them:
 * chat messages go to the Chat Trigger's public webhook one by one, in sessions, so the
 * conversation memory between messages is real. HubSpot and Slack are local stand-ins; the
 * rule service that logs the Chatwoot flow's decisions and takes its verdicts is the real one.
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
let chatwoot: ChatwootStandIn;
let chatUrl: string;
let slackTs = 0;
let ruleService: ChildService;
let ruleServiceData: string;
const ruleServiceKey = 'hk_live_admin_key_0123456789abcdef';

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
  chatwoot = await startChatwootStandIn();
  ruleServiceData = mkdtempSync(join(tmpdir(), 'handoff-live-rules-'));
  // `npm start` builds the rule builder first when it is stale: minutes on a loaded machine.
  ruleService = await startChild(
    { DATA_DIR: ruleServiceData, HANDOFF_ADMIN_KEY: ruleServiceKey, DATABASE_URL: '' },
    { timeoutMs: 600_000, discardStdout: true },
  );
  n8n.importCredentials([
    {
      id: 'handoffApiKey001',
      name: 'Handoff rule service',
      type: 'handoffApi',
      data: { baseUrl: ruleService.url, apiKey: ruleServiceKey },
    },
    {
      id: 'chatwootBotToken1',
      name: 'Chatwoot agent bot token',
      type: 'httpHeaderAuth',
      data: { name: 'api_access_token', value: botToken },
    },
    {
      id: 'chatwootBotSecret',
      name: 'Chatwoot agent bot secret',
      type: 'crypto',
      data: { hmacSecret: botSecret },
    },
    {
      id: 'handoffHubSpot01',
      name: 'HubSpot access token',
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
  const chatwootFlow = example('chatwoot-agent-bot.json');
  const chatwootSettings = chatwootFlow.nodes.find((n) => n.name === 'Settings')!;
  chatwootSettings.parameters.assignments.assignments[0].value = chatwoot.url;
  n8n.importWorkflows([chat, chatwootFlow]);
  n8n.publish(chat.id);
  n8n.publish(chatwootFlow.id);
  base = await n8n.start();
  const trigger = chat.nodes.find((n) => n.name === 'When chat message received')!;
  chatUrl = `${base}/webhook/${trigger.webhookId}/chat`;
  // n8n reports ready before it has registered the published workflows' webhooks. Asking
  // for a previous session runs no workflow (the example does not load sessions).
  for (let i = 0; ; i++) {
    // On a loaded machine n8n may also drop the connection while it starts up: ask again.
    const probe = await fetch(chatUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'loadPreviousSession', sessionId: 'probe' }),
    }).catch(() => ({ status: 404 }));
    if (probe.status !== 404) break;
    if (i > 120) throw new Error('the chat webhook was never registered');
    await new Promise((r) => setTimeout(r, 500));
  }
}, 30 * 60_000);

afterAll(async () => {
  await n8n?.stop();
  await Promise.all([hubspot?.close(), slack?.close(), chatwoot?.close(), ruleService?.kill()]);
  n8n?.dispose();
  if (ruleServiceData) rmSync(ruleServiceData, { recursive: true, force: true });
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

async function deliver(body: object, headers = signedHeaders(JSON.stringify(body))) {
  const res = await fetch(`${base}/webhook/chatwoot-handoff`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text };
}

/** Waits until the flow has made `count` Chatwoot calls (it answers the webhook first). */
async function chatwootCalls(count: number) {
  for (let i = 0; i < 120 && chatwoot.calls.length < count; i++) {
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 500));
  return chatwoot.calls.map(
    (c) => `${c.by} ${c.method} ${c.path.replace(/^\/api\/v1\/accounts\/1/, '')}`,
  );
}

describe("the Chatwoot agent bot example in a running n8n 2.40.7, with the bot's own token", () => {
  it('answers as the bot, keeps the history itself, and hands off through toggle_status', async () => {
    chatwoot.calls.length = 0;
    const first = 'Hallo, wo finde ich meine Rechnung vom Oktober?';
    expect(
      (await deliver(messageCreated({ id: 1, conversationId: 42, content: first }))).status,
    ).toBe(200);
    expect(await chatwootCalls(1)).toEqual(['bot POST /conversations/42/messages']);
    const answer = chatwoot.calls[0].body as { content: string; private: boolean };
    expect(answer).toMatchObject({ private: false, message_type: 'outgoing' });
    expect(answer.content).toContain(first);

    // Chatwoot sends the bot's own message back as a webhook: sender agent_bot, outgoing.
    const echo = messageCreated({
      id: 2,
      conversationId: 42,
      content: answer.content,
      messageType: 'outgoing',
      sender: { id: 9, name: 'Handoff Bot', type: 'agent_bot' },
    });
    expect((await deliver(echo)).status).toBe(200);
    expect(await chatwootCalls(1)).toHaveLength(1);

    const second =
      'Das habe ich doch schon gesagt! Ich will sofort mit einem Menschen sprechen, das ist inakzeptabel.';
    expect(
      (await deliver(messageCreated({ id: 3, conversationId: 42, content: second }))).status,
    ).toBe(200);
    expect(await chatwootCalls(6)).toEqual([
      'bot POST /conversations/42/messages',
      'bot POST /conversations/42/toggle_status',
      'bot POST /conversations/42/assignments',
      'bot POST /conversations/42/messages',
      'bot POST /conversations/42/messages',
      'bot POST /conversations/42/custom_attributes',
    ]);
    // No call was refused: the flow never asked for the messages list bots may not read.
    expect(chatwoot.calls.every((c) => c.by === 'bot')).toBe(true);
    expect(chatwoot.conversations.get(42)).toMatchObject({
      status: 'open',
      botHandoffs: 1,
      teamId: 1,
    });
    const [, , , note, told] = chatwoot.calls.map((c) => c.body as Record<string, any>);
    expect(note).toMatchObject({ private: true, message_type: 'outgoing' });
    expect(note.content).toMatch(/human_request/);
    // Judged with the history the flow kept: the first question, the bot's answer, this one.
    expect(note.content).toContain('Judged on 3 messages');
    expect(told).toMatchObject({ private: false, message_type: 'outgoing' });
    expect(told.content.length).toBeGreaterThan(20);
  }, 240_000);

  it('closes the loop: the handoff is logged, and the agent resolving with a label sends the verdict the quality report counts', async () => {
    const service = (path: string) =>
      fetch(`${ruleService.url}${path}`, {
        headers: { authorization: `Bearer ${ruleServiceKey}` },
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, any> }));
    // The handoff of the test before kept its decision in the conversation itself.
    const held = chatwoot.conversations.get(42)!;
    const decisionId = held.customAttributes.handoff_decision_id as string;
    expect(decisionId).toMatch(/^dec_/);
    expect(chatwoot.calls.at(-1)?.body).toEqual({
      custom_attributes: { handoff_decision_id: decisionId },
    });
    const logged = await service(`/v1/decisions/${decisionId}`);
    expect(logged.body).toMatchObject({ conversationId: '42', handoff: true, verdicts: [] });
    const decision = logged.body as { matchedRules: string[]; reasons: string[] };
    expect(decision.reasons).toContain('human_request');

    const verdicts = async () => (await service(`/v1/decisions/${decisionId}`)).body.verdicts;
    const waitForVerdict = async () => {
      for (let i = 0; i < 120 && (await verdicts()).length === 0; i++) {
        await new Promise((r) => setTimeout(r, 250));
      }
      return verdicts();
    };
    // Resolved without a handoff label: no verdict.
    const plain = conversationResolved({ conversationId: 42, held, labels: ['billing'] });
    expect((await deliver(plain)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await verdicts()).toEqual([]);

    const resolved = conversationResolved({
      conversationId: 42,
      held,
      labels: ['billing', 'handoff-not-needed'],
      assignee: { id: 5, name: 'Agent Anna' },
    });
    expect((await deliver(resolved)).status).toBe(200);
    expect(await waitForVerdict()).toEqual([
      expect.objectContaining({
        verdict: 'not_needed',
        author: 'chatwoot-agent-5',
        source: 'explicit',
        note: 'Resolved in Chatwoot (conversation 42) with the labels billing, handoff-not-needed',
      }),
    ]);

    const quality = await service('/v1/rulesets/default/quality');
    expect(quality.status).toBe(200);
    expect(quality.body).toMatchObject({ rulesetId: 'default', notNeeded: 1 });
    const rules = quality.body.rules as Array<{
      rule: string;
      notNeeded: number;
      decisionIds: { notNeeded: string[] };
    }>;
    const blamed = rules.filter((r) => r.decisionIds.notNeeded.includes(decisionId));
    expect(blamed.map((r) => r.rule).sort()).toEqual(
      decision.matchedRules.filter((r) => rules.some((q) => q.rule === r)).sort(),
    );
    expect(blamed.length).toBeGreaterThan(0);
  }, 240_000);

  it('leaves a conversation an agent holds alone, and refuses an unsigned or forged delivery', async () => {
    chatwoot.calls.length = 0;
    const open = messageCreated({
      id: 4,
      conversationId: 43,
      content: 'Are you still there?',
      status: 'open',
    });
    expect((await deliver(open)).status).toBe(200);
    const body = messageCreated({ id: 5, conversationId: 44, content: 'I want a human now!' });
    const forged = signedHeaders(JSON.stringify(body), 'not-the-secret');
    const refused = await deliver(body, forged);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatch(/X-Chatwoot-Signature/);
    const unsigned = await deliver(body, { 'content-type': 'application/json' } as never);
    expect(unsigned.status).toBe(401);
    const stale = signedHeaders(
      JSON.stringify(body),
      botSecret,
      Math.floor(Date.now() / 1000) - 3600,
    );
    expect((await deliver(body, stale)).status).toBe(401);
    expect(await chatwootCalls(0)).toEqual([]);
  }, 240_000);
});

/**
 * The editor in Chromium, signed in as the owner. Screenshots go to docs/ with
 * HANDOFF_SCREENSHOTS=1 (how the README's are made), else into the test's n8n folder.
 */
async function withEditor(
  use: (page: Page, shot: (name: string) => Promise<void>) => Promise<void>,
) {
  const owner = { email: 'owner@example.com', password: 'Handoff-e2e-1' };
  let res = await fetch(`${base}/rest/owner/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...owner, firstName: 'Olga', lastName: 'Owner' }),
  });
  if (!res.headers.get('set-cookie')) {
    res = await fetch(`${base}/rest/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
    });
  }
  const auth = /n8n-auth=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!auth) throw new Error(`no n8n session: ${res.status} ${await res.text()}`);
  const dir = process.env.HANDOFF_SCREENSHOTS === '1' ? 'docs' : join(n8n.home, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    await context.addCookies([
      { name: 'n8n-auth', value: auth[1], domain: '127.0.0.1', path: '/' },
    ]);
    const page = await context.newPage();
    await use(page, async (name) => {
      await page.screenshot({ path: join(dir, `n8n-${name}.png`) });
    });
  } finally {
    await browser.close();
  }
}

describe('the node pack in the n8n editor (Chromium)', () => {
  it('opens each example, the Route and Feedback panels with no error marker, with fields previewed from the schema', async () => {
    await withEditor(async (page, shot) => {
      for (const [id, name] of [
        ['HandoffChat00001', 'chat-example'],
        ['HandoffChatwoot1', 'chatwoot-example'],
      ]) {
        await page.goto(`${base}/workflow/${id}`, { timeout: 120_000 });
        await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 90_000 });
        await page.locator('[data-test-id="zoom-to-fit"]').click();
        await page.waitForTimeout(800);
        await shot(name);
      }
      await page.goto(`${base}/workflow/HandoffChat00001`, { timeout: 120_000 });
      await page
        .locator('[data-test-id="canvas-node"]:has-text("Handoff Route")')
        .first()
        .dblclick({ timeout: 90_000 });
      await page.getByText('Routing Table JSON').waitFor();
      // Enrich's output schema: fields a user can map before anything ran.
      await page.getByText('Usually outputs the following fields').waitFor();
      expect(await page.locator('[data-test-id="parameter-issues"]').count()).toBe(0);
      await shot('route-panel');
      // The Chatwoot flow's Handoff Feedback: the decision from the conversation, the verdict
      // from the agent's label.
      await page.goto(`${base}/workflow/HandoffChatwoot1`, { timeout: 120_000 });
      await page
        .locator('[data-test-id="canvas-node"]:has-text("Handoff Feedback")')
        .first()
        .dblclick({ timeout: 90_000 });
      await page.getByText('Decision ID').first().waitFor({ timeout: 60_000 });
      await page.getByText('Verdict').first().waitFor();
      expect(await page.locator('[data-test-id="parameter-issues"]').count()).toBe(0);
      await page.waitForTimeout(800);
      await shot('feedback-panel');
    });
  }, 480_000);
  it('the node panel finds all five nodes by "handoff" and "escalation", Enrich by "enrich", Feedback by "feedback" and "verdict"', async () => {
    await withEditor(async (page, shot) => {
      await page.goto(`${base}/workflow/new`, { timeout: 120_000 });
      const add = page.locator('[data-test-id="canvas-add-button"]');
      await add.waitFor({ timeout: 90_000 });
      const search = page
        .locator(
          'input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input',
        )
        .first();
      // On a cold editor the first click can land before the canvas handles it: click again.
      for (let attempt = 0; attempt < 6 && !(await search.isVisible()); attempt++) {
        await add.click();
        await search.waitFor({ timeout: 10_000 }).catch(() => undefined);
      }
      await search.waitFor().catch(async (error: unknown) => {
        await shot('node-panel-failure');
        throw error;
      });
      const found: Record<string, string[]> = {};
      for (const query of ['escalation', 'enrich', 'feedback', 'verdict', 'handoff']) {
        await search.fill(query);
        const names = page.locator('[data-test-id="node-creator-item-name"]');
        await names.first().waitFor();
        await page.waitForTimeout(500);
        found[query] = (await names.allInnerTexts()).map((n) => n.trim()).sort();
      }
      await shot('node-panel-search');
      const all = [
        'Handoff Detect',
        'Handoff Enrich',
        'Handoff Feedback',
        'Handoff Route',
        'Handoff Summarize',
      ];
      expect(found.handoff).toEqual(all);
      expect(found.escalation).toEqual(all);
      expect(found.enrich).toContain('Handoff Enrich');
      expect(found.feedback[0]).toBe('Handoff Feedback');
      expect(found.verdict).toContain('Handoff Feedback');
    });
  }, 480_000);
});
