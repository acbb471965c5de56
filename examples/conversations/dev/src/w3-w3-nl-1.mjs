// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w3-nl-energie-jaarafrekening-geschillencommissie',
    note: 'annual bill contested (feed-in missing), bot only offers a payment plan; formal complaint and the Geschillencommissie announced',
    cust: {
      id: 'cus_nl_3301',
      name: 'Jeroen Bakker',
      language: 'nl',
    },
    m: [
      [
        'c',
        'Goedemiddag, ik heb mijn jaarafrekening gekregen en ik moet €640 bijbetalen. Vorig jaar kreeg ik nog geld terug',
        '0s',
      ],
      [
        'b',
        'Goedemiddag! De jaarafrekening vergelijkt uw termijnbedragen met uw werkelijke verbruik. Wilt u dat ik de opbouw toelicht?',
      ],
      ['c', 'graag'],
      [
        'b',
        'Uw verbruik was 4.210 kWh, terwijl uw termijnbedrag was gebaseerd op 2.900 kWh. Daarnaast is het tarief per 1 juli gewijzigd.',
      ],
      ['c', "4210 kWh? wij zijn met z'n tweeën en hebben zonnepanelen. dat klopt echt niet"],
      ['b', 'Het verbruik is gebaseerd op de meterstanden die uw slimme meter heeft doorgegeven.'],
      [
        'c',
        'dan is er iets mis met de teruglevering. die 2.300 kWh die we hebben teruggeleverd staat nergens op de afrekening',
      ],
      ['b', 'U kunt uw meterstanden bekijken in de app onder Verbruik.'],
      ['c', 'heb ik gedaan, daar staat de teruglevering wel gewoon. alleen niet op de afrekening'],
      [
        'b',
        'Het openstaande bedrag van €640 dient binnen 14 dagen te worden voldaan. U kunt ook een betalingsregeling aanvragen.',
      ],
      ['c', 'ik ga geen €640 betalen voor een fout van jullie'],
      ['b', 'Ik begrijp het. Met een betalingsregeling spreidt u het bedrag over 6 maanden.'],
      [
        'c',
        'nee. ik dien een formele klacht in en als dat niks oplevert stap ik naar de Geschillencommissie Energie',
      ],
      ['b', 'Kan ik u nog ergens anders mee helpen?'],
      ['c', 'ja, door de afrekening te laten corrigeren'],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'compliance_legal', 'escalation_keyword'],
      t: 'billing',
      f: ['€640', '2.300 kWh'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-internet-storing-sollicitatie-half-uur',
    note: 'outage again, bot upsells a data bundle; a run of angry and sarcastic messages, live chat over 20 minutes unresolved',
    ch: 'whatsapp',
    cust: {
      id: 'cus_nl_5540',
      name: 'Fleur',
      tier: 'pro',
    },
    m: [
      ['c', 'Internet ligt er wéér uit. Derde keer deze maand', '0s'],
      [
        'b',
        'Hoi! Vervelend. Ik zie een storing in jouw postcodegebied (3514). Onze monteurs zijn ermee bezig. Verwachte oplostijd: 14:00.',
      ],
      ['c', 'Dat zeiden jullie vorige week ook. En de week daarvoor'],
      ['b', 'Sorry voor het ongemak. Je kunt de actuele status volgen op onze storingspagina.'],
      ['c', "Die pagina zegt al 3 uur 'we zijn ermee bezig'"],
      ['b', 'Kan ik je verder nog ergens mee helpen?'],
      ['c', 'Ja, met internet. Ik heb om 13:00 een sollicitatiegesprek via Teams', '3m'],
      ['b', 'Je kunt tijdelijk een mobiele hotspot gebruiken. Wil je weten hoe dat werkt?'],
      ['c', 'Ik weet hoe een hotspot werkt. Mijn databundel is 2 GB'],
      ['b', 'Je kunt een extra databundel kopen in de app vanaf €5.'],
      ['c', 'Serieus? Ik moet extra betalen omdat jullie netwerk eruit ligt?', '4m'],
      ['c', 'Dit is echt te belachelijk voor woorden'],
      ['b', 'Ik begrijp je frustratie. De storing heeft de hoogste prioriteit.'],
      ['c', "Ik betaal €55 per maand voor 'de hoogste prioriteit' blijkbaar 🙃", '5m'],
      ['b', 'De verwachte oplostijd is 14:00.'],
      ['c', 'Het is nu 12:40 en ik zit hier al een half uur te typen voor niks', '8m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['negative_streak', 'negative_sentiment', 'long_session'],
      t: 'technical',
      f: ['€55'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-cursus-certificaat-gevonden',
    note: 'long live chat past 20 minutes that ends resolved: certificate found and downloaded',
    cust: {
      id: 'cus_nl_6130',
      tier: 'free',
    },
    m: [
      [
        'c',
        'hoi, ik heb de cursus Excel gevorderd afgerond maar zie nergens een certificaat',
        '0s',
      ],
      [
        'b',
        'Hoi! Certificaten verschijnen onder Profiel > Mijn certificaten zodra alle modules en de eindtoets zijn afgerond. Zie je daar niks?',
      ],
      ['c', 'nee, leeg'],
      ['b', 'Staan alle modules op 100%? Kijk even bij Mijn cursussen.'],
      ['c', 'ff kijken'],
      ['c', 'module 5 staat op 90%, geen idee waarom', '4m'],
      [
        'b',
        'Vaak is er een quizvraag overgeslagen. Open module 5 en kijk of er een les zonder vinkje is.',
      ],
      ['c', 'idd, quiz van les 5.3 niet ingeleverd', '6m'],
      ['c', 'ingeleverd, nu 100%', '3m'],
      ['b', 'Mooi! Het certificaat wordt binnen een paar minuten aangemaakt.'],
      ['c', 'nog steeds leeg hoor', '5m'],
      ['b', 'Log even uit en weer in, dan wordt je profiel ververst.'],
      ['c', 'gevonden! staat erin, pdf gedownload', '3m'],
      ['b', 'Gefeliciteerd met je certificaat! 🎓'],
      ['c', '👍'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-huisarts-voice-assistente',
    note: 'voice: feverish four-year-old, first slot too late; caller asks to get one of the assistants on the line',
    ch: 'voice',
    m: [
      [
        'c',
        'goedemorgen ik bel voor een afspraak bij dokter van dam het gaat om mijn dochter ze heeft sinds gisteren hoge koorts',
        '0s',
      ],
      [
        'b',
        'Voor een afspraak bij de huisarts kies ik een datum. De eerste vrije plek is donderdag om 10:40.',
      ],
      [
        'c',
        'donderdag is te laat ze is vier en heeft negenendertig acht koorts kan ik iemand van de assistentes aan de lijn krijgen',
      ],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-ziekenhuis-voice-kno-verzetten',
    note: 'voice: appointment moved, SMS confirmation seen',
    ch: 'voice',
    m: [
      [
        'c',
        'ja hallo ik wil mijn afspraak bij de kano arts verzetten die staat voor dinsdag',
        '0s',
      ],
      [
        'b',
        'Ik zie uw afspraak bij KNO op dinsdag 25 november om 14:15. Naar welke dag wilt u hem verzetten?',
      ],
      ['c', 'liefst vrijdag in de ochtend'],
      ['b', 'Vrijdag 28 november om 9:30 is vrij. Zal ik de afspraak daarnaartoe verzetten?'],
      ['c', 'ja graag'],
      [
        'b',
        'Uw afspraak is verzet naar vrijdag 28 november om 9:30. U ontvangt een bevestiging per sms.',
      ],
      ['c', 'ik zie de sms dank u'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-verkoper-koper-wil-geld-terug',
    note: 'a seller asking how to answer its own buyer who wants a refund: how-to, not a dispute of the customer',
    cust: {
      id: 'cus_nl_1220',
      segment: 'consumer',
    },
    m: [
      [
        'c',
        "Ik verkoop via jullie platform. Een koper wil zijn geld terug omdat de jas te klein is, maar ik had 'geen retour' in de advertentie staan. Hoe moet ik reageren?",
        '0s',
      ],
      [
        'b',
        "Bij verkoop tussen particulieren mag je 'geen retour' aanhouden als dat in de advertentie stond. Reageer via Berichten > Geschil > Reageren en verwijs naar je advertentietekst. Komen jullie er samen niet uit, dan beslist ons team binnen 5 dagen.",
      ],
      ['c', 'ok, gereageerd met een screenshot van de advertentie'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-bank-huur-dubbel-klacht',
    note: 'Flemish: rent debited twice, bank refuses to reverse it; customer files an official complaint',
    ch: 'whatsapp',
    cust: {
      id: 'cus_be_4410',
      name: 'Lotte Claes',
      language: 'nl',
    },
    m: [
      [
        'c',
        'goeiemiddag, ik zie dat mijn huur 2 keer van mijn rekening is gehaald, 2x €895 op 1 november',
        '0s',
      ],
      [
        'b',
        'Goeiemiddag! Ik zie twee overschrijvingen van €895 naar dezelfde begunstigde op 1 november. Beide zijn via een doorlopende opdracht uitgevoerd.',
      ],
      [
        'c',
        "ja da's het probleem, ik heb maar 1 doorlopende opdracht. ge moet die tweede terugzetten",
      ],
      [
        'b',
        'Uitgevoerde overschrijvingen kunnen wij niet terugdraaien. U kunt de begunstigde vragen het bedrag terug te storten.',
      ],
      [
        'c',
        'dat is toch niet mijn fout, het is jullie systeem dat het 2x doet. ik wil hier officieel een klacht over indienen',
      ],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'refund_dispute'],
      t: 'billing',
      f: ['€895'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-pas-4444-contactloos',
    note: 'last four digits of a card; first PIN use activates contactless, customer confirms it worked',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hoi, mijn nieuwe pas eindigend op 4444 werkt niet contactloos bij de supermarkt',
        '0s',
      ],
      [
        'b',
        'Hoi! Een nieuwe pas moet je één keer gebruiken met je pincode, bijvoorbeeld bij een geldautomaat. Daarna werkt contactloos betalen.',
      ],
      ['c', 'ah dat wist ik niet. net gepind bij de automaat en nu ging contactloos wel 👍'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-analytics-enterprise-overstappen',
    note: 'enterprise account (340 users) with competitor demos and a renewal in March asks what will be done to keep them; bot sends articles and settings',
    cust: {
      id: 'cus_nl_0001',
      name: 'Daan Verbeek',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 210000,
      language: 'nl',
    },
    ctx: {
      account: {
        plan: 'Enterprise',
        seats: 340,
        renewal: '2027-03-01',
      },
    },
    m: [
      [
        'c',
        'Hallo, ik ben Daan Verbeek, head of data bij Huisman Retail. We gebruiken jullie platform met 340 gebruikers.',
        '0s',
      ],
      [
        'c',
        "Ik zal eerlijk zijn: sinds jullie migratie naar het nieuwe datacenter laden onze dashboards 30+ seconden. Ons contract loopt in maart af en we hebben al demo's gehad bij twee concurrenten.",
      ],
      [
        'b',
        'Vervelend dat de dashboards traag zijn! Tips om dashboards sneller te maken vind je in het artikel Prestaties optimaliseren.',
      ],
      [
        'c',
        'Dat artikel kennen we. Het ligt niet aan onze dashboards, het begon op de dag van jullie migratie.',
      ],
      ['b', 'Je kunt de status van ons platform volgen op de statuspagina.'],
      [
        'c',
        'Die staat op groen. Ik heb het over ons contract: wat gaan jullie doen om ons te houden?',
      ],
      ['b', 'Je kunt je abonnement beheren via Instellingen > Abonnement.'],
      ['c', 'Dat is precies wat ik níet wil horen.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'bot_not_helping'],
      t: 'sales',
      f: ['340 gebruikers'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-analytics-enterprise-pdf-export',
    note: 'enterprise customer, trivial how-to (export a dashboard as PDF), done',
    cust: {
      id: 'cus_nl_0002',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 210000,
    },
    m: [
      [
        'c',
        'Hoe exporteer ik een dashboard als pdf? Wil het vanmiddag in de directievergadering laten zien',
        '0s',
      ],
      [
        'b',
        'Open het dashboard en klik rechtsboven op ⋯ > Exporteren > PDF. Kies liggend formaat voor brede grafieken.',
      ],
      ['c', 'top, pdf staat op mijn bureaublad'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'nl',
    },
  },
];
