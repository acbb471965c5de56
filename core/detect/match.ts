import { givenUp, irrealis, negationAfter, negationWords, type Category } from './lexicon';
import { clauseStart, quoteAround, tokens } from './text';
import type { CueMatch, PreparedMessage } from './types';

/** Words that join two clauses: a negation before one does not reach past it. */
const conjunction =
  /(?<![\p{L}])(?:and|but|so|because|y|pero|porque|und|aber|weil|denn|et|mais|car|e|mas|ma|perche|en|maar|omdat)(?![\p{L}])/gu;
/** A question that starts with "why" uses a negation rhetorically ("why can't I talk to a human?"). */
const rhetorical = /^\W*(?:why|how come|por ?que|warum|wieso|weshalb|pourquoi|perche|waarom)\b/;
/** "No, I want..." / "no I want...": an interjection, not a negation of what follows. */
const interjections = new Set(['no', 'nein', 'non', 'nee', 'nao']);
const pronouns = new Set(['i', 'yo', 'ich', 'je', 'eu', 'io', 'ik', 'we', 'just', 'please']);
const addressee = new Set(['you', 'u', 'ya']);
const knowing = new Set([
  'know',
  'se',
  'weiss',
  'weiß',
  'sais',
  'sei',
  'so',
  'weet',
  'sabe',
  'sure',
]);
/** "If you don't refund me I'll file a chargeback": the negation sits in the condition. */
const conditionals = new Set([
  'if',
  'unless',
  'se',
  'si',
  'wenn',
  'falls',
  'als',
  'otherwise',
  'sinon',
]);
const WINDOW = 4;

/** Offset in `clause` after its last joining word (a clause joined by "and"/"but" starts there). */
const afterConjunction = (clause: string): number => {
  conjunction.lastIndex = 0;
  let m: RegExpExecArray | null;
  let cut = 0;
  while ((m = conjunction.exec(clause))) cut = m.index + m[0].length;
  return cut;
};

/** Categories whose cues a counterfactual, a near miss or an intention given up cancels. */
const unrealCategories: ReadonlySet<Category> = new Set<Category>([
  'humanRequest',
  'personTitles',
  'escalation',
  'legal',
  'refundDispute',
  'churn',
  'anger',
  'notHelping',
]);

const clauseStop = /[.!?;:,()\n]/;

/**
 * The cue's clause with the cue replaced by `§`: the words before it since the clause
 * or a joining word began, and the rest of the clause after it (German and Dutch put the
 * verb that makes a clause counterfactual last: "wenn Sie ein Mensch wären").
 */
const frameOf = (text: string, start: number, end: number): string => {
  const clause = text.slice(clauseStart(text, start), start);
  let to = end;
  while (to < text.length && to - end < 60 && !clauseStop.test(text[to]!)) to++;
  return `${clause.slice(afterConjunction(clause))}§${text.slice(end, to)}`;
};

/**
 * Whether a cue sits in a counterfactual or a near miss ("if your bot were a real
 * person", "I was about to ask for a manager"), or in an intention given up in a message
 * that says the matter is settled ("wollte nach einem Menschen fragen, hat sich erledigt").
 */
const isUnreal = (msg: PreparedMessage, category: Category, start: number, end: number) => {
  if (!unrealCategories.has(category)) return false;
  const frame = frameOf(msg.masked, start, end);
  if (irrealis.test(frame)) return true;
  return givenUp.test(frame) && findCues(msg, 'resolved').length > 0;
};

/**
 * Whether the cue at `[start, end)` is negated: a negation word among the few words
 * before it in the same clause ("no need for a manager", "kein Manager nötig"), or a
 * negating phrase right after it ("a manager is not needed").
 *
 * @example
 * isNegated('this is not a complaint', 14, 23) // true
 */
export const isNegated = (text: string, start: number, end: number): boolean => {
  if (negationAfter.test(text.slice(end, end + 48))) return true;
  const clause = text.slice(clauseStart(text, start), start);
  if (rhetorical.test(clause)) return false;
  const from = start - clause.length + afterConjunction(clause);
  const before = tokens(text.slice(from, start));
  const window = before.slice(-WINDOW);
  const offset = before.length - window.length;
  for (let i = 0; i < window.length; i++) {
    const word = window[i]!;
    const isNeg = negationWords.has(word) || word.startsWith("n'") || word.endsWith("n't");
    if (!isNeg) continue;
    if (before.slice(0, offset + i).some((w) => conditionals.has(w))) continue;
    const next = window[i + 1] ?? '';
    if (addressee.has(next)) continue; // "can't you just transfer me?"
    if (knowing.has(next)) continue; // "I don't know how to talk to a person"
    if (offset + i === 0 && interjections.has(word) && pronouns.has(next)) continue;
    if (word === "can't" || word === 'cannot') continue; // "I can't reach a human" still asks for one
    return true;
  }
  return false;
};

/**
 * Every non-negated match of a cue category in a message (in its masked text, where
 * look-alikes such as "Manager Pro" are blanked out).
 */
export const findCues = (
  msg: PreparedMessage,
  category: Category,
  { negatable = true }: { negatable?: boolean } = {},
): readonly CueMatch[] => {
  const key = negatable ? category : `${category}!`;
  const memo = msg.scan.hits[key];
  if (memo) return memo;
  const re = msg.cueSet.cues[category];
  re.lastIndex = 0;
  const out: CueMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(msg.masked))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (!negatable || !(isNegated(msg.masked, start, end) || isUnreal(msg, category, start, end))) {
      out.push({ start, end });
    }
  }
  msg.scan.hits[key] = Object.freeze(out);
  return out;
};

/** The first non-negated match, if any. */
export const firstCue = (
  msg: PreparedMessage,
  category: Category,
  options?: { negatable?: boolean },
): CueMatch | undefined => findCues(msg, category, options)[0];

/** Evidence for a match: the message index and the sentence around it. */
export const evidenceOf = (msg: PreparedMessage, match: CueMatch) => ({
  messageIndex: msg.index,
  quote: quoteAround(msg.text, match.start, match.end),
});
