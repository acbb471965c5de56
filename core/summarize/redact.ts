/** The kinds of sensitive data the redactor recognises. */
export const sensitiveKinds = ['card', 'iban', 'secret', 'password', 'nationalId'] as const;
export type SensitiveKind = (typeof sensitiveKinds)[number];

/** One sensitive span in a text. */
export interface SensitiveMatch {
  kind: SensitiveKind;
  start: number;
  end: number;
}

/** The placeholder each kind is replaced by; no digits, so a redacted text shows no number. */
export const redactionLabels: Record<SensitiveKind, string> = {
  card: '[card number]',
  iban: '[IBAN]',
  secret: '[secret]',
  password: '[password]',
  nationalId: '[ID number]',
};

const luhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

// ISO 13616: move the first four characters to the end, letters to numbers, mod 97 = 1.
const ibanChecks = (raw: string): boolean => {
  const iban = raw.replace(/\s/g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
};

const cardPattern = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const ibanPattern = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi;
const secretPattern =
  /\b(?:(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,})|\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*/g;
const passwordPattern =
  /\b(?:password|passwort|kennwort|contraseña|clave|mot de passe|senha|parola d'ordine|wachtwoord|pwd)\s*(?:is|ist|es|est|é|è|era|was|war|:|=)\s*:?\s*(\S+)/gi;
const nationalIdPattern = /\b\d{3}-\d{2}-\d{4}\b|\b[XYZ]?\d{7,8}[A-HJ-NP-TV-Z]\b/g;
const cardExtrasPattern =
  /\b(?:exp(?:iry|ires|\.)?|valid thru|ablauf(?:datum)?|gültig bis|caducidad|vence|vencimento|scadenza)\s*:?\s*\d{2}\s*\/\s*\d{2,4}\b|\b(?:cvc|cvv2?|csc|security code|prüfnummer|código de seguridad)\s*:?\s*\d{3,4}\b/gi;
const mayHoldSecret = /\d|_|bearer|pass|wort|contra|clave|mot de|senha|parola|wacht|pwd/i;

const collect = (text: string): SensitiveMatch[] => {
  const found: SensitiveMatch[] = [];
  for (const m of text.matchAll(cardPattern)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && luhn(digits)) {
      found.push({ kind: 'card', start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(cardExtrasPattern)) {
    found.push({ kind: 'card', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ibanPattern)) {
    if (ibanChecks(m[0])) found.push({ kind: 'iban', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(secretPattern)) {
    found.push({ kind: 'secret', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(passwordPattern)) {
    const value = m[1];
    const start = m.index + m[0].length - value.length;
    found.push({ kind: 'password', start, end: start + value.length });
  }
  for (const m of text.matchAll(nationalIdPattern)) {
    found.push({ kind: 'nationalId', start: m.index, end: m.index + m[0].length });
  }
  return found;
};

/**
 * Finds card numbers (Luhn-checked), IBANs (mod-97-checked), API secrets and tokens,
 * passwords given in words, and national ID numbers. Overlaps keep the first found.
 *
 * @example
 * findSensitive('card 4111 1111 1111 1111') // [{ kind: 'card', start: 5, end: 24 }]
 */
export const findSensitive = (text: string): SensitiveMatch[] => {
  if (!mayHoldSecret.test(text)) return [];
  const sorted = collect(text).sort((a, b) => a.start - b.start);
  const kept: SensitiveMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
};

/**
 * Replaces sensitive data with labels such as `[card number]`.
 *
 * @example
 * redactText('my IBAN is DE89 3704 0044 0532 0130 00') // 'my IBAN is [IBAN]'
 */
export const redactText = (text: string): string => {
  const matches = findSensitive(text);
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + redactionLabels[m.kind];
    at = m.end;
  }
  return out + text.slice(at);
};
