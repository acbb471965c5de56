import { canonicalJson, type Rule } from '../../../core';
import { graphToLogic, logicToGraph, type RuleGraph } from './graph';

/**
 * How the canvas's blocks differ from the same rule (by id) in another version: blocks whose
 * expression the other version lacks are `added` (or `changed` for the outcome), and the
 * other version's expressions missing here are listed as removed.
 */
export const blockDiff = (
  graph: RuleGraph,
  other: Rule | undefined,
): { marks: Record<string, 'added' | 'changed'>; removed: unknown[]; newRule: boolean } => {
  const here = graphToLogic(graph);
  if (!here.ok) return { marks: {}, removed: [], newRule: false };
  if (!other)
    return {
      marks: Object.fromEntries(graph.nodes.map((n) => [n.id, 'added' as const])),
      removed: [],
      newRule: true,
    };
  const theirs = graphToLogic(logicToGraph(other.when, other.then));
  if (!theirs.ok) return { marks: {}, removed: [], newRule: false };
  const theirKeys = new Set(Object.values(theirs.exprs).map((e) => canonicalJson(e)));
  const ourKeys = new Set(Object.values(here.exprs).map((e) => canonicalJson(e)));
  const marks: Record<string, 'added' | 'changed'> = {};
  for (const n of graph.nodes) {
    if (n.data.kind === 'outcome') {
      if (canonicalJson(n.data.then) !== canonicalJson(other.then)) marks[n.id] = 'changed';
    } else if (!theirKeys.has(canonicalJson(here.exprs[n.id]))) marks[n.id] = 'added';
  }
  const removed = Object.values(theirs.exprs).filter((e) => !ourKeys.has(canonicalJson(e)));
  return { marks, removed, newRule: false };
};
