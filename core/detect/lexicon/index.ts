import type { IssueType } from '../../contract';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { Language, Lexicon } from './types';

export * from './types';

/** Every supported language's cues. */
export const lexicons: Record<Language, Lexicon> = { en, es, de, fr, pt, it, nl };

/** A cue category of the lexicons (everything but the issue-type words). */
export type Category = Exclude<
  keyof Lexicon,
  'issue' | 'issueStrong' | 'issueNeed' | 'negations' | 'negationsAfter' | 'irrealis' | 'givenUp'
>;

const categories: Category[] = [
  'guards',
  'humanRequest',
  'personTitles',
  'escalation',
  'anger',
  'notHelping',
  'botFallback',
  'botUnknown',
  'novel',
  'legal',
  'privacy',
  'refundDispute',
  'refund',
  'charged',
  'refundDone',
  'sales',
  'resolved',
  'positive',
  'contrast',
  'handedOff',
  'backToBot',
  'churn',
  'persist',
  'rephrase',
];

const all = Object.values(lexicons);

/** Joins cue sources into one alternation; a space in a cue matches any run of spaces. */
const alternation = (sources: string[]): string =>
  sources.map((s) => `(?:${s.replace(/ /g, '\\s+')})`).join('|');

/**
 * Letters and digits of folded Latin text. Cues are Latin words, so a plain class is a
 * sound word boundary and much faster than Unicode property escapes.
 */
const WORD = 'a-z0-9\\u00df-\\u00ff\\u0100-\\u024f';

const wordRegex = (sources: string[]): RegExp =>
  new RegExp(`(?<![${WORD}])(?:${alternation(sources)})(?![${WORD}])`, 'g');

/** The lexicons to use for text in `language`: its own and English (customers mix in English). */
const lexiconsFor = (language: string): Lexicon[] =>
  language === 'en' ? [en] : language in lexicons ? [lexicons[language as Language], en] : all;

const issueTypes: IssueType[] = ['billing', 'technical', 'sales', 'support'];

/** Every expression a detector needs for text in one language. */
export interface CueSet {
  /** One regular expression per cue category. */
  cues: Record<Category, RegExp>;
  /**
   * Words pointing at each issue type in one expression (one scan per message): needs
   * are named groups `n_<type>`, strong words `s_<type>`, ordinary ones `w_<type>`.
   */
  issue: RegExp;
}

const build = (lexs: Lexicon[]): CueSet => ({
  cues: Object.fromEntries(
    categories.map((c) => [c, wordRegex(lexs.flatMap((l) => l[c]))]),
  ) as Record<Category, RegExp>,
  issue: new RegExp(
    `(?<![${WORD}])(?:${[
      ...issueTypes.map((t) => `(?<n_${t}>${alternation(lexs.flatMap((l) => l.issueNeed[t]))})`),
      ...issueTypes.map((t) => `(?<s_${t}>${alternation(lexs.flatMap((l) => l.issueStrong[t]))})`),
      ...issueTypes.map((t) => `(?<w_${t}>${alternation(lexs.flatMap((l) => l.issue[t]))})`),
    ].join('|')})(?![${WORD}])`,
    'g',
  ),
});

const cueSets = new Map<string, CueSet>();

/**
 * The cue expressions for a language (its lexicon and English), compiled once. Scanning
 * two lexicons instead of seven keeps detection fast; an unsupported language gets all.
 */
export const cuesFor = (language: string): CueSet => {
  const key = language in lexicons ? language : '*';
  let set = cueSets.get(key);
  if (!set) {
    set = build(lexiconsFor(key));
    cueSets.set(key, set);
  }
  return set;
};

/** Every language's cues at once (for text whose language is unknown). */
export const cues = cuesFor('*').cues;

/** Negation words of every language, as single tokens. */
export const negationWords: ReadonlySet<string> = new Set(
  all.flatMap((l) => l.negations.flatMap((n) => n.split('|'))),
);

/** Frames (with `§` where the cue sits) of every language, as one expression; see `Lexicon.irrealis`. */
const framed = (sources: string[]): RegExp =>
  sources.length ? new RegExp(`(?<![${WORD}])(?:${alternation(sources)})`, '') : /(?!)/;

/** Counterfactuals and near misses around a cue (see `Lexicon.irrealis`). */
export const irrealis = framed(all.flatMap((l) => l.irrealis ?? []));

/** Intentions given up, unreal when the message says it is settled (see `Lexicon.givenUp`). */
export const givenUp = framed(all.flatMap((l) => l.givenUp ?? []));

/** Phrases that negate a cue they follow, anchored at the end of the cue. */
export const negationAfter = new RegExp(
  `^[\\s,]*(?:[${WORD}']+\\s+){0,2}?(?:${alternation(all.flatMap((l) => l.negationsAfter))})(?![${WORD}])`,
  '',
);
