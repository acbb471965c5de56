import { describe, expect, it } from 'vitest';
import { detectSignals } from '../detect';
import { chat } from '../test/build';

describe('repeated_question', () => {
  it('groups the same question asked in other words', () => {
    const input = chat([
      ['customer', 'Where is my refund for order 5512?'],
      ['bot', 'Refunds take 5-7 days.'],
      ['customer', 'It has been 3 weeks. My refund for order 5512, where is it?'],
      ['bot', 'Refunds take 5-7 days.'],
      ['customer', 'Refund 5512 - has it been sent or not?'],
    ]);
    const s = detectSignals(input).repeated_question;
    expect(s?.evidence.map((e) => ('messageIndex' in e ? e.messageIndex : -1))).toEqual([0, 2, 4]);
  });

  it('joins follow-ups that say they ask again, in German', () => {
    const input = chat([
      ['customer', 'Wo finde ich die Seriennummer von meinem Saugroboter?'],
      ['bot', 'Der Akku hält 120 Minuten.'],
      ['customer', 'Ich meine die Seriennummer. Wo steht die?'],
      ['bot', 'Sie können ihn per App verbinden.'],
      ['customer', 'Nochmal: an welcher Stelle ist die Gerätenummer aufgedruckt?'],
    ]);
    expect(detectSignals(input).repeated_question).toBeDefined();
  });

  it('does not fire for different questions or below the configured count', () => {
    const different = chat([
      ['customer', 'How do I change my delivery address?'],
      ['bot', 'Under Account > Addresses.'],
      ['customer', 'And can I pay with PayPal?'],
      ['bot', 'Yes.'],
      ['customer', 'Do you ship to Norway?'],
    ]);
    expect(detectSignals(different).repeated_question).toBeUndefined();
    const twice = chat([
      ['customer', 'Where is my refund for order 5512?'],
      ['customer', 'My refund for order 5512, where is it?'],
    ]);
    expect(detectSignals(twice).repeated_question).toBeUndefined();
    expect(detectSignals(twice, { repeatedQuestion: 2 }).repeated_question).toBeDefined();
  });
});

describe('bot_not_helping', () => {
  it('fires when the bot falls back twice', () => {
    const input = chat([
      ['customer', 'cancel the thing from yesterday'],
      ['bot', "Sorry, I didn't understand that. Could you rephrase?"],
      ['customer', 'the booking, cancel it'],
      ['bot', "I'm sorry, I didn't quite get that."],
    ]);
    expect(detectSignals(input).bot_not_helping?.evidence).toHaveLength(2);
  });

  it('fires when the customer says it in any language', () => {
    for (const text of [
      "That's not what I asked.",
      'Eso no es lo que pregunté.',
      'Das ist nicht, was ich gefragt habe.',
      "Ce n'est pas ce que j'ai demandé.",
      'Não foi isso que eu perguntei.',
      'Non è quello che ho chiesto.',
      'Dat is niet wat ik vroeg.',
    ]) {
      expect(detectSignals(chat([['customer', text]])).bot_not_helping, text).toBeDefined();
    }
  });

  it('fires when the bot repeats itself', () => {
    const input = chat([
      ['customer', 'Do you have education pricing?'],
      ['bot', 'We have three plans: Starter, Pro and Business. See the pricing page for details.'],
      ['customer', 'Is there an academic discount?'],
      ['bot', 'We have three plans: Starter, Pro and Business. See the pricing page for details.'],
    ]);
    expect(detectSignals(input).bot_not_helping).toBeDefined();
  });

  it('stays quiet for one fallback', () => {
    const input = chat([
      ['customer', 'asdf'],
      ['bot', "Sorry, I didn't understand that."],
      ['customer', 'Where is my order 123?'],
      ['bot', 'It ships tomorrow.'],
    ]);
    expect(detectSignals(input).bot_not_helping).toBeUndefined();
  });
});

describe('novel_problem', () => {
  it('fires when the bot has no answer', () => {
    const input = chat([
      ['customer', 'Headers show x-sig-version: 3, which is not in your docs.'],
      ['bot', "I'm sorry, I don't have any information about signature version 3."],
    ]);
    expect(detectSignals(input).novel_problem?.strength).toBeGreaterThanOrEqual(0.8);
  });

  it('stays quiet for a question the bot answers', () => {
    const input = chat([
      ['customer', 'What is the API rate limit?'],
      ['bot', '100 requests per minute per key.'],
    ]);
    expect(detectSignals(input).novel_problem).toBeUndefined();
  });
});

describe('novel_problem in every language', () => {
  it.each([
    ['en', "I'm sorry, I don't have any information about that error."],
    ['es', 'Lo siento, no tengo información sobre ese error.'],
    ['de', 'Dazu habe ich leider keine Informationen.'],
    ['fr', "Je n'ai pas d'information sur cette erreur."],
    ['pt', 'Não tenho informações sobre esse erro.'],
    ['it', 'Non ho informazioni su questo errore.'],
    ['nl', 'Daar heb ik geen informatie over.'],
  ])('fires when the bot says it has no answer in %s', (_lang, text) => {
    const input = chat([
      ['customer', 'Error X-77 appears when I sync.'],
      ['bot', text],
    ]);
    expect(detectSignals(input).novel_problem).toBeDefined();
  });
});

describe('novel_problem when the bot admits it cannot explain', () => {
  it.each([
    ['en', "I'm not sure what that error means. You could try again later."],
    ['de', 'Zu diesem Fehler habe ich leider keine weiteren Informationen.'],
    ['it', 'Non so cosa significhi questo codice.'],
  ])('fires in %s', (_lang, answer) => {
    const input = chat([
      ['customer', 'the upload keeps failing with ERR_X segment mismatch'],
      ['bot', answer],
    ]);
    expect(detectSignals(input).novel_problem).toBeDefined();
  });
});
