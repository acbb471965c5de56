import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../../core';
import { allRulesLayout } from './all-rules';
import { blockSize } from './layout';
import { logicToGraph } from './graph';

describe('allRulesLayout', () => {
  const { nodes, edges } = allRulesLayout(defaultRuleset);
  const groups = nodes.filter((n) => n.type === 'ruleGroup');

  it('makes one group per rule, in the order the rules decide, each above the next', () => {
    expect(groups.map((g) => (g.data as { name: string }).name)).toEqual(
      defaultRuleset.rules.map((r) => r.name),
    );
    groups.slice(1).forEach((g, i) => {
      const above = groups[i]!;
      expect(g.position.y).toBeGreaterThanOrEqual(above.position.y + above.style!.height);
    });
  });

  it('puts every block of a rule inside its group, after the group, with the rule’s edges', () => {
    defaultRuleset.rules.forEach((rule) => {
      const blocks = nodes.filter((n) => n.parentId === `group:${rule.id}`);
      const group = nodes.findIndex((n) => n.id === `group:${rule.id}`);
      expect(blocks).toHaveLength(logicToGraph(rule.when, rule.then).nodes.length);
      const { width, height } = nodes[group]!.style!;
      for (const b of blocks) {
        expect(nodes.indexOf(b)).toBeGreaterThan(group);
        expect(b.position.x).toBeGreaterThanOrEqual(0);
        expect(b.position.x + blockSize.width).toBeLessThanOrEqual(width);
        expect(b.position.y + blockSize.height).toBeLessThanOrEqual(height);
      }
    });
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('says each rule as its sentence', () => {
    expect((groups[0]!.data as { sentence: string }).sentence).toMatch(/^Hand off to security/);
  });
});
