import dagre from '@dagrejs/dagre';
import type { RuleGraph } from './graph';

export const blockSize = { width: 240, height: 84 };

/**
 * Positions for every block, conditions on the left flowing right into the outcome, laid out
 * by dagre (a maintained layered-graph layout).
 */
export const layoutGraph = (graph: RuleGraph): Record<string, { x: number; y: number }> => {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 70, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.id, { ...blockSize });
  for (const e of graph.edges) g.setEdge(e.source, e.target);
  dagre.layout(g);
  return Object.fromEntries(
    graph.nodes.map((n) => {
      const p = g.node(n.id);
      return [n.id, { x: p.x - blockSize.width / 2, y: p.y - blockSize.height / 2 }];
    }),
  );
};
