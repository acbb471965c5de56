import { describe, expect, it } from 'vitest';
import type { HandoffInput } from '../contract';
import { defaultChecklists, missingDetails } from './checklist';

const chat = (...texts: string[]): HandoffInput => ({
  conversation: {
    channel: 'web',
    previousHandoffs: 0,
    messages: texts.map((text, i) => ({
      role: 'customer' as const,
      text,
      at: `2026-11-20T10:0${i}:00Z`,
    })),
  },
});

describe('missing details', () => {
  it('asks for what the checklist needs and the chat lacks, in the customer’s language', () => {
    const missing = missingDetails(
      chat('My parcel never arrived'),
      ['orderNumber', 'accountEmail'],
      'es',
    );
    expect(missing.map((m) => m.key)).toEqual(['orderNumber', 'accountEmail']);
    expect(missing[0].prompt).toMatch(/número de pedido/);
  });

  it('knows a detail is there once the customer gave it', () => {
    expect(
      missingDetails(chat('Bestellung 55120 ist nicht angekommen'), ['orderNumber'], 'de'),
    ).toEqual([]);
    expect(missingDetails(chat('invoice INV-2026-1043 is wrong'), ['invoiceNumber'], 'en')).toEqual(
      [],
    );
    expect(
      missingDetails(chat('my Galaxy S23 shows error E-401'), defaultChecklists.technical, 'en'),
    ).toEqual([]);
    expect(
      missingDetails(chat('it keeps crashing'), defaultChecklists.technical, 'fr').map(
        (m) => m.key,
      ),
    ).toEqual(['deviceModel', 'errorMessage']);
  });

  it('takes a verified account from the customer or the CRM context', () => {
    const input = chat('hi');
    expect(missingDetails(input, ['accountVerified'], 'en')).toHaveLength(1);
    expect(
      missingDetails(
        { ...input, customer: { attributes: { verified: true } } },
        ['accountVerified'],
        'en',
      ),
    ).toEqual([]);
    expect(
      missingDetails(
        { ...input, context: { account: { verified: 'true' } } },
        ['accountVerified'],
        'en',
      ),
    ).toEqual([]);
    expect(
      missingDetails({ ...input, customer: { email: 'a@b.co' } }, ['accountEmail'], 'en'),
    ).toEqual([]);
  });

  it('uses configured prompts', () => {
    const [d] = missingDetails(chat('hi'), ['orderNumber'], 'nl', {
      nl: { details: { orderNumber: 'Uw ordernummer?' } },
    });
    expect(d).toEqual({ key: 'orderNumber', prompt: 'Uw ordernummer?' });
  });
});
