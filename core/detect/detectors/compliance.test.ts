import { describe, expect, it } from 'vitest';
import { detectSignals } from '../detect';
import { chat, say } from '../test/build';

describe('compliance_legal', () => {
  it.each([
    ['en', 'My lawyer will be in touch; we are taking legal action.'],
    ['en', 'Under GDPR, delete all my personal data.'],
    ['es', 'Quiero ejercer mi derecho al olvido: borren mis datos.'],
    ['de', 'Gemäß DSGVO bitte ich Sie, meine Daten zu löschen.'],
    ['fr', "Conformément au RGPD, j'exerce mon droit à l'effacement."],
    ['pt', 'Pela LGPD, quero excluir meus dados pessoais.'],
    ['it', 'Mi rivolgerò a un avvocato.'],
    ['nl', 'Op grond van de AVG wil ik een inzageverzoek doen.'],
  ])('fires in %s', (_lang, text) => {
    expect(detectSignals(say(text)).compliance_legal).toBeDefined();
  });

  it.each([
    "I'd never sue you, I just want to know the warranty period.",
    "Hi, it's Sue from Green Bakery.",
    "I'm a lawyer with a two-person practice. Which plan fits?",
    'How do I add a GDPR consent checkbox to my form?',
  ])('stays quiet for %s', (text) => {
    expect(detectSignals(say(text)).compliance_legal).toBeUndefined();
  });
});

describe('refund_dispute', () => {
  it('is strong for chargebacks and double charges', () => {
    expect(
      detectSignals(say("I'll file a chargeback with my bank.")).refund_dispute?.strength,
    ).toBeGreaterThanOrEqual(0.85);
    expect(
      detectSignals(say('Ich wurde doppelt abgebucht!')).refund_dispute?.strength,
    ).toBeGreaterThanOrEqual(0.85);
    expect(
      detectSignals(say('Se não devolverem vou pedir o estorno no cartão.')).refund_dispute
        ?.strength,
    ).toBeGreaterThanOrEqual(0.85);
  });

  it('is weak for a plain refund request and gone once the bot completes it', () => {
    expect(detectSignals(say('Can I get a refund for order 123?')).refund_dispute?.strength).toBe(
      0.5,
    );
    const done = chat([
      ['customer', 'Can I get a refund for order 123?'],
      ['bot', "Done! I've issued a refund of $34.50 to your card."],
    ]);
    expect(detectSignals(done).refund_dispute).toBeUndefined();
  });

  it("ignores a merchant asking about its own customers' chargebacks", () => {
    const s = detectSignals(
      say('What do you charge me when one of my customers files a chargeback?'),
    );
    expect(s.refund_dispute).toBeUndefined();
  });
});

describe('refund_dispute in every language', () => {
  it.each([
    ['en', 'You charged me $89.00 twice this month.'],
    ['es', 'Me habéis cobrado dos veces el mismo pedido.'],
    ['de', 'Sie haben zweimal abgebucht, ich gehe zur Bank.'],
    ['fr', "J'ai été débité deux fois, je vais contester le prélèvement."],
    ['pt', 'Fui cobrado duas vezes, vou abrir uma contestação.'],
    ['it', 'Mi avete addebitato due volte, farò una contestazione.'],
    ['nl', 'Er is twee keer afgeschreven, ik ga het terugboeken.'],
  ])('is strong for contested charges in %s', (_lang, text) => {
    expect(detectSignals(say(text)).refund_dispute?.strength).toBeGreaterThanOrEqual(0.85);
  });
});

describe('compliance_legal as the topic of a how-to', () => {
  it('does not fire when a law or lawyer is only the topic and the chat ends settled', () => {
    const topic = chat([
      ['customer', 'how do I set data retention to 14 months? our DPO says GDPR needs it'],
      ['bot', 'Admin > Data settings > Retention.'],
      ['customer', 'done, shows 14 months now. thanks!'],
    ]);
    expect(detectSignals(topic).compliance_legal).toBeUndefined();
  });

  it('still fires for a privacy request or a threat, settled or not', () => {
    const erase = chat([
      ['customer', 'please delete all my personal data under GDPR'],
      ['bot', 'Done.'],
      ['customer', 'perfect, thanks'],
    ]);
    expect(detectSignals(erase).compliance_legal).toBeDefined();
    const lawyer = chat([
      ['customer', 'my lawyer is looking at this'],
      ['bot', 'I understand.'],
    ]);
    expect(detectSignals(lawyer).compliance_legal).toBeDefined();
  });
});

describe('refund_dispute taken to the bank or card company', () => {
  it.each([
    ['en', 'If it is not refunded this week I will dispute the $320 with my credit card provider.'],
    ['it', "allora chiamo la mia banca e faccio disconoscere l'addebito sulla carta"],
    ['fr', 'je veux mes 89€ sur mon compte, pas un bon pour 2027'],
    ['es', 'voy a desconocer el cargo con mi banco'],
  ])('fires in %s', (_lang, text) => {
    expect(detectSignals(say(text)).refund_dispute?.strength).toBeGreaterThan(0.5);
  });
});

describe('refund_dispute for a charge pushed back on in anger', () => {
  it('fires when the customer refuses a charge and is clearly upset', () => {
    const input = chat([
      ['customer', "j'ai reçu ma facture pis y'a 99,95$ de frais d'installation"],
      ['bot', "Les frais d'installation s'appliquent à tous les nouveaux abonnements."],
      ['customer', 'je le paierai pas, c’est du vol pur et simple'],
    ]);
    expect(detectSignals(input).refund_dispute?.strength).toBe(0.75);
  });

  it('stays quiet for a calm question about a charge', () => {
    expect(
      detectSignals(say('why did you charge me €4 this month?')).refund_dispute,
    ).toBeUndefined();
  });
});
