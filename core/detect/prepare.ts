import type { HandoffInput } from '../contract';
import type { DetectConfig } from './config';
import { languageOf } from './language';
import { cuesFor, type CueSet } from './lexicon';
import { lastHandoffEnd, sessionOf } from './session';
import { fold } from './text';
import type { PreparedMessage, Session } from './types';

/** A conversation prepared once for every detector. */
export interface Prepared {
  input: HandoffInput;
  config: DetectConfig;
  messages: PreparedMessage[];
  /** Customer messages since the last earlier handoff (all of them when there was none). */
  customer: PreparedMessage[];
  bot: PreparedMessage[];
  /** Index of the last message of an earlier handoff, -1 when there was none. */
  handoffEnd: number;
  language: string;
  session: Session;
}

const blank = (text: string, re: RegExp): string => {
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => ' '.repeat(m.length));
};

const prepareMessage = (
  m: HandoffInput['conversation']['messages'][number],
  index: number,
  text: string,
  folded: string,
  cueSet: CueSet,
): PreparedMessage => {
  return {
    index,
    role: m.role,
    text,
    folded,
    // Look-alike guards matter for what the customer says; other lines are read as they are.
    masked: m.role === 'customer' ? blank(folded, cueSet.cues.guards) : folded,
    cueSet,
    at: Date.parse(m.at),
    hits: {},
  };
};

/**
 * Normalizes the transcript once (NFC, folded, look-alikes masked), detects the
 * customer's language and derives the session facts.
 */
export const prepare = (input: HandoffInput, config: DetectConfig): Prepared => {
  const raw = input.conversation.messages;
  const texts = raw.map((m) => (/^[\t\n\r -~]*$/.test(m.text) ? m.text : m.text.normalize('NFC')));
  const folded = texts.map(fold);
  const fromCustomer = (_: string, i: number) => raw[i]!.role === 'customer';
  const { language, sure } = languageOf(
    texts.filter(fromCustomer),
    folded.filter(fromCustomer),
    input,
  );
  // Scan the language's lexicon (and English) when the language is clear, all otherwise.
  const cueSet = cuesFor(sure ? language : '*');
  const messages = raw.map((m, i) => prepareMessage(m, i, texts[i]!, folded[i]!, cueSet));
  // What a person already handled is settled: after an earlier handoff, text signals come
  // from what the customer wrote since (the previous-handoff detector compares both).
  const handoffEnd = lastHandoffEnd(messages);
  const all = messages.filter((m) => m.role === 'customer');
  const since = all.filter((m) => m.index > handoffEnd);
  const customer = since.length ? since : all;
  const bot = messages.filter((m) => m.role === 'bot');
  return {
    input,
    config,
    messages,
    customer,
    bot,
    handoffEnd,
    language,
    session: sessionOf(input, messages, customer, config),
  };
};
