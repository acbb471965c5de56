import { join } from 'node:path';
import type { IDataObject, INodeType, IVersionedNodeType } from 'n8n-workflow';
import { HandoffDetect } from '../HandoffDetect/HandoffDetect.node';
import { HandoffEnrich } from '../HandoffEnrich/HandoffEnrich.node';
import { HandoffFeedback } from '../HandoffFeedback/HandoffFeedback.node';
import { HandoffRoute } from '../HandoffRoute/HandoffRoute.node';
import { HandoffSummarize } from '../HandoffSummarize/HandoffSummarize.node';
import { fakeContext, runNode, type FakeContextOptions } from './fake-context';

/**
 * The output schemas n8n shows before a node has run (the fields later nodes can map).
 * n8n 2.x looks for `<node dir>/__schema__/v<major.minor.patch>.json` beside the registered
 * node file (n8n-core `nodes-loader/output-schema-resolver.js`; the editor fetches
 * `/schemas/<package>.<node>/1.0.0.json`). They are inferred from a real run of each node on
 * a sample conversation, so they describe what the node writes; `output-schemas.test.ts`
 * fails when one is stale and `npm run schemas` rewrites them.
 */

export type JsonSchema = {
  type: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};

/** A JSON Schema of a sample value: objects by their keys, arrays by their first element. */
export function inferSchema(value: unknown): JsonSchema {
  if (Array.isArray(value)) {
    return value.length ? { type: 'array', items: inferSchema(value[0]) } : { type: 'array' };
  }
  if (value === null) return { type: 'null' };
  if (typeof value === 'object') {
    const properties: Record<string, JsonSchema> = {};
    for (const [key, inner] of Object.entries(value)) properties[key] = inferSchema(inner);
    return { type: 'object', properties };
  }
  return { type: typeof value === 'number' ? 'number' : typeof value };
}

const sample = {
  sessionId: 'sample-session',
  conversation: {
    id: 'sample-1',
    channel: 'web',
    messages: [
      {
        role: 'customer',
        text: 'I was charged twice for invoice INV-2291. I want to talk to a person now!',
        at: '2026-11-20T10:00:00Z',
      },
      { role: 'bot', text: 'Sorry about that. Which invoice?', at: '2026-11-20T10:00:05Z' },
    ],
  },
  customer: { id: 'cus-1', email: 'anna@example.com', name: 'Anna', tier: 'pro' },
  now: '2026-11-20T10:01:00Z',
};

const local = { runOn: 'local', inputSource: 'auto' };
const nodes: Array<{
  dir: string;
  node: INodeType | IVersionedNodeType;
  params: Record<string, unknown>;
  extra?: IDataObject;
  service?: Pick<FakeContextOptions, 'credentials' | 'http'>;
  /** The item to run on, when not the sample conversation. */
  item?: IDataObject;
}> = [
  {
    dir: 'HandoffDetect',
    node: new HandoffDetect(),
    params: { ...local, rulesetSource: 'default', detectorSettings: {} },
    // On the rule service, or logging its decisions: the id Handoff Feedback takes.
    extra: { decisionId: 'dec_0mi3x9k2a1f2e3d4c5b6a' },
  },
  {
    dir: 'HandoffSummarize',
    node: new HandoffSummarize(),
    params: { ...local, summarizer: 'offline', redact: true, includeTranscript: true },
  },
  {
    dir: 'HandoffEnrich',
    node: new HandoffEnrich(),
    params: {
      source: 'fields',
      account: '{"company":"Berger GmbH","plan":"enterprise"}',
      orders: '[{"id":"o-1","status":"shipped","total":120}]',
      tickets: '[{"id":"t-1","subject":"Double charge","status":"open"}]',
      customerFields: '{}',
    },
    // What a CRM source adds (crm.ts), which the mapped-fields run does not.
    extra: {
      enrichment: { source: 'hubspot', ok: true, notes: ['note'], unavailable: ['orders'] },
    },
  },
  {
    dir: 'HandoffRoute',
    node: new HandoffRoute(),
    params: { ...local, routingTableSource: 'default', roster: '[]', messageOverrides: '{}' },
  },
  {
    dir: 'HandoffFeedback',
    node: new HandoffFeedback(),
    params: { decisionId: 'dec_0mi3x9k2a1f2e3d4c5b6a', verdict: 'not_needed', options: {} },
    // It passes any item on; its own field is the verdict stored.
    item: {},
    // The service's answer to a verdict (FeedbackResult in server/api/decision-schemas.ts).
    service: {
      credentials: { handoffApi: { baseUrl: 'http://handoff.test', apiKey: 'hk_sample' } },
      http: ({ options }) => ({
        statusCode: 201,
        body: {
          created: true,
          verdict: {
            decisionId: 'dec_0mi3x9k2a1f2e3d4c5b6a',
            author: 'key_sample',
            source: 'explicit',
            verdict: (options.body as IDataObject).verdict,
            note: 'a note',
            at: '2026-11-20T10:05:00.000Z',
          },
        },
      }),
    },
  },
];

/** Every node's schema file path and its content, from a run on the sample. */
export async function outputSchemas(): Promise<Array<{ file: string; schema: object }>> {
  const result = [];
  for (const { dir, node, params, extra, service, item = sample } of nodes) {
    const { ctx } = fakeContext({ items: [item], params, ...service });
    const outputs = await runNode(node, ctx);
    // The sample's own trigger fields pass through every node; they are not the node's.
    const { sessionId: _session, now: _now, ...json } = outputs.flat()[0].json;
    const schema = inferSchema({ ...json, ...extra });
    result.push({
      file: join('nodes', dir, '__schema__', 'v1.0.0.json'),
      schema: { ...schema, version: 1 },
    });
  }
  return result;
}
