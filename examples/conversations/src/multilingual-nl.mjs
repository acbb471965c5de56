// Dutch (Netherlands and Flanders), formal and colloquial. See ../README.md for the format.
export const defaults = { l: 'nl' };

export default [
  {
    id: 'nl-geen-klacht-retour',
    note: 'trap: "geen klacht, gewoon een vraag" about the return period, answered',
    cust: { id: 'cus_7001', name: 'Sanne de Vries', language: 'nl' },
    m: [
      [
        'c',
        'Hoi, geen klacht hoor, gewoon een vraag: hoe lang heb ik om de jas uit bestelling NL-40021 terug te sturen?',
      ],
      [
        'b',
        'Hoi Sanne! Je hebt 30 dagen vanaf de bezorging, dus voor bestelling NL-40021 tot en met 18 december. Retourneren is gratis via een PostNL-punt.',
      ],
      ['c', 'Top, dank je!'],
    ],
    x: { h: false, t: 'support', f: ['NL-40021'] },
  },
  {
    id: 'nl-medewerker-spreken',
    note: 'indirect request for a person in Dutch about a broken e-bike display',
    cust: { id: 'cus_7002', name: 'Pieter Jansen' },
    m: [
      ['c', 'Het display van mijn e-bike Stadsfiets E7 gaat na een paar minuten fietsen uit.'],
      ['b', 'Controleer of de accu volledig geladen en goed vastgeklikt is.'],
      [
        'c',
        'Accu is vol en zit goed vast. Is er misschien iemand die ik kan spreken? Een echte monteur?',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'technical', f: ['Stadsfiets E7'] },
  },
  {
    id: 'nl-avg-gegevens-verwijderen',
    note: 'erasure request under the AVG (Dutch GDPR): compliance, support issue type',
    ch: 'email',
    cust: { id: 'cus_7003', name: 'Eva Bakker' },
    m: [
      [
        'c',
        'Geachte heer/mevrouw,\n\nOp grond van de AVG verzoek ik u al mijn persoonsgegevens te verwijderen en mij dit schriftelijk te bevestigen.\n\nMet vriendelijke groet,\nEva Bakker',
      ],
      [
        'b',
        'Bedankt voor uw bericht. U kunt zich afmelden voor de nieuwsbrief via de link onderaan elke e-mail.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'nl-terugboeken-via-bank',
    note: 'will have the payment reversed through the bank: refund dispute',
    ch: 'whatsapp',
    cust: { id: 'cus_7004', name: 'Daan Visser' },
    m: [
      ['c', 'Mijn bestelling NL-39877 is nooit aangekomen maar jullie zeggen dat hij bezorgd is.'],
      ['b', 'Volgens PostNL is het pakket op 12 november bezorgd.'],
      [
        'c',
        'Niet bij mij. Ik wil mijn €79,95 terug, anders laat ik het via mijn bank terugboeken.',
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['NL-39877', '€79,95'] },
  },
  {
    id: 'nl-bsn-in-chat',
    note: 'customer writes a full BSN (Dutch national ID) into the chat',
    cust: { id: 'cus_7005', name: 'Lotte Smit' },
    m: [
      ['c', 'Ik moet mijn identiteit bevestigen voor de huurtoeslagmodule. Mijn BSN is 111222333.'],
      ['b', 'Deel alstublieft geen BSN in de chat. Identificatie gaat via DigiD in de app.'],
      ['c', 'DigiD werkt niet op mijn telefoon, daarom stuur ik het hier.'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'nl-offerte-meerjarig',
    note: 'multi-year quote for 40 locations and a migration: sales opportunity',
    cust: { id: 'lead_7006', name: 'Jeroen Mulder', segment: 'hospitality' },
    m: [
      [
        'c',
        'Goedemiddag, wij zijn een horecaketen met 40 vestigingen en willen overstappen van ons huidige kassasysteem. Kunnen jullie een offerte maken voor 3 jaar, inclusief migratie van onze data?',
      ],
      ['b', 'Ons Horeca-pakket kost € 59 per vestiging per maand.'],
      ['c', 'Dank, maar voor 40 vestigingen en 3 jaar verwacht ik een voorstel op maat.'],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['40 vestigingen', '3 jaar'] },
  },
  {
    id: 'nl-openingstijden-klantenservice',
    note: 'trap: asks about support hours, not for a person now',
    cust: { id: 'cus_7007' },
    m: [
      ['c', 'Wanneer is de klantenservice telefonisch bereikbaar?'],
      ['b', 'Onze klantenservice is bereikbaar op werkdagen van 8:30 tot 17:30 via 020 123 4567.'],
      ['c', 'Oké, dankjewel'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'nl-onacceptabel-klacht',
    note: '"onacceptabel" and a formal complaint about a wrong energy bill',
    ch: 'email',
    cust: { id: 'cus_7008', name: 'Henk de Boer' },
    m: [
      [
        'c',
        'Geachte klantenservice,\n\nVoor de derde keer ontvang ik een jaarafrekening van €1.240 op basis van een geschatte meterstand, terwijl ik de werkelijke stand al twee keer heb doorgegeven. Dit is onacceptabel en ik dien hierbij een formele klacht in.\n\nH. de Boer',
      ],
      ['b', 'Bedankt voor uw bericht. U kunt uw meterstand doorgeven via Mijn Account.'],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'negative_sentiment'],
      t: 'billing',
      f: ['€1.240'],
    },
  },
  {
    id: 'nl-bot-herhaalt-zich',
    note: 'the bot repeats itself while the customer asks the same thing three times',
    cust: { id: 'cus_7009', name: 'Sophie Dekker', tier: 'pro' },
    m: [
      ['c', 'Hoe koppel ik mijn agenda van Outlook aan jullie planningstool?'],
      ['b', 'Je kunt afspraken maken via de knop "Nieuwe afspraak".'],
      ['c', 'Ik bedoel: kan mijn Outlook-agenda gesynchroniseerd worden?'],
      ['b', 'Je kunt afspraken maken via de knop "Nieuwe afspraak".'],
      ['c', 'Is er een koppeling met Outlook of niet??'],
      ['b', 'Sorry, dat begreep ik niet. Kun je je vraag anders stellen?'],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'technical', f: ['Outlook'] },
  },
  {
    id: 'nl-pakket-volgen',
    note: 'routine tracking question answered by the bot',
    ch: 'sms',
    cust: { id: 'cus_7010' },
    m: [
      ['c', 'Waar is mijn pakket? Track & trace 3SXYZ1234567 staat al 2 dagen op "gesorteerd"'],
      [
        'b',
        'Je pakket 3SXYZ1234567 ligt bij het sorteercentrum in Nieuwegein en wordt morgen tussen 14:00 en 17:00 bezorgd.',
      ],
      ['c', 'Ok top'],
    ],
    x: { h: false, t: 'support', f: ['3SXYZ1234567'] },
  },
  {
    id: 'nl-enterprise-storing-vestigingen',
    note: 'enterprise outage across many stores: high value, urgent, novel problem',
    cust: {
      id: 'cus_7011',
      name: 'Martijn van Dijk',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 520000,
    },
    m: [
      [
        'c',
        'Sinds 9 uur vanochtend kunnen 35 van onze 60 winkels geen pinbetalingen meer verwerken. Foutmelding "TERM-REG-FAIL" op alle terminals.',
      ],
      ['b', 'Probeer de betaalterminal opnieuw op te starten.'],
      ['c', "Dat hebben we in alle winkels gedaan. Dit kost ons duizenden euro's per uur."],
      ['b', 'Sorry, ik heb geen informatie over deze foutmelding.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'novel_problem'],
      t: 'technical',
      f: ['TERM-REG-FAIL', '35 van onze 60 winkels'],
      p: 'urgent',
    },
  },
  {
    id: 'nl-be-vlaams-factuur',
    note: 'Flemish colloquial; asks where the invoice is, answered',
    cust: { id: 'cus_7012', name: 'Wout Peeters' },
    m: [
      [
        'c',
        'Dag, ik vind mijn factuur van oktober nergens terug. Kunnen jullie die eens doorsturen aub?',
      ],
      [
        'b',
        'Dag Wout! Ik heb de factuur van oktober (F-2026-10-8812) opnieuw naar je e-mailadres gestuurd. Je vindt ze ook onder Mijn account > Facturen.',
      ],
      ['c', 'Goed ontvangen, merci!'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'nl-geen-medewerker-nodig',
    note: 'trap: "ik hoef geen medewerker te spreken" is a negation; a subscription how-to',
    cust: { id: 'cus_7013', name: 'Joost Hendriks', tier: 'pro' },
    m: [
      [
        'c',
        'Ik hoef geen medewerker te spreken hoor, maar hoe pauzeer ik mijn abonnement voor de zomer?',
      ],
      [
        'b',
        'Ga naar Account > Abonnement > Pauzeren en kies een periode van 1 tot 3 maanden. Je betaalt niets tijdens de pauze.',
      ],
      ['c', 'Gelukt, bedankt!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'nl-na-overdracht-nieuwe-vraag',
    note: 'trap: an earlier handoff solved a delivery problem; a new trivial question stays with the bot',
    prev: 1,
    ch: 'whatsapp',
    cust: { id: 'cus_7014', name: 'Anouk Willems' },
    m: [
      ['c', 'Mijn bestelling NL-41210 is beschadigd aangekomen', '0s'],
      ['s', 'Gesprek overgedragen aan medewerker Bram (wachtrij: service).'],
      ['a', 'Hoi Anouk, ik heb een nieuwe verstuurd, die komt morgen.'],
      ['c', 'Top, dank je Bram!'],
      ['s', 'Medewerker heeft het gesprek teruggegeven aan de bot.'],
      ['c', 'Nog een vraagje: kan ik ook met iDEAL betalen bij mijn volgende bestelling?', '1d'],
      [
        'b',
        'Zeker! iDEAL, creditcard en achteraf betalen zijn allemaal mogelijk bij het afrekenen.',
      ],
      ['c', 'Fijn 👍'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'nl-lange-sessie-thermostaat',
    note: 'web chat over 20 minutes with a thermostat that will not pair: long session',
    cust: { id: 'cus_7015', name: 'Ruud Koster' },
    m: [
      ['c', 'Mijn nieuwe thermostaat WarmLink 2 wil niet koppelen met de app.', '0s'],
      ['b', 'Houd de knop op de thermostaat 5 seconden ingedrukt tot het display "PAIR" toont.'],
      ['c', 'Display toont PAIR, maar de app vindt niks.', '5m'],
      ['b', 'Controleer of bluetooth aan staat op je telefoon.'],
      ['c', 'Staat aan. Ook met de telefoon van mijn vrouw geprobeerd.', '8m'],
      ['b', 'Houd de knop op de thermostaat 5 seconden ingedrukt tot het display "PAIR" toont.'],
      ['c', 'Dat deed ik al. We zijn nu al 25 minuten bezig en het huis is koud.', '11m'],
    ],
    x: { h: true, r: ['long_session', 'bot_not_helping'], t: 'technical', f: ['WarmLink 2'] },
  },
  {
    id: 'nl-negatieve-reeks-internet',
    note: 'three consecutive clearly angry messages about internet outages',
    ch: 'whatsapp',
    cust: { id: 'cus_7016', name: 'Kevin Bos' },
    m: [
      ['c', 'Voor de vierde keer deze week ligt mijn internet eruit'],
      ['b', 'Vervelend! Heb je de modem al opnieuw opgestart?'],
      ['c', 'Dit is echt belachelijk. Natuurlijk heb ik dat gedaan, elke dag!'],
      ['c', 'Ik ben het zo zat, ik werk thuis en verlies elke keer uren'],
      ['c', 'Waardeloos bedrijf. Ik betaal €65 per maand voor dit?'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'technical',
      f: ['€65'],
    },
  },
  {
    id: 'nl-enterprise-verlenging-onderhandelen',
    note: 'enterprise renewal with a competing offer: high value at risk and a negotiation',
    ch: 'email',
    cust: {
      id: 'cus_7017',
      name: 'Marloes Vermeulen',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 730000,
    },
    m: [
      [
        'c',
        'Beste,\n\nOnze overeenkomst loopt op 1 februari af. We hebben een concurrerend aanbod ontvangen dat 25% lager ligt. Voordat we beslissen willen we graag over de verlengingsvoorwaarden onderhandelen.\n\nMet vriendelijke groet,\nMarloes Vermeulen, Inkoop',
      ],
      ['b', 'Bedankt voor uw bericht. U vindt uw huidige abonnement onder Beheer > Abonnement.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'sales_opportunity'],
      t: 'sales',
      f: ['25%', '1 februari'],
    },
  },
  {
    id: 'nl-retour-binnen-termijn',
    note: 'in-policy return and refund completed by the bot',
    cust: { id: 'cus_7018', name: 'Femke de Graaf' },
    m: [
      [
        'c',
        'Hoi, ik wil de stofzuiger uit bestelling NL-40877 retourneren, hij is te zwaar voor mij.',
      ],
      [
        'b',
        'Geen probleem Femke, je zit binnen de 30 dagen. Het retourlabel staat in je mail en je krijgt €149 terug zodra we hem ontvangen hebben.',
      ],
      ['c', 'Fijn, dank je wel!'],
    ],
    x: { h: false, t: 'billing', f: ['NL-40877'] },
  },
  {
    id: 'nl-voice-storing-melden',
    note: 'voice call in Dutch: a known regional outage the bot reports with a repair time',
    ch: 'voice',
    cust: { id: 'cus_7019' },
    m: [
      ['b', 'Welkom bij NetThuis. Waarmee kan ik u helpen?', '0s'],
      ['c', 'ja mijn tv en internet doen het niet sinds vanochtend'],
      [
        'b',
        'Ik zie een storing in uw wijk in Utrecht. Monteurs zijn bezig en de verwachting is dat alles om 14:00 weer werkt. Zal ik u een sms sturen als het is opgelost?',
      ],
      ['c', 'ja graag, dank u'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'nl-sarcasme-geweldig',
    note: 'sarcasm that is clearly negative about a wrong delivery',
    cust: { id: 'cus_7020', name: 'Mark Verbeek' },
    m: [
      ['c', 'Ik had een bank besteld, model Oslo 3-zits. Er is een kledingkast bezorgd.'],
      ['b', 'Wat fijn dat je bestelling is aangekomen! Kan ik je nog ergens mee helpen?'],
      [
        'c',
        'Geweldig hoor, echt top geregeld. Een kast in mijn woonkamer en nergens om op te zitten. Bedankt voor niks.',
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'bot_not_helping'],
      t: 'support',
      f: ['Oslo 3-zits'],
    },
  },
  {
    id: 'nl-lange-chat-na-overdracht-triviaal',
    note: 'a longer Dutch chat: an earlier handoff fixed a billing error; several new trivial questions stay with the bot',
    prev: 1,
    cust: { id: 'cus_7021', name: 'Iris Brouwer', tier: 'pro' },
    m: [
      ['c', 'Ik ben twee keer gefactureerd voor oktober', '0s'],
      ['s', 'Gesprek overgedragen aan medewerker Fleur (wachtrij: facturatie).'],
      [
        'a',
        'Hoi Iris, klopt, de dubbele factuur is gecrediteerd. Je ziet de creditnota in je account.',
      ],
      ['c', 'Top, gezien. Dank je!'],
      ['s', 'Medewerker heeft het gesprek teruggegeven aan de bot.'],
      ['c', 'Nog even iets anders: hoe zet ik de app in het Engels voor mijn collega?', '5m'],
      ['b', 'Je collega kan dat zelf doen via Profiel > Voorkeuren > Taal.'],
      ['c', 'En kan ik mijn wachtwoord elke 90 dagen laten verlopen voor het hele team?'],
      ['b', 'Ja, als beheerder via Beheer > Beveiliging > Wachtwoordbeleid.'],
      ['c', 'Ingesteld. Bedankt!'],
    ],
    x: { h: false, t: 'support' },
  },
];
