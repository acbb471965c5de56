import {
  idCandidate,
  fillerSet,
  keywordSet,
  orderSet,
  invoiceSet,
  bareIdPattern,
  amountPattern,
  productPattern,
  planPattern,
  percentPattern,
  currencyCodePattern,
  codePattern,
  commonCaps,
  quantityPattern,
  quotedPattern,
  settingPattern,
  camelPattern,
  monthSet,
  dayNumber,
  monthBeforeDay,
  monthAfterDay,
  notUnit,
  notProduct,
  leadingWord,
  hasDigit,
  postcodePattern,
  platePattern,
  properNounPattern,
  weekdays,
} from './fact-patterns';

/** The kinds of key facts the summary lists. */
export type FactKind =
  'order' | 'invoice' | 'reference' | 'amount' | 'date' | 'code' | 'product' | 'quantity' | 'name';

/** A key fact, quoted verbatim from the transcript so it can never be invented. */
export interface Fact {
  kind: FactKind;
  text: string;
  messageIndex: number;
}

const kindOfKeyword = (word: string): FactKind => {
  const w = word.toLowerCase();
  if (orderSet.has(w)) return 'order';
  if (invoiceSet.has(w)) return 'invoice';
  return 'reference';
};

/** The facts found so far in one message, and the spans they cover. */
class Found {
  readonly facts: Fact[] = [];
  private readonly spans: number[] = [];
  constructor(private readonly messageIndex: number) {}

  add(kind: FactKind, text: string, start: number, end: number): void {
    const spans = this.spans;
    for (let i = 0; i < spans.length; i += 2) if (end > spans[i] && start < spans[i + 1]) return;
    spans.push(start, end);
    this.facts.push({ kind, text, messageIndex: this.messageIndex });
  }

  each(re: RegExp, text: string, kind: FactKind): void {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) this.add(kind, m[0], m.index, m.index + m[0].length);
  }
}

// The keyword right before an id, skipping "number", "no.", "is", ":" and the like.
const keywordAt = (text: string, idStart: number): { word: string; start: number } | null => {
  const before = text.slice(Math.max(0, idStart - 40), idStart);
  const words = before.split(/[\s#:]+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w === '' || fillerSet.has(w.toLowerCase())) continue;
    if (!keywordSet.has(w.toLowerCase())) return null;
    return { word: w, start: idStart - before.length + before.lastIndexOf(w) };
  }
  return null;
};

const productHint = /\d|Pro|Plus|Max|Mini|Ultra|Premium|Lite|Air/;

const findIds = (text: string, found: Found): void => {
  idCandidate.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = idCandidate.exec(text))) {
    const id = m[0];
    if (id.replace('#', '').length < 3) continue;
    const key = keywordAt(text, m.index);
    if (!key) continue;
    const hash = text[m.index - 1] === '#' || id.startsWith('#') ? '#' : '';
    found.add(
      kindOfKeyword(key.word),
      `${key.word} ${hash}${id.replace(/^#/, '')}`,
      key.start,
      m.index + id.length,
    );
  }
};

const findDates = (text: string, found: Found): void => {
  dayNumber.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = dayNumber.exec(text))) {
    const end = m.index + m[0].length;
    const before = monthBeforeDay.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (before && monthSet.has(before[1].toLowerCase())) {
      const from = m.index - before[0].length + before[0].indexOf(before[1]);
      const suffix = /^(?:st|nd|rd|th)(?!\p{L})/u.exec(text.slice(end, end + 3));
      const to = end + (suffix ? suffix[0].length : 0);
      found.add('date', text.slice(from, to), from, to);
      continue;
    }
    const after = monthAfterDay.exec(text.slice(end, end + 16));
    if (after && monthSet.has(after[1].toLowerCase())) {
      const to = end + after[0].length;
      found.add('date', text.slice(m.index, to), m.index, to);
    }
  }
};

/**
 * Extracts order and invoice numbers, other references, amounts with their currency,
 * dates, error codes, product names and quantities from one message, each as the exact
 * text that appears in it.
 *
 * @example
 * extractFacts('Order #A-1042 was charged €49.99 twice', 0)
 * // [{ kind: 'order', text: 'Order #A-1042' }, { kind: 'amount', text: '€49.99' }]
 */
export const extractFacts = (
  text: string,
  messageIndex: number,
  options: { properNouns?: boolean } = {},
): Fact[] => {
  const found = new Found(messageIndex);
  const digits = hasDigit.test(text);
  if (digits) {
    findIds(text, found);
    found.each(bareIdPattern, text, 'reference');
    found.each(amountPattern, text, 'amount');
    findDates(text, found);
    found.each(postcodePattern, text, 'code');
    found.each(platePattern, text, 'code');
  }
  if (text.includes(':')) found.each(settingPattern, text, 'code');
  quotedPattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = quotedPattern.exec(text))) {
    const start = m.index + m[0].indexOf(m[1]);
    found.add('code', m[1], start, start + m[1].length);
  }
  codePattern.lastIndex = 0;
  while ((m = codePattern.exec(text))) {
    if (!commonCaps.has(m[0])) found.add('code', m[0], m.index, m.index + m[0].length);
  }
  if (digits) found.each(percentPattern, text, 'amount');
  found.each(currencyCodePattern, text, 'amount');
  planPattern.lastIndex = 0;
  while ((m = planPattern.exec(text))) {
    if (leadingWord.test(m[0]) || notProduct.test(m[0])) continue;
    found.add('product', m[0], m.index, m.index + m[0].length);
  }
  if (productHint.test(text)) {
    productPattern.lastIndex = 0;
    while ((m = productPattern.exec(text))) {
      const lead = leadingWord.exec(m[0]);
      const name = lead ? m[0].slice(lead[0].length) : m[0];
      if (notProduct.test(name) || !/\d|\s/.test(name)) continue;
      // "Moving 14 people": a plain capitalised word and a bare number is a sentence, not a
      // product, unless the name has an inner capital (iPhone 15, MacBook 13).
      if (/^[A-Z][\p{Ll}]+ \d+$/u.test(name)) continue;
      const start = m.index + (lead ? lead[0].length : 0);
      found.add('product', name, start, start + name.length);
    }
  }
  camelPattern.lastIndex = 0;
  while ((m = camelPattern.exec(text))) {
    if (!notProduct.test(m[0])) found.add('product', m[0], m.index, m.index + m[0].length);
  }
  if (options.properNouns) {
    properNounPattern.lastIndex = 0;
    while ((m = properNounPattern.exec(text))) {
      const first = m[0].split(' ')[0];
      if (weekdays.test(first) || monthSet.has(first.toLowerCase()) || notProduct.test(first))
        continue;
      found.add('name', m[0], m.index, m.index + m[0].length);
    }
  }
  if (digits) {
    quantityPattern.lastIndex = 0;
    while ((m = quantityPattern.exec(text))) {
      if (!notUnit.test(m[1])) found.add('quantity', m[0], m.index, m.index + m[0].length);
    }
  }
  return found.facts;
};
