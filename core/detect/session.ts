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

/** Emoji that approve ("👍", "🙌", "🎉") when a message has no complaint in it. */
const approving =
  /\u{1F44D}|\u{1F64C}|\u{1F44C}|\u{2705}|\u{1F389}|\u{1F973}|\u{1F60A}|\u{1F642}|\u{1F600}|\u{1F604}|\u{1F64F}|\u{2764}|\u{1F4AA}/u;

/** A line that only acknowledges ("👍", "ok", "vlw"): the message before it carries the verdict. */
const acknowledgement =
  // The joiner and variation selector are matched one at a time on purpose: they glue emoji together.
  // eslint-disable-next-line no-misleading-character-class
  /^[\s\p{P}\p{S}\p{Emoji_Presentation}\u200d\ufe0f]*(?:(?:ok|okay|oke|k|kk|vlw|ty|thx|ta|top|super|perfect|merci|gracias|danke|grazie|obrigad[oa]|bedankt)[\s\p{P}\p{S}\p{Emoji_Presentation}\u200d\ufe0f]*)?$/u;

/**
 * One customer message closes the matter: it says so ("that worked", "problem solved",
 * "downloaded", "it arrived") or thanks and approves ("perfect, thanks", "works now", "👍")
 * without a question, a complaint, a request for a person or a "but it still...".
 */
const closes = (m: PreparedMessage, after: PreparedMessage[]): boolean => {
  if (blockers.some((c) => c !== 'contrast' && findCues(m, c).length)) return false;
  // "But" turns a closing line back into a problem ("thanks, but it still fails"), unless
  // the customer reports it settled after it and thanks ("I was about to ask for a manager,
  // but it arrived, thanks").
  const but = findCues(m, 'contrast', { negatable: false }).at(-1);
  if (
    but &&
    !(
      (gratitude.test(m.masked) || approving.test(m.text)) &&
      findCues(m, 'resolved').some((r) => r.start > but.end)
    )
  ) {
    return false;
  }
  // "It arrived and the charge is there again": the problem persists, unless thanked away
  // ("flowing again, thank you!").
  if (findCues(m, 'persist').length && !gratitude.test(m.masked)) return false;
  // A bot that answers the closing line with "I don't know" has not settled anything.
  if (after.some((b) => findCues(b, 'botUnknown', { negatable: false }).length)) return false;
  // A question is still open, whatever thanks come with it ("great, thanks for the same link
  // again, what do I actually do??").
  if (m.text.includes('?')) return false;
  const words = tokens(m.masked).length;
  // A long message that mentions something arrived or worked is usually about more.
  if (findCues(m, 'resolved').length && (words <= 15 || gratitude.test(m.masked))) return true;
  if (words > 0 && words <= 8 && approving.test(m.text)) return true;
  const positive = findCues(m, 'positive');
  if (!positive.length) return false;
  // In a longer message approval words may describe something else ("internet works,
  // but..."): there it takes thanks to close.
  if (words > 8 && !gratitude.test(m.masked)) return false;
  return positive.some((c) => words <= 6 || !weak.test(m.masked.slice(c.start, c.end)));
};

/**
 * The customer's last message closes the matter (see `closes`); when it only acknowledges
 * ("👍", "ok"), the message before it decides ("found it, pdf downloaded" then "👍").
 */
const resolvedAtEnd = (messages: PreparedMessage[], customer: PreparedMessage[]): boolean => {
  const last = customer[customer.length - 1];
  if (!last) return false;
  const botAfter = (m: PreparedMessage) =>
    messages.slice(m.index + 1).filter((b) => b.role === 'bot');
  if (closes(last, botAfter(last))) return true;
  const before = customer[customer.length - 2];
  return (
    before !== undefined &&
    acknowledgement.test(last.masked) &&
    !blockers.some((c) => findCues(last, c).length) &&
    closes(
      before,
      botAfter(before).filter((b) => b.index < last.index),
    )
  );
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
