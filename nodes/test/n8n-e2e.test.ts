import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotHandler } from '../../core/enrich/test/hubspot-server';
import { startServer } from '../../core/http/test/local-server';
import { startJsonServer, type LocalServer } from './local-servers';
import { checkCodex, codexPaths } from './codex';
import { buildPackage, ensureN8nInstalled, N8nSandbox, type Execution } from './n8n-sandbox';

/**
 * The proof in a real n8n (2.40.7 on Node 24): the built package, loaded from package.json
 * and dist/ only, runs the example workflows headless. Triggers that wait for the outside
 * world (Chat Trigger, Webhook) become a Manual Trigger plus a Code node of the same name
 * that emits what the trigger would; every other node runs as shipped, against local
 * servers standing in for HubSpot, Chatwoot and the rule service (the real one). The chat
 * example, whose memory lives between messages, runs in a started n8n: n8n-live.test.ts.
 */

type Workflow = {
  id: string;
  name: string;
  nodes: Array<{
    name: string;
    type: string;
    parameters: Record<string, unknown>;
    position: number[];
    [key: string]: unknown;
  }>;
  connections: Record<string, unknown>;
  [key: string]: unknown;
};

const example = (file: string): Workflow =>
  JSON.parse(readFileSync(join('examples', 'workflows', file), 'utf8')) as Workflow;

/**
 * "Respond to Webhook" needs the webhook it answers; headless, a Set node computes the same
 * response body into `response`, so the test reads what the caller would get.
 */
function withoutWebhookReply(node: Workflow['nodes'][number]): Workflow['nodes'][number] {
  if (node.type !== 'n8n-nodes-base.respondToWebhook') return node;
  return {
    ...node,
    type: 'n8n-nodes-base.set',
    typeVersion: 3.4,
    parameters: {
      assignments: {
        assignments: [
          {
            id: `${node.name}-response`,
            name: 'response',
            value: node.parameters.responseBody,
            type: 'string',
          },
        ],
      },
      options: {},
    },
  };
}

/** The workflow with its trigger replaced by a Manual Trigger and a Code node emitting `items`. */
function headless(wf: Workflow, id: string, trigger: string, items: unknown[]): Workflow {
  const original = wf.nodes.find((n) => n.name === trigger);
  if (!original) throw new Error(`${wf.name} has no node "${trigger}"`);
  const code = `return ${JSON.stringify(items.map((json) => ({ json })))};`;
  return {
    ...wf,
    id,
    name: `${wf.name} (headless test)`,
    nodes: [
      ...wf.nodes.filter((n) => n.name !== trigger).map(withoutWebhookReply),
      {
        name: 'Start',
        type: 'n8n-nodes-base.manualTrigger',
        typeVersion: 1,
        parameters: {},
        position: [original.position[0] - 220, original.position[1]],
        id: `${id}-start`,
      },
      {
        name: trigger,
        type: 'n8n-nodes-base.code',
        typeVersion: 2,
        parameters: { jsCode: code },
        position: original.position,
        id: `${id}-trigger`,
      },
    ],
    connections: {
      ...wf.connections,
      Start: { main: [[{ node: trigger, type: 'main', index: 0 }]] },
    },
  };
}

const setParameter = (wf: Workflow, node: string, update: (p: Record<string, any>) => void) => {
  const found = wf.nodes.find((n) => n.name === node);
  if (!found) throw new Error(`${wf.name} has no node "${node}"`);
  update(found.parameters as Record<string, any>);
  return wf;
};

const items = (run: Execution, node: string, output = 0) =>
  (run.nodes[node]?.outputs[output] ?? []).map((item) => item.json as Record<string, any>);

const ruleServiceKey = 'hk_e2e_admin_key_0123456789abcdef';

async function startRuleService(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      HANDOFF_ADMIN_KEY: ruleServiceKey,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the rule service exited:\n${stderr}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the rule service did not become ready:\n${stderr}`);
}

let n8n: N8nSandbox;
let hubspot: Awaited<ReturnType<typeof startServer>>;
let chatwoot: LocalServer;
let ruleService: { url: string; child: ChildProcess };
let ruleServiceData: string;

const chatwootConversation = {
  id: 42,
  status: 'pending',
  messages: [
    {
      id: 1,
      content: 'Hallo, meine Rechnung RE-2291 wurde doppelt abgebucht.',
      message_type: 0,
      created_at: 1795600000,
      private: false,
      sender: { type: 'contact' },
    },
    {
      id: 2,
      content: 'Das tut mir leid. Können Sie mir die Rechnungsnummer nennen?',
      message_type: 1,
      created_at: 1795600010,
      private: false,
      sender: { type: 'agent_bot' },
    },
    {
      id: 3,
      content:
        'Das habe ich doch schon gesagt! Ich will sofort mit einem Menschen sprechen, das ist inakzeptabel.',
      message_type: 0,
      created_at: 1795600060,
      private: false,
      sender: { type: 'contact' },
    },
  ],
};

const chatwootWebhook = (status: string, content: string) => ({
  headers: { 'content-type': 'application/json' },
  params: {},
  query: {},
  body: {
    event: 'message_created',
    id: 3,
    content,
    message_type: 'incoming',
    created_at: '2026-11-24T13:21:00Z',
    private: false,
    sender: {
      id: 77,
      name: 'Anna Berger',
      email: 'anna@example.com',
      type: 'contact',
      custom_attributes: { plan: 'enterprise' },
    },
    account: { id: 1, name: 'Acme' },
    conversation: { id: 42, status, inbox_id: 3 },
    inbox: { id: 3, name: 'Website' },
  },
});

beforeAll(async () => {
  const cache = ensureN8nInstalled();
  buildPackage();
  n8n = new N8nSandbox(cache);
  hubspot = await startServer((req, res) => hubspotHandler(req, res, 'pat-e2e'));
  chatwoot = await startJsonServer((req) => {
    if (req.method === 'GET' && req.path === '/api/v1/accounts/1/conversations/42/messages') {
      return { body: { meta: {}, payload: chatwootConversation.messages } };
    }
    return { body: { ok: true } };
  });
  ruleServiceData = mkdtempSync(join(tmpdir(), 'handoff-e2e-rules-'));
  ruleService = await startRuleService(ruleServiceData);

  n8n.importCredentials([
    {
      id: 'handoffHubSpot01',
      name: 'HubSpot private app',
      type: 'handoffHubSpotApi',
      data: { accessToken: 'pat-e2e', baseUrl: hubspot.url },
    },
    {
      id: 'chatwootToken01',
      name: 'Chatwoot API access token',
      type: 'httpHeaderAuth',
      data: { name: 'api_access_token', value: 'cw-e2e-token' },
    },
    {
      id: 'handoffApiKey001',
      name: 'Handoff rule service',
      type: 'handoffApi',
      data: { baseUrl: ruleService.url, apiKey: ruleServiceKey },
    },
  ]);

  const chat = example('chat-handoff.json');
  const chatwootFlow = example('chatwoot-agent-bot.json');
  const service = example('rule-service.json');
  const point = (wf: Workflow) =>
    setParameter(wf, 'Settings', (p) => {
      p.assignments.assignments[0].value = chatwoot.url;
    });
  n8n.importWorkflows([
    // The examples as shipped: they import unchanged.
    chat,
    chatwootFlow,
    service,
    point(
      headless(chatwootFlow, 'E2eChatwootHand1', 'Chatwoot agent bot', [
        chatwootWebhook('pending', chatwootConversation.messages[2].content),
      ]),
    ),
    point(
      headless(chatwootFlow, 'E2eChatwootOpen1', 'Chatwoot agent bot', [
        chatwootWebhook('open', 'Are you still there?'),
      ]),
    ),
    headless(service, 'E2eRuleService01', 'Conversation in', [
      {
        headers: {},
        params: {},
        query: {},
        body: {
          conversation: {
            id: 'c-9',
            channel: 'web',
            messages: [
              {
                role: 'customer',
                text: 'I want a refund, you charged me twice and I will file a chargeback.',
                at: '2026-11-20T10:00:00Z',
              },
            ],
          },
          customer: { email: 'lee@example.com', tier: 'pro' },
        },
      },
    ]),
  ]);
}, 30 * 60_000);

afterAll(async () => {
  ruleService?.child.kill('SIGTERM');
  await Promise.all([hubspot?.close(), chatwoot?.close()]);
  n8n?.dispose();
  if (ruleServiceData) rmSync(ruleServiceData, { recursive: true, force: true });
});

describe('the example workflows in a real n8n 2.40.7', () => {
  it('the built package ships each codex beside its node, with main-node categories', () => {
    for (const { built, node } of codexPaths()) {
      expect(checkCodex(JSON.parse(readFileSync(built, 'utf8')), node), built).toEqual([]);
    }
  });

  it('Chatwoot: a pending conversation is opened, assigned to the team, noted and answered', async () => {
    chatwoot.received.length = 0;
    const run = await n8n.execute('E2eChatwootHand1');
    expect(run.error, run.stderr).toBeUndefined();
    const [decided] = items(run, 'Handoff Detect', 0);
    expect(decided).toMatchObject({ handoff: true, issueType: 'billing', language: 'de' });
    expect(decided.conversation.messages).toHaveLength(3);

    const calls = chatwoot.received.map((r) => `${r.method} ${r.path}`);
    const base = '/api/v1/accounts/1/conversations/42';
    expect(calls).toEqual([
      `GET ${base}/messages`,
      `POST ${base}/toggle_status`,
      `POST ${base}/assignments`,
      `POST ${base}/messages`,
      `POST ${base}/messages`,
    ]);
    expect(chatwoot.received.every((r) => r.headers.api_access_token === 'cw-e2e-token')).toBe(
      true,
    );
    const [, toggle, assign, note, answer] = chatwoot.received;
    expect(toggle.body).toEqual({ status: 'open' });
    expect(assign.body).toEqual({ team_id: 1 });
    expect(note.body).toMatchObject({ private: true, message_type: 'outgoing' });
    expect((note.body as { content: string }).content).toContain(
      items(run, 'Handoff Route')[0].summary,
    );
    expect(answer.body).toMatchObject({
      private: false,
      content: items(run, 'Handoff Route')[0].customerMessage,
    });
  }, 120_000);

  it('Chatwoot: a conversation already open with an agent is left alone', async () => {
    chatwoot.received.length = 0;
    const run = await n8n.execute('E2eChatwootOpen1');
    expect(run.error, run.stderr).toBeUndefined();
    expect(items(run, 'Handoff Detect', 0)).toEqual([]);
    expect(items(run, 'Handoff Detect', 1)).toEqual([]);
    expect(chatwoot.received.map((r) => r.method)).toEqual(['GET']);
  }, 120_000);

  it('rule service: the real service decides, summarizes and routes', async () => {
    const run = await n8n.execute('E2eRuleService01');
    expect(run.error, run.stderr).toBeUndefined();
    const [decided] = items(run, 'Handoff Detect', 0);
    expect(decided.handoff).toBe(true);
    expect(decided.reasons.map((r: { code: string }) => r.code)).toContain('refund_dispute');
    const [routed] = items(run, 'Handoff Route');
    expect(routed.summary).toEqual(expect.any(String));
    expect(routed.route.queue).toBe('billing');
    const [answer] = items(run, 'Answer: hand off');
    expect(JSON.parse(answer.response)).toMatchObject({
      handoff: true,
      route: { queue: 'billing' },
      customerMessage: routed.customerMessage,
    });
  }, 120_000);
});
