import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { BoundedMap } from './bounded-map';
import type { Language } from './lexicon';

/** Snowball stemmers (via @orama/stemmers) for every supported language. */
const stemmers: Record<Language, (word: string) => string> = {
  en: english,
  es: spanish,
  de: german,
  fr: french,
  pt: portuguese,
  it: italian,
  nl: dutch,
};

const MAX_CACHED = 20_000;
const caches = Object.fromEntries(
  Object.keys(stemmers).map((l) => [l, new BoundedMap<string, string>(MAX_CACHED)]),
) as Record<Language, BoundedMap<string, string>>;

/**
 * The stemmer for a language; English for a language we have none for.
 *
 * @example
 * stemmerFor('en')('refunds') // 'refund'
 */
export const stemmerFor = (language: string): ((word: string) => string) => {
  const lang = (language in stemmers ? language : 'en') as Language;
  const stem = stemmers[lang];
  const cache = caches[lang];
  return (word) => {
    let out = cache.get(word);
    if (out === undefined) {
      // Conversations reuse their words; a bounded cache keeps stemming off the hot path.
      out = stem(word);
      cache.set(word, out);
    }
    return out;
  };
};
