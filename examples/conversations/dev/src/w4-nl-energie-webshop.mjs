// Written independently from the policy only (writer w4, 2026-11-30); development split.
// Dutch chats (Netherlands and Flanders): energy, web shops, payments, SaaS, health insurance,
// parcels, EV charging, gaming, telecom. Labels follow the contract's policy, conservatively.
export const defaults = { ch: 'web', l: 'nl' };

export default [
  {
    id: 'w4-nl-energie-zou-iemand-van-jullie-kunnen-bellen',
    note: 'verhuizing met een lopend energiecontract; vraagt beleefd of iemand van het bedrijf kan bellen: indirecte human_request',
    cust: { name: 'Sanne Visser', language: 'nl' },
    m: [
      [
        'c',
        'Hoi, wij gaan per 15 december samenwonen. Mijn vriend heeft ook een energiecontract bij jullie. Welk contract houden we en wat gebeurt er met het andere?',
        '0s',
      ],
      ['b', 'Een verhuizing geef je door via Mijn omgeving > Verhuizen.'],
      [
        'c',
        'Het gaat niet alleen om verhuizen, we hebben straks twee contracten op één adres en een van de twee heeft nog een vaste prijs tot 2027.',
      ],
      ['b', 'Een verhuizing geef je door via Mijn omgeving > Verhuizen.'],
      ['c', 'Zou iemand van jullie mij hierover even kunnen bellen? Dat praat wat makkelijker.'],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'w4-nl-webshop-retour-terugbetaald',
    note: 'retour binnen de termijn die de bot terugbetaalt, klant bevestigt: geen handoff, billing',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hoi de sneakers van bestelling 2200-8841 waren te klein, retour is vorige week verstuurd. wanneer krijg ik mijn geld?',
        '0s',
      ],
      [
        'b',
        'Hoi! Je retour is gisteren binnengekomen. Ik heb zojuist € 94,95 teruggestort via iDEAL naar je rekening, meestal staat het er binnen 1-2 werkdagen op.',
      ],
      ['c', 'staat er al op, top 👌'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-nl-betaling-via-bank-laten-terugboeken',
    note: 'incasso na opzegging; dreigt het via de bank te laten terugboeken (stornering, zonder "chargeback"): refund_dispute',
    m: [
      [
        'c',
        'Jullie hebben op 1 november € 17,50 afgeschreven terwijl ik in oktober heb opgezegd.',
        '0s',
      ],
      ['b', 'Een opzegging gaat in aan het einde van de lopende maand na ontvangst.'],
      ['c', 'Ik heb op 2 oktober opgezegd, dus per 31 oktober. Ik wil dat bedrag terug.'],
      ['b', 'Ik kan deze afschrijving helaas niet terugbetalen.'],
      ['c', 'Prima, dan laat ik de incasso gewoon via mijn bank terugboeken. Dat kan tot 8 weken.'],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['€ 17,50'] },
  },
  {
    id: 'w4-nl-saas-18-vestigingen-meerjarig',
    note: 'uitrol naar 18 vestigingen, 500 medewerkers, meerjarige overeenkomst en staffel: volumedeal in zakelijke termen, sales_opportunity',
    cust: { name: 'Pieter Mulder', email: 'p.mulder@example.com', tier: 'pro' },
    m: [
      [
        'c',
        "Goedemiddag, we gebruiken jullie roosterapp in twee winkels. We willen naar alle 18 vestigingen, zo'n 500 medewerkers.",
        '0s',
      ],
      [
        'b',
        'Leuk om te horen! Pro kost € 3 per medewerker per maand. Je kunt vestigingen toevoegen in Instellingen.',
      ],
      [
        'c',
        'Bij dit aantal willen we liever een meerjarige overeenkomst met een staffelkorting en een koppeling met onze salarisadministratie. Met wie kan ik dat bespreken?',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['18 vestigingen', '500 medewerkers'] },
  },
  {
    id: 'w4-nl-eindafrekening-geschillencommissie-advocaat',
    note: 'beleefde brief: betwiste eindafrekening, Geschillencommissie en advocaat genoemd: compliance_legal + refund_dispute',
    ch: 'email',
    cust: { name: 'Hendrik Bakker', email: 'h.bakker@example.com' },
    m: [
      [
        'c',
        "Geachte heer, mevrouw,\n\nOp 20 oktober ontving ik de eindafrekening (factuurnummer EA-2026-31177) met een bijbetaling van € 688,40. De meterstanden daarop zijn geschat, terwijl ik bij de verhuizing de juiste standen met foto's heb doorgegeven.\n\nIk verzoek u de afrekening te corrigeren.\n\nMet vriendelijke groet,\nHendrik Bakker",
        '0s',
      ],
      [
        'b',
        'Bedankt voor uw bericht. De eindafrekening is opgesteld op basis van de meterstanden die bij ons bekend zijn.',
      ],
      [
        'c',
        'Geachte heer, mevrouw,\n\nDe standen die ik heb doorgegeven zijn kennelijk niet gebruikt. Indien de afrekening niet binnen veertien dagen is gecorrigeerd, leg ik het geschil voor aan de Geschillencommissie Energie en schakel ik mijn advocaat in.\n\nMet vriendelijke groet,\nHendrik Bakker',
        '2d',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute'],
      t: 'billing',
      f: ['EA-2026-31177', '€ 688,40'],
      p: 'high',
    },
  },
  {
    id: 'w4-nl-avg-verwijderen-gegevens',
    note: 'verzoek om verwijdering van persoonsgegevens op grond van de AVG: compliance_legal, privacyverzoeken zijn support',
    m: [
      [
        'c',
        'Hallo, ik wil dat jullie al mijn persoonsgegevens verwijderen op grond van de AVG. Ik ben geen klant meer sinds vorig jaar.',
        '0s',
      ],
      ['b', 'Je kunt je afmelden voor de nieuwsbrief via de link onderaan elke e-mail.'],
      [
        'c',
        'Afmelden is niet genoeg. Ik vraag om verwijdering van al mijn gegevens en een schriftelijke bevestiging, zoals de AVG voorschrijft.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'w4-nl-game-vriendin-manager-bellen-grap',
    note: 'de manager staat alleen in een grapje van de vriendin, het probleem is opgelost: geen handoff',
    m: [
      ['c', 'mijn savegame is weg na de update, 60 uur speeltijd 😭', '0s'],
      [
        'b',
        'Geen paniek! Cloudsaves worden 30 dagen bewaard. Ga naar Instellingen > Opslag > Cloudsave herstellen en kies de save van gisteren.',
      ],
      [
        'c',
        'HIJ IS TERUG. mijn vriendin zei al dat ik jullie manager moest gaan bellen haha, hoeft niet meer',
      ],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-nl-geen-klacht-afhaalpunt',
    note: '"geen klacht hoor": een vraag over het afhaalpunt die de bot beantwoordt: geen handoff, support',
    m: [
      [
        'c',
        'geen klacht hoor, alleen een vraag: hoe lang blijft mijn pakket 3STEST12345678 bij het afhaalpunt liggen?',
        '0s',
      ],
      [
        'b',
        'Je pakket blijft 7 dagen bij het afhaalpunt liggen. Daarna gaat het terug naar de afzender.',
      ],
      ['c', 'ok dan haal ik het zaterdag, dank je'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-nl-pakket-ik-ben-het-zat',
    note: 'drie opeenvolgende duidelijk gefrustreerde berichten zonder scheldwoorden over een pakket dat telkens niet komt: negative_sentiment + negative_streak',
    ch: 'whatsapp',
    m: [
      ['c', 'weer "bezorging niet gelukt, niemand thuis" terwijl ik de HELE dag thuis was', '0s'],
      ['b', 'Vervelend! Je pakket wordt morgen opnieuw aangeboden.'],
      ['c', 'dat zeiden jullie gisteren ook. ik ben het echt zat', '40s'],
      ['c', 'de bel werkt, ik zat naast de deur, er is niemand geweest', '30s'],
      [
        'c',
        'ik heb hier drie dagen vrij voor moeten regelen, dit is gewoon niet normaal meer',
        '30s',
      ],
    ],
    x: { h: true, r: ['negative_sentiment', 'negative_streak'], t: 'support' },
  },
  {
    id: 'w4-nl-zorgverzekering-bsn-geplakt',
    note: 'zorgverzekering: de klant plakt haar volledige BSN (testnummer) in de chat: sensitive_data, support',
    m: [
      ['c', 'ik kan niet inloggen op mijn zorgverzekering, digid koppeling mislukt steeds', '0s'],
      ['b', 'Probeer het opnieuw via Inloggen > Met DigiD en volg de stappen in de DigiD-app.'],
      [
        'c',
        'doe ik. mijn BSN is 111222333, kunnen jullie kijken of die goed in het systeem staat?',
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'w4-nl-jaaropgave-bot-herhaalt',
    note: 'jaaropgave voor de belastingaangifte drie keer anders gevraagd, de bot herhaalt hetzelfde antwoord: repeated_question + bot_not_helping, billing',
    cust: { name: 'Femke de Boer' },
    m: [
      [
        'c',
        'Waar vind ik de jaaropgave 2025 van mijn hypotheek? Heb ik nodig voor de aangifte.',
        '0s',
      ],
      ['b', 'Je maandelijkse betalingen vind je in Mijn hypotheek > Betalingen.'],
      ['c', 'Ik zoek niet de betalingen maar het jaaroverzicht met de betaalde rente over 2025.'],
      ['b', 'Je maandelijkse betalingen vind je in Mijn hypotheek > Betalingen.'],
      [
        'c',
        'Anders gevraagd: welk document moet ik downloaden voor de hypotheekrenteaftrek over 2025?',
      ],
      ['b', 'Je maandelijkse betalingen vind je in Mijn hypotheek > Betalingen.'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'billing',
      f: ['jaaropgave 2025'],
    },
  },
  {
    id: 'w4-nl-enterprise-exporteren-csv',
    note: 'enterprise-klant met een triviale vraag (scheidingsteken van de export) die de bot oplost: geen handoff',
    cust: { name: 'Bram Jansen', tier: 'enterprise', segment: 'enterprise', lifetimeValue: 330000 },
    m: [
      [
        'c',
        'Hoi, als ik de CSV-export in Excel open staat alles in één kolom. Kan dat anders?',
        '0s',
      ],
      [
        'b',
        'Ja: kies bij Exporteren > Opties het scheidingsteken "puntkomma". Dan herkent een Nederlandse Excel de kolommen meteen.',
      ],
      ['c', 'Werkt, bedankt.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-nl-medewerker-al-in-gesprek',
    note: 'een medewerker is toegevoegd en schreef als laatste: geen tweede handoff, ook al is de klant boos',
    m: [
      ['c', 'mijn internet ligt er al 2 dagen uit', '0s'],
      ['b', 'Ik verbind je door met een collega van de technische dienst.'],
      ['s', 'Thijs (techniek) neemt het gesprek over'],
      [
        'a',
        'Hoi, Thijs hier. Ik zie een storing in de wijkkast bij jou in de straat, een monteur is onderweg.',
      ],
      ['c', 'belachelijk dat niemand dat even meldt, ik werk thuis'],
      [
        'a',
        'Helemaal terecht. Ik zet een sms-melding voor je aan zodra de storing is verholpen en compenseer de twee dagen op je volgende factuur.',
      ],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-nl-laadpaal-offline-lange-sessie',
    note: 'laadpaal offline, ruim 20 minuten op WhatsApp zonder oplossing terwijl de bot in rondjes draait: long_session + bot_not_helping',
    ch: 'whatsapp',
    cust: { name: 'Joost van Dijk' },
    m: [
      ['c', 'mijn laadpaal thuis staat in de app op "offline" en laadt de auto niet', '0s'],
      ['b', 'Zet de laadpaal 30 seconden uit via de groepenkast en weer aan.'],
      ['c', 'gedaan, nog steeds offline', '4m'],
      ['b', 'Controleer of de laadpaal verbonden is met je wifi.'],
      ['c', 'hij zit aan de kabel, niet wifi', '3m'],
      ['b', 'Zet de laadpaal 30 seconden uit via de groepenkast en weer aan.'],
      ['c', 'heb ik al gedaan, zie hierboven', '2m'],
      ['b', 'Controleer of de laadpaal verbonden is met je wifi.'],
      ['c', 'de led knippert rood-groen, wat betekent dat?', '5m'],
      ['b', 'Zet de laadpaal 30 seconden uit via de groepenkast en weer aan.'],
      ['c', 'ik moet morgen om 6 uur 200 km rijden en de accu staat op 15%', '7m'],
    ],
    nowAfter: '1m',
    x: { h: true, r: ['long_session', 'bot_not_helping'], t: 'technical' },
  },
  {
    id: 'w4-nl-tv-zenders-lang-opgelost',
    note: 'lang gesprek van ruim een half uur over tv-zenders dat eindigt met "werkt nu": geen long_session, geen handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'na de update van de tv-box mis ik alle regionale zenders', '0s'],
      ['b', 'Ga naar Instellingen > Zenders > Zenders zoeken en kies "Volledige scan".'],
      ['c', 'waar is instellingen, zie alleen apps', '3m'],
      ['b', 'Druk op de afstandsbediening op de knop met het tandwiel, rechtsboven.'],
      ['c', 'gevonden. scan loopt', '5m'],
      ['c', 'scan klaar maar regionaal staat er nog niet tussen', '9m'],
      [
        'b',
        'Controleer bij Instellingen > Regio of de juiste postcode staat ingevuld. Na de update staat die soms leeg.',
      ],
      ['c', 'stond leeg inderdaad. postcode ingevuld, opnieuw scannen?', '4m'],
      ['b', 'Ja, doe nog één keer een volledige scan.'],
      ['c', 'werkt nu, Omroep Brabant is terug. dank!', '10m'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-nl-sportschool-opzeggen-gelukt',
    note: 'opzegging die de bot vastlegt: churn afgehandeld, sales, geen handoff',
    m: [
      ['c', 'ik wil mijn sportschoolabonnement opzeggen', '0s'],
      [
        'b',
        'Jammer! Je abonnement heeft een opzegtermijn van 1 maand: je laatste incasso is op 27 december en je kunt sporten tot 31 december. Zal ik het opzeggen?',
      ],
      ['c', 'ja graag'],
      ['b', 'Opgezegd. De bevestiging staat in je mailbox.'],
      ['c', 'binnen, thanks'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'w4-nl-pin-automaat-onbekende-foutcode',
    note: 'een foutcode van de pinautomaat in de winkel die de bot niet kent: novel_problem, technical',
    cust: { name: 'Ahmed El Amrani' },
    m: [
      ['c', 'onze pinautomaat geeft sinds vanochtend "FOUT 3C-KEYSYNC" bij elke betaling', '0s'],
      ['b', 'Probeer de pinautomaat opnieuw op te starten.'],
      ['c', 'twee keer gedaan, zelfde fout'],
      ['b', 'Sorry, over deze foutmelding heb ik geen informatie.'],
      ['c', 'klanten kunnen nu alleen contant betalen en niemand heeft contant geld bij zich'],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['FOUT 3C-KEYSYNC'], p: 'high' },
  },
  {
    id: 'w4-nl-be-leidinggevende-onaanvaardbaar',
    note: 'Vlaams: vraagt naar de leidinggevende en noemt het onaanvaardbaar na een derde gemiste levering: human_request + escalation_keyword',
    m: [
      [
        'c',
        'De levering van onze wasmachine is voor de derde keer verplaatst zonder verwittiging.',
        '0s',
      ],
      ['b', 'Sorry daarvoor! U kunt een nieuwe leverdatum kiezen in Mijn bestellingen.'],
      [
        'c',
        'Dat heb ik al twee keer gedaan. Dit is onaanvaardbaar. Ik wil uw leidinggevende spreken.',
      ],
    ],
    x: { h: true, r: ['human_request', 'escalation_keyword'], t: 'support' },
  },
  {
    id: 'w4-nl-abonnement-prijs-voor-aankoop',
    note: 'vraag vóór aankoop naar de lijstprijs van een sim-only abonnement, beantwoord: sales zonder handoff',
    m: [
      ['c', 'wat kost sim only met onbeperkt data en kan ik mijn nummer meenemen?', '0s'],
      [
        'b',
        'Sim only Onbeperkt kost € 25 per maand, maandelijks opzegbaar. Je nummer meenemen kan gratis; dat regel je tijdens het bestellen.',
      ],
      ['c', 'mooi, ik bestel hem'],
    ],
    x: { h: false, t: 'sales' },
  },
];
