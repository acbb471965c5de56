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

// The shape the hand-written function assumes (it trusts its input, unlike the engines).
interface Signal {
  strength?: number;
}
interface Conversation {
  channel?: string;
  language?: string;
  previousHandoffs?: number;
  resolved?: boolean;
  messages?: { role?: string; intent?: string }[];
}
interface Shaped {
  signals?: Record<string, Signal | undefined>;
  customer?: { tier?: string; segment?: string; lifetimeValue?: number; language?: string };
  conversation?: Conversation;
  session?: { minutes?: number; botTurns?: number };
  context?: { account?: { status?: string }; openTickets?: number };
}

const BIG_SEGMENTS = new Set(['enterprise', 'strategic', 'public-sector']);
const DISPUTES = new Set(['refund', 'chargeback', 'cancel']);
const LIVE = new Set(['web', 'whatsapp', 'sms']);

/** The same checks written by hand in idiomatic JavaScript: the speed ceiling. */
export function handWritten(input: Input): boolean {
  const d = input as Shaped;
  const customer = d.customer;
  const conversation = d.conversation;
  const minutes = d.session?.minutes ?? 0;
  const signals = d.signals;
  const sensitive = signals?.sensitive_data?.strength ?? 0;
  return (
    (customer?.tier === 'enterprise' && minutes > 20) ||
    (signals?.human_request?.strength ?? 0) >= 0.6 ||
    (BIG_SEGMENTS.has(customer?.segment ?? '') &&
      (customer?.lifetimeValue ?? 0) > 50000 &&
      (signals?.negative_sentiment?.strength ?? 0) >= 0.5) ||
    (conversation?.messages?.some((m) => m.role === 'customer' && DISPUTES.has(m.intent ?? '')) ??
      false) ||
    ((conversation?.previousHandoffs ?? 0) > 0 && !conversation?.resolved) ||
    (LIVE.has(conversation?.channel ?? '') && minutes > 30 && (d.session?.botTurns ?? 0) < 50) ||
    (signals?.compliance_legal?.strength ?? 0) >= 0.5 ||
    (d.context?.account?.status === 'at_risk' && (d.context?.openTickets ?? 0) >= 2) ||
    (0.7 <= sensitive && sensitive <= 1) ||
    (customer?.language === 'de' && conversation?.language !== 'de')
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
      if (r() < 0.05) signals[code] = { strength: Math.round(r() * 100) / 100, evidence: [] };
    }
    const messages = Array.from({ length: 1 + Math.floor(r() * 6) }, (_, i) => ({
      role: i % 2 ? 'bot' : 'customer',
      text: 'message',
      intent: pick(['question', 'greeting', 'shipping', 'refund', 'howto', 'question']),
    }));
    if (r() < 0.85) for (const m of messages) if (m.intent === 'refund') m.intent = 'question';
    const language = pick(['en', 'de', 'fr', 'es']);
    return {
      signals,
      customer:
        r() < 0.9
          ? {
              tier: pick(['free', 'pro', 'enterprise', 'free', 'pro', 'free']),
              segment: pick(['smb', 'mid-market', 'enterprise', 'strategic', 'consumer']),
              lifetimeValue: Math.floor(r() * 120000),
              language,
            }
          : undefined,
      conversation: {
        channel: pick(['web', 'email', 'whatsapp', 'sms', 'voice']),
        language: r() < 0.9 ? language : pick(['en', 'de', 'fr', 'es']),
        previousHandoffs: r() < 0.05 ? 1 : 0,
        resolved: r() < 0.5,
        messages,
      },
      session: { minutes: Math.floor(r() * 34), botTurns: Math.floor(r() * 60) },
      context: {
        account: { status: r() < 0.1 ? 'at_risk' : 'ok' },
        openTickets: Math.floor(r() * 4),
      },
    };
  });
}
