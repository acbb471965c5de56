import { describe, expect, it } from 'vitest';
import type { HandoffInput } from '../contract';
import { reasonCodes, issueTypes, categoryOf } from '../contract';
import { supportedLanguages } from '../messages';
import { numbersNotIn } from './numbers';
import { summarize } from './summarize';

// A small seeded generator (mulberry32), so a failure replays.
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const fragments = [
  'order #{n}',
  'Bestellung {n}',
  'pedido número {n}',
  'invoice INV-{n}',
  'Rechnung RE-{n}-{n}',
  '€{n}.{n}',
  '{n},{n} EUR',
  '${n}',
  '{n}%',
  'ticket {n}',
  'my Galaxy S{n}',
  'the iPhone {n} Pro',
  'card 4242 4242 4242 4242',
  'since {n} days',
  'on December {n}',
  'le {n} décembre',
  'code ERR_{n}',
  'postcode BS{n} 5QT',
  '{n} licencias',
  'call me at +{n} {n} {n}',
  'version {n}.{n}.{n}',
  'IBAN DE89 3704 0044 0532 0130 00',
  'at {n}:{n}',
  '{n}/{n}/{n}',
  'I want a refund',
  'this is unacceptable',
  'can I talk to a human',
  'nothing works',
  'Hallo',
  'gracias',
];

const message = (r: () => number): string => {
  const words: string[] = [];
  const count = 1 + Math.floor(r() * 5);
  for (let i = 0; i < count; i++) {
    const f = fragments[Math.floor(r() * fragments.length)];
    words.push(
      f.replace(/\{n\}/g, () => String(Math.floor(r() * 10 ** (1 + Math.floor(r() * 6))))),
    );
  }
  return words.join(r() < 0.5 ? ' ' : '. ');
};

describe('a summary never shows a number that is not in the transcript (property)', () => {
  it('holds for 2,000 generated conversations in every language', () => {
    const r = rng(20261125);
    for (let run = 0; run < 2000; run++) {
      const messages = Array.from({ length: 1 + Math.floor(r() * 12) }, (_, i) => ({
        role: (r() < 0.6 ? 'customer' : 'bot') as 'customer' | 'bot',
        text: message(r),
        at: new Date(Date.UTC(2026, 10, 20, 10, i)).toISOString(),
      }));
      messages[0].role = 'customer';
      const input: HandoffInput = {
        conversation: { channel: 'web', previousHandoffs: 0, messages },
        customer:
          r() < 0.5
            ? { name: r() < 0.5 ? 'Ana Ruiz' : 'user 4711', tier: 'enterprise' }
            : undefined,
      };
      const codes = reasonCodes.filter(() => r() < 0.15);
      const decision = {
        reasons: codes.map((code) => ({ code, category: categoryOf(code), evidence: [] })),
        issueType: issueTypes[Math.floor(r() * issueTypes.length)],
        language: supportedLanguages[Math.floor(r() * supportedLanguages.length)],
      };
      const transcript = messages.map((m) => m.text).join('\n');
      for (const redact of [true, false]) {
        const summary = summarize(input, decision, { redact });
        const invented = numbersNotIn(summary, transcript);
        if (invented.length > 0)
          throw new Error(
            `run ${run}: ${invented.join(', ')} in "${summary}" from "${transcript}"`,
          );
      }
    }
  });

  it('finds invented numbers', () => {
    expect(numbersNotIn('order 1042, €49.99', 'My order 1042 cost €49.99')).toEqual([]);
    expect(numbersNotIn('refund of €50 for order 1043', 'My order 1042 cost €49.99')).toEqual([
      '50',
      '1043',
    ]);
  });
});
