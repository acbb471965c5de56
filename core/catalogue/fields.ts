import { channels, tiers } from '../contract/input';
import { languages } from '../detect/lexicon/types';

/** How a field's value is shown and edited. */
export type FieldType = 'number' | 'boolean' | 'text' | 'choice' | 'language';

/** One field rules can read, besides the signals. */
export interface FieldInfo {
  /** The path rules use, e.g. `session.minutes`. */
  path: string;
  /** The root object: `session`, `customer`, `conversation` or `context`. */
  group: 'session' | 'customer' | 'conversation' | 'context';
  type: FieldType;
  /** Plain-language name, as a block shows it ("minutes since the chat began"). */
  label: string;
  /** What it means, one sentence. */
  meaning: string;
  /** The values a `choice` or `language` field takes. */
  values?: readonly string[];
  /** The unit of a number field, shown beside it. */
  unit?: 'minutes' | 'messages' | 'handoffs' | 'amount';
}

const f = (info: FieldInfo): FieldInfo => info;

/**
 * Every field of "what rules see" besides `signals` and `now`: the one description the
 * README's table, the builder's palette and its side panel are made from.
 *
 * @example
 * ruleFields.find((x) => x.path === 'customer.tier')?.values; // ['free', 'pro', 'enterprise']
 */
export const ruleFields: readonly FieldInfo[] = [
  f({
    path: 'session.minutes',
    group: 'session',
    type: 'number',
    unit: 'minutes',
    label: 'minutes the chat has run',
    meaning: 'from the conversation start (or the end of the last handoff) to now',
  }),
  f({
    path: 'session.messageCount',
    group: 'session',
    type: 'number',
    unit: 'messages',
    label: 'messages in the chat',
    meaning: 'every message, from anyone',
  }),
  f({
    path: 'session.customerMessages',
    group: 'session',
    type: 'number',
    unit: 'messages',
    label: 'messages from the customer',
    meaning: 'messages the customer wrote',
  }),
  f({
    path: 'session.botMessages',
    group: 'session',
    type: 'number',
    unit: 'messages',
    label: 'answers from the bot',
    meaning: 'messages the bot wrote',
  }),
  f({
    path: 'session.liveChannel',
    group: 'session',
    type: 'boolean',
    label: 'the chat is live',
    meaning: 'the channel is one of the live channels in the settings',
  }),
  f({
    path: 'session.resolved',
    group: 'session',
    type: 'boolean',
    label: 'the customer says it is settled',
    meaning:
      'the last message closes the matter ("perfect, thanks") with no question, complaint or "but"',
  }),
  f({
    path: 'session.withHuman',
    group: 'session',
    type: 'boolean',
    label: 'a person already has the chat',
    meaning: 'an agent wrote last, or a system line says a person took over',
  }),
  f({
    path: 'session.previousHandoffs',
    group: 'session',
    type: 'number',
    unit: 'handoffs',
    label: 'earlier handoffs',
    meaning: 'handoffs the conversation counts or the transcript shows',
  }),
  f({
    path: 'customer.tier',
    group: 'customer',
    type: 'choice',
    values: tiers,
    label: 'customer tier',
    meaning: "the customer's plan",
  }),
  f({
    path: 'customer.segment',
    group: 'customer',
    type: 'text',
    label: 'customer segment',
    meaning: 'the CRM segment, e.g. "strategic"',
  }),
  f({
    path: 'customer.lifetimeValue',
    group: 'customer',
    type: 'number',
    unit: 'amount',
    label: 'customer lifetime value',
    meaning: 'what the customer has spent, in your currency',
  }),
  f({
    path: 'customer.language',
    group: 'customer',
    type: 'language',
    values: languages,
    label: "customer's profile language",
    meaning: 'the language in the CRM profile',
  }),
  f({
    path: 'conversation.channel',
    group: 'conversation',
    type: 'choice',
    values: channels,
    label: 'channel',
    meaning: 'where the chat happens',
  }),
  f({
    path: 'conversation.language',
    group: 'conversation',
    type: 'language',
    values: languages,
    label: 'conversation language',
    meaning: 'the language the chatbot passed in, else the one detected from the customer',
  }),
  f({
    path: 'conversation.previousHandoffs',
    group: 'conversation',
    type: 'number',
    unit: 'handoffs',
    label: 'handoffs the chatbot reported',
    meaning: 'earlier handoffs the chatbot counted',
  }),
  f({
    path: 'context.account.plan',
    group: 'context',
    type: 'text',
    label: "CRM account's plan",
    meaning: 'the plan the CRM lists for the account',
  }),
  f({
    path: 'context.account.lifecyclestage',
    group: 'context',
    type: 'text',
    label: "CRM contact's lifecycle stage",
    meaning: 'HubSpot lifecycle stage of the contact',
  }),
];

/** The field at `path`, or undefined for a path the catalogue does not describe. */
export const fieldInfo = (path: string): FieldInfo | undefined =>
  ruleFields.find((x) => x.path === path);
