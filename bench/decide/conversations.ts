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

/** Routine lines the bot can answer: every other conversation is one of these. */
const routine: Record<string, { customer: string[]; bot: string[] }> = {
  en: {
    customer: [
      'Hi, how do I change the delivery address for order BC-80412?',
      'It is the flat on the second floor, number 12.',
      'And can I add a gift note to the parcel?',
      'Which courier do you use for Norway?',
      'Great, that answers it, thanks.',
    ],
    bot: [
      'You can change it under Account > Orders > BC-80412 > Address.',
      'Done, the address now reads flat 12, second floor.',
      'Yes, add it at checkout or under the order details.',
      'We ship to Norway with PostNord, 3-5 working days.',
    ],
  },
  de: {
    customer: [
      'Hallo, wie ändere ich die Lieferadresse für Bestellung 100-5123?',
      'Es ist die Wohnung im zweiten Stock, Nummer 12.',
      'Kann ich noch eine Grußkarte beilegen?',
      'Mit welchem Paketdienst liefert ihr nach Österreich?',
      'Super, danke, das war alles.',
    ],
    bot: [
      'Das geht unter Konto > Bestellungen > 100-5123 > Adresse.',
      'Erledigt, die Adresse lautet jetzt Wohnung 12, zweiter Stock.',
      'Ja, das geht im Bestellvorgang oder in den Bestelldetails.',
      'Nach Österreich liefern wir mit DHL in 2-4 Werktagen.',
    ],
  },
  es: {
    customer: [
      'Hola, ¿cómo cambio la dirección de entrega del pedido PV-19902?',
      'Es el piso segundo, puerta 12.',
      '¿Puedo añadir una nota de regalo al paquete?',
      '¿Con qué empresa enviáis a Portugal?',
      'Perfecto, gracias, eso es todo.',
    ],
    bot: [
      'Puedes cambiarla en Cuenta > Pedidos > PV-19902 > Dirección.',
      'Hecho, la dirección ahora es segundo piso, puerta 12.',
      'Sí, en el pago o en los detalles del pedido.',
      'A Portugal enviamos con CTT, de 2 a 4 días laborables.',
    ],
  },
};

/**
 * A deterministic 20-message conversation (10 customer, 10 bot) in one language, over
 * 30 minutes of web chat, for customer `i`: even `i` escalate (double charge, frustration,
 * a missing parcel), odd `i` are routine questions the bot answers. With `fresh` (a number
 * used once), every line gets a made-up word of its own, so no text was seen before.
 */
export const conversation = (i: number, fresh?: number): HandoffInputRaw => {
  const langs = Object.keys(lines);
  const lang = langs[Math.floor(i / 2) % langs.length]!;
  const l = (i % 2 === 0 ? lines : routine)[lang]!;
  const start = Date.UTC(2026, 10, 20, 10, 0);
  const messages = Array.from({ length: 20 }, (_, k) => {
    const customer = k % 2 === 0;
    const pool = customer ? l.customer : l.bot;
    return {
      role: customer ? ('customer' as const) : ('bot' as const),
      // A fresh conversation ends every line with a word of its own, so no text repeats.
      text:
        fresh === undefined
          ? pool[(i + k) % pool.length]!
          : `${pool[(i + k) % pool.length]!} zq${(fresh * 20 + k).toString(36)}`,
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
