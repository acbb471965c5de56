import { describe, expect, it } from 'vitest';
import { detectSignals } from '../detect';
import { chat, say } from '../test/build';

describe('negative_sentiment', () => {
  it.each([
    ['en', 'This is ridiculous, I am so fed up with your service.'],
    ['es', 'Estoy harto, esto es una estafa.'],
    ['de', 'Ich bin echt stinksauer, das ist doch ein Witz!'],
    ['fr', "J'en ai marre, c'est lamentable."],
    ['pt', 'Estou irritado, que palhaçada.'],
    ['it', 'Sono furioso, è una vergogna.'],
    ['nl', 'Ik ben woedend, dit is waardeloos.'],
  ])('fires for clear anger in %s', (_lang, text) => {
    expect(detectSignals(say(text)).negative_sentiment?.strength).toBeGreaterThanOrEqual(0.7);
  });

  it('reads sarcasm', () => {
    const s = detectSignals(say('Thanks for nothing, really helpful.'));
    expect(s.negative_sentiment).toBeDefined();
  });

  it('ignores negated and mild wording', () => {
    expect(
      detectSignals(say("I'm not angry, just curious about the fee.")).negative_sentiment,
    ).toBeUndefined();
    expect(
      detectSignals(say('Is the Angry Birds plush back in stock?')).negative_sentiment,
    ).toBeUndefined();
  });
});

describe('negative_streak', () => {
  const angry = chat([
    ['customer', 'This is ridiculous.'],
    ['bot', 'Sorry to hear that.'],
    ['customer', 'Useless, absolutely useless!'],
    ['customer', 'I am furious, fix it now!!'],
  ]);

  it('fires for three negative customer messages in a row', () => {
    const s = detectSignals(angry).negative_streak;
    expect(s?.evidence.map((e) => ('messageIndex' in e ? e.messageIndex : -1))).toEqual([0, 2, 3]);
  });

  it('follows the configured length', () => {
    expect(detectSignals(angry, { negativeStreak: 4 }).negative_streak).toBeUndefined();
  });

  it('breaks on a calm message', () => {
    const calm = chat([
      ['customer', 'This is ridiculous.'],
      ['customer', 'Ok, my order number is 1234.'],
      ['customer', 'Useless!'],
      ['customer', 'I am furious.'],
    ]);
    expect(detectSignals(calm).negative_streak).toBeUndefined();
  });
});

describe('escalation_keyword', () => {
  it.each([
    ['en', 'This is unacceptable, I want to file a formal complaint.'],
    ['es', 'Es inaceptable, voy a poner una reclamación.'],
    ['de', 'Das ist inakzeptabel, ich schreibe eine Beschwerde.'],
    ['fr', 'Inadmissible, je vais porter plainte.'],
    ['pt', 'Inaceitável, vou fazer uma reclamação no Procon.'],
    ['it', 'È inaccettabile, faccio un reclamo formale.'],
    ['nl', 'Onacceptabel, ik dien een klacht in.'],
  ])('fires in %s', (_lang, text) => {
    expect(detectSignals(say(text)).escalation_keyword).toBeDefined();
  });

  it.each([
    'Not a complaint, just a question: where is the invoice?',
    'Keine Beschwerde, nur eine Frage zur Rechnung.',
    'Does the Escalation Rules feature support time-based triggers?',
  ])('stays quiet for %s', (text) => {
    expect(detectSignals(say(text)).escalation_keyword).toBeUndefined();
  });
});

describe('anger said in other words, and shouted words', () => {
  it.each([
    ['en', "this is honestly infuriating, I'm fuming"],
    ['es', 'es una verguenza, me estan afanando la plata'],
    ['de', 'ich bin grad so sauer, echt frech'],
    ['fr', "j'en ai marre, c'est scandaleux"],
    ['pt', 'que vergonha, estou revoltada'],
    ['it', 'è una vergogna, non ne posso più'],
    ['nl', 'dit is echt belachelijk, ik ben het zat'],
  ])('finds negative sentiment in %s', (_lang, text) => {
    expect(detectSignals(say(text)).negative_sentiment).toBeDefined();
  });

  it('counts a shouted word towards a streak, not an acronym alone', () => {
    const streak = chat([
      ['customer', 'Nobody turned up AGAIN today'],
      ['bot', 'Sorry to hear that.'],
      ['customer', 'I took a day off for this. THIRD time!!'],
      ['bot', 'I can book a new slot.'],
      ['customer', 'Absolutely useless company'],
    ]);
    expect(detectSignals(streak).negative_streak).toBeDefined();
    expect(detectSignals(say('the HTTP call returns 200')).negative_sentiment).toBeUndefined();
  });
});
