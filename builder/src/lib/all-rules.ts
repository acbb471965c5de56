import type { Ruleset, RulesetRaw } from '../../../core';
import { logicToGraph, type Block } from './graph';
import { blockSize, layoutGraph } from './layout';
import { ruleSentence } from './words';

/** A rule's frame on the all-rules canvas: its place in the order, name and sentence. */
export interface RuleGroupData extends Record<string, unknown> {
  index: number;
  name: string;
  sentence: string;
  enabled: boolean;
}

export interface PlacedNode {
  id: string;
  type: string;
  position: { x: number; y: number };
  data: RuleGroupData | Block;
  parentId?: string;
  style?: { width: number; height: number };
}

const pad = 16;
const header = 56;
const gap = 40;

/**
 * Every rule of the ruleset at once, one group per rule, top to bottom in the order the
 * rules decide: the group first, then its blocks laid out inside it (positions relative
 * to the group, as React Flow places children).
 *
 * @example
 * allRulesLayout(defaultRuleset).nodes.filter((n) => n.type === 'ruleGroup').length; // 12
 */
export const allRulesLayout = (
  ruleset: Ruleset | RulesetRaw,
): { nodes: PlacedNode[]; edges: { id: string; source: string; target: string }[] } => {
  const nodes: PlacedNode[] = [];
  const edges: { id: string; source: string; target: string }[] = [];
  let y = 0;
  ruleset.rules.forEach((rule, index) => {
    const graph = logicToGraph(rule.when, rule.then, `all:${rule.id}:`);
    const at = layoutGraph(graph);
    const xs = Object.values(at).map((p) => p.x);
    const ys = Object.values(at).map((p) => p.y);
    const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
    const width = Math.max(...xs) - minX + blockSize.width + 2 * pad;
    const height = Math.max(...ys) - minY + blockSize.height + header + pad;
    const group = `group:${rule.id}`;
    nodes.push({
      id: group,
      type: 'ruleGroup',
      position: { x: 0, y },
      data: {
        index,
        name: rule.name,
        sentence: ruleSentence(graph),
        enabled: rule.enabled !== false,
      },
      style: { width: Math.max(width, 480), height },
    });
    for (const n of graph.nodes)
      nodes.push({
        id: n.id,
        type: n.data.kind,
        parentId: group,
        position: { x: at[n.id]!.x - minX + pad, y: at[n.id]!.y - minY + header },
        data: n.data,
      });
    edges.push(...graph.edges);
    y += height + gap;
  });
  return { nodes, edges };
};
