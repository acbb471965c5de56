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

/**
 * What the detectors scan with: a global regular expression, or several that together act
 * as one (see `SplitAlternation`). Only `lastIndex` and `exec` are used.
 */
export interface Matcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * V8 compiles a regular expression whose source is longer than 20 KB without its
 * optimisations: a 21 KB cue expression scanned the bench texts about five times slower
 * than one just under the limit (measured 2026-11-30). Longer alternations are split.
 */
const MAX_SOURCE = 19_000;

/**
 * Several global expressions, each over consecutive branches of one long alternation,
 * scanned as that one expression: the next match is the leftmost of the parts' next
 * matches, and at the same index the earlier part wins, as the earlier branch would.
 */
class SplitAlternation implements Matcher {
  lastIndex = 0;
  constructor(private readonly parts: readonly RegExp[]) {}

  exec(text: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (const re of this.parts) {
      re.lastIndex = this.lastIndex;
      const m = re.exec(text);
      if (m && (!best || m.index < best.index)) best = m;
    }
    this.lastIndex = best ? best.index + best[0].length : 0;
    return best;
  }
}

/** A branch of a word alternation, in a named group or none. */
export interface Branch {
  group?: string;
  source: string;
}

/** `(?<![word])(?:b1|(?<g>b2|b3)|…)(?![word])`: consecutive branches of a group share it. */
export const wordExpression = (branches: readonly Branch[]): RegExp => {
  const out: string[] = [];
  for (let i = 0; i < branches.length;) {
    const { group } = branches[i]!;
    let j = i;
    while (j < branches.length && branches[j]!.group === group) j++;
    const alt = branches
      .slice(i, j)
      .map((b) => b.source)
      .join('|');
    out.push(group ? `(?<${group}>${alt})` : alt);
    i = j;
  }
  return new RegExp(`(?<![${WORD}])(?:${out.join('|')})(?![${WORD}])`, 'g');
};

/** One word expression over `branches`, split in parts under `max` characters when longer. */
export const wordMatcher = (branches: readonly Branch[], max = MAX_SOURCE): Matcher => {
  const parts: Branch[][] = [[]];
  let size = 0;
  for (const b of branches) {
    const cost = b.source.length + 1 + (b.group ? b.group.length + 6 : 0);
    if (size + cost > max && parts.at(-1)!.length) {
      parts.push([]);
      size = 0;
    }
    parts.at(-1)!.push(b);
    size += cost;
  }
  return parts.length === 1
    ? wordExpression(parts[0]!)
    : new SplitAlternation(parts.map(wordExpression));
};

/**
 * The branches of `sources`, each without a group of its own (`|` binds loosest, so the
 * alternation means the same, and V8 runs it about a quarter faster flat: measured on the
 * `bench/decide` conversations, 2026-11-30). A space in a cue matches any run of spaces.
 */
export const branches = (sources: readonly string[], group?: string): Branch[] =>
  sources.map((s) => ({ group, source: s.replace(/ /g, '\\s+') }));

const wordRegex = (sources: string[]): Matcher => wordMatcher(branches(sources));

/** The lexicons to use for text in `language`: its own and English (customers mix in English). */
const lexiconsFor = (language: string): Lexicon[] =>
  language === 'en' ? [en] : language in lexicons ? [lexicons[language as Language], en] : all;

const issueTypes: IssueType[] = ['billing', 'technical', 'sales', 'support'];

/** Every expression a detector needs for text in one language. */
export interface CueSet {
  /** One regular expression per cue category. */
  cues: Record<Category, Matcher>;
  /**
   * Words pointing at each issue type in one expression (one scan per message): needs
   * are named groups `n_<type>`, strong words `s_<type>`, ordinary ones `w_<type>`.
   */
  issue: Matcher;
}

const build = (lexs: Lexicon[]): CueSet => ({
  cues: Object.fromEntries(
    categories.map((c) => [c, wordRegex(lexs.flatMap((l) => l[c]))]),
  ) as Record<Category, Matcher>,
  issue: wordMatcher([
    ...issueTypes.flatMap((t) =>
      branches(
        lexs.flatMap((l) => l.issueNeed[t]),
        `n_${t}`,
      ),
    ),
    ...issueTypes.flatMap((t) =>
      branches(
        lexs.flatMap((l) => l.issueStrong[t]),
        `s_${t}`,
      ),
    ),
    ...issueTypes.flatMap((t) =>
      branches(
        lexs.flatMap((l) => l.issue[t]),
        `w_${t}`,
      ),
    ),
  ]),
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
