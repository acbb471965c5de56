// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w3-nl-energie-vast-contract-geen-klacht',
    note: '"geen klacht hoor": switching from a variable to a fixed-rate contract at the listed price, done in the account',
    m: [
      [
        'c',
        'Hoi, geen klacht hoor, maar ik wil van variabel naar een vast contract. Wat is het tarief nu?',
        '0s',
      ],
      [
        'b',
        'Hoi! Een vast contract voor 1 jaar kost nu €0,27 per kWh en €1,19 per m³ gas, met vaste leveringskosten van €6,50 per maand. Overstappen kan via Mijn Account > Contract wijzigen.',
      ],
      ['c', 'en zit ik dan vast aan een boete als ik eerder wil stoppen?'],
      [
        'b',
        'Bij tussentijds opzeggen betaal je een vaste opzegvergoeding van €50. Je huidige variabele contract stopt kosteloos.',
      ],
      ['c', 'ah top, omgezet naar vast 👍'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-modem-verzonden-sms',
    note: 'order status with a tracking code: not sensitive, answered',
    ch: 'sms',
    m: [
      ['c', 'hoi wanneer komt mijn nieuwe modem? bestelling 8845120', '0s'],
      [
        'b',
        'Hoi! Je modem (bestelling 8845120) is vandaag verzonden, trackcode 3SABCD1234567. Verwachte bezorging: morgen tussen 10:00 en 13:00.',
      ],
      ['c', 'top tnx, dan ben ik thuis'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['8845120'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-zorgverzekeraar-brief-skgz',
    note: 'formal letter contesting a rejected claim, announces taking it to the health-insurance disputes body (SKGZ)',
    ch: 'email',
    cust: {
      id: 'cus_nl_7701',
      name: 'M. de Vries',
      email: 'm.devries@example.nl',
    },
    m: [
      [
        'c',
        "Geachte heer/mevrouw,\n\nOp 2 oktober heb ik een declaratie ingediend voor fysiotherapie (9 behandelingen, totaal €387,00, declaratienummer D-2026-771204). Deze is afgewezen met als reden 'geen verwijzing', terwijl mijn aanvullende verzekering geen verwijzing vereist.\n\nIk verzoek u de afwijzing te herzien. Mocht ik binnen vier weken geen inhoudelijke reactie ontvangen, dan leg ik de zaak voor aan de Stichting Klachten en Geschillen Zorgverzekeringen.\n\nMet vriendelijke groet,\nM. de Vries",
        '0s',
      ],
      [
        'b',
        'Beste heer/mevrouw De Vries, dank voor uw bericht. De voorwaarden van uw aanvullende verzekering vindt u in Mijn Omgeving > Polis > Voorwaarden.',
      ],
      [
        'c',
        'Geachte heer/mevrouw,\n\nDe voorwaarden ken ik; daarom schrijf ik u. Ik wacht op een inhoudelijke herbeoordeling van declaratie D-2026-771204.\n\nM. de Vries',
        '3d',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'billing',
      f: ['D-2026-771204', '€387,00'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-polis-zoontje-werkgever-vroeg',
    note: 'reported speech ("mijn werkgever vroeg"); BSN mentioned but not typed, the bot says to use the secure form; done',
    m: [
      [
        'c',
        'Hoi, mijn werkgever vroeg of ik mijn zoontje al op de collectieve polis heb gezet. Hoe doe ik dat?',
        '0s',
      ],
      [
        'b',
        'Hoi! Kinderen tot 18 jaar zijn gratis meeverzekerd. Ga naar Mijn Polis > Gezinsleden > Kind toevoegen en vul geboortedatum en BSN in.',
      ],
      ['c', 'moet ik zijn BSN hier in de chat sturen?'],
      ['b', 'Nee, vul dat alleen in het beveiligde formulier in Mijn Polis in, niet in de chat.'],
      ['c', 'ok, gedaan in Mijn Polis. hij staat er nu bij'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-scholen-600-leerlingen-aanbesteding',
    note: 'school group: 600 pupils, three-year term, tender via the board; asks which terms are possible at this volume and whom to approach',
    cust: {
      id: 'cus_nl_2060',
      name: 'Ingrid Hermans',
      segment: 'public',
    },
    m: [
      [
        'c',
        "Goedemorgen, ik ben ICT-coördinator van een scholengemeenschap in Brabant. We overwegen jullie platform voor alle onderbouwklassen, dat gaat om zo'n 600 leerlingen en 45 docenten",
        '0s',
      ],
      [
        'b',
        'Goedemorgen! Het Schoolplan kost €4 per leerling per maand. U kunt direct starten via de website.',
      ],
      [
        'c',
        'Dank u. Wij werken met een contract van drie schooljaren en moeten via ons bestuur een aanbesteding doen. Welke voorwaarden zijn er mogelijk bij deze aantallen? En wie kan ik hiervoor benaderen?',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['600 leerlingen'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-maaltijd-niet-bezorgd-creditcard',
    note: 'refund refused for an order marked delivered; customer will have the card company reverse the payment',
    m: [
      [
        'c',
        "Mijn bestelling van gisteren (€42,50) is nooit gekomen. In de app staat 'bezorgd'",
        '0s',
      ],
      [
        'b',
        'Vervelend! De bezorger heeft de bestelling om 19:32 als afgeleverd gemarkeerd. Bij afgeleverde bestellingen kunnen we helaas niet terugbetalen.',
      ],
      ['c', 'Ik was gewoon thuis en er heeft niemand aangebeld. Ik wil mijn geld terug'],
      ['b', 'We kunnen je een tegoedbon van €5 aanbieden.'],
      [
        'c',
        'Geen tegoedbon. Als ik vandaag mijn €42,50 niet terugkrijg, laat ik de betaling via mijn creditcardmaatschappij terugdraaien.',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['€42,50'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-pizza-koud-terugbetaald',
    note: 'cold food, in-policy refund done by the bot; customer sees it in the bank app',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hoi, de pizza kwam helemaal koud aan en de friet was slap 😕 bestelnummer TB-44120',
        '0s',
      ],
      [
        'b',
        'Balen! Sorry daarvoor. Ik heb €12,95 voor de pizza terugbetaald, dat zie je binnen 1-2 werkdagen op je rekening. Wil je ook iets voor de friet?',
      ],
      ['c', 'nee is goed zo, de friet was maar 2,50'],
      ['b', 'Dan staat het zo. Eet smakelijk de volgende keer!'],
      ['c', 'terugbetaling staat al in mijn bankapp 👌'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['TB-44120'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-game-crosssave-nx7731',
    note: 'cross-save error code the bot has no information on',
    cust: {
      id: 'cus_nl_8810',
      tier: 'free',
    },
    m: [
      [
        'c',
        "yo, cross-save tussen switch en pc werkt niet meer, krijg 'foutcode NX-7731: save-handtekening ongeldig'",
        '0s',
      ],
      [
        'b',
        'Hey! Cross-save zet je aan via Instellingen > Account > Cross-save. Beide platforms moeten aan hetzelfde account gekoppeld zijn.',
      ],
      ['c', 'staat aan en gekoppeld, werkte vorige week nog gewoon'],
      ['b', 'Ik heb geen informatie over foutcode NX-7731.'],
      [
        'c',
        'ok maar dan ben ik dus 40 uur progressie op de switch kwijt als dit niet gefixt wordt',
      ],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['NX-7731'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-game-lawsuit-legends-upgrade',
    note: '"Lawsuit Legends" is an expansion title; pre-purchase question, upgrade bought',
    m: [
      [
        'c',
        "hoi, zit de 'Lawsuit Legends' uitbreiding bij de Deluxe Edition of moet ik die los kopen?",
        '0s',
      ],
      [
        'b',
        'Hoi! De Deluxe Edition bevat de seizoenspas, en daar zit Lawsuit Legends in. Los kost de uitbreiding €14,99.',
      ],
      ['c', 'en als ik nu de gewone versie heb, kan ik upgraden?'],
      ['b', 'Ja, in de winkel staat Upgrade naar Deluxe voor €19,99; je houdt je voortgang.'],
      ['c', 'gekocht, Lawsuit Legends staat nu in mijn bibliotheek'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-marktplaats-verificatie-bsn-iban',
    note: 'BSN and IBAN typed into the chat to get an account verified',
    m: [
      [
        'c',
        'Hallo, mijn account is geblokkeerd voor verificatie. Ik wil gewoon mijn fiets verkopen',
        '0s',
      ],
      [
        'b',
        'Hallo! Om je account te verifiëren upload je een foto van je ID in de app onder Account > Verificatie.',
      ],
      [
        'c',
        'die upload lukt niet, blijft hangen. hier is alles: BSN 111222333, rekening NL91 ABNA 0417 1643 00, op naam van P. Janssen. kunnen jullie het zo goedkeuren?',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-autohuur-deuk-leidinggevende',
    note: 'contested damage excess; a run of angry messages, "schandalig", "onacceptabel", asks for the supervisor',
    cust: {
      id: 'cus_nl_9050',
      name: 'Mark Visser',
      tier: 'pro',
      lifetimeValue: 6100,
    },
    ctx: {
      orders: [
        {
          id: 'HV-20931',
          status: 'returned',
          total: 418,
        },
      ],
    },
    m: [
      ['c', 'Goedendag', '0s'],
      ['b', 'Goedendag! Waarmee kan ik u helpen?'],
      ['c', 'Ik zie een afschrijving van €750 voor schade aan de huurauto. Reservering HV-20931'],
      [
        'b',
        'Bij de inspectie na inlevering is een deuk in de achterklep geconstateerd. Het eigen risico bedraagt €750.',
      ],
      [
        'c',
        "Die deuk zat er al toen ik hem ophaalde. Staat ook op de foto's die ik bij het ophalen heb gemaakt",
      ],
      ['b', 'Op het ophaalrapport staat geen schade aan de achterklep vermeld.'],
      ['c', 'Dat jullie medewerker het niet heeft genoteerd is niet mijn probleem'],
      ['b', 'U kunt bezwaar maken via het schadeformulier. De behandeltijd is 6 weken.'],
      ['c', '6 weken? En intussen ben ik €750 kwijt?'],
      ['b', 'Het bedrag is conform de huurvoorwaarden afgeschreven.'],
      ['c', 'Schandalig. Ik huur al jaren bij jullie en word nu behandeld alsof ik lieg'],
      ['b', 'Ik begrijp dat dit vervelend is. Kan ik u ergens anders mee helpen?'],
      ['c', 'U kunt me helpen door dit serieus te nemen. Dit is echt onacceptabel'],
      ['b', 'U kunt bezwaar maken via het schadeformulier.'],
      ['c', 'Ik wil uw leidinggevende spreken. Vandaag nog.'],
    ],
    x: {
      h: true,
      r: [
        'human_request',
        'escalation_keyword',
        'refund_dispute',
        'negative_sentiment',
        'negative_streak',
      ],
      t: 'billing',
      f: ['€750', 'HV-20931'],
      l: 'nl',
    },
  },
  {
    id: 'w3-nl-deelauto-bluetooth-bijna-manager',
    note: 'manager mentioned in a joke after the fix worked ("wilde al bijna om een manager vragen")',
    ch: 'whatsapp',
    m: [
      ['c', 'Hoi, ik sta bij de deelauto maar hij gaat niet open via de app', '0s'],
      [
        'b',
        'Hoi! Staat bluetooth aan en ben je binnen 5 meter van de auto? Tik daarna op Openen en houd je telefoon bij de voorruit.',
      ],
      ['c', 'bluetooth stond uit 🤦 hij is open. ik wilde al bijna om een manager vragen haha'],
      ['b', 'Haha, gelukkig niet nodig! Goede rit!'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'nl',
    },
  },
];
