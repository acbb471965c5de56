import { describe, expect, it } from 'vitest';
import { Ruleset, defaultRuleset } from '../../../core';
import { blockDiff } from './block-diff';
import { logicToGraph } from './graph';

describe('block diff', () => {
  const rule = Ruleset.parse(defaultRuleset).rules.find((r) => r.id === 'emotional-escalation')!;

  it('marks nothing against the same rule', () => {
    expect(blockDiff(logicToGraph(rule.when, rule.then), rule)).toEqual({
      marks: {},
      removed: [],
      newRule: false,
    });
  });

  it('marks a changed condition as added (and what it replaced as removed) and a changed outcome', () => {
    const when = {
      or: [
        { has_signal: 'escalation_keyword' },
        { has_signal: 'negative_streak' },
        { has_signal: ['negative_sentiment', 0.9] },
      ],
    };
    const graph = logicToGraph(when, { ...rule.then, priority: 'urgent' });
    const d = blockDiff(graph, rule);
    const kinds = Object.entries(d.marks).map(([id, m]) => [
      graph.nodes.find((n) => n.id === id)!.data.kind,
      m,
    ]);
    // The "any of" block's expression changed with its input, so it is marked too.
    expect(kinds.sort()).toEqual(
      [
        ['logic', 'added'],
        ['outcome', 'changed'],
        ['signal', 'added'],
      ].sort(),
    );
    expect(d.removed).toContainEqual({ has_signal: ['negative_sentiment', 0.7] });
  });

  it('marks every block of a rule the other version does not have', () => {
    const graph = logicToGraph(rule.when, rule.then);
    expect(blockDiff(graph, undefined).newRule).toBe(true);
    expect(Object.keys(blockDiff(graph, undefined).marks)).toHaveLength(graph.nodes.length);
  });
});
