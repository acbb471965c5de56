import { describe, expect, it } from 'vitest';
import { toE164 } from './phone';

describe('toE164', () => {
  it('reads international numbers in the usual spellings', () => {
    for (const raw of ['+49 30 1234567', '+49 (0)30 1234567', '0049 30 1234567', '+49-30-1234567'])
      expect(toE164(raw), raw).toEqual({ ok: true, e164: '+49301234567' });
  });

  it('reads national numbers with a default country', () => {
    expect(toE164('030 1234567', { defaultCountry: 'de' })).toEqual({
      ok: true,
      e164: '+49301234567',
    });
    expect(toE164('(415) 555-2671', { defaultCountry: 'US' })).toEqual({
      ok: true,
      e164: '+14155552671',
    });
    expect(toE164('612 34 56 78', { defaultCountry: 'ES' })).toEqual({
      ok: true,
      e164: '+34612345678',
    });
  });

  it('reads a WhatsApp id (international digits, no plus) when told the channel gives those', () => {
    expect(toE164('4915112345678', { international: true })).toEqual({
      ok: true,
      e164: '+4915112345678',
    });
  });

  it('says why a number cannot be used', () => {
    expect(toE164('030 1234567')).toEqual({
      ok: false,
      why: '"030 1234567" has no country code and no default country is set',
    });
    expect(toE164('+49 12')).toMatchObject({
      ok: false,
      why: expect.stringMatching(/not a possible/),
    });
    expect(toE164('call me')).toMatchObject({ ok: false, why: expect.stringMatching(/no digits/) });
  });
});
