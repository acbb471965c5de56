import type { HandoffInputRaw } from '../../core';

/** A realistic escalation condition and the data it reads. */
export const evaluateBody = {
  rule: {
    or: [
      {
        and: [
          { '==': [{ var: 'customer.tier' }, 'enterprise'] },
          { '>': [{ var: 'session.minutes' }, 20] },
        ],
      },
      { in: [{ var: 'conversation.channel' }, ['voice', 'sms']] },
      { some: [{ var: 'signals' }, { '>=': [{ var: 'strength' }, 0.8] }] },
      { '>': [{ var: 'conversation.previousHandoffs' }, 1] },
    ],
  },
  data: {
    customer: { tier: 'pro', lifetimeValue: 1200 },
    session: { minutes: 12 },
    conversation: { channel: 'web', previousHandoffs: 0 },
    signals: [
      { code: 'negative_sentiment', strength: 0.4 },
      { code: 'repeated_question', strength: 0.6 },
    ],
  },
};

/** A six-message support conversation. */
export const handoffBody: HandoffInputRaw = {
  conversation: {
    id: 'bench-1',
    channel: 'web',
    messages: [
      {
        role: 'customer',
        text: 'Hi, I was charged twice for my subscription this month.',
        at: '2026-11-20T10:00:05Z',
      },
      {
        role: 'bot',
        text: 'I am sorry to hear that. Could you share the invoice number?',
        at: '2026-11-20T10:00:09Z',
      },
      {
        role: 'customer',
        text: 'It is INV-20931. Both charges are 49 euros.',
        at: '2026-11-20T10:01:10Z',
      },
      {
        role: 'bot',
        text: 'Thanks. I can see one payment for INV-20931.',
        at: '2026-11-20T10:01:15Z',
      },
      {
        role: 'customer',
        text: 'No, my bank shows two. This is the second time, I want a refund now.',
        at: '2026-11-20T10:02:30Z',
      },
      { role: 'bot', text: 'I understand. Let me check that for you.', at: '2026-11-20T10:02:35Z' },
    ],
  },
  customer: { id: 'cus_1', tier: 'pro', lifetimeValue: 1200 },
};
