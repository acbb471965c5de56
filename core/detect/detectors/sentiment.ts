import type { Prepared } from '../prepare';
import { evidenceOf, findCues } from '../match';
import type { PreparedMessage, SignalHit } from '../types';
import { cueEvidence, grow, hit } from './util';

/** The words that carry clear anger, frustration or sarcasm in a message, if any. */
const angerIn = (m: PreparedMessage) => findCues(m, 'anger')[0];

/** Mostly capital letters (compares the text with its folded form: same length). */
const shouting = (m: PreparedMessage): boolean => {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < m.text.length; i++) {
    const c = m.text.charCodeAt(i);
    const f = m.folded.charCodeAt(i);
    if (c !== f) upper++;
    if ((f >= 97 && f <= 122) || f >= 0xdf) letters++;
  }
  return (letters >= 8 && upper / letters > 0.6) || (upper >= 4 && capsWords(m.text));
};

/** A shouted word inside a calm sentence ("Nobody turned up AGAIN", "I HAD a ticket"). */
const capsWord = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;

const capsWords = (text: string): boolean => {
  capsWord.lastIndex = 0;
  const words = text.match(capsWord);
  return (
    words !== null &&
    words.length >= 1 &&
    words.some((w) => !/^[A-Z]{4}$/.test(w) || words.length >= 2)
  );
};

/** Emoji of anger, eye-rolling or sarcasm (🙃 🙄 😡 🤬 😤 😠 😒), in any language. */
const sourEmoji = /\u{1F643}|\u{1F644}|\u{1F621}|\u{1F92C}|\u{1F624}|\u{1F620}|\u{1F612}/u;

/**
 * How clearly negative one customer message is (0..1): anger words, escalation words,
 * "you're not listening", sour emoji, shouting and repeated exclamation marks.
 */
export const negativity = (m: PreparedMessage): number => (m.negativity ??= score(m));

const score = (m: PreparedMessage): number => {
  let score = 0;
  if (angerIn(m)) score = 0.7 + 0.1 * Math.min(2, findCues(m, 'anger').length - 1);
  if (findCues(m, 'escalation').length) score = Math.max(score, 0.6);
  if (findCues(m, 'notHelping').length) score = Math.max(score, 0.55);
  if (sourEmoji.test(m.text)) score = Math.max(score, 0.6);
  const loud = shouting(m) || /[!?]{2,}/.test(m.text);
  if (loud) score = score > 0 ? score + 0.15 : 0.5;
  return Math.min(1, score);
};

/** `negative_sentiment`: clear anger, frustration or sarcasm in a customer message. */
export const negativeSentiment = (p: Prepared): SignalHit | undefined => {
  let max = 0;
  const strong: PreparedMessage[] = [];
  for (const m of p.customer) {
    const n = negativity(m);
    if (n >= 0.6) strong.push(m);
    max = Math.max(max, n);
  }
  if (strong.length === 0) return undefined;
  const evidence = strong.map((m) => {
    const cue = angerIn(m);
    return cue ? evidenceOf(m, cue) : { messageIndex: m.index, quote: m.text.slice(0, 140) };
  });
  return hit(grow(max, strong.length), evidence);
};

/** `negative_streak`: `config.negativeStreak` or more negative customer messages in a row. */
export const negativeStreak = (p: Prepared): SignalHit | undefined => {
  let run: PreparedMessage[] = [];
  let best: PreparedMessage[] = [];
  for (const m of p.customer) {
    if (negativity(m) >= 0.5) run.push(m);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  if (best.length < p.config.negativeStreak) return undefined;
  // Each message of the streak, quoted at its cue when it has one (shouting or a sour emoji has none).
  const quotes = best.map(
    (m) =>
      cueEvidence([m], ['anger', 'escalation', 'notHelping'])[0] ?? {
        messageIndex: m.index,
        quote: m.text.slice(0, 140),
      },
  );
  return hit(grow(0.75, best.length - p.config.negativeStreak + 1, 0.08), quotes);
};

/** `escalation_keyword`: manager, complaint, unacceptable, lawsuit and their equivalents. */
export const escalationKeyword = (p: Prepared): SignalHit | undefined => {
  const evidence = cueEvidence(p.customer, ['escalation', 'personTitles']);
  return hit(grow(0.8, evidence.length), evidence);
};
