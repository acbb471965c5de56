import { deu, eng, fra, ita, nld, por, spa } from 'stopword';
import { detectAll } from 'tinyld';
import type { HandoffInput } from '../contract';
import { languages, type Language } from './lexicon';
import { fold, tokens } from './text';

const only = [...languages];
/** Below this many letters a text says too little about its language. */
const MIN_LETTERS = 12;
/** tinyld's accuracy below which a hint (conversation or profile language) may break a tie. */
const WEAK = 0.5;

const stopLists: Record<Language, string[]> = {
  en: eng,
  es: spa,
  de: deu,
  fr: fra,
  pt: por,
  it: ita,
  nl: nld,
};

/**
 * Each stop word (stopword's lists, folded) with the languages it belongs to, as indexes
 * into `languages`, and its vote: a word shared by several languages counts less.
 */
const stopIndex = new Map<string, { langs: number[]; vote: number }>();
for (let l = 0; l < languages.length; l++) {
  for (const w of stopLists[languages[l]!]) {
    const word = fold(w);
    const entry = stopIndex.get(word) ?? { langs: [], vote: 0 };
    if (!entry.langs.includes(l)) entry.langs.push(l);
    entry.vote = 1 / entry.langs.length;
    stopIndex.set(word, entry);
  }
}

/**
 * A fast first guess from function words: every stop word votes for its languages, a word
 * shared by several languages counts less. Returns a language only when it clearly leads
 * (at least 3 votes and half as many again as the runner-up).
 */
const byStopWords = (words: string[]): Language | undefined => {
  const score = new Array<number>(languages.length).fill(0);
  for (const t of words) {
    const entry = stopIndex.get(t);
    if (!entry) continue;
    for (const l of entry.langs) score[l]! += entry.vote;
  }
  let first = 0;
  for (let l = 1; l < score.length; l++) if (score[l]! > score[first]!) first = l;
  let second = 0;
  for (let l = 0; l < score.length; l++) if (l !== first && score[l]! > second) second = score[l]!;
  const top = score[first]!;
  return top >= 3 && top >= 1.5 * second ? languages[first] : undefined;
};

const noise = /https?:\/\/\S+|\S+@\S+|[\p{N}#€$£%:/._-]+|[A-Z]{2,}-?\d+/gu;

/**
 * The language the customer writes in. Function words (the `stopword` package's lists)
 * decide when one language clearly leads; otherwise tinyld, limited to the supported
 * languages, decides. The conversation's language hint, then the customer's profile
 * language, count only when the text is too short or the detection is unsure.
 *
 * @example
 * detectLanguage(['Hallo, meine Rechnung ist doppelt abgebucht.']) // 'de'
 */
export const detectLanguage = (customerTexts: string[], input?: HandoffInput): string =>
  languageOf(customerTexts, customerTexts.map(fold), input).language;

/**
 * `detectLanguage` for texts already folded (the prepared messages carry both). `sure` is
 * true when function words decided clearly; otherwise detectors scan every lexicon.
 */
export const languageOf = (
  texts: string[],
  folded: string[],
  input?: HandoffInput,
): { language: string; sure: boolean } => {
  const language = pick(texts, folded, input);
  return typeof language === 'string' ? { language, sure: false } : language;
};

const pick = (
  texts: string[],
  folded: string[],
  input?: HandoffInput,
): string | { language: string; sure: true } => {
  const hint = input?.conversation.language ?? input?.customer?.language;
  let words: string[] = [];
  let letters = 0;
  for (const f of folded) {
    if (letters > 200) break;
    for (const t of tokens(f)) {
      const c = t.charCodeAt(0);
      if (c >= 48 && c <= 57) continue;
      words.push(t);
      letters += t.length;
    }
  }
  if (letters < MIN_LETTERS) return hint ?? guessShort(texts.join(' ')) ?? 'en';
  const quick = byStopWords(words);
  if (quick) return { language: quick, sure: true };
  words = [];
  const text = texts.join(' ').replace(noise, ' ').slice(0, 300);
  const ranked = detectAll(text, { only });
  const top = ranked[0];
  if (!top) return hint ?? 'en';
  if (hint && top.lang !== hint && top.accuracy < WEAK) {
    if (ranked.slice(0, 3).some((r) => r.lang === hint)) return hint;
  }
  return top.lang;
};

const guessShort = (text: string): string | undefined => {
  const top = detectAll(text.replace(noise, ' '), { only })[0];
  return top && top.accuracy >= WEAK ? top.lang : undefined;
};
