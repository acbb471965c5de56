import type { HandoffInput } from '../contract';
import type { DetectConfig } from './config';
import { findCues } from './match';
import { tokens } from './text';
import type { PreparedMessage, Session } from './types';

/** Values of `customer.attributes.handoffState` that mean a person holds the conversation. */
export const withHumanStates = ['with_human', 'human', 'agent', 'assigned'];

/**
 * Who holds the conversation at the end of the transcript. A person does when:
 * - the last message from anyone but the customer is an `agent` message (a bot message
 *   after it means the conversation went back to the bot);
 * - the last `system` message that speaks of a handoff says one happened ("agent Maria
 *   joined", "transferred to a human") and no bot message follows it;
 * - `customer.attributes.handoffState` is one of `withHumanStates`.
 */
const holder = (input: HandoffInput, messages: PreparedMessage[]): string => {
  const state = input.customer?.attributes?.handoffState;
  if (typeof state === 'string' && withHumanStates.includes(state.toLowerCase())) {
    return `customer.attributes.handoffState is "${state}"`;
  }
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'bot') return '';
    if (m.role === 'agent') return `an agent wrote message ${i}`;
    if (m.role === 'system') {
      if (findCues(m, 'backToBot', { negatable: false }).length) return '';
      if (findCues(m, 'handedOff', { negatable: false }).length) {
        return `system message ${i} says a person took over`;
      }
    }
  }
  return '';
};

const blockers = [
  'anger',
  'notHelping',
  'humanRequest',
  'personTitles',
  'refundDispute',
  'escalation',
  'legal',
  'contrast',
  'churn',
] as const;

const gratitude =
  /(?<![\p{L}])(?:thank|thanks|thx|cheers|gracias|danke|merci|obrigad[oa]|valeu|grazie|bedankt|dankjewel|dank)(?![\p{L}])/u;

/** Approval words too weak to close a longer message ("Ok. We are also reviewing..."). */
const weak =
  /^(?:ok|okay|oke|alright|clear|done|cool|nice|great|vale|listo|claro|super|top|prima|gut)$/;

/**
 * The customer's last message closes the matter: it says so ("that worked", "problem
 * solved") or thanks and approves ("perfect, thanks", "works now") without a question,
 * a complaint, a request for a person or a "but it still...".
 */
const resolvedAtEnd = (messages: PreparedMessage[], customer: PreparedMessage[]): boolean => {
  const last = customer[customer.length - 1];
  if (!last) return false;
  if (blockers.some((c) => findCues(last, c, { negatable: c !== 'contrast' }).length)) return false;
  // A bot that answers the closing line with "I don't know" has not settled anything.
  const after = messages.slice(last.index + 1).filter((m) => m.role === 'bot');
  if (after.some((m) => findCues(m, 'botUnknown', { negatable: false }).length)) return false;
  if (findCues(last, 'resolved').length) return true;
  if (last.text.includes('?')) return false;
  const positive = findCues(last, 'positive');
  if (!positive.length) return false;
  // In a longer message approval words may describe something else ("internet works,
  // but..."): there it takes thanks to close.
  const words = tokens(last.masked).length;
  if (words > 8 && !gratitude.test(last.masked)) return false;
  return positive.some((c) => words <= 6 || !weak.test(last.masked.slice(c.start, c.end)));
};

/**
 * Index of the last message of an earlier handoff: an agent message, or a system line that
 * says a person took over or handed back; -1 when there is none.
 */
export const lastHandoffEnd = (messages: PreparedMessage[]): number => {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'agent') return i;
    if (
      m.role === 'system' &&
      (isHandoffLine(m) || findCues(m, 'backToBot', { negatable: false }).length)
    ) {
      return i;
    }
  }
  return -1;
};

const isHandoffLine = (m: PreparedMessage): boolean =>
  findCues(m, 'handedOff', { negatable: false }).length > 0;

/** Handoffs that happened and ended inside the transcript (a system line, then the bot again). */
const endedHandoffs = (messages: PreparedMessage[]): number => {
  let count = 0;
  let open = false;
  for (const m of messages) {
    if (
      m.role === 'agent' ||
      (m.role === 'system' && findCues(m, 'handedOff', { negatable: false }).length)
    ) {
      if (!open) count++;
      open = true;
    } else if (m.role === 'bot') open = false;
  }
  return count;
};

/**
 * The session facts rules see as `session` (see `Session` for each field).
 */
export const sessionOf = (
  input: HandoffInput,
  messages: PreparedMessage[],
  customer: PreparedMessage[],
  config: DetectConfig,
): Session => {
  const conv = input.conversation;
  const first = messages[0]!.at;
  const because = holder(input, messages);
  // After a person handled an earlier part, the session clock restarts with the bot.
  const back = because ? -1 : lastHandoffEnd(messages);
  const start =
    back >= 0 && back + 1 < messages.length
      ? messages[back + 1]!.at
      : conv.startedAt
        ? Math.min(Date.parse(conv.startedAt), first)
        : first;
  const end = input.now ? Date.parse(input.now) : messages[messages.length - 1]!.at;
  return {
    minutes: Math.max(0, Math.round(((end - start) / 60_000) * 10) / 10),
    messageCount: messages.length,
    customerMessages: customer.length,
    botMessages: messages.filter((m) => m.role === 'bot').length,
    liveChannel: config.liveChannels.includes(conv.channel),
    resolved: resolvedAtEnd(messages, customer),
    withHuman: because !== '',
    withHumanBecause: because,
    previousHandoffs: Math.max(conv.previousHandoffs, because ? 0 : endedHandoffs(messages)),
  };
};
