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
export type Category = Exclude<keyof Lexicon, 'issue' | 'negations' | 'negationsAfter'>;

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

const wordRegex = (sources: string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(sources)})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * One regular expression per cue category, covering all languages at once: a customer
 * who switches language mid-chat is still understood, and one scan per message is fast.
 */
export const cues = Object.fromEntries(
  categories.map((c) => [c, wordRegex(all.flatMap((l) => l[c]))]),
) as Record<Category, RegExp>;

/** Words pointing at each issue type, all languages at once. */
export const issueCues: Record<IssueType, RegExp> = {
  billing: wordRegex(all.flatMap((l) => l.issue.billing)),
  sales: wordRegex(all.flatMap((l) => l.issue.sales)),
  technical: wordRegex(all.flatMap((l) => l.issue.technical)),
  support: wordRegex(all.flatMap((l) => l.issue.support)),
};

/** Words that settle each issue type almost alone, all languages at once. */
export const issueStrongCues: Record<IssueType, RegExp> = {
  billing: wordRegex(all.flatMap((l) => l.issueStrong.billing)),
  sales: wordRegex(all.flatMap((l) => l.issueStrong.sales)),
  technical: wordRegex(all.flatMap((l) => l.issueStrong.technical)),
  support: wordRegex(all.flatMap((l) => l.issueStrong.support)),
};

/** Negation words of every language, as single tokens. */
export const negationWords: ReadonlySet<string> = new Set(
  all.flatMap((l) => l.negations.flatMap((n) => n.split('|'))),
);

/** Phrases that negate a cue they follow, anchored at the end of the cue. */
export const negationAfter = new RegExp(
  `^[\\s,]*(?:[\\p{L}']+\\s+){0,2}?(?:${alternation(all.flatMap((l) => l.negationsAfter))})(?![\\p{L}])`,
  'u',
);
