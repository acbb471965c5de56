import { detectAll } from 'tinyld';
import type { HandoffInput } from '../contract';
import { languages } from './lexicon';

const only = [...languages];
/** Below this many letters a text says too little about its language. */
const MIN_LETTERS = 12;
/** tinyld's accuracy below which a hint (conversation or profile language) may break a tie. */
const WEAK = 0.5;

const noise = /https?:\/\/\S+|\S+@\S+|[\p{N}#€$£%:/._-]+|[A-Z]{2,}-?\d+/gu;

/**
 * The language the customer writes in: detected from their messages with tinyld, limited
 * to the supported languages; the conversation's language hint, then the customer's
 * profile language, only decide when the text is too short or the detection is unsure.
 *
 * @example
 * detectLanguage(['Hallo, meine Rechnung ist doppelt abgebucht.']) // 'de'
 */
export const detectLanguage = (customerTexts: string[], input?: HandoffInput): string => {
  const hint = input?.conversation.language ?? input?.customer?.language;
  let text = '';
  for (const t of customerTexts) {
    if (text.length > 600) break;
    text += ` ${t}`;
  }
  text = text.replace(noise, ' ');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return hint ?? guessShort(text) ?? 'en';
  const ranked = detectAll(text, { only });
  const top = ranked[0];
  if (!top) return hint ?? 'en';
  if (hint && top.lang !== hint && top.accuracy < WEAK) {
    if (ranked.slice(0, 3).some((r) => r.lang === hint)) return hint;
  }
  return top.lang;
};

const guessShort = (text: string): string | undefined => {
  const top = detectAll(text, { only })[0];
  return top && top.accuracy >= WEAK ? top.lang : undefined;
};
