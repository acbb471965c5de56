// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w3-nl-huurplatform-avg-inzage-dan-verwijderen',
    note: 'AVG access request (artikel 15) and erasure; bot only points to account deletion',
    cust: {
      id: 'cus_nl_6610',
      name: 'Sanne Mulder',
    },
    m: [
      [
        'c',
        'Goedenavond. Ik heb via jullie platform gereageerd op huurwoningen en daarbij loonstroken en een kopie van mijn paspoort geüpload. Ik heb inmiddels een woning. Ik wil op grond van de AVG weten welke gegevens jullie van mij bewaren, en daarna dat alles verwijderd wordt.',
        '0s',
      ],
      ['b', 'Goedenavond! Je kunt je account verwijderen via Profiel > Account verwijderen.'],
      [
        'c',
        'Dat begrijp ik, maar ik wil eerst een overzicht van wat jullie hebben opgeslagen en aan welke verhuurders het is doorgestuurd. Dat is mijn recht onder artikel 15.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-kattenvoer-abonnement-prijs',
    note: 'list price of a subscription; customer signs up',
    m: [
      ['c', 'wat kost het kattenvoer-abonnement per maand? wij hebben 2 katten', '0s'],
      [
        'b',
        'Voor 2 katten adviseren we het pakket Duo: €34,95 per maand, gratis bezorgd. Je kunt elke maand aanpassen of stoppen.',
      ],
      ['c', 'ok, duidelijk. afgesloten via de site'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-vakantiepark-bedrijfsuitje-150',
    note: 'company outing for about 150 people: one tailored offer for cottages, venue and catering',
    cust: {
      id: 'cus_nl_4130',
      segment: 'mid-market',
    },
    m: [
      [
        'c',
        "Hallo, wij organiseren in juni een tweedaags bedrijfsuitje voor ongeveer 150 collega's. Denk aan 40 cottages, een zaal voor de plenaire sessie en een barbecue.",
        '0s',
      ],
      [
        'b',
        'Hallo! U kunt cottages direct online boeken; een 6-persoons cottage kost in juni €189 per nacht.',
      ],
      [
        'c',
        'Dat kan, maar we zoeken één aanbod voor het hele pakket, gefactureerd op ons bedrijf. Kunnen jullie een voorstel op maat doen?',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ["150 collega's"],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-telecom-sanne-neemt-over',
    note: 'system line: an agent took over and asked a question; the customer is angry but a person holds the chat',
    m: [
      ['c', 'ik wil weten waarom mijn rekening €96 is in plaats van €35', '0s'],
      ['b', 'Ik verbind je door met een collega van de klantenservice.'],
      ['s', 'Medewerker Sanne neemt het gesprek over'],
      ['a', 'Hoi, met Sanne! Ik zie €61 aan bellen naar het buitenland op 3 november. Klopt dat?'],
      ['c', 'nee!! ik heb helemaal niet naar het buitenland gebeld'],
      ['c', 'dit is echt belachelijk, ik wil dat geld terug'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['€96'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-energie-ruben-kijkt-even',
    note: 'an agent (Ruben) wrote last and is checking; the customer waits over 20 minutes, but a person holds the chat',
    ch: 'whatsapp',
    m: [
      ['c', 'hoi, mijn termijnbedrag is ineens verhoogd naar €210, kan dat omlaag?', '0s'],
      ['b', 'Ik zet je door naar een collega die je termijnbedrag kan aanpassen.'],
      ['a', 'Hoi, je spreekt met Ruben. Ik bekijk even je verbruik, moment.'],
      ['c', 'ok'],
      ['c', 'hallo??', '10m'],
      ['c', 'ben je er nog', '12m'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['€210'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-thermostaat-f28-handoffstate-human',
    note: 'handoffState human: a specialist already holds it, even though the customer demands someone now',
    cust: {
      id: 'cus_nl_9920',
      name: 'Kees de Boer',
      attributes: {
        handoffState: 'human',
      },
    },
    m: [
      [
        'c',
        'mijn slimme thermostaat geeft sinds de update foutcode F-28 en de verwarming slaat niet aan',
        '0s',
      ],
      ['b', 'Een specialist van ons heeft je vraag overgenomen en reageert zo in dit gesprek.'],
      ['c', 'het is 14 graden binnen. ik wil NU iemand spreken'],
      ['c', 'hallo???'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-water-verhuis-oud-adres-loop',
    note: 'Flemish: over 20 minutes, bot keeps asking for the customer number and answering the new-address question; the old-address question is asked again and again',
    cust: {
      id: 'cus_be_2210',
      name: 'Wouter Maes',
      language: 'nl',
    },
    m: [
      ['c', 'Dag, ik verhuis op 1 december en wil mijn water laten overzetten', '0s'],
      ['b', 'Dag! Mag ik uw klantnummer?'],
      ['c', '3100458872'],
      ['b', 'Bedankt. Wat is het adres van uw nieuwe woning?'],
      ['c', 'Kerkstraat 14, 9000 Gent'],
      ['b', 'Op dit adres is een andere waterleverancier actief. U moet zich daar aanmelden.'],
      [
        'c',
        'Ok, en hoe zeg ik het contract op mijn oud adres op? Moet ik een overnamedocument invullen?',
        '3m',
      ],
      ['b', 'Mag ik uw klantnummer?'],
      ['c', '3100458872, heb ik al gegeven'],
      ['b', 'Bedankt. Wat is het adres van uw nieuwe woning?'],
      [
        'c',
        'Kerkstraat 14 Gent. Maar mijn vraag ging over mijn OUD adres. Hoe stop ik daar het contract?',
        '4m',
      ],
      ['b', 'Op dit adres is een andere waterleverancier actief. U moet zich daar aanmelden.'],
      ['c', 'Ja, dat weet ik nu. Hoe zeg ik het contract op de Brugsesteenweg op?', '6m'],
      ['b', 'Mag ik uw klantnummer?'],
      [
        'c',
        'Ik zit hier al twintig minuten. Hoe stop ik mijn contract op mijn oude adres, ja of nee?',
        '8m',
      ],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'bot_not_helping', 'repeated_question'],
      t: 'support',
      f: ['3100458872'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-bank-itsme-nieuwe-gsm-opgelost',
    note: 'Flemish: long troubleshooting chat that ends with "het werkt terug" (works again)',
    cust: {
      id: 'cus_be_3390',
      tier: 'pro',
      language: 'nl',
    },
    m: [
      [
        'c',
        "Goeiedag, ik kan niet meer inloggen in de app met itsme. Ik krijg 'identificatie mislukt'",
        '0s',
      ],
      ['b', 'Goeiedag! Werkt itsme wel bij andere apps, bijvoorbeeld bij de overheid?'],
      ['c', 'goeie vraag, ff testen'],
      ['c', 'bij mijn mutualiteit lukt het wel', '3m'],
      [
        'b',
        'Dan ligt het aan de koppeling met onze app. Hebt u recent een nieuwe gsm of de app opnieuw geïnstalleerd?',
      ],
      ['c', 'ja, nieuwe gsm sinds vorige week'],
      [
        'b',
        "Dan moet u de app opnieuw activeren: kies 'Opnieuw activeren met itsme' en volg de stappen. Kaartlezer is niet nodig.",
      ],
      ['c', 'ok ik probeer'],
      ['c', 'hij vraagt een activatiecode per sms maar die komt niet', '4m'],
      ['b', 'Controleer of het gsm-nummer nog klopt. Dat ziet u onderaan het activatiescherm.'],
      ['c', 'amai, daar staat nog mijn oud nummer', '2m'],
      [
        'b',
        'U kunt het nummer wijzigen via onze website op uw computer, onder Profiel > Contactgegevens. Daarna opnieuw activeren.',
      ],
      ['c', 'gewijzigd op de pc, code ontvangen', '6m'],
      ['c', 'ik ben binnen, het werkt terug 🙂'],
      ['b', 'Top! Nog een fijne dag.'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'nl',
    },
  },
];
