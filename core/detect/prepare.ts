import type { HandoffInput } from '../contract';
import type { DetectConfig } from './config';
import { detectLanguage } from './language';
import { cues } from './lexicon';
import { sessionOf } from './session';
import { fold } from './text';
import type { PreparedMessage, Session } from './types';

/** A conversation prepared once for every detector. */
export interface Prepared {
  input: HandoffInput;
  config: DetectConfig;
  messages: PreparedMessage[];
  customer: PreparedMessage[];
  bot: PreparedMessage[];
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
): PreparedMessage => {
  const text = m.text.normalize('NFC');
  const folded = fold(text);
  return {
    index,
    role: m.role,
    text,
    folded,
    masked: blank(folded, cues.guards),
    at: Date.parse(m.at),
    hits: {},
  };
};

/**
 * Normalizes the transcript once (NFC, folded, look-alikes masked), detects the
 * customer's language and derives the session facts.
 */
export const prepare = (input: HandoffInput, config: DetectConfig): Prepared => {
  const messages = input.conversation.messages.map(prepareMessage);
  const customer = messages.filter((m) => m.role === 'customer');
  const bot = messages.filter((m) => m.role === 'bot');
  const language = detectLanguage(
    customer.map((m) => m.text),
    input,
  );
  return {
    input,
    config,
    messages,
    customer,
    bot,
    language,
    session: sessionOf(input, messages, customer, config),
  };
};
