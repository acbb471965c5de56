import { describe, expect, it } from 'vitest';
import { Ruleset, type HandoffInputRaw } from '../../../core';
import { parseConversation } from './conversation';
import { logicToGraph } from './graph';
import { runTest } from './test-run';

const ruleset = Ruleset.parse({
  id: 'chargebacks',
  name: 'Chargebacks',
  rules: [
    {
      id: 'enterprise-chargeback',
      name: 'Enterprise chargeback threat',
      when: {
        and: [{ has_signal: 'refund_dispute' }, { '==': [{ var: 'customer.tier' }, 'enterprise'] }],
      },
      then: { handoff: true, reason: 'refund_dispute', priority: 'urgent', queue: 'billing' },
    },
  ],
});

const chargeback = (tier: 'enterprise' | 'pro'): HandoffInputRaw => {
  const parsed = parseConversation(
    'customer: You charged my card twice for the annual plan.\nbot: I can help with billing questions.\ncustomer: If this is not refunded today I will file a chargeback with my bank.',
    new Date('2026-11-20T10:05:00Z'),
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...parsed.input, customer: { tier } };
};

describe('test run', () => {
  it('decides as the service does and lights the path that fired', () => {
    const rule = ruleset.rules[0]!;
    const graph = logicToGraph(rule.when, rule.then);
    const run = runTest(ruleset, chargeback('enterprise'), 0, graph);
    expect(run.decision).toMatchObject({
      handoff: true,
      priority: 'urgent',
      route: { queue: 'billing' },
    });
    expect(run.decidedBy).toBe(0);
    expect(run.lit.size).toBe(graph.nodes.length); // every block held, the outcome too
    const tier = graph.nodes.find((n) => n.data.kind === 'compare')!;
    expect(run.shown[tier.id]).toBe('holds ("enterprise")');
  });

  it('shows which block did not hold', () => {
    const rule = ruleset.rules[0]!;
    const graph = logicToGraph(rule.when, rule.then);
    const run = runTest(ruleset, chargeback('pro'), 0, graph);
    const tier = graph.nodes.find((n) => n.data.kind === 'compare')!;
    expect(run.shown[tier.id]).toBe('does not hold ("pro")');
    expect(run.lit.has(tier.id)).toBe(false);
    expect(run.lit.has(graph.nodes[0]!.id)).toBe(false); // the outcome
    expect(run.decidedBy).toBeUndefined();
  });
});

describe('pasted conversations', () => {
  it('reads customer:/bot: lines, continuing lines and JSON', () => {
    const r = parseConversation(
      'customer: hi\nthere\nbot: hello',
      new Date('2026-11-20T10:00:00Z'),
    );
    expect(r).toEqual({
      ok: true,
      input: {
        conversation: {
          channel: 'web',
          messages: [
            { role: 'customer', text: 'hi\nthere', at: '2026-11-20T09:59:00Z' },
            { role: 'bot', text: 'hello', at: '2026-11-20T10:00:00Z' },
          ],
        },
      },
    });
    expect(parseConversation('hello')).toMatchObject({ ok: false, message: /no role/ });
    expect(parseConversation('{"conversation": {"messages": []}}')).toMatchObject({
      ok: false,
      message: /needs at least one message/,
    });
  });
});
