import type { HandoffInputRaw } from '../../core';

/** Customer and bot lines per language, mixed into 20-message conversations. */
const lines: Record<string, { customer: string[]; bot: string[] }> = {
  en: {
    customer: [
      'Hi, my invoice for November shows two charges of $89.00.',
      'I already checked the billing page, both payments cleared.',
      'Can you reverse one of them please?',
      'This is getting frustrating, I have asked twice now.',
      'Order BC-80199 has not arrived either, where is it?',
    ],
    bot: [
      'Sorry about that! Let me check your account.',
      'Pending authorisations usually disappear within 3 business days.',
      'You can see your invoices under Account > Billing.',
      'Is there anything else I can help you with?',
    ],
  },
  de: {
    customer: [
      'Hallo, meine Rechnung ist doppelt abgebucht.',
      'Ich habe die Kontoauszüge geprüft, beide Zahlungen sind durch.',
      'Können Sie eine davon zurückbuchen?',
      'Das ist jetzt das dritte Mal, dass ich frage.',
      'Und mein Paket ist auch noch nicht da.',
    ],
    bot: [
      'Das tut mir leid. Können Sie die Rechnungsnummer nennen?',
      'Vorgemerkte Beträge verschwinden meist nach drei Werktagen.',
      'Ihre Rechnungen finden Sie unter Konto > Abrechnung.',
      'Kann ich sonst noch helfen?',
    ],
  },
  es: {
    customer: [
      'Hola, en mi factura aparecen dos cargos de 89 euros.',
      'Ya revisé el banco, los dos pagos están cobrados.',
      '¿Podéis devolver uno de ellos?',
      'Es la tercera vez que lo pregunto, qué pesadez.',
      'Y mi pedido tampoco ha llegado.',
    ],
    bot: [
      'Lo siento. ¿Me indicas el número de factura?',
      'Las retenciones suelen desaparecer en tres días hábiles.',
      'Puedes ver tus facturas en Cuenta > Facturación.',
      '¿Puedo ayudarte con algo más?',
    ],
  },
};

/**
 * A deterministic 20-message conversation (10 customer, 10 bot) in one language, over
 * 30 minutes of web chat, for customer `i`.
 */
export const conversation = (i: number): HandoffInputRaw => {
  const langs = Object.keys(lines);
  const l = lines[langs[i % langs.length]!]!;
  const start = Date.UTC(2026, 10, 20, 10, 0);
  const messages = Array.from({ length: 20 }, (_, k) => {
    const customer = k % 2 === 0;
    const pool = customer ? l.customer : l.bot;
    return {
      role: customer ? ('customer' as const) : ('bot' as const),
      text: pool[(i + k) % pool.length]!,
      at: new Date(start + k * 90_000).toISOString(),
    };
  });
  return {
    conversation: { id: `bench-${i}`, channel: 'web', messages },
    customer: {
      id: `cus_${i}`,
      tier: i % 5 === 0 ? 'enterprise' : 'pro',
      lifetimeValue: (i % 7) * 20_000,
    },
  };
};
