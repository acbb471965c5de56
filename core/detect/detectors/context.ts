import type { Evidence } from '../../contract';
import type { Prepared } from '../prepare';
import type { SignalHit } from '../types';
import { contentStems, dice, messageStems } from '../similarity';
import { cueEvidence, hit } from './util';

/**
 * `high_value_customer`: tier, segment or lifetime value at or above the configured
 * thresholds. Whether it matters is for the rules to say (an enterprise account at risk,
 * not an enterprise customer's trivial question).
 */
export const highValueCustomer = (p: Prepared): SignalHit | undefined => {
  const c = p.input.customer;
  if (!c) return undefined;
  const { highValueTiers, highValueSegments, highValueLifetime } = p.config;
  const evidence: Evidence[] = [];
  let strength = 0;
  if (c.tier && highValueTiers.includes(c.tier)) {
    evidence.push({ field: 'customer.tier', value: c.tier });
    strength = 0.8;
  }
  const segment = c.segment?.toLowerCase();
  if (segment && highValueSegments.some((s) => s.toLowerCase() === segment)) {
    evidence.push({ field: 'customer.segment', value: c.segment });
    strength = Math.max(strength, 0.8);
  }
  if (c.lifetimeValue !== undefined && c.lifetimeValue >= highValueLifetime) {
    evidence.push({ field: 'customer.lifetimeValue', value: c.lifetimeValue });
    strength = Math.max(
      strength,
      Math.min(1, 0.7 + 0.1 * Math.log10(c.lifetimeValue / highValueLifetime + 1)),
    );
  }
  if (strength === 0) return undefined;
  // At risk: the customer talks of leaving, cancelling or cutting back.
  const risk = cueEvidence(p.customer, ['churn']);
  if (risk.length) return hit(0.95, [...evidence, ...risk]);
  return hit(Math.min(0.85, strength + (evidence.length > 1 ? 0.05 : 0)), evidence);
};

/** Ticket states that mean a person still has the matter open. */
const openStates =
  /^(?:open|opened|new|pending|in[ _-]?progress|waiting|on[ _-]?hold|escalated|assigned)$/i;

/**
 * An open ticket in `context.tickets` (`open: true`, or a `status` such as open or
 * pending) whose subject shares words with what the customer says now: the same problem
 * already went to a person.
 */
const openTicket = (p: Prepared): { index: number; value: unknown } | undefined => {
  const tickets = p.input.context?.tickets ?? [];
  let said: Set<string> | undefined;
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    const open = t.open === true || (typeof t.status === 'string' && openStates.test(t.status));
    if (!open) continue;
    const subject = [t.subject, t.title, t.description].filter((x) => typeof x === 'string');
    const stems = contentStems(subject.join(' ').toLowerCase(), p.language);
    said ??= contentStems(p.customer.map((m) => m.masked).join(' '), p.language);
    let shared = 0;
    for (const s of stems) if (said.has(s)) shared++;
    if (shared >= 1 || stems.size === 0) return { index: i, value: t.status ?? t.open };
  }
  return undefined;
};

/**
 * `previous_handoff`: an earlier handoff (`conversation.previousHandoffs`, one seen in the
 * transcript, or an open ticket in `context.tickets` about what the customer raises now).
 * Weak (0.5) on its own; strong when the customer says the problem persists, comes back
 * to the same topic, or an open ticket covers it, and the chat has not ended settled.
 */
export const previousHandoff = (p: Prepared): SignalHit | undefined => {
  const n = p.session.previousHandoffs;
  const ticket = openTicket(p);
  if (n < p.config.previousHandoffs && !ticket) return undefined;
  const end = p.handoffEnd;
  // What was said before the handoff ended, by the customer and the agent alike.
  const before = p.messages.filter((m) => m.index < end && m.role !== 'system' && m.role !== 'bot');
  const after = p.customer.filter((m) => m.index > end);
  const evidence: Evidence[] = [];
  if (n >= p.config.previousHandoffs)
    evidence.push({ field: 'conversation.previousHandoffs', value: n });
  if (ticket)
    evidence.push({
      field: `context.tickets[${ticket.index}].${typeof ticket.value === 'boolean' ? 'open' : 'status'}`,
      value: ticket.value,
    });
  const persists = cueEvidence(after, ['persist']);
  const earlier = contentStems(before.map((m) => m.masked).join(' '), p.language);
  const same = after.find((m) => dice(messageStems(m, p.language), earlier) >= 0.25);
  let strength = 0.5;
  if (!p.session.resolved && (persists.length || same || ticket)) {
    strength = Math.min(1, 0.85 + 0.05 * (Math.max(1, n) - 1));
    evidence.push(
      ...(persists.length
        ? persists
        : same
          ? [{ messageIndex: same.index, quote: same.text.slice(0, 140) }]
          : []),
    );
  }
  return hit(strength, evidence);
};

/**
 * `long_session`: a live chat running `config.longSessionMinutes` or more and not
 * resolved; email threads and resolved chats never count.
 */
export const longSession = (p: Prepared): SignalHit | undefined => {
  const { minutes, liveChannel, resolved } = p.session;
  const limit = p.config.longSessionMinutes;
  if (!liveChannel || resolved || minutes < limit) return undefined;
  return hit(Math.min(1, 0.6 + (0.3 * (minutes - limit)) / limit), [
    { field: 'session.minutes', value: minutes },
    { field: 'conversation.channel', value: p.input.conversation.channel },
  ]);
};
