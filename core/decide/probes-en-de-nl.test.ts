import { describe, expect, it } from 'vitest';
import type { ReasonCode } from '../contract';
import { chat } from '../detect/test/build';
import { decide } from './decide';

type Turn = Parameters<typeof chat>[0][number];

/**
 * Probe sentences for en, de and nl, written for these tests (not taken from any labelled
 * set): each idea in several phrasings, with negative controls, checked through the whole
 * decision (detectors and the default ruleset).
 */

/** A routine question the bot answers, then the customer's closing line. */
const closing = (question: string, answer: string, last: string): Turn[] => [
  ['customer', question],
  ['bot', answer],
  ['customer', last],
];

const decideTurns = (turns: Turn[], minutesApart = 1) => decide(chat(turns, {}, minutesApart));

describe('needless handoffs stay with the bot', () => {
  it.each<[string, Turn[]]>([
    // counterfactuals, jokes, reported speech and past intentions about a person
    [
      'en',
      closing(
        'How do I reset my PIN?',
        'Tap Settings > Security > Reset PIN.',
        "If your bot were a real person I'd buy it a coffee. All sorted, thanks!",
      ),
    ],
    [
      'en',
      closing(
        'Where is my invoice for March?',
        'It is under Billing > Documents.',
        'I was about to ask for a manager but you sorted it, cheers',
      ),
    ],
    [
      'en',
      closing(
        'Can I change the delivery slot?',
        'Yes, open the order and pick a new slot.',
        'lol I nearly demanded a supervisor there, but that did it. thanks',
      ),
    ],
    [
      'en',
      closing(
        'How do I export my contacts?',
        'Use Contacts > Export > CSV.',
        'My boss told me to ask for a human, but the export downloaded fine. Thanks',
      ),
    ],
    [
      'en',
      closing(
        'Why is my balance pending?',
        'Transfers settle within one business day.',
        'ok no need to talk to anyone then, makes sense, thank you',
      ),
    ],
    [
      'en',
      closing(
        'How do I pair the scanner?',
        'Hold the button for five seconds until it blinks blue.',
        'was going to ask to speak with someone but it paired straight away, thanks',
      ),
    ],
    // a lawyer or a legal topic as the subject of a how-to
    [
      'en',
      closing(
        'How do I add our lawyer as a user on the workspace?',
        'Go to Team > Invite and choose the Viewer role.',
        'done, thanks',
      ),
    ],
    [
      'en',
      closing(
        'Can our attorney get read-only access to the shared folder?',
        'Yes: share the folder and pick Read only.',
        "great, that's what I needed",
      ),
    ],
    // a feature named after a person or a manager
    [
      'en',
      closing(
        'Where do I switch on the Supervisor dashboard?',
        'Admin > Views > Supervisor dashboard.',
        'found it, thanks',
      ),
    ],
    [
      'en',
      closing(
        'How does the Ask a Human button work in your widget?',
        'It opens a ticket for your own team.',
        'perfect, thank you',
      ),
    ],
    // resolution in the customer's own words
    [
      'en',
      closing(
        'The statement will not download.',
        'Try the Download PDF button at the top.',
        'downloaded, perfect',
      ),
    ],
    [
      'en',
      closing(
        'My card got declined on checkout.',
        'Please try again, the bank had a short outage.',
        'test payment went through 👍',
      ),
    ],
    [
      'en',
      closing(
        'The dashboard is blank for me.',
        'Please clear your cache and reload.',
        'pages load now, thanks',
      ),
    ],
    [
      'en',
      closing(
        'I did not get the verification email.',
        'I have sent it again.',
        'yep got it this time',
      ),
    ],
    [
      'en',
      closing(
        'Sync stopped on my phone.',
        'Log out and back in to refresh the token.',
        'its syncing again 🙌',
      ),
    ],
    [
      'en',
      closing(
        'The app keeps logging me out.',
        'Please update to version 5.2.',
        'updated and it stays logged in now, ta',
      ),
    ],
    // an in-policy refund the bot completes
    [
      'en',
      [
        ['customer', 'I would like a refund for the month I did not use.'],
        ['bot', "I've refunded $12.99 to your card; it shows in 3-5 days."],
        ['customer', 'brilliant, thanks'],
      ],
    ],
    [
      'en',
      [
        ['customer', 'Can I get my money back for the cancelled class?'],
        ['bot', 'Done: the refund of €20 is on its way to your card.'],
        ['customer', 'great'],
      ],
    ],
    // de
    [
      'de',
      closing(
        'Wie ändere ich meine Lieferadresse?',
        'Unter Konto > Adressen.',
        'Wollte schon nach einem Mitarbeiter fragen, aber hat sich erledigt. Danke!',
      ),
    ],
    [
      'de',
      closing(
        'Wo finde ich die Rechnung?',
        'Unter Konto > Dokumente.',
        'Fast hätte ich nach Ihrem Chef verlangt 😅 hat aber geklappt, danke',
      ),
    ],
    [
      'de',
      closing(
        'Wie setze ich das Passwort zurück?',
        'Über „Passwort vergessen" auf der Anmeldeseite.',
        'Wenn Sie ein echter Mensch wären, würde ich Ihnen Blumen schicken. Läuft wieder, danke',
      ),
    ],
    [
      'de',
      closing(
        'Wie füge ich unseren Anwalt als Benutzer hinzu?',
        'Unter Team > Einladen mit der Rolle Leser.',
        'super, hat geklappt',
      ),
    ],
    ['de', closing('Die App startet nicht.', 'Bitte einmal neu installieren.', 'läuft wieder')],
    ['de', closing('Die Seite lädt nicht.', 'Bitte den Cache leeren.', 'jetzt gehts, danke dir')],
    [
      'de',
      closing('Die Zahlung hängt.', 'Bitte noch einmal versuchen.', 'Testzahlung ist durch 👍'),
    ],
    [
      'de',
      closing('Ich finde den Kontoauszug nicht.', 'Unter Postfach > Auszüge.', 'hab ihn, passt'),
    ],
    // nl
    [
      'nl',
      closing(
        'Hoe wijzig ik mijn adres?',
        'Via Account > Adressen.',
        'ik wilde al om een medewerker vragen maar het is gelukt, bedankt',
      ),
    ],
    [
      'nl',
      closing(
        'Waar vind ik mijn factuur?',
        'Onder Account > Documenten.',
        'had bijna naar je manager gevraagd haha, maar gevonden. top',
      ),
    ],
    [
      'nl',
      closing(
        'De app start niet.',
        'Installeer hem opnieuw.',
        'als ik een mens had gesproken was het niet sneller gegaan, hij doet het weer. dank je',
      ),
    ],
    [
      'nl',
      closing(
        'Hoe voeg ik onze advocaat toe als gebruiker?',
        'Via Team > Uitnodigen, rol Lezer.',
        'gelukt, dank je',
      ),
    ],
    ['nl', closing('De pagina laadt niet.', 'Leeg je cache.', 'doet het weer')],
    [
      'nl',
      closing('Mijn betaling blijft hangen.', 'Probeer het nog eens.', 'betaling is erdoor 👍'),
    ],
    // regulators named in a how-to, questions about a person that are not requests
    [
      'en',
      closing(
        'Are you regulated by the FCA?',
        'Yes, our firm reference number is on the About page.',
        'great, thanks',
      ),
    ],
    [
      'de',
      closing(
        'Wie mache ich die Breitbandmessung der Bundesnetzagentur?',
        'Mit der Desktop-App per LAN-Kabel.',
        'hat geklappt, danke',
      ),
    ],
    [
      'de',
      closing(
        'Kann ich jemanden einladen? Gibt es eine Person, die das Konto teilen kann?',
        'Ja, unter Konto > Mitglieder.',
        'passt, danke',
      ),
    ],
    [
      'nl',
      closing(
        'Valt jullie bedrijf onder het Kifid?',
        'Ja, wij zijn aangesloten bij het Kifid.',
        'top, bedankt',
      ),
    ],
  ])('%s: stays with the bot (%#)', (_lang, turns) => {
    const d = decideTurns(turns);
    expect(d.reasons.map((r) => r.code)).toEqual([]);
    expect(d.handoff).toBe(false);
  });

  it("a long live chat that ends resolved in the customer's words stays with the bot", () => {
    const turns: Turn[] = [
      ['customer', 'hi the invoice pdf wont open'],
      ['bot', 'Sorry about that. Which browser do you use?'],
      ['customer', 'chrome'],
      ['bot', 'Please try the Download button instead of Preview.'],
      ['customer', 'where is that'],
      ['bot', 'At the top right of the invoice page.'],
      ['customer', 'ok trying'],
      ['bot', 'Take your time.'],
      ['customer', 'it says file is being prepared'],
      ['bot', 'That can take a minute for large invoices.'],
      ['customer', 'still waiting'],
      ['bot', 'It should finish shortly.'],
      ['customer', 'downloaded, perfect'],
    ];
    const d = decideTurns(turns, 3);
    expect(d.handoff).toBe(false);
  });
});

const first = (text: string): Turn[] => [
  ['bot', 'Hi! How can I help today?'],
  ['customer', text],
];

describe('missed handoffs are caught', () => {
  it.each<[string, ReasonCode, string]>([
    // indirect, polite requests for a person
    [
      'en',
      'human_request',
      'Would it be possible to speak with someone from your team about my contract?',
    ],
    ['en', 'human_request', 'could somebody give me a call back this afternoon?'],
    ['en', 'human_request', "I'd rather go through this with one of your colleagues."],
    ['en', 'human_request', 'is it possible to get a callback about the claim'],
    ['en', 'human_request', 'pls can i speak w someone about my bill'],
    ['en', 'human_request', 'Could you put me in touch with whoever handles warranty claims?'],
    ['en', 'human_request', 'I would prefer to discuss this with a person, please.'],
    ['de', 'human_request', 'Kann mich bitte jemand zurückrufen?'],
    ['de', 'human_request', 'Könnte ich mit jemandem aus Ihrem Team sprechen?'],
    ['de', 'human_request', 'Ist es möglich, mit einer richtigen Person zu sprechen?'],
    ['de', 'human_request', 'Können Sie mich an einen Kollegen weiterleiten?'],
    ['de', 'human_request', 'ich hätte das gern mit jemandem persönlich besprochen'],
    ['nl', 'human_request', 'Kan ik iemand spreken?'],
    ['nl', 'human_request', 'Kan iemand mij terugbellen?'],
    ['nl', 'human_request', 'Ik wil dit graag met iemand van jullie bespreken.'],
    ['nl', 'human_request', 'Is het mogelijk om een echt persoon te spreken?'],
    ['nl', 'human_request', 'kunnen jullie mij even bellen?'],
    ['en', 'human_request', 'could somebody please take a look at my account'],
    ['de', 'human_request', 'Kann sich das bitte mal jemand anschauen?'],
    ['de', 'human_request', 'Hätten Sie einen Techniker, der sich das vor Ort ansehen kann?'],
    ['nl', 'human_request', 'Kan er iemand naar mijn factuur kijken?'],
    ['nl', 'human_request', 'Is er iemand die mij hiermee kan helpen?'],
    // complaints taken to a regulator or ombudsman
    ['en', 'compliance_legal', "I'm reporting this to Ofcom."],
    ['en', 'compliance_legal', 'Next step is a complaint to the Financial Ombudsman.'],
    ['de', 'compliance_legal', 'Dann geht das an die Schlichtungsstelle.'],
    ['de', 'compliance_legal', 'Ich schalte die BaFin ein.'],
    ['nl', 'compliance_legal', 'Ik dien een klacht in bij het Kifid.'],
    ['nl', 'compliance_legal', 'Dan stap ik naar de Consumentenbond.'],
    // the customer says the bot does not understand
    ['en', 'bot_not_helping', "the bot doesn't even understand what a transfer is"],
    ['de', 'bot_not_helping', 'Der Bot kapiert das einfach nicht.'],
    ['nl', 'bot_not_helping', 'die bot snapt er echt niks van'],
    // controls: real requests beside the frames that cancel a cue
    ['en', 'human_request', "I'm about to ask for your manager."],
    ['en', 'human_request', 'I wanted to speak to a person about my bill.'],
    ['en', 'human_request', "if you can't help me I want a human"],
    ['en', 'human_request', "I've been waiting almost 2 hours get me a human"],
    ['de', 'human_request', 'Ich wollte mit einem Mitarbeiter sprechen.'],
    ['de', 'human_request', 'Wenn Sie mir nicht helfen können, will ich einen Mitarbeiter.'],
    ['nl', 'human_request', 'als het niet lukt wil ik een medewerker spreken'],
    ['nl', 'human_request', 'als ik een medewerker kan spreken zou dat fijn zijn'],
    // chargebacks phrased as going to the bank or the card company
    [
      'en',
      'refund_dispute',
      "If this isn't fixed today I'm going to my card company to get the money back.",
    ],
    ['en', 'refund_dispute', "I'll have my credit card provider claw it back."],
    ['en', 'refund_dispute', "I'm raising this with my card issuer."],
    ['en', 'refund_dispute', 'Fine, I will get my bank to reverse the payment.'],
    ['de', 'refund_dispute', 'Dann hole ich mir das Geld über meine Bank zurück.'],
    ['de', 'refund_dispute', 'Ich gehe damit zu meiner Kreditkartenfirma.'],
    ['de', 'refund_dispute', 'Ich lasse die Lastschrift zurückgehen.'],
    ['nl', 'refund_dispute', 'Dan laat ik het via mijn bank terugboeken.'],
    ['nl', 'refund_dispute', 'Ik ga naar mijn creditcardmaatschappij om het terug te halen.'],
    // custom or volume deals in business terms
    ['en', 'sales_opportunity', 'We need a multi-year proposal covering about 300 seats.'],
    ['en', 'sales_opportunity', "At this volume we'd expect better than the website price."],
    [
      'en',
      'sales_opportunity',
      'We are rolling this out to all 40 of our offices; what terms can you offer?',
    ],
    ['en', 'sales_opportunity', 'Can you do something on price if we commit for three years?'],
    [
      'en',
      'sales_opportunity',
      'What would an organisation-wide licence look like for 1,200 staff?',
    ],
    [
      'de',
      'sales_opportunity',
      'Bei dieser Menge erwarten wir einen besseren Preis als auf der Website.',
    ],
    [
      'de',
      'sales_opportunity',
      'Wir bräuchten ein Angebot über drei Jahre für rund 250 Arbeitsplätze.',
    ],
    [
      'de',
      'sales_opportunity',
      'Wir wollen das in allen 30 Filialen einführen, was können Sie uns anbieten?',
    ],
    ['nl', 'sales_opportunity', 'Bij dit volume verwachten we een betere prijs dan op de website.'],
    ['nl', 'sales_opportunity', 'We willen een meerjarenafspraak voor ongeveer 300 gebruikers.'],
    [
      'nl',
      'sales_opportunity',
      'We gaan dit uitrollen in al onze 25 vestigingen, wat kunnen jullie bieden?',
    ],
  ])('%s: %s for "%s"', (_lang, reason, text) => {
    const d = decideTurns(first(text));
    expect(d.handoff).toBe(true);
    expect(d.reasons.map((r) => r.code)).toContain(reason);
  });

  it.each<[string, string[]]>([
    ['en', ['THIS IS RIDICULOUS!!!', 'seriously useless', 'omg why is this so hard']],
    ['en', ['this is rediculous', 'unaccaptable honestly', 'im so done with this app']],
    ['en', ['are u kidding me', 'come on!!!', 'what a joke of a service']],
    ['de', ['so ein Mist!!', 'echt jetzt?!', 'das nervt total']],
    ['de', ['Saftladen', 'unfassbar, wirklich', 'ich dreh gleich durch']],
    ['nl', ['belachelijk dit', 'wat een onzin!!', 'ik word hier gek van']],
    ['nl', ['dit slaat nergens op', 'waardeloos', 'kansloos gewoon']],
    ['en', ['third time this week the app logs me out', 'seriously?', 'love that for me 🙃']],
    ['de', ['Ernsthaft?', 'Schon wieder kein Netz 🙄', 'das ist doch Quatsch']],
    ['nl', ['Serieus?', 'alweer geen bereik 🙄', 'bizar dit']],
  ])('%s: a streak of informal frustration (%#)', (_lang, lines) => {
    const turns: Turn[] = lines.flatMap((l): Turn[] => [
      ['customer', l],
      ['bot', 'I understand. Could you tell me more about the problem?'],
    ]);
    const d = decideTurns(turns);
    expect(d.handoff).toBe(true);
    expect(d.reasons.map((r) => r.code)).toContain('negative_streak');
  });

  it.each<[string, string[]]>([
    [
      'en',
      [
        'How do I move my booking to Friday?',
        'I need a different date for the same booking',
        'can the reservation be on friday instead',
      ],
    ],
    [
      'de',
      [
        'Wie verschiebe ich meine Buchung auf Freitag?',
        'Ich brauche ein anderes Datum',
        'geht Freitag statt Donnerstag?',
      ],
    ],
    [
      'nl',
      [
        'Hoe verzet ik mijn boeking naar vrijdag?',
        'Ik wil een andere datum',
        'kan het vrijdag worden in plaats van donderdag?',
      ],
    ],
  ])('%s: a bot that repeats one answer whatever the customer asks', (_lang, asks) => {
    const article =
      'You can find everything about bookings in our Help Centre article "Managing your booking".';
    const turns: Turn[] = asks.flatMap((a, i): Turn[] => [
      ['customer', a],
      ['bot', i === 0 ? article : `Sure! ${article}`],
    ]);
    const d = decideTurns(turns);
    expect(d.handoff).toBe(true);
    expect(d.reasons.map((r) => r.code)).toContain('bot_not_helping');
  });
});
