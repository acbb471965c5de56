import type { DecisionRecord } from '../store/decisions';
import type { HandoffInputRaw, RulesetRaw } from '../../core';

/** A small valid ruleset for tests; `n` varies its content (and so its version hash). */
export const sampleRuleset = (id = 'support', n = 1): RulesetRaw => ({
  id,
  name: `Support policy ${n}`,
  rules: [
    {
      id: 'humans-on-request',
      name: 'Hand off when the customer asks for a person',
      when: { '!!': [{ var: 'signals.human_request' }] },
      then: { handoff: true, reason: 'human_request', priority: 'high' },
    },
    {
      id: 'big-accounts',
      name: 'Enterprise customers with long sessions',
      when: {
        and: [
          { '==': [{ var: 'customer.tier' }, 'enterprise'] },
          { '>': [{ var: 'session.minutes' }, n] },
        ],
      },
      then: { handoff: true, reason: 'high_value_customer', priority: 'normal' },
    },
  ],
});

/** A short valid conversation. */
export const sampleInput = (text = 'I want to talk to a human, please'): HandoffInputRaw => ({
  conversation: {
    id: 'c-1',
    messages: [
      { role: 'customer', text, at: '2026-11-20T10:00:05Z' },
      { role: 'bot', text: 'Let me help you with that.', at: '2026-11-20T10:00:07Z' },
    ],
  },
  customer: { tier: 'pro' },
});

/**
 * A ruleset that carries its own routing and wording: people asking for a person go to
 * `desk-n` (queues `desk-1`..`desk-n` exist), and the customer is told so in its words.
 */
export const routedRuleset = (id = 'own-queues', n = 1): RulesetRaw => {
  const base = sampleRuleset(id, n);
  return {
    ...base,
    rules: base.rules.map((r) =>
      r.id === 'humans-on-request' ? { ...r, then: { ...r.then, queue: `desk-${n}` } } : r,
    ),
    routing: {
      queues: Array.from({ length: Math.max(n, 2) }, (_, i) => ({
        id: `desk-${i + 1}`,
        skills: ['care'],
        waitSeconds: 60 * (i + 1),
      })),
      defaultQueue: 'desk-1',
    },
    messages: { en: { transparency: { handoffIntro: `Desk ${n} takes over from here.` } } },
  };
};

/** A stored handoff decision (an English web chat on the support desk); `over` sets the rest. */
export const loggedDecision = (
  id: string,
  at: string,
  over: Partial<DecisionRecord> = {},
): DecisionRecord => ({
  id,
  at,
  kind: 'handoff',
  rulesetId: 'support',
  rulesetVersion: 'sha256:x',
  conversationId: id,
  channel: 'web',
  language: 'en',
  issueType: 'support',
  handoff: true,
  priority: 'normal',
  score: 0.9,
  reasons: [],
  matchedRules: [],
  queue: null,
  agentId: null,
  saidAt: at,
  input: {},
  ...over,
});
