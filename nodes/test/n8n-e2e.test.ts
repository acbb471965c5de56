import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotHandler } from '../../core/enrich/test/hubspot-server';
import { startServer } from '../../core/http/test/local-server';
import { checkCodex, codexPaths } from './codex';
import { buildPackage, ensureN8nInstalled, N8nSandbox, type Execution } from './n8n-sandbox';

/**
 * The proof in a real n8n (2.40.7 on Node 24): the built package, loaded from package.json
 * and dist/ only, runs the example workflows headless. Triggers that wait for the outside
 * world (Chat Trigger, Webhook) become a Manual Trigger plus a Code node of the same name
 * that emits what the trigger would; every other node runs as shipped, against local
 * servers standing in for HubSpot and the rule service (the real one). The chat and Chatwoot
 * examples, whose memory lives between messages, run in a started n8n: n8n-live.test.ts.
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
  // `npm start` builds the rule builder first when builder/dist is missing: over a minute
  // on this loaded machine.
  for (let i = 0; i < 720; i++) {
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
let ruleService: { url: string; child: ChildProcess };
let ruleServiceData: string;

beforeAll(async () => {
  const cache = ensureN8nInstalled();
  buildPackage();
  n8n = new N8nSandbox(cache);
  hubspot = await startServer((req, res) => hubspotHandler(req, res, 'pat-e2e'));
  ruleServiceData = mkdtempSync(join(tmpdir(), 'handoff-e2e-rules-'));
  ruleService = await startRuleService(ruleServiceData);

  n8n.importCredentials([
    {
      id: 'handoffHubSpot01',
      name: 'HubSpot access token',
      type: 'handoffHubSpotApi',
      data: { accessToken: 'pat-e2e', baseUrl: hubspot.url },
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
  n8n.importWorkflows([
    // The examples as shipped: they import unchanged.
    chat,
    chatwootFlow,
    service,
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
  await hubspot?.close();
  n8n?.dispose();
  if (ruleServiceData) rmSync(ruleServiceData, { recursive: true, force: true });
});

describe('the example workflows in a real n8n 2.40.7', () => {
  it('the built package ships each codex beside its node, with main-node categories', () => {
    for (const { built, node } of codexPaths()) {
      expect(checkCodex(JSON.parse(readFileSync(built, 'utf8')), node), built).toEqual([]);
    }
  });

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
