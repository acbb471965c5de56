import { describe, expect, it } from 'vitest';
import { customerMessage, transparencyLine } from './customer-message';
import { formatWait } from './duration';
import { fillTemplate, joinList } from './format';
import { pickLanguage, supportedLanguages } from './languages';
import { messagePacks } from './packs';

// One word per language that only that language's message uses, to prove the language.
const marker: Record<string, RegExp> = {
  en: /a person from our team/,
  es: /una persona de nuestro equipo/,
  de: /einen Menschen aus unserem Team/,
  fr: /une personne de notre équipe/,
  pt: /uma pessoa da nossa equipe/,
  it: /una persona del nostro team/,
  nl: /een medewerker van ons team/,
};

describe('customer message', () => {
  it.each(supportedLanguages)('%s: says a person takes over and the wait', (lang) => {
    const text = customerMessage(lang, { available: true, estimatedWaitSeconds: 250 });
    expect(text).toMatch(marker[lang]);
    expect(text).toContain(messagePacks[lang].transparency.handoffIntro);
    expect(text).toContain(formatWait(250, messagePacks[lang]));
    expect(text).toMatch(/\b4\b/);
  });

  it.each(supportedLanguages)('%s: out of hours, says when and offers email', (lang) => {
    const text = customerMessage(lang, {
      available: false,
      estimatedWaitSeconds: null,
      nextOpenAt: '2026-11-23T08:00:00.000Z',
      timeZone: 'Europe/Amsterdam',
      followUp: { email: 'femke@example.nl' },
    });
    expect(text).toContain('femke@example.nl');
    expect(text).toMatch(/09:00/);
    expect(text).not.toContain(messagePacks[lang].customer.handoffSoon);
  });

  it('names the day in the customer’s language and the queue’s time zone', () => {
    const when = {
      available: false,
      estimatedWaitSeconds: null,
      nextOpenAt: '2026-11-23T14:00:00.000Z',
      timeZone: 'America/New_York',
    };
    expect(customerMessage('en', when)).toMatch(/Monday.*09:00 .*(EST|GMT-5)/);
    expect(customerMessage('de', when)).toMatch(/Montag/);
    expect(customerMessage('es', when)).toMatch(/lunes/);
    expect(customerMessage('fr', when)).toMatch(/lundi/);
  });

  it('is honest when nobody can say when, and offers email without an address', () => {
    const text = customerMessage('en', {
      available: false,
      estimatedWaitSeconds: null,
      followUp: {},
    });
    expect(text).toMatch(/can’t say yet/);
    expect(text).toMatch(/follow up by email instead/);
  });

  it('says "in a moment" when an agent is assigned, "as soon as possible" without a figure', () => {
    expect(
      customerMessage('en', { available: true, estimatedWaitSeconds: 0, agentAssigned: true }),
    ).toMatch(/join in a moment/);
    expect(customerMessage('en', { available: true, estimatedWaitSeconds: null })).toMatch(
      /as soon as possible/,
    );
  });

  it('uses configured transparency lines and templates, and can leave them out', () => {
    const overrides = {
      en: {
        transparency: { handoffIntro: 'I’m Botty, a virtual assistant.' },
        customer: { noRepeat: '' },
      },
    };
    const text = customerMessage(
      'en',
      { available: true, estimatedWaitSeconds: 600 },
      { overrides },
    );
    expect(text.startsWith('I’m Botty, a virtual assistant.')).toBe(true);
    expect(text).toMatch(/about 10 minutes/);
    expect(
      customerMessage(
        'en',
        { available: true, estimatedWaitSeconds: 600 },
        { disclose: false, mentionSummary: false },
      ),
    ).toBe('I’m passing you to a person from our team. The wait is about 10 minutes.');
    expect(transparencyLine('fr', 'aiDisclosure')).toBe('Je suis un assistant IA.');
    expect(
      transparencyLine('en', 'aiDisclosure', {
        en: { transparency: { aiDisclosure: 'Bot here.' } },
      }),
    ).toBe('Bot here.');
  });
});

describe('wording helpers', () => {
  it('formats waits', () => {
    const en = messagePacks.en;
    expect([10, 60, 100, 250, 3000, 3700, 9000].map((s) => formatWait(s, en))).toEqual([
      'less than a minute',
      'one minute',
      '2 minutes',
      '4 minutes',
      '50 minutes',
      'one hour',
      '3 hours',
    ]);
  });

  it('fills templates and names a missing placeholder', () => {
    expect(fillTemplate('a {x} b', { x: '1' })).toBe('a 1 b');
    expect(() => fillTemplate('a {y}', {})).toThrow(/"\{y\}" has no value/);
    expect(joinList(['a', 'b', 'c'], 'y')).toBe('a, b y c');
  });

  it('falls back to English for languages without templates', () => {
    expect(pickLanguage('ja', 'xx')).toBe('en');
    expect(pickLanguage(undefined, 'nl')).toBe('nl');
  });

  it('keeps digits out of every summary template', () => {
    for (const lang of supportedLanguages) {
      const s = messagePacks[lang].summary;
      const all = [
        s.defaultWho,
        s.request,
        s.requestNoQuote,
        s.facts,
        s.tried,
        s.state,
        ...Object.values(s.issue),
        ...Object.values(s.states),
        ...Object.values(s.attempts),
      ];
      for (const t of all) expect(t).not.toMatch(/\d/);
    }
  });
});
