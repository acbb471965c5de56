import { describe, expect, it } from 'vitest';
import { detectSignals } from '../detect';
import { say } from '../test/build';

const human = (text: string) => detectSignals(say(text)).human_request;

describe('human_request', () => {
  it.each([
    ['en', 'Can I talk to a human please?'],
    ['en', 'Is there anyone real I can speak with?'],
    ['en', 'Could a colleague of yours take a look at my account, please?'],
    ['es', '¿Me pasas con alguien? Prefiero hablarlo con una persona'],
    ['es', 'Quiero hablar con un agente'],
    ['de', 'Ich möchte bitte mit einem Mitarbeiter sprechen.'],
    ['fr', 'Je voudrais parler à un conseiller.'],
    ['pt', 'Quero falar com um atendente, por favor.'],
    ['it', 'Posso parlare con un operatore?'],
    ['nl', 'Ik wil graag een medewerker spreken.'],
  ])('fires in %s: %s', (_lang, text) => {
    const s = human(text);
    expect(s?.strength).toBeGreaterThanOrEqual(0.9);
    expect(s?.evidence[0]).toMatchObject({ messageIndex: 0 });
  });

  it('quotes the sentence that asks', () => {
    const s = human('My order is late. Can I speak to an agent? Thanks.');
    expect(s?.evidence[0]).toEqual({ messageIndex: 0, quote: 'Can I speak to an agent?' });
  });

  it('counts a manager as a person and as escalation', () => {
    const s = detectSignals(say('I want to speak to your manager.'));
    expect(s.human_request).toBeDefined();
    expect(s.escalation_keyword).toBeDefined();
  });

  it.each([
    'No need for a manager, just tell me the price.',
    "I don't need a human, what are your support hours?",
    'Kein Manager nötig, nur eine kurze Frage.',
    'No es necesario hablar con una persona, gracias.',
    "Je n'ai pas besoin de parler à un conseiller.",
    'Ik hoef geen medewerker te spreken, maar hoe pauzeer ik mijn abonnement?',
    'Non voglio parlare con un operatore, mi basta il link.',
  ])('stays quiet under a negation: %s', (text) => {
    expect(human(text)).toBeUndefined();
  });

  it.each([
    'How do I give someone the manager role in Manager Pro?',
    'Our human resources team needs an invoice copy.',
    'What are your support hours on Sunday?',
    'How do I let my website visitors speak to a human agent in your widget?',
  ])('ignores look-alikes: %s', (text) => {
    const s = detectSignals(say(text));
    expect(s.human_request).toBeUndefined();
    expect(s.escalation_keyword).toBeUndefined();
  });

  it('keeps a rhetorical negation: "why can\'t I talk to a human?"', () => {
    expect(human("Why can't I just talk to a human?")).toBeDefined();
  });
});

describe('sales_opportunity', () => {
  it.each([
    ['en', 'We need a custom quote for 250 seats on a three-year contract.'],
    ['es', 'Necesitamos una cotización para 300 licencias y negociar el precio.'],
    ['de', 'Wir brauchen ein individuelles Angebot für 120 Lizenzen.'],
    ['fr', 'Pouvez-vous nous faire un devis pour 80 utilisateurs ?'],
    ['pt', 'Queremos negociar um contrato de 3 anos para 200 usuários.'],
    ['it', 'Ci serve un preventivo per 150 licenze.'],
    ['nl', 'Kunnen we een offerte krijgen voor 90 gebruikers?'],
  ])('fires for deals in %s', (_lang, text) => {
    expect(detectSignals(say(text)).sales_opportunity).toBeDefined();
  });

  it('stays quiet for a self-serve upgrade or a list price', () => {
    expect(detectSignals(say('How do I upgrade to Pro?')).sales_opportunity).toBeUndefined();
    expect(
      detectSignals(say('How much is the Pro plan per month?')).sales_opportunity,
    ).toBeUndefined();
  });
});

describe('deals and requests for a person said in other words', () => {
  it.each([
    ['en', "I've got a quote from another insurer for £610, can you match it?"],
    ['es', 'Para 120 unidades necesitamos condiciones especiales.'],
    ['de', 'Es geht uns um eine Firmenlösung für rund 300 Mitarbeitende.'],
    ['fr', 'Nous cherchons une offre sur mesure pour 45 personnes.'],
    ['pt', 'Queremos uma proposta comercial para 80 funcionários.'],
    ['it', 'Vorremmo una proposta complessiva per circa 60 persone.'],
    ['nl', 'Kunnen jullie een voorstel op maat doen voor 150 collega’s?'],
  ])('finds a custom or volume deal without the word quote in %s', (_lang, text) => {
    expect(detectSignals(say(text)).sales_opportunity).toBeDefined();
  });

  it('does not take a small booking for a deal', () => {
    expect(
      detectSignals(say('table for 4 people at 8pm please')).sales_opportunity,
    ).toBeUndefined();
  });

  it.each([
    ['en', 'Is there somebody who can actually look at the price with me?'],
    ['es', '¿habrá forma de que me atienda alguien de ahí directamente?'],
    ['de', 'Wer ist bei Ihnen für Firmenkunden zuständig?'],
    ['fr', "Est-ce qu'il serait possible d'échanger avec quelqu'un de chez vous ?"],
    ['pt', 'Volto a pedir que alguém da equipa que acompanha o processo fale comigo.'],
    ['it', "c'è qualcuno in carne e ossa che mi può richiamare?"],
    ['nl', 'kan ik iemand van de assistentes aan de lijn krijgen'],
  ])('finds a polite, indirect request for a person in %s', (_lang, text) => {
    expect(human(text)).toBeDefined();
  });
});
