import { deu, eng, fra, ita, nld, por, spa } from 'stopword';
import { stemmerFor } from './stem';
import { tokens } from './text';
import type { PreparedMessage } from './types';

/** Stop words of every supported language (stopword's lists), folded like our text. */
const stop = new Set(
  [...eng, ...spa, ...deu, ...fra, ...por, ...ita, ...nld].map((w) =>
    w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''),
  ),
);

/**
 * The content of a folded text as a set of stems: stop words and one- or two-letter
 * tokens dropped, the rest stemmed with the language's Snowball stemmer.
 *
 * @example
 * contentStems('where is my refund?', 'en') // Set {'refund'}
 */
export const contentStems = (folded: string, language: string): Set<string> => {
  const stem = stemmerFor(language);
  const out = new Set<string>();
  for (const t of tokens(folded)) {
    if (t.length < 3 || stop.has(t)) continue;
    out.add(stem(t));
  }
  return out;
};

/** The content stems of a prepared message, computed once per text and language. */
export const messageStems = (m: PreparedMessage, language: string): ReadonlySet<string> => {
  const scan = m.scan;
  if (scan.stems === undefined || scan.stemsLanguage !== language) {
    scan.stems = contentStems(m.masked, language);
    scan.stemsLanguage = language;
  }
  return scan.stems;
};

/**
 * Overlap coefficient of two stem sets (0..1): shared stems over the smaller set, so a
 * short rephrasing inside a longer question still scores high.
 */
export const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
};

/**
 * Dice similarity of two stem sets (0..1): how much of their content they share, so
 * "where is my refund" and "my refund, where is it?" score 1 while string equality fails.
 */
export const dice = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
};
