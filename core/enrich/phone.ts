import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** A phone number in E.164, or why it could not be read as one. */
export type PhoneResult = { ok: true; e164: string } | { ok: false; why: string };

/**
 * Normalises a phone number to E.164 (`+4930123456`) for an exact CRM search. A number
 * without a country code needs `defaultCountry` (ISO 3166 alpha-2); WhatsApp ids are
 * international numbers without the plus (`4915112345678`), so `international` reads
 * bare digits that way.
 *
 * @example
 * toE164('030 1234567', { defaultCountry: 'DE' }) // { ok: true, e164: '+49301234567' }
 * toE164('4915112345678', { international: true }) // { ok: true, e164: '+4915112345678' }
 */
export const toE164 = (
  raw: string,
  {
    defaultCountry,
    international = false,
  }: { defaultCountry?: string; international?: boolean } = {},
): PhoneResult => {
  const text = raw.trim().replace(/^00/, '+');
  if (!/\d/.test(text)) return { ok: false, why: `"${raw}" has no digits` };
  const digitsOnly = /^[\d\s().-]+$/.test(text);
  const candidates: Array<[string, CountryCode | undefined]> = [];
  if (text.startsWith('+')) candidates.push([text, undefined]);
  else {
    if (defaultCountry) candidates.push([text, defaultCountry.toUpperCase() as CountryCode]);
    if (international && digitsOnly) candidates.push([`+${text.replace(/\D/g, '')}`, undefined]);
  }
  if (candidates.length === 0) {
    return { ok: false, why: `"${raw}" has no country code and no default country is set` };
  }
  for (const [value, country] of candidates) {
    const parsed = parsePhoneNumberFromString(value, country);
    if (parsed?.isPossible()) return { ok: true, e164: parsed.number };
  }
  return { ok: false, why: `"${raw}" is not a possible phone number` };
};
