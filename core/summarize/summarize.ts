import type { HandoffDecision, HandoffInput, ReasonCode } from '../contract';
import {
  fillTemplate,
  joinList,
  messagePacks,
  pickLanguage,
  type AttemptKey,
  type SupportedLanguage,
} from '../messages';
import { botAttempts } from './attempts';
import { extractFacts, type Fact } from './facts';
import { redactText } from '../detect';
import { BoundedMap } from '../detect/bounded-map';
import { isFiller, pickRequest, splitSentences, type Sentence } from './request';

/** How many early customer sentences compete to be the request (see `pickRequest`). */
const requestWindow = 8;

/** The parts of a decision the summary reads. */
export type SummaryDecision = Pick<HandoffDecision, 'reasons' | 'issueType' | 'language'>;

export interface SummaryOptions {
  /** Write the summary in this language instead of the conversation's (e.g. the agents'). */
  agentLanguage?: string;
  /** Replace card numbers, IBANs, secrets and ID numbers with labels (default true). */
  redact?: boolean;
  /** The longest quote of the customer's request, in characters (default 200). */
  maxQuoteChars?: number;
  /** At most this many key facts (default 8). */
  maxFacts?: number;
}

/** The pieces a summary is built from; also the input to an LLM summary. */
export interface SummaryParts {
  language: SupportedLanguage;
  issueType: HandoffDecision['issueType'];
  who: string | null;
  request: string | null;
  facts: Fact[];
  /** Every fact found in the customer's messages, before choosing the key ones. */
  allFacts: Fact[];
  attempts: AttemptKey[];
  states: Array<ReasonCode | 'calm'>;
}

// The order the customer's state is told in: what the agent must know first.
const stateOrder: ReasonCode[] = [
  'human_request',
  'negative_streak',
  'negative_sentiment',
  'escalation_keyword',
  'compliance_legal',
  'refund_dispute',
  'repeated_question',
  'bot_not_helping',
  'novel_problem',
  'sales_opportunity',
  'high_value_customer',
  'previous_handoff',
  'long_session',
  'sensitive_data',
];

// Which facts an agent needs most when there is room for only a few.
const factRank: Record<Fact['kind'], number> = {
  order: 0,
  invoice: 0,
  reference: 1,
  amount: 1,
  date: 2,
  code: 2,
  product: 3,
  quantity: 4,
  name: 5,
};

/**
 * Redacts a message for the summary. A card label keeps its last four digits only
 * when they appear as written (not when the number was typed with odd spacing), so the
 * summary never shows digits the transcript does not.
 */
const redactForSummary = (text: string): string => {
  const redacted = redactText(text);
  if (!redacted.includes('[card ')) return redacted;
  return redacted.replace(/\[card \*{4}(\d{4})\]/g, (label, last: string) =>
    text.includes(last) ? label : '[card]',
  );
};

/**
 * Facts of redacted texts, found once per text (with and without proper nouns) and copied
 * out with the message index: a conversation is summarized again at each handoff decision.
 */
const factMemory = [false, true].map(() => new BoundedMap<string, readonly Fact[]>(4_096));

const factsOf = (text: string, messageIndex: number, properNouns: boolean): Fact[] => {
  const memory = factMemory[properNouns ? 1 : 0]!;
  let found = memory.get(text);
  if (!found) {
    found = extractFacts(text, 0, { properNouns });
    memory.set(text, found);
  }
  return found.map((f) => ({ kind: f.kind, text: f.text, messageIndex }));
};

const statesOf = (decision: SummaryDecision): Array<ReasonCode | 'calm'> => {
  const codes = new Set(decision.reasons.map((r) => r.code));
  // A streak already says the customer is upset; saying "frustrated" too is noise.
  if (codes.has('negative_streak')) codes.delete('negative_sentiment');
  const states = stateOrder.filter((code) => codes.has(code)).slice(0, 3);
  return states.length > 0 ? states : ['calm'];
};

/**
 * Gathers what the summary says: the request, key facts, the bot's attempts and the
 * customer's state. Every fact and quote is text from the transcript.
 */
export const summaryParts = (
  input: HandoffInput,
  decision: SummaryDecision,
  options: SummaryOptions = {},
): SummaryParts => {
  const redact = options.redact !== false;
  const factOptions = { properNouns: decision.language !== 'de' };
  const sentences: Sentence[] = [];
  const facts: Fact[] = [];
  const botTexts: string[] = [];
  const messages = input.conversation.messages;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (m.role === 'bot') {
      botTexts.push(m.text);
      continue;
    }
    if (m.role !== 'customer') continue;
    const text = redact ? redactForSummary(m.text) : m.text;
    const found = redact
      ? factsOf(text, i, factOptions.properNouns)
      : extractFacts(text, i, factOptions);
    for (const fact of found) facts.push(fact);
    // Past the first sentences only messages with key facts can hold the request.
    if (sentences.length >= requestWindow && found.length === 0) continue;
    for (const s of splitSentences(text))
      if (!isFiller(s)) sentences.push({ text: s, messageIndex: i, order: sentences.length });
  }
  const request = pickRequest(sentences, facts, options.maxQuoteChars ?? 200);
  const seen = new Set<string>();
  facts.sort((a, b) => factRank[a.kind] - factRank[b.kind] || a.messageIndex - b.messageIndex);
  const keyFacts = facts.filter((f) => {
    const key = f.text.toLowerCase();
    if (seen.has(key) || (request !== null && request.includes(f.text))) return false;
    seen.add(key);
    return true;
  });
  const name = input.customer?.name;
  const tier = input.customer?.tier;
  // A name with digits would put a number in the summary that the transcript lacks.
  const who = name && !/\d/.test(name) ? (tier ? `${name} (${tier})` : name) : null;
  return {
    language: pickLanguage(options.agentLanguage, decision.language),
    issueType: decision.issueType,
    who,
    request,
    facts: keyFacts.slice(0, options.maxFacts ?? 8),
    allFacts: facts,
    attempts: botAttempts(botTexts),
    states: statesOf(decision),
  };
};

/** Writes summary parts as two or three sentences in their language. */
export const renderSummary = (parts: SummaryParts): string => {
  const pack = messagePacks[parts.language];
  const t = pack.summary;
  const who = parts.who ?? t.defaultWho;
  const sentences: string[] = [];
  const issuePhrase = t.issue[parts.issueType];
  sentences.push(
    parts.request
      ? fillTemplate(t.request, { who, issue: issuePhrase, request: pack.quote(parts.request) })
      : fillTemplate(t.requestNoQuote, { who, issue: issuePhrase }),
  );
  const facts = parts.facts.map((f) => f.text);
  const attempts = parts.attempts.map((a) => t.attempts[a]);
  if (facts.length > 0 && attempts.length > 0) {
    const tried = fillTemplate(t.tried, { attempts: joinList(attempts, pack.and) });
    sentences.push(
      `${fillTemplate(t.facts, { facts: facts.join(', ') }).slice(0, -1)}; ${lowerFirst(tried)}`,
    );
  } else if (facts.length > 0) {
    sentences.push(fillTemplate(t.facts, { facts: facts.join(', ') }));
  } else if (attempts.length > 0) {
    sentences.push(fillTemplate(t.tried, { attempts: joinList(attempts, pack.and) }));
  }
  const states = parts.states.map((s) => t.states[s]);
  sentences.push(fillTemplate(t.state, { states: joinList(states, pack.and) }));
  return sentences.join(' ');
};

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A two-to-three sentence summary for the agent, extractive and offline: the request
 * (quoted), key facts (order and invoice numbers, amounts, products), what the bot
 * already tried, and the customer's state, in the conversation's language or the
 * agents'. It never shows a number that is not in the transcript.
 *
 * @example
 * summarize(input, decision)
 * // 'Anna Berger (enterprise) braucht Hilfe bei einer Abrechnungsfrage: „Meine Rechnung
 * //  RE-2291 ist doppelt abgebucht“. Der Bot hat bereits nach Details gefragt. Der Kunde ist verärgert.'
 */
export const summarize = (
  input: HandoffInput,
  decision: SummaryDecision,
  options: SummaryOptions = {},
): string => renderSummary(summaryParts(input, decision, options));
