import { describe, expect, it } from 'vitest';
import { ibanValid, luhn } from './checksums';
import { detectSignals } from './detect';
import { redactText } from './redact';
import { findSensitive } from './sensitive';
import { say } from './test/build';

const kinds = (text: string) => findSensitive(text).map((f) => f.kind);

describe('findSensitive', () => {
  it('finds card numbers that pass the Luhn check only', () => {
    expect(luhn('4242424242424242')).toBe(true);
    expect(luhn('4242424242424241')).toBe(false);
    expect(kinds('card 4242 4242 4242 4242 exp 03/27')).toEqual(['card']);
    expect(kinds('card 4242-4242-4242-4241')).toEqual([]);
  });

  it('leaves last four digits and tracking numbers alone', () => {
    expect(kinds('my card ending in 4242')).toEqual([]);
    expect(kinds('tracking number 4242424242424242')).toEqual([]);
  });

  it('finds IBANs that pass mod 97 only', () => {
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('DE89370400440532013001')).toBe(false);
    expect(kinds('IBAN DE89 3704 0044 0532 0130 00 bitte')).toEqual(['iban']);
    expect(kinds('IBAN DE89 3704 0044 0532 0130 01')).toEqual([]);
  });

  it('finds national IDs: SSN, DNI with its letter, CPF with check digits, BSN', () => {
    expect(kinds('SSN 123-45-6789')).toEqual(['national_id']);
    expect(kinds('mi DNI es 12345678Z')).toEqual(['national_id']);
    expect(kinds('mi DNI es 12345678A')).toEqual([]);
    expect(kinds('CPF 529.982.247-25')).toEqual(['national_id']);
    expect(kinds('CPF 529.982.247-26')).toEqual([]);
    expect(kinds('mijn BSN is 111222333')).toEqual(['national_id']);
  });

  it('finds passwords and API secrets', () => {
    expect(kinds('my password is Hunter2!x')).toEqual(['password']);
    expect(kinds('my password is incorrect')).toEqual([]);
    expect(kinds('key sk_live_51Habcdefghijklmnop')).toEqual(['api_secret']);
    expect(kinds('Authorization: Bearer hs_live_2f9c1e7a8b4d4e0f9a6c3b5d7e8f1a2c')).toEqual([
      'api_secret',
    ]);
  });
});

describe('redaction', () => {
  it("replaces each secret with a label and keeps a card's last four", () => {
    expect(redactText('pay with 4242 4242 4242 4242 or DE89370400440532013000')).toBe(
      'pay with [card ****4242] or [iban]',
    );
  });

  it('feeds sensitive_data with labels, never the secret itself', () => {
    const s = detectSignals(say('here: 4242 4242 4242 4242')).sensitive_data;
    expect(s?.evidence).toEqual([{ messageIndex: 0, quote: '[card]' }]);
  });
});

describe('Aadhaar numbers', () => {
  it('finds a 12-digit Aadhaar number introduced as such, not any 12 digits', () => {
    expect(findSensitive('my aadhaar number is 4918 3726 5100').map((f) => f.kind)).toEqual([
      'national_id',
    ]);
    expect(findSensitive('booking ref 4918 3726 5100')).toEqual([]);
  });
});
