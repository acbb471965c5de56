import {
  compile,
  compileRuleset,
  detectAll,
  HandoffInput,
  ruleData,
  runHandoff,
  truthy,
  type CompiledRuleset,
  type CompleteDecision,
  type ExplainNode,
  type HandoffInputRaw,
  type Ruleset,
} from '../../../core';
import { graphToLogic, type Block, type RuleGraph } from './graph';

/** A conversation run through the draft: the decision, and what each block of the shown rule said. */
export interface TestRun {
  decision: CompleteDecision;
  /** The rule that decided (the first that matched), by index; undefined when none did. */
  decidedBy?: number;
  /** A short text per block: whether it held and the value it read. */
  shown: Record<string, string>;
  /** Blocks (and the outcome) that held: the path that fired. */
  lit: Set<string>;
}

const read = (data: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, key) =>
        at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined,
      data,
    );

const valueText = (v: unknown) => (v === undefined ? 'not set' : JSON.stringify(v));

const blockValue = (b: Block, data: unknown, held: boolean): string => {
  const verdict = held ? 'holds' : 'does not hold';
  switch (b.kind) {
    case 'signal': {
      const s = read(data, `signals.${b.code}`) as { strength?: number } | undefined;
      return `${verdict} (${s ? `strength ${s.strength ?? 1}` : 'not detected'})`;
    }
    case 'compare':
    case 'flag':
    case 'words':
      return `${verdict} (${valueText(read(data, b.field))})`;
    default:
      return verdict;
  }
};

const byPath = (root: ExplainNode): Map<string, ExplainNode> => {
  const out = new Map<string, ExplainNode>();
  const walk = (n: ExplainNode) => {
    out.set(n.path, n);
    n.args.forEach(walk);
  };
  walk(root);
  return out;
};

/**
 * Decides `input` with the draft exactly as the service will (`runHandoff` over the compiled
 * draft), and explains the shown rule's blocks from the engine's `explain` of that rule.
 * Throws the core's errors for an input or a ruleset that cannot run.
 */
export const runTest = (
  draft: Ruleset | CompiledRuleset,
  input: HandoffInputRaw,
  selected: number,
  graph: RuleGraph | undefined,
): TestRun => {
  const compiled = 'source' in draft ? draft : compileRuleset(draft);
  const decision = runHandoff(input, { ruleset: compiled });
  const firstMatch = decision.trace.find((t) => t.matched);
  const index = compiled.source.rules.findIndex((r) => r.id === firstMatch?.rule);
  const shown: Record<string, string> = {};
  const lit = new Set<string>();
  const written = graph && graphToLogic(graph);
  if (graph && written?.ok) {
    const parsed = HandoffInput.parse(input);
    const detection = detectAll(parsed, compiled.config);
    const data = ruleData(parsed, detection.signals, detection.session, detection.language);
    const explained = byPath(compile(written.when).explain(data));
    for (const node of graph.nodes) {
      if (node.data.kind === 'outcome') continue;
      const ex = explained.get(written.paths[node.id]!);
      if (!ex?.evaluated) {
        shown[node.id] = 'not needed (decided before it)';
        continue;
      }
      const held = !ex.error && truthy(ex.value);
      shown[node.id] = ex.error ? `fails: ${ex.error.message}` : blockValue(node.data, data, held);
      if (held) lit.add(node.id);
    }
    const outcome = graph.nodes.find((n) => n.data.kind === 'outcome')!;
    const root = graph.edges.find((e) => e.target === outcome.id)?.source;
    if (root && lit.has(root)) {
      lit.add(outcome.id);
      shown[outcome.id] = index === selected ? 'matched, and decided' : 'matched';
    } else shown[outcome.id] = 'did not match';
  }
  return { decision, decidedBy: index === -1 ? undefined : index, shown, lit };
};
