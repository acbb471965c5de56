/** The kinds of key facts the summary lists. */
export type FactKind =
  'order' | 'invoice' | 'reference' | 'amount' | 'date' | 'code' | 'product' | 'quantity' | 'name';

/** A key fact, quoted verbatim from the transcript so it can never be invented. */
export interface Fact {
  kind: FactKind;
  text: string;
  messageIndex: number;
}

const orderWords =
  'order|orders|bestellung|bestellnummer|auftrag|auftragsnummer|pedido|encomenda|commande|ordine|bestelling|bestelnummer';
const invoiceWords =
  'invoice|rechnung|rechnungsnummer|factura|facture|fattura|fatura|factuur|factuurnummer|receipt|quittung|recibo|reçu|ricevuta';
const referenceWords =
  'ticket|case|caso|fall|dossier|tracking|sendungsnummer|sendung|envío|envio|reference|referencia|référence|referência|riferimento|referentie|contract|vertrag|contrato|contrat|contratto|contract|account|konto|kundennummer|cuenta|compte|conta|subscription|abo|suscripción|abonnement|assinatura|abbonamento|abonnement|serial|seriennummer|licen[cs]e|lizenz|licencia';
// Ids are found first (they hold a digit and are rare); the keyword is then read just before.
const idCandidate = /(?<![\p{L}\d#/_-])#?[A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*(?![\p{L}\d/_-])/giu;
const fillerSet = new Set(
  'number no no. nr nr. nº n° n. num num. número numero nummer id is ist es est é è lautet : - #'.split(
    ' ',
  ),
);
const keywordSet = new Set(
  `${orderWords}|${invoiceWords}|${referenceWords}`
    .replace('licen[cs]e', 'licence|license')
    .split('|'),
);
const orderSet = new Set(orderWords.split('|'));
const invoiceSet = new Set(invoiceWords.split('|'));

// Identifiers that name themselves: INV-2024-117, ORD12345, #10482.
const bareIdPattern = /(?<![\w#-])(?:#\d{3,}|[A-Z]{2,5}-?\d{3,}(?:-[A-Z0-9]+)*)(?![\w-])/g;

const currencyBefore = '(?:US\\$|R\\$|[€$£¥]|EUR|USD|GBP|CHF)';
const currencyAfter =
  '(?:€|\\$|£|EUR|USD|GBP|CHF|euros?|dollars?|dólares|reais|pounds?|libras?|francs?|franken|euro)';
const number = '\\d+(?:[.,]\\d+)*';
const amountPattern = new RegExp(
  `${currencyBefore}\\s?${number}|${number}\\s?${currencyAfter}(?![A-Za-z])`,
  'gi',
);

// A capitalised name followed by a model designation: "Galaxy S23", "iPhone 15 Pro",
// "ThinkPad X1 Carbon", "Manager Pro". German capitalises every noun, so single
// capitalised words are not enough.
const productPattern =
  /(?<![\p{L}\d])[a-z]?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?(?: (?:[A-Z]{0,3}\d+[A-Za-z0-9]*|Pro|Plus|Max|Mini|Ultra|Premium|Lite|Air)){1,2}(?![\p{L}\d])/gu;
const planPattern =
  /(?<![\p{L}\d])[A-Z][\p{L}]+ (?:plan|Plan|subscription|tier|Tarif|abonnement|piano|plano|suscripción|abonnement)(?![\p{L}\d])/gu;
const percentPattern = /(?<![\d.,])\d+(?:[.,]\d+)?\s?%/g;
const currencyCodePattern = /\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|BRL|MXN|SEK|NOK|DKK|PLN)\b/g;
// Error codes and acronyms: ERR_SIGNATURE_SKEW, TERM-REG-FAIL, SSO.
const codePattern =
  /(?<![\p{L}\d_-])(?:[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+|[A-Z]{3,6})(?![\p{L}\d_-])/gu;
const commonCaps = new Set([
  'I',
  'OK',
  'HI',
  'AM',
  'PM',
  'TV',
  'EU',
  'USA',
  'UK',
  'ASAP',
  'FYI',
  'NO',
  'YES',
]);
// A count of something: "300 licencias", "3 años", "5 Pro seats".
const quantityPattern =
  /(?<![\d.,:/-])\d+(?:[.,]\d+)?\s(?:de\s)?(\p{L}[\p{L}-]{2,})(?:\s(?<=\d\s\p{Lu}\p{L}*\s)\p{Ll}{3,})?/gu;
// What the customer quotes: an error text or a label, 'lock unreachable'.
const quotedPattern = /(?<![\p{L}\d])['"“‘„«]\s?([^'"“”‘’„«»\n]{3,60}?)\s?['"”’“»](?![\p{L}\d])/gu;
// A header or setting: "x-sig-version: 3".
const settingPattern = /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+:\s?[\w.-]+/g;
// One word with an inner capital is a brand: SecureHome, ThermoEco.
const camelPattern = /(?<![\p{L}\d])\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*(?![\p{L}\d])/gu;
const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|maart|mei|augustus';
// "December 15", "15. Dezember", "3 de marzo", "le 4 décembre".
const monthSet = new Set(months.split('|'));
// Dates are found from their day number, then the month name beside it is checked.
const dayNumber = /(?<![\d.,:/])\d{1,2}(?![\d.,:/]\d)/g;
const monthBeforeDay = /(?:^|[^\p{L}])(\p{L}{3,10})\.? $/u;
const monthAfterDay = /^(?:st|nd|rd|th|\.)?\s(?:de\s)?(\p{L}{3,10})(?!\p{L})/u;
const notUnit =
  /^(?:and|und|the|for|per|por|para|pour|voor|con|mit|avec|met|com|und|oder|or|ou|o|of|von|van|del|des|der|die|das|het|een|uur|times|mal|veces|fois|volte|vezes|keer|am|pm|uhr|heures|horas|ore)$/i;
const notProduct = new RegExp(
  `^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|${orderWords}|${invoiceWords}|${referenceWords}|hello|hi|hallo|hola|bonjour|ciao|olá|hoi|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|maart|mei|juni|juli|augustus|oktober|version|versión|versione|versie|page|seite|página|step|schritt|paso|étape|room|zimmer|day|tag|día|jour|giorno|dag|dia|plan|tarif)\\b`,
  'i',
);

// Sentence-initial determiners the product pattern picks up: "My Galaxy S23".
const leadingWord =
  /^(?:my|the|our|your|this|a|an|mein|meine|meinen|mein|der|die|das|ein|eine|mi|mis|el|la|los|las|un|una|mon|ma|mes|le|les|une|il|lo|meu|minha|o|os|um|uma|mijn|het|de|een|onze)\s+/i;

const kindOfKeyword = (word: string): FactKind => {
  const w = word.toLowerCase();
  if (orderSet.has(w)) return 'order';
  if (invoiceSet.has(w)) return 'invoice';
  return 'reference';
};

const hasDigit = /\d/;
// Postcodes and plates: "BS6 5QT", "4821 KLM".
const postcodePattern = /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![\p{L}\d])/gu;
const platePattern = /(?<![\p{L}\d.,])\d{3,6} [A-Z]{3}(?![\p{L}\d])/gu;
// A capitalised name inside a sentence: "la tienda de Sevilla". Not for German, which
// capitalises every noun.
const properNounPattern =
  /(?<=\p{Ll}[,;]? )\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,}){0,2}(?![\p{L}\d])/gu;
const weekdays =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/i;
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
