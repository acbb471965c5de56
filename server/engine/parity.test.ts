import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DetectStepResult,
  RouteStepResult,
  SummarizeStepResult,
  runDecide,
  runDetect,
  runRoute,
  runSummarize,
  type HandoffInput,
} from '../../core';
import { HandoffDetect } from '../../nodes/HandoffDetect/HandoffDetect.node';
import { HandoffRoute } from '../../nodes/HandoffRoute/HandoffRoute.node';
import { HandoffSummarize } from '../../nodes/HandoffSummarize/HandoffSummarize.node';
import { fakeContext, runNode } from '../../nodes/test/fake-context';
import { testService } from '../test/harness';
import { createCoreEngine } from './core-engine';

// Two labelled conversations from each development file (never the held-out test split),
// so the inputs cover the seven languages, handoffs and conversations that stay with the bot.
const examples = join(__dirname, '..', '..', 'examples', 'conversations');
const inputs: HandoffInput[] = [
  'billing',
  'sales',
  'support',
  'technical',
  'traps',
  'multilingual-de',
  'multilingual-es',
  'multilingual-fr',
  'multilingual-it',
  'multilingual-nl',
  'multilingual-pt',
].flatMap((file) =>
  readFileSync(join(examples, `${file}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 2)
    .map((l) => (JSON.parse(l) as { input: HandoffInput }).input),
);

const decisionFields = [
  'handoff',
  'score',
  'priority',
  'reasons',
  'issueType',
  'language',
  'ruleset',
  'trace',
];
const pick = (value: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, value[k]]));

/** One item through a node with its local (core) settings; the first item it emits. */
const throughNode = async (
  node: { execute: never } | object,
  item: HandoffInput,
  params: object,
) => {
  const { ctx } = fakeContext({
    items: [item as never],
    params: { runOn: 'local', inputSource: 'auto', ...params },
  });
  const outputs = await runNode(node as never, ctx);
  return outputs.flat()[0]!.json as Record<string, unknown>;
};

describe('parity: core, the service and the nodes give the same answer', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  beforeAll(async () => {
    s = await testService({ engine: createCoreEngine() });
  });
  afterAll(() => s.close());

  const post = async (path: string, body: unknown) => {
    const res = await s.call('POST', path, { body });
    expect(res.status).toBe(200);
    // The decision log's id is the service's own bookkeeping, not part of the answer.
    const { decisionId, ...answer } = (await res.json()) as Record<string, unknown>;
    expect(typeof decisionId === 'string' || decisionId === undefined).toBe(true);
    return answer;
  };

  it(`has inputs in every language, with and without handoff (${inputs.length} conversations)`, () => {
    const decided = inputs.map((i) => runDecide(i));
    expect(new Set(decided.map((d) => d.language)).size).toBe(7);
    expect(decided.some((d) => d.handoff)).toBe(true);
    expect(decided.some((d) => !d.handoff)).toBe(true);
  });

  it('detect: core and POST /v1/detect', async () => {
    for (const input of inputs) {
      const core = JSON.parse(JSON.stringify(runDetect(input)));
      expect(DetectStepResult.safeParse(core).success).toBe(true);
      expect(await post('/v1/detect', input)).toEqual(core);
    }
  });

  it('decide: core, POST /v1/handoff and the Detect node', async () => {
    const detect = new HandoffDetect();
    for (const input of inputs) {
      const core = pick(JSON.parse(JSON.stringify(runDecide(input))), decisionFields);
      expect(pick(await post('/v1/handoff', input), decisionFields)).toEqual(core);
      const item = await throughNode(detect, input, {
        rulesetSource: 'default',
        detectorConfig: '{}',
      });
      expect(pick(item, decisionFields)).toEqual(core);
    }
  });

  it('summarize: core, POST /v1/summarize and the Summarize node', async () => {
    const summarizeNode = new HandoffSummarize();
    for (const input of inputs) {
      const core = JSON.parse(JSON.stringify(runSummarize(input)));
      expect(SummarizeStepResult.safeParse(core).success).toBe(true);
      expect(await post('/v1/summarize', input)).toEqual(core);
      const item = await throughNode(summarizeNode, input, {
        summarizer: 'offline',
        agentLanguage: '',
        redact: true,
        includeTranscript: true,
      });
      expect(pick(item, ['summary', 'summarySource', 'transcript'])).toEqual(
        pick(core, ['summary', 'summarySource', 'transcript']),
      );
    }
  });

  it('route: core, POST /v1/route and the Route node', async () => {
    const routeNode = new HandoffRoute();
    for (const input of inputs) {
      const core = JSON.parse(JSON.stringify(runRoute(input)));
      expect(RouteStepResult.safeParse(core).success).toBe(true);
      expect(await post('/v1/route', input)).toEqual(core);
      const item = await throughNode(routeNode, input, {
        routingTable: '',
        roster: '',
        disclose: true,
        messageOverrides: '{}',
      });
      const fields = ['route', 'customerMessage', 'missingDetails'];
      expect(pick(item, fields)).toEqual(pick(core, fields));
    }
  });
});
