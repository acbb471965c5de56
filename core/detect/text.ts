/**
 * Text helpers shared by the detectors: accent folding that keeps offsets, tokens, and
 * quotes cut from the original message.
 */

const foldCache = new Map<string, string>();

const foldChar = (c: string): string => {
  let out = foldCache.get(c);
  if (out !== undefined) return out;
  if (c === '\u2019' || c === '\u2018') return "'";
  const lower = c.toLowerCase();
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  // Keep one code unit per input code unit so match offsets in the folded text are
  // offsets in the original text too.
  out = bare.length === c.length ? bare : lower.length === c.length ? lower : c;
  foldCache.set(c, out);
  return out;
};

/**
 * Lower-cases and strips accents without changing the length (so offsets carry over).
 *
 * @example
 * fold('Réclamation') // 'reclamation'
 */
export const fold = (text: string): string => {
  const lower = text.toLowerCase();
  if (!nonAscii.test(lower)) return lower;
  if (lower.length !== text.length) {
    let out = '';
    for (const c of text) out += c.charCodeAt(0) < 128 ? c.toLowerCase() : foldChar(c);
    return out;
  }
  return lower.replace(nonAsciiAll, foldChar);
};

const nonAscii = /[^\t\n\r -~]/;
const nonAsciiAll = /[^\t\n\r -~]/g;

const tokenPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Splits folded text into word tokens (letters and digits; "don't" stays one token).
 *
 * @example
 * tokens("i don't get it") // ['i', "don't", 'get', 'it']
 */
export const tokens = (folded: string): string[] => folded.match(tokenPattern) ?? [];

/** Characters that end a clause: a negation before one does not reach past it. */
const clauseEnd = /[.!?;:,()\n]|\s[-–]\s/g;

/** Offset where the clause containing `at` starts. */
export const clauseStart = (text: string, at: number): number => {
  let start = 0;
  clauseEnd.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = clauseEnd.exec(text)) && m.index < at) start = m.index + m[0].length;
  return start;
};

const sentenceEnd = /[.!?\n]/;

/**
 * The sentence around `[from, to)`, trimmed to about `max` characters, as a quote.
 *
 * @example
 * quoteAround('Hi. I want a refund now! Thanks', 9, 15) // 'I want a refund now!'
 */
export const quoteAround = (text: string, from: number, to: number, max = 140): string => {
  let a = from;
  while (a > 0 && !sentenceEnd.test(text[a - 1]!) && from - a < max / 2) a--;
  let b = to;
  while (b < text.length && !sentenceEnd.test(text[b]!) && b - to < max / 2) b++;
  if (b < text.length && /[.!?]/.test(text[b]!)) b++;
  return text.slice(a, b).trim();
};
