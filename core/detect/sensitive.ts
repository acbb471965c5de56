import { bsnValid, cpfValid, dniValid, ibanValid, luhn, nirValid } from './checksums';

/** The kinds of sensitive data found in chat text. */
export type SensitiveKind = 'card' | 'iban' | 'national_id' | 'password' | 'api_secret';

/** One piece of sensitive data: what it is and where it sits in the text. */
export interface SensitiveMatch {
  kind: SensitiveKind;
  start: number;
  end: number;
}

interface Finder {
  kind: SensitiveKind;
  re: RegExp;
  /** Which capture group holds the secret (0: the whole match). */
  group?: number;
  valid?: (value: string, text: string, at: number) => boolean;
}

const trackingBefore =
  /(?:track|sendung|seguimiento|suivi|rastre|traccia|order|pedido|bestell|commande|ordine|invoice|ref)[^\n]{0,30}$/i;

const cardValid = (value: string, text: string, at: number): boolean => {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits)) return false;
  return luhn(digits) && !trackingBefore.test(text.slice(Math.max(0, at - 40), at));
};

const ibanCandidate = (value: string): boolean => {
  const compact = value.replace(/\s/g, '');
  for (let len = compact.length; len >= 15; len--)
    if (ibanValid(compact.slice(0, len))) return true;
  return false;
};

const strongSecret = (value: string): boolean =>
  value.length >= 4 && (/[\d\W_]/.test(value) || /\p{Lu}/u.test(value.slice(1)));

const secretWords =
  /pass|pwd|wort|senha|contrase|wacht|key|secret|token|bearer|_live_|_test_|xox|akia|gh[pousr]_|sk-/i;

const finders: Finder[] = [
  { kind: 'card', re: /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])/g, valid: cardValid },
  {
    kind: 'iban',
    re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi,
    valid: ibanCandidate,
  },
  { kind: 'national_id', re: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
  { kind: 'national_id', re: /\b[XYZ]?-?\d{7,8}-?[A-Z]\b/gi, valid: dniValid },
  { kind: 'national_id', re: /\b\d{3}\.?\d{3}\.?\d{3}-?\d{2}\b/g, valid: cpfValid },
  { kind: 'national_id', re: /\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b/gi },
  {
    kind: 'national_id',
    re: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
  },
  { kind: 'national_id', re: /\b[12](?: ?\d{2}){3} ?\d{3} ?\d{3} ?\d{2}\b/g, valid: nirValid },
  {
    kind: 'national_id',
    re: /(?:bsn|burgerservicenummer)\D{0,20}(\d{9})\b/gi,
    group: 1,
    valid: bsnValid,
  },
  {
    kind: 'national_id',
    re: /(?:passport|social security|ssn|national id|id card|personalausweis|steuer-?id|ausweisnummer|pasaporte|passeport|passaporte|passaporto|carta d'identita|numero de identidad|rg)(?: number| nummer| numero| no\.?)?\s*(?:is|:|es|ist|est|e|é|è)?\s*([A-Z0-9][A-Z0-9-]{6,14})\b/gi,
    group: 1,
    valid: (v) => /\d{5,}/.test(v),
  },
  {
    // An Indian Aadhaar number (12 digits, the first 2-9), introduced as such.
    kind: 'national_id',
    re: /aadhaa?r(?: card)?(?: number| no\.?)?\s*(?:is|:)?\s*([2-9]\d{3} ?\d{4} ?\d{4})\b/gi,
    group: 1,
  },
  {
    kind: 'password',
    re: /(?:password|passwort|kennwort|contrase[nñ]a|mot de passe|senha|wachtwoord|pwd)\s*(?:is|was|:|=|es|era|ist|war|est|était|é|è|e|era|is nu)\s*["'“]?([^\s"'”]{4,})/giu,
    group: 1,
    valid: strongSecret,
  },
  { kind: 'api_secret', re: /\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}\b/g },
  { kind: 'api_secret', re: /\bsk-[A-Za-z0-9_-]{20,}\b/g },
  { kind: 'api_secret', re: /\b[a-z]{2,4}_(?:live|test|prod)_[A-Za-z0-9]{16,}\b/g },
  {
    kind: 'api_secret',
    re: /\bBearer\s+([A-Za-z0-9._~+/-]{20,})/g,
    group: 1,
    valid: (v) => /\d/.test(v) && /[A-Za-z]/.test(v),
  },
  { kind: 'api_secret', re: /\bAKIA[0-9A-Z]{16}\b/g },
  { kind: 'api_secret', re: /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g },
  { kind: 'api_secret', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g },
  {
    kind: 'api_secret',
    re: /(?:api[ _-]?key|secret|token|client[ _-]?secret)\s*(?:is|:|=)\s*["']?([A-Za-z0-9_\-.]{16,})/gi,
    group: 1,
    valid: (v) => /\d/.test(v) && /[A-Za-z]/.test(v),
  },
];

/**
 * Finds sensitive data in a text: payment card numbers that pass the Luhn check (not
 * tracking or order numbers), IBANs that pass mod 97, national ID numbers (US SSN,
 * Spanish DNI/NIE, Brazilian CPF, Italian codice fiscale, UK NINO, French NIR, Dutch BSN
 * and numbers introduced as passport or ID numbers), passwords and API secrets.
 *
 * @example
 * findSensitive('my card is 4242 4242 4242 4242')[0].kind // 'card'
 */
export const findSensitive = (text: string): SensitiveMatch[] => {
  const out: SensitiveMatch[] = [];
  // Numbers need six digits or more in the message, secrets a telling word; most messages
  // have neither, and skip the finders.
  let digits = 0;
  for (let i = 0; i < text.length && digits < 6; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  const numbers = digits >= 6;
  const words = secretWords.test(text);
  if (!numbers && !words) return out;
  for (const f of finders) {
    if (f.kind === 'password' || f.kind === 'api_secret' ? !words : !numbers) continue;
    f.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = f.re.exec(text))) {
      const value = m[f.group ?? 0]!;
      const start = m.index + m[0].lastIndexOf(value);
      if (f.valid && !f.valid(value, text, start)) continue;
      const end = start + value.length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      out.push({ kind: f.kind, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
};
