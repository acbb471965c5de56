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

/**
 * `previous_handoff`: an earlier handoff in this conversation. Strong (0.85+) when the
 * customer says the problem persists after it ("still", "again", "same problem") or comes
 * back to the topic they raised before the handoff; weak (0.5) for a new question.
 */
export const previousHandoff = (p: Prepared): SignalHit | undefined => {
  const n = p.session.previousHandoffs;
  if (n < p.config.previousHandoffs) return undefined;
  const end = p.handoffEnd;
  // What was said before the handoff ended, by the customer and the agent alike.
  const before = p.messages.filter((m) => m.index < end && m.role !== 'system' && m.role !== 'bot');
  const after = p.customer.filter((m) => m.index > end);
  const evidence: Evidence[] = [{ field: 'conversation.previousHandoffs', value: n }];
  const persists = cueEvidence(after, ['persist']);
  const earlier = contentStems(before.map((m) => m.masked).join(' '), p.language);
  const same = after.find((m) => dice(messageStems(m, p.language), earlier) >= 0.25);
  let strength = 0.5;
  if (!p.session.resolved && (persists.length || same)) {
    strength = Math.min(1, 0.85 + 0.05 * (n - 1));
    evidence.push(
      ...(persists.length
        ? persists
        : [{ messageIndex: same!.index, quote: same!.text.slice(0, 140) }]),
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
