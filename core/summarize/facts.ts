/** The kinds of key facts the summary lists. */
export type FactKind =
  'order' | 'invoice' | 'reference' | 'amount' | 'date' | 'code' | 'product' | 'quantity';

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
const filler =
  '(?:\\s*(?:number|no\\.?|nr\\.?|nº|n°|n\\.|num\\.?|número|numero|nummer|id|is|ist|es|est|é|è|lautet|:|-))*';
const idToken = '(#?[A-Z0-9][A-Z0-9/_-]*\\d[A-Z0-9/_-]*|#?\\d+)';

const keywordPattern = new RegExp(
  `\\b(${orderWords}|${invoiceWords}|${referenceWords})${filler}\\s*(?:#\\s?)?${idToken}`,
  'giu',
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
const datePattern = new RegExp(
  `(?<![\\p{L}])(?:(?:${months})\\.? \\d{1,2}(?:st|nd|rd|th)?(?![\\d])|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s(?:de\\s)?(?:${months})(?![\\p{L}]))`,
  'giu',
);
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

// A cheap first look: most chat lines hold no fact at all.
const mayHoldFacts =
  /\d|[A-Z]{2}|['"“‘„«]|[a-z]-[a-z]+:|\p{Lu}\p{Ll}+\p{Lu}|[A-Z][\p{L}]+ (?:Pro|Plus|Max|Mini|Ultra|Premium|Lite|Air|[Pp]lan|subscription|tier|Tarif|abonnement|piano|plano|suscripción)/u;

/**
 * Extracts order and invoice numbers, other references, amounts with their currency and
 * product names from one message, each as the exact text that appears in it.
 *
 * @example
 * extractFacts('Order #A-1042 was charged €49.99 twice', 0)
 * // [{ kind: 'order', text: 'Order #A-1042' }, { kind: 'amount', text: '€49.99' }]
 */
export const extractFacts = (text: string, messageIndex: number): Fact[] => {
  if (!mayHoldFacts.test(text)) return [];
  const facts: Fact[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (kind: FactKind, value: string, start: number, end: number) => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    facts.push({ kind, text: value, messageIndex });
  };
  for (const m of text.matchAll(keywordPattern)) {
    const id = m[2];
    if (id.replace('#', '').length < 3) continue;
    const idStart = m.index + m[0].length - id.length;
    add(
      kindOfKeyword(m[1]),
      `${m[1]} ${text.slice(idStart - (text[idStart - 1] === '#' ? 1 : 0), idStart + id.length).replace(/^# /, '#')}`,
      m.index,
      m.index + m[0].length,
    );
  }
  for (const m of text.matchAll(bareIdPattern))
    add('reference', m[0], m.index, m.index + m[0].length);
  for (const m of text.matchAll(amountPattern)) add('amount', m[0], m.index, m.index + m[0].length);
  for (const m of text.matchAll(datePattern)) add('date', m[0], m.index, m.index + m[0].length);
  for (const m of text.matchAll(settingPattern)) add('code', m[0], m.index, m.index + m[0].length);
  for (const m of text.matchAll(quotedPattern)) {
    const start = m.index + m[0].indexOf(m[1]);
    add('code', m[1], start, start + m[1].length);
  }
  for (const m of text.matchAll(codePattern)) {
    if (!commonCaps.has(m[0])) add('code', m[0], m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(percentPattern))
    add('amount', m[0], m.index, m.index + m[0].length);
  for (const m of text.matchAll(currencyCodePattern))
    add('amount', m[0], m.index, m.index + m[0].length);
  for (const m of text.matchAll(planPattern)) {
    const lead = leadingWord.exec(m[0]);
    if (lead || notProduct.test(m[0])) continue;
    add('product', m[0], m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(productPattern)) {
    const lead = leadingWord.exec(m[0]);
    const name = lead ? m[0].slice(lead[0].length) : m[0];
    if (notProduct.test(name) || !/\d|\s/.test(name)) continue;
    // "Moving 14 people": a plain capitalised word and a bare number is a sentence, not a
    // product, unless the name has an inner capital (iPhone 15, MacBook 13).
    if (/^[A-Z][\p{Ll}]+ \d+$/u.test(name)) continue;
    const start = m.index + (lead ? lead[0].length : 0);
    add('product', name, start, start + name.length);
  }
  for (const m of text.matchAll(camelPattern)) {
    if (!notProduct.test(m[0])) add('product', m[0], m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(quantityPattern)) {
    if (!notUnit.test(m[1])) add('quantity', m[0], m.index, m.index + m[0].length);
  }
  return facts;
};
