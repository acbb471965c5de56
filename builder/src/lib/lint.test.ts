import { describe, expect, it } from 'vitest';
import { defaultRuleset, Ruleset, type RulesetRaw } from '../../../core';
import { logicToGraph, type RuleGraph } from './graph';
import { lintRuleset } from './lint';

const ruleset = (rules: RulesetRaw['rules']) => Ruleset.parse({ id: 't', name: 'T', rules });
const rule = (id: string, when: unknown, handoff = true) => ({
  id,
  name: id,
  when,
  then: { handoff },
});

describe('live validation', () => {
  it('finds nothing to say about the default ruleset', () => {
    const r = Ruleset.parse(defaultRuleset);
    expect(lintRuleset(r).rules).toEqual({});
  });

  it('meets word lists kept for one language in that language, so they are not "never true"', () => {
    const when = {
      or: [
        {
          and: [
            { '==': [{ var: 'conversation.language' }, 'es'] },
            { contains_any: [{ var: 'customer.segment' }, ['contracargo']] },
          ],
        },
      ],
    };
    const r = ruleset([rule('es-words', when)]);
    const graph = logicToGraph(when, { handoff: true });
    expect(graph.nodes[1]!.data).toMatchObject({
      kind: 'words',
      byLanguage: { es: ['contracargo'] },
    });
    const found = lintRuleset(r, graph);
    expect(found.rules).toEqual({});
    expect(found.blocks).toEqual({});
  });

  it('names a rule an earlier rule with the other outcome always beats', () => {
    const r = ruleset([
      rule('settled', { var: 'session.resolved' }, false),
      rule('angry-and-settled', {
        and: [{ var: 'session.resolved' }, { has_signal: 'negative_sentiment' }],
      }),
    ]);
    const found = lintRuleset(r).rules[1]!;
    expect(found.map((f) => f.message).join(' ')).toMatch(/Never decides: rule 1 \("settled"\)/);
    // The other order is fine: the narrower rule comes first.
    expect(lintRuleset(ruleset([r.rules[1]!, r.rules[0]!])).rules).toEqual({});
  });

  it('finds rules that match always or never, and duplicates', () => {
    const r = ruleset([
      rule('always', { '>=': [{ var: 'session.minutes' }, 0] }),
      rule('never', { has_signal: ['human_request', 1.5] }),
      rule('a', { has_signal: 'human_request' }),
      rule('b', { has_signal: 'human_request' }),
    ]);
    const found = lintRuleset(r).rules;
    expect(found[0]![0]!.message).toMatch(/Matches every conversation/);
    expect(found[1]![0]!.message).toMatch(/Never matches/);
    expect(found[3]![0]!.message).toMatch(/Same condition and outcome as rule 3/);
    expect(found[2]).toBeUndefined();
  });

  it('marks blocks: not connected, always true, the same condition twice', () => {
    const when = {
      and: [
        { has_signal: 'refund_dispute' },
        { has_signal: 'refund_dispute' },
        { '>=': [{ var: 'session.minutes' }, 0] },
      ],
    };
    const base = logicToGraph(when, { handoff: true });
    const graph: RuleGraph = {
      nodes: [...base.nodes, { id: 'loose', data: { kind: 'signal', code: 'human_request' } }],
      edges: base.edges,
    };
    const blocks = lintRuleset(ruleset([rule('x', when)]), graph).blocks;
    const byKind = Object.entries(blocks).map(([id, f]) => [id, f.message.split(':')[0]]);
    expect(byKind).toEqual(
      expect.arrayContaining([
        ['loose', 'Not connected'],
        [base.nodes[3]!.id, 'The same condition is connected to this logic block twice'],
        [base.nodes[4]!.id, 'Always true for every conversation tried'],
      ]),
    );
    expect(blocks[base.nodes[2]!.id]).toBeUndefined();
  });
});
