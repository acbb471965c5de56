// The patterns fact extraction runs, kept apart from the extraction logic in facts.ts.
// Each one finds exact text in a message; none rewrites it.

const orderWords =
  'order|orders|bestellung|bestellnummer|auftrag|auftragsnummer|pedido|encomenda|commande|ordine|bestelling|bestelnummer';
const invoiceWords =
  'invoice|rechnung|rechnungsnummer|factura|facture|fattura|fatura|factuur|factuurnummer|receipt|quittung|recibo|reçu|ricevuta';
const referenceWords =
  'ticket|case|caso|fall|dossier|tracking|sendungsnummer|sendung|envío|envio|reference|referencia|référence|referência|riferimento|referentie|contract|vertrag|contrato|contrat|contratto|contract|account|konto|kundennummer|cuenta|compte|conta|subscription|abo|suscripción|abonnement|assinatura|abbonamento|abonnement|serial|seriennummer|licen[cs]e|lizenz|licencia';
// Ids are found first (they hold a digit and are rare); the keyword is then read just before.
export const idCandidate =
  /(?<![\p{L}\d#/_-])#?[A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*(?![\p{L}\d/_-])/giu;
export const fillerSet = new Set(
  'number no no. nr nr. nº n° n. num num. número numero nummer id is ist es est é è lautet : - #'.split(
    ' ',
  ),
);
export const keywordSet = new Set(
  `${orderWords}|${invoiceWords}|${referenceWords}`
    .replace('licen[cs]e', 'licence|license')
    .split('|'),
);
export const orderSet = new Set(orderWords.split('|'));
export const invoiceSet = new Set(invoiceWords.split('|'));

// Identifiers that name themselves: INV-2024-117, ORD12345, #10482.
export const bareIdPattern = /(?<![\w#-])(?:#\d{3,}|[A-Z]{2,5}-?\d{3,}(?:-[A-Z0-9]+)*)(?![\w-])/g;

const currencyBefore = '(?:US\\$|R\\$|[€$£¥]|EUR|USD|GBP|CHF)';
const currencyAfter =
  '(?:€|\\$|£|EUR|USD|GBP|CHF|euros?|dollars?|dólares|reais|pounds?|libras?|francs?|franken|euro)';
const number = '\\d+(?:[.,]\\d+)*';
export const amountPattern = new RegExp(
  `${currencyBefore}\\s?${number}|${number}\\s?${currencyAfter}(?![A-Za-z])`,
  'gi',
);

// A capitalised name followed by a model designation: "Galaxy S23", "iPhone 15 Pro",
// "ThinkPad X1 Carbon", "Manager Pro". German capitalises every noun, so single
// capitalised words are not enough.
export const productPattern =
  /(?<![\p{L}\d])[a-z]?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?(?: (?:[A-Z]{0,3}\d+[A-Za-z0-9]*|Pro|Plus|Max|Mini|Ultra|Premium|Lite|Air)){1,2}(?![\p{L}\d])/gu;
export const planPattern =
  /(?<![\p{L}\d])[A-Z][\p{L}]+ (?:plan|Plan|subscription|tier|Tarif|abonnement|piano|plano|suscripción|abonnement)(?![\p{L}\d])/gu;
export const percentPattern = /(?<![\d.,])\d+(?:[.,]\d+)?\s?%/g;
export const currencyCodePattern = /\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|BRL|MXN|SEK|NOK|DKK|PLN)\b/g;
// Error codes and acronyms: ERR_SIGNATURE_SKEW, TERM-REG-FAIL, SSO.
export const codePattern =
  /(?<![\p{L}\d_-])(?:[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+|[A-Z]{3,6})(?![\p{L}\d_-])/gu;
export const commonCaps = new Set([
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
export const quantityPattern =
  /(?<![\d.,:/-])\d+(?:[.,]\d+)?\s(?:de\s)?(\p{L}[\p{L}-]{2,})(?:\s(?<=\d\s\p{Lu}\p{L}*\s)\p{Ll}{3,})?/gu;
// What the customer quotes: an error text or a label, 'lock unreachable'.
export const quotedPattern =
  /(?<![\p{L}\d])['"“‘„«]\s?([^'"“”‘’„«»\n]{3,60}?)\s?['"”’“»](?![\p{L}\d])/gu;
// A header or setting: "x-sig-version: 3".
export const settingPattern = /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+:\s?[\w.-]+/g;
// One word with an inner capital is a brand: SecureHome, ThermoEco.
export const camelPattern = /(?<![\p{L}\d])\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*(?![\p{L}\d])/gu;
const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|maart|mei|augustus';
// "December 15", "15. Dezember", "3 de marzo", "le 4 décembre".
export const monthSet = new Set(months.split('|'));
// Dates are found from their day number, then the month name beside it is checked.
export const dayNumber = /(?<![\d.,:/])\d{1,2}(?![\d.,:/]\d)/g;
export const monthBeforeDay = /(?:^|[^\p{L}])(\p{L}{3,10})\.? $/u;
export const monthAfterDay = /^(?:st|nd|rd|th|\.)?\s(?:de\s)?(\p{L}{3,10})(?!\p{L})/u;
export const notUnit =
  /^(?:and|und|the|for|per|por|para|pour|voor|con|mit|avec|met|com|und|oder|or|ou|o|of|von|van|del|des|der|die|das|het|een|uur|times|mal|veces|fois|volte|vezes|keer|am|pm|uhr|heures|horas|ore)$/i;
export const notProduct = new RegExp(
  `^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|${orderWords}|${invoiceWords}|${referenceWords}|hello|hi|hallo|hola|bonjour|ciao|olá|hoi|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|maart|mei|juni|juli|augustus|oktober|version|versión|versione|versie|page|seite|página|step|schritt|paso|étape|room|zimmer|day|tag|día|jour|giorno|dag|dia|plan|tarif)\\b`,
  'i',
);

// Sentence-initial determiners the product pattern picks up: "My Galaxy S23".
export const leadingWord =
  /^(?:my|the|our|your|this|a|an|mein|meine|meinen|mein|der|die|das|ein|eine|mi|mis|el|la|los|las|un|una|mon|ma|mes|le|les|une|il|lo|meu|minha|o|os|um|uma|mijn|het|de|een|onze)\s+/i;

export const hasDigit = /\d/;
// Postcodes and plates: "BS6 5QT", "4821 KLM".
export const postcodePattern = /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![\p{L}\d])/gu;
export const platePattern = /(?<![\p{L}\d.,])\d{3,6} [A-Z]{3}(?![\p{L}\d])/gu;
// A capitalised name inside a sentence: "la tienda de Sevilla". Not for German, which
// capitalises every noun.
export const properNounPattern =
  /(?<=\p{Ll}[,;]? )\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,}){0,2}(?![\p{L}\d])/gu;
export const weekdays =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/i;
