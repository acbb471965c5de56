import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { detectAll } from './detect';
import { findCues } from './match';
import { prepare } from './prepare';
import { chat } from './test/build';

const german = 'Ich möchte sofort mit einem Menschen sprechen, bitte.';
const english = [
  'My invoice for this month shows the wrong amount and I would like it fixed.',
  'The order has not arrived either and I have been waiting for a week now.',
] as const;

describe('prepare: texts read once and remembered across decisions', () => {
  it('scans a remembered text again when a conversation in another language meets it', () => {
    // German conversation first: the German lexicon finds the request for a person.
    const de = chat([
      ['customer', 'Hallo, meine Rechnung ist doppelt abgebucht worden.'],
      ['customer', german],
    ]);
    expect(detectAll(de).language).toBe('de');
    expect(detectAll(de).signals.human_request?.evidence).toEqual([
      { messageIndex: 1, quote: german },
    ]);
    // The same line inside an English conversation is read with English cues only (as it
    // would be without anything remembered), then the German reading is as before.
    const en = chat([
      ['customer', english[0]],
      ['customer', german],
      ['customer', english[1]],
    ]);
    expect(detectAll(en).language).toBe('en');
    expect(detectAll(en).signals.human_request).toBeUndefined();
    expect(detectAll(de).signals.human_request?.evidence).toHaveLength(1);
  });

  it('masks look-alikes in what the customer wrote even when a bot said it first', () => {
    const line = 'My password manager keeps logging me out of the app every day.';
    const config = resolveConfig({});
    const asBot = prepare(chat([['bot', line]]), config).messages[0]!;
    const asCustomer = prepare(chat([['customer', line]]), config).messages[0]!;
    expect(asBot.masked).toBe(asBot.folded);
    expect(asCustomer.masked).not.toBe(asCustomer.folded);
    expect(asCustomer.masked).not.toContain('manager');
    expect(findCues(asCustomer, 'personTitles')).toEqual([]);
  });

  it('shares what a scan found between messages with the same text, and keeps it frozen', () => {
    const input = chat([
      ['customer', 'I want to talk to a human.'],
      ['bot', 'Sorry, I did not understand.'],
      ['customer', 'I want to talk to a human.'],
    ]);
    const p = prepare(input, resolveConfig({}));
    const [first, , again] = p.messages;
    const hits = findCues(first!, 'humanRequest');
    expect(hits).toHaveLength(1);
    expect(findCues(again!, 'humanRequest')).toBe(hits);
    expect(Object.isFrozen(hits)).toBe(true);
    // A later decision on the same text reads the same scan.
    const later = prepare(input, resolveConfig({})).messages[0]!;
    expect(findCues(later, 'humanRequest')).toBe(hits);
  });
});

describe('prepare: what is not remembered', () => {
  it('keeps no text that holds sensitive data, and reads it right each time', () => {
    const line = 'My card is 4242 4242 4242 4242, please refund me.';
    const config = resolveConfig({});
    const first = prepare(chat([['customer', line]]), config).messages[0]!;
    const again = prepare(chat([['customer', line]]), config).messages[0]!;
    expect(again.scan).not.toBe(first.scan);
    expect(findCues(again, 'refund')).toEqual(findCues(first, 'refund'));
    expect(findCues(again, 'refund')).toHaveLength(1);
  });
});
