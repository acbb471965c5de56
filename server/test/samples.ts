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
