import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../../core';
import { logicToGraph } from './graph';
import { blockSize, layoutGraph } from './layout';

describe('layout', () => {
  it('puts every condition left of what it feeds, without overlaps', () => {
    const rule = defaultRuleset.rules.find((r) => r.id === 'high-value-at-risk')!;
    const graph = logicToGraph(rule.when, rule.then);
    const at = layoutGraph(graph);
    for (const e of graph.edges) expect(at[e.source]!.x).toBeLessThan(at[e.target]!.x);
    const boxes = Object.values(at);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart =
          Math.abs(a.x - b.x) >= blockSize.width || Math.abs(a.y - b.y) >= blockSize.height;
        expect(apart).toBe(true);
      }
  });
});
