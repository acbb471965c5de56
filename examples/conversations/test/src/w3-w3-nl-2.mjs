// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w3-nl-salaris-loonstroken-leeg-loop',
    note: 'the same question (why are the payslips empty) in several wordings while the bot resends one article and falls back',
    cust: {
      id: 'cus_nl_5120',
      name: 'Bouwbedrijf Kok',
      tier: 'pro',
      segment: 'smb',
    },
    m: [
      [
        'c',
        "Hoi, de loonstroken van november worden niet aangemaakt. Verloning staat op 'verwerkt' maar de pdf's blijven leeg",
        '0s',
      ],
      [
        'b',
        "Hoi! Loonstroken vind je onder Verloning > Periode > Loonstroken. Bekijk ook het artikel 'Loonstroken downloaden'.",
      ],
      ['c', 'ik weet waar ze staan, het punt is dat ze leeg zijn. 0 KB'],
      ['b', "Bekijk het artikel 'Loonstroken downloaden' voor een stappenplan."],
      ['c', 'waarom zijn de loonstroken leeg terwijl de verloning klaar is?'],
      ['b', 'Loonstroken worden aangemaakt nadat de verloning is verwerkt.'],
      ['c', "de verloning ÍS verwerkt. waarom zijn de pdf's dan leeg?"],
      ['b', "Bekijk het artikel 'Loonstroken downloaden' voor een stappenplan."],
      ['c', "dat heb ik gedaan. stap 4 zegt 'download de pdf'. die is leeg"],
      ['b', 'Sorry, dat begreep ik niet helemaal. Kun je je vraag anders formuleren?'],
      ['c', 'Loonstroken november = lege pdf. Hoe los ik dat op?'],
      ['b', 'Loonstroken vind je onder Verloning > Periode > Loonstroken.'],
      ['c', '25 november worden de salarissen betaald en 31 medewerkers willen hun strook zien'],
      ['b', "Bekijk het artikel 'Loonstroken downloaden' voor een stappenplan."],
      ['c', 'laat maar'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'technical',
      f: ['31 medewerkers'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-salaris-avg-bewaartermijn',
    note: 'AVG (GDPR) is only the subject of a settings how-to; configured',
    ch: 'other',
    cust: {
      id: 'cus_nl_5121',
      tier: 'pro',
    },
    m: [
      [
        'c',
        'Ik wil de AVG-bewaartermijnen goed instellen voor oud-medewerkers. Kan het systeem dossiers automatisch verwijderen na 2 jaar?',
        '0s',
      ],
      [
        'b',
        'Ja. Ga naar Instellingen > Privacy > Bewaartermijnen en stel per documenttype een termijn in. Voor loonbelastinggegevens geldt wettelijk 7 jaar; dat staat standaard ingesteld.',
      ],
      ['c', 'en krijg ik een melding voordat iets verwijderd wordt?'],
      ['b', 'Ja, 30 dagen vooraf krijgt de beheerder een melding met een lijst.'],
      ['c', 'ingesteld, 2 jaar voor sollicitatie- en personeelsdossiers 👍'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-huurcontract-ondertekenen-knop',
    note: 'signing button inactive until the contract is scrolled through; signed',
    m: [
      [
        'c',
        "hoi, ik moet mijn huurcontract digitaal tekenen maar de knop 'Ondertekenen' doet niks",
        '0s',
      ],
      [
        'b',
        "Hoi! Heb je het contract helemaal naar beneden gescrold? De knop werkt pas als je alle pagina's hebt gezien. Op mobiel helpt het soms ook om de pagina in je browser te openen in plaats van in de app.",
      ],
      [
        'c',
        'ah ik was niet tot onderaan gescrold. getekend, krijg nu een mail met het getekende contract',
      ],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-ov-instaptarief-na-medewerker',
    note: 'earlier handoff (prev 1): the agent promised to refund the €20 boarding fare, still not credited a week later',
    prev: 1,
    m: [
      [
        'c',
        'Hallo, ik heb vorige week al met een medewerker gesproken over de onterechte €20 instaptarief. Ze zou het terugzetten op mijn kaart',
        '0s',
      ],
      [
        'b',
        'Hallo! Bij een vergeten uitcheck kun je het instaptarief terugvragen via Mijn OV > Reizen > Vergeten uit te checken.',
      ],
      [
        'c',
        'Dat heb ik gedaan en dat is afgewezen, daarom had ik juist contact met jullie medewerker. Het staat er nog steeds niet op',
      ],
      ['b', 'Terugvragen kan tot 6 maanden na de reis.'],
      [
        'c',
        'ja dat weet ik. het gaat erom dat het beloofde bedrag er na een week nog niet op staat',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'billing',
      f: ['€20'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-ov-vouwfiets-na-handoff',
    note: 'after an earlier handoff that solved the balance, a new trivial question (folding bike on the train)',
    prev: 1,
    m: [
      [
        'c',
        'Hoi, dat van mijn saldo is opgelost, dank! Andere vraag: mag ik een vouwfiets gratis meenemen in de trein?',
        '0s',
      ],
      [
        'b',
        'Hoi! Ja, een opgevouwen vouwfiets mag altijd gratis mee als handbagage. Een gewone fiets heeft een dagkaart nodig en mag niet mee in de spits.',
      ],
      ['c', 'ok helder'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-pakket-niet-thuis-sarcasme',
    note: 'three sarcastic messages in a row about a missed delivery and a fee for a new attempt',
    ch: 'sms',
    m: [
      [
        'c',
        "geweldig hoor. 'we hebben je niet thuis getroffen' terwijl ik de hele dag naast de deur zat 👏",
        '0s',
      ],
      [
        'b',
        'Vervelend! Je pakket ligt vanaf morgen 14:00 klaar bij het afhaalpunt in de Dorpsstraat.',
      ],
      [
        'c',
        'super. dus ik mag zelf naar het dorp fietsen voor een pakket dat gewoon bij mij thuis bezorgd had moeten worden. fantastische service',
      ],
      ['b', 'Je kunt ook een nieuwe bezorgpoging aanvragen voor €2,95.'],
      ['c', 'betalen voor jullie fout, ook een idee 😂'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-pakket-trackcode-sorteren',
    note: 'tracking code question answered with a time window',
    ch: 'sms',
    m: [
      ['c', "mijn trackcode 3SDEF4561237 zegt al 2 dagen 'sorteren'. klopt dat?", '0s'],
      [
        'b',
        'Hoi! Het pakket 3SDEF4561237 is vanochtend gesorteerd en zit nu in de bezorgwagen. Verwachte bezorging vandaag tussen 15:10 en 17:10.',
      ],
      ['c', 'ah mooi, ik zie het nu ook in de app'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['3SDEF4561237'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-sportschool-opzeggen-25-minuten',
    note: 'cancellation asked many ways for over 20 minutes while the bot answers with retention lines and the FAQ',
    ch: 'whatsapp',
    cust: {
      id: 'cus_nl_7320',
      name: 'Noah',
      tier: 'free',
    },
    m: [
      ['c', 'hoi ik wil mijn lidmaatschap opzeggen', '0s'],
      ['b', 'Hoi! Wat jammer 😢 Wist je dat je je lidmaatschap ook 3 maanden kunt pauzeren?'],
      ['c', 'nee ik wil echt stoppen, ik verhuis naar Groningen'],
      [
        'b',
        'Goed nieuws: we hebben 2 vestigingen in Groningen! Je lidmaatschap is daar gewoon geldig 💪',
      ],
      ['c', 'fijn maar ik ga daar naar de sportschool van de uni. hoe zeg ik op?'],
      ['b', 'Probeer ons Flex-abonnement: €19,99 per maand, maandelijks opzegbaar!'],
      ['c', 'nee dank je. waar kan ik opzeggen?', '3m'],
      ['b', 'Wist je dat je je lidmaatschap ook 3 maanden kunt pauzeren?'],
      ['c', 'opzeggen. niet pauzeren. hoe gaat dat?', '4m'],
      ['b', 'Bekijk onze veelgestelde vragen op de website.'],
      ['c', "daar staat 'neem contact op via de chat'. ik zit in de chat", '5m'],
      [
        'b',
        'Goed nieuws: we hebben 2 vestigingen in Groningen! Je lidmaatschap is daar gewoon geldig 💪',
      ],
      ['c', 'ik vraag nu al 25 minuten hetzelfde', '6m'],
      ['b', 'Hoi! Waarmee kan ik je helpen?'],
      ['c', 'met opzeggen. ik heb een opzegbevestiging nodig per 1 december', '4m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping', 'long_session'],
      t: 'sales',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-sportschool-pauzeren-knie',
    note: 'pausing a membership for an injury: account change done in the app',
    ch: 'whatsapp',
    m: [
      ['c', 'hoi, ik heb een knieblessure. kan ik mijn abonnement ff stopzetten?', '0s'],
      [
        'b',
        'Beterschap! Je kunt je lidmaatschap in de app pauzeren: Profiel > Lidmaatschap > Pauzeren, minimaal 1 en maximaal 3 maanden. Met een doktersverklaring is het gratis, anders €5 per maand.',
      ],
      ['c', 'doktersverklaring heb ik, kan ik die in de app uploaden?'],
      ['b', 'Ja, bij het pauzeren kun je een bestand toevoegen.'],
      ['c', 'gedaan, gepauzeerd tot 1 februari'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-dierenverzekering-operatie-melding-open',
    note: 'open ticket in the CRM about the same unpaid vet claim; asks to speak to someone from the claims department',
    cust: {
      id: 'cus_nl_8130',
      name: 'Ellen Jansen',
    },
    ctx: {
      tickets: [
        {
          id: 'ZK-40412',
          subject: 'Declaratie operatie Bobbie - nog niet uitbetaald',
          status: 'open',
          createdAt: '2026-10-30T11:20:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Goedemiddag, ik wacht nog steeds op de vergoeding voor de operatie van onze hond Bobbie, €1.240. Ik heb daar eind oktober al een melding over gedaan',
        '0s',
      ],
      ['b', 'Goedemiddag! Declaraties worden binnen 15 werkdagen beoordeeld.'],
      [
        'c',
        'Dat is al ruim verstreken, en op mijn melding is nooit gereageerd. Kan ik iemand van de schadeafdeling spreken?',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'human_request'],
      t: 'billing',
      f: ['€1.240'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-festival-afgelast-kaartnummer-bank',
    note: 'voucher instead of money for a cancelled festival; full card number typed; will get the money back through the bank',
    m: [
      [
        'c',
        'Het festival van 16 augustus is afgelast en ik heb nog steeds mijn €189 niet terug',
        '0s',
      ],
      [
        'b',
        'Vervelend! Bij afgelaste evenementen ontvang je automatisch een voucher ter waarde van je ticket.',
      ],
      ['c', 'Ik wil geen voucher, ik wil geld. Ik heb betaald met deze kaart: 5105 1051 0510 5100'],
      ['b', 'Vouchers zijn 1 jaar geldig.'],
      ['c', 'Dan haal ik het geld via mijn bank terug. Dit kan gewoon niet'],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'sensitive_data'],
      t: 'billing',
      f: ['€189'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-tickets-wallet-update',
    note: 'mild disappointment ("beetje jammer") the bot resolves; tickets now in the wallet',
    m: [
      [
        'c',
        'Hoi, ik krijg mijn tickets voor zaterdag niet in Apple Wallet. Beetje jammer, want mijn telefoon loopt altijd vast als ik bij de scanner de app moet openen',
        '0s',
      ],
      [
        'b',
        "Hoi! Open het ticket in de app en tik onderaan op 'Toevoegen aan Apple Wallet'. Zie je die knop niet, update dan eerst de app naar versie 6.2.",
      ],
      ['c', 'ah, oude versie. geüpdatet en ze staan nu in mijn wallet'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-reis-email-extra-koffer',
    note: 'email thread with a day gap, extra bag added and paid, customer confirms',
    ch: 'email',
    m: [
      [
        'c',
        'Beste,\n\nVoor onze reis naar Lissabon (boekingsnummer PXR-5521) wil ik graag een extra koffer van 23 kg toevoegen voor de terugvlucht. Kan dat nog?\n\nMet vriendelijke groet,\nAnouk Smit',
        '0s',
      ],
      [
        'b',
        'Beste Anouk, dat kan. Een extra koffer van 23 kg op de terugvlucht kost €45. Ik heb een betaallink naar dit e-mailadres gestuurd; na betaling staat de koffer op uw boeking.',
      ],
      ['c', 'Betaald, en de koffer staat inmiddels op de boeking.\n\nGroet, Anouk', '1d'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['PXR-5521'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-bakkerij-11-winkels-plat',
    note: 'Flemish enterprise bakery chain: 11 of 16 shops without internet and payment terminals; outage across many sites and a call for someone to follow it up',
    cust: {
      id: 'cus_be_0100',
      name: 'Kristof Peeters',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 380000,
      language: 'nl',
    },
    ctx: {
      account: {
        plan: 'Business Fiber Pro',
        sites: 16,
      },
    },
    m: [
      [
        'c',
        'Goeiemorgen, hier Kristof Peeters van Bakkerij Vermeulen. Sinds 6u30 liggen 11 van onze 16 winkels plat: geen internet, geen betaalterminals. Van Gent tot Kortrijk.',
        '0s',
      ],
      ['b', 'Goeiemorgen. Ik zie geen algemene storing in uw regio. Hebt u de modem al herstart?'],
      [
        'c',
        "In 11 winkels tegelijk? Allez. Da's geen modemprobleem. We verliezen elke minuut klanten, we hebben iemand nodig die dit nu opvolgt",
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'human_request'],
      t: 'technical',
      f: ['11 van onze 16 winkels'],
      p: 'urgent',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-woningverzekering-voice-onaanvaardbaar',
    note: 'Flemish voice: rejected water-damage claim; three emotional turns in a row ending in "onaanvaardbaar" and a formal complaint',
    ch: 'voice',
    m: [
      [
        'c',
        'goeiendag ik bel over mijn schadedossier de waterschade in mijn keuken die is afgewezen',
        '0s',
      ],
      [
        'b',
        'Ik zie dat uw schadedossier is afgewezen omdat de schade is ontstaan door sijpelend water over een lange periode, wat niet gedekt is.',
      ],
      [
        'c',
        'dat is niet waar de leiding is in één keer gesprongen de loodgieter heeft dat zelfs op papier gezet',
      ],
      ['b', 'U kunt bijkomende documenten opladen in uw klantenzone.'],
      ['c', "ik heb dat al twee keer opgeladen da's toch niet normaal"],
      ['b', 'Ik begrijp het. Kan ik u nog met iets anders helpen?'],
      ['c', 'nee dit is onaanvaardbaar ik betaal al twintig jaar premie bij jullie'],
      ['c', 'ik wil een klacht neerleggen ik laat dit niet zomaar passeren'],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'negative_sentiment', 'negative_streak'],
      t: 'support',
      l: 'nl',
    },
  },
];
