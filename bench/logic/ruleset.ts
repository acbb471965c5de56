/**
 * A realistic escalation rule: 20 conditions over nested `var` paths, `in`, `some`,
 * comparisons and negation, shaped like the rules the builder writes.
 */
export const escalationRule = {
  or: [
    {
      and: [
        { '==': [{ var: 'customer.tier' }, 'enterprise'] },
        { '>': [{ var: 'session.minutes' }, 20] },
      ],
    },
    { '>=': [{ var: 'signals.human_request.strength' }, 0.6] },
    {
      and: [
        { in: [{ var: 'customer.segment' }, ['enterprise', 'strategic', 'public-sector']] },
        { '>': [{ var: 'customer.lifetimeValue' }, 50000] },
        { '>=': [{ var: 'signals.negative_sentiment.strength' }, 0.5] },
      ],
    },
    {
      some: [
        { var: 'conversation.messages' },
        {
          and: [
            { '==': [{ var: 'role' }, 'customer'] },
            { in: [{ var: 'intent' }, ['refund', 'chargeback', 'cancel']] },
          ],
        },
      ],
    },
    {
      and: [
        { '>': [{ var: 'conversation.previousHandoffs' }, 0] },
        { '!': { var: 'conversation.resolved' } },
      ],
    },
    {
      and: [
        { in: [{ var: 'conversation.channel' }, ['web', 'whatsapp', 'sms']] },
        { '>': [{ var: 'session.minutes' }, 30] },
        { '<': [{ var: 'session.botTurns' }, 50] },
      ],
    },
    { '>=': [{ var: 'signals.compliance_legal.strength' }, 0.5] },
    {
      and: [
        { '==': [{ var: 'context.account.status' }, 'at_risk'] },
        { '>=': [{ var: 'context.openTickets' }, 2] },
      ],
    },
    { '<=': [0.7, { var: 'signals.sensitive_data.strength' }, 1] },
    {
      and: [
        { '==': [{ var: 'customer.language' }, 'de'] },
        { '!=': [{ var: 'conversation.language' }, 'de'] },
      ],
    },
  ],
};

type Input = Record<string, unknown>;
const get = (o: unknown, k: string): unknown =>
  o !== null && typeof o === 'object' ? (o as Input)[k] : undefined;
const strength = (d: Input, code: string): number => {
  const s = get(get(d, 'signals'), code);
  const v = get(s, 'strength');
  return typeof v === 'number' ? v : 0;
};
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const n = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The same checks written by hand, as the speed ceiling. */
export function handWritten(d: Input): boolean {
  const customer = get(d, 'customer');
  const session = get(d, 'session');
  const conversation = get(d, 'conversation');
  const account = get(get(d, 'context'), 'account');
  const minutes = n(get(session, 'minutes'));
  const messages = get(conversation, 'messages');
  return (
    (str(get(customer, 'tier')) === 'enterprise' && minutes > 20) ||
    strength(d, 'human_request') >= 0.6 ||
    (['enterprise', 'strategic', 'public-sector'].includes(str(get(customer, 'segment')) ?? '') &&
      n(get(customer, 'lifetimeValue')) > 50000 &&
      strength(d, 'negative_sentiment') >= 0.5) ||
    (Array.isArray(messages) &&
      messages.some(
        (m) =>
          get(m, 'role') === 'customer' &&
          ['refund', 'chargeback', 'cancel'].includes(str(get(m, 'intent')) ?? ''),
      )) ||
    (n(get(conversation, 'previousHandoffs')) > 0 && !get(conversation, 'resolved')) ||
    (['web', 'whatsapp', 'sms'].includes(str(get(conversation, 'channel')) ?? '') &&
      minutes > 30 &&
      n(get(session, 'botTurns')) < 50) ||
    strength(d, 'compliance_legal') >= 0.5 ||
    (get(account, 'status') === 'at_risk' && n(get(get(d, 'context'), 'openTickets')) >= 2) ||
    (0.7 <= strength(d, 'sensitive_data') && strength(d, 'sensitive_data') <= 1) ||
    (get(customer, 'language') === 'de' && get(conversation, 'language') !== 'de')
  );
}

/** A small seeded PRNG so every run measures the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1000 varied conversations: most stay with the bot, so most conditions get evaluated. */
export function inputs(count = 1000, seed = 7): Input[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: count }, () => {
    const signals: Input = {};
    for (const code of [
      'human_request',
      'negative_sentiment',
      'compliance_legal',
      'sensitive_data',
    ]) {
      if (r() < 0.12) signals[code] = { strength: Math.round(r() * 100) / 100, evidence: [] };
    }
    const messages = Array.from({ length: 1 + Math.floor(r() * 6) }, (_, i) => ({
      role: i % 2 ? 'bot' : 'customer',
      text: 'message',
      intent: pick(['question', 'greeting', 'shipping', 'refund', 'howto', 'question']),
    }));
    if (r() < 0.7) for (const m of messages) if (m.intent === 'refund') m.intent = 'question';
    return {
      signals,
      customer:
        r() < 0.9
          ? {
              tier: pick(['free', 'pro', 'enterprise', 'free']),
              segment: pick(['smb', 'mid-market', 'enterprise', 'strategic', 'consumer']),
              lifetimeValue: Math.floor(r() * 120000),
              language: pick(['en', 'de', 'fr', 'es']),
            }
          : undefined,
      conversation: {
        channel: pick(['web', 'email', 'whatsapp', 'sms', 'voice']),
        language: pick(['en', 'de', 'fr', 'es']),
        previousHandoffs: r() < 0.1 ? 1 : 0,
        resolved: r() < 0.5,
        messages,
      },
      session: { minutes: Math.floor(r() * 40), botTurns: Math.floor(r() * 60) },
      context: {
        account: { status: pick(['ok', 'ok', 'ok', 'at_risk']) },
        openTickets: Math.floor(r() * 4),
      },
    };
  });
}
