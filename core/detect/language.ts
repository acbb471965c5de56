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

/** Each stop word with the languages it belongs to (stopword's lists, folded). */
const stopIndex = new Map<string, Language[]>();
for (const lang of languages) {
  for (const w of stopLists[lang]) {
    const word = fold(w);
    const langs = stopIndex.get(word) ?? [];
    if (!langs.includes(lang)) langs.push(lang);
    stopIndex.set(word, langs);
  }
}

/**
 * A fast first guess from function words: every stop word votes for its languages, a word
 * shared by several languages counts less. Returns a language only when it clearly leads.
 */
const byStopWords = (words: string[]): Language | undefined => {
  const score = new Map<Language, number>();
  for (const t of words) {
    const langs = stopIndex.get(t);
    if (!langs) continue;
    for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1 / langs.length);
  }
  const [first, second] = [...score.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3) return undefined;
  return !second || first[1] >= 1.5 * second[1] ? first[0] : undefined;
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
      if (/^\d/.test(t)) continue;
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
