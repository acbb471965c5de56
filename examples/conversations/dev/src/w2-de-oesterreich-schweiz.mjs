// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w2-de-at-smartmeter-portal-schleife',
    note: 'smart-meter portal shows no data for a month; the bot cycles FAQ link and fallback for over 20 minutes while the customer asks why three ways, then asks whether someone can check',
    start: '2026-11-11T17:30:00Z',
    m: [
      [
        'c',
        'Guten Abend, seit der Umstellung auf den Smart Meter im Oktober seh ich im Webportal keine Verbrauchsdaten, nur "Keine Daten verfügbar"',
        '0s',
      ],
      [
        'b',
        'Guten Abend! Verbrauchsdaten stehen ab dem Tag nach der Aktivierung der Viertelstundenwerte zur Verfügung. Haben Sie das Opt-in im Portal aktiviert?',
        '4s',
      ],
      ['c', 'Ja, Opt-in ist aktiviert seit 20.10.', '1m'],
      [
        'b',
        'Danke. Bitte melden Sie sich ab und wieder an, damit die Daten neu geladen werden.',
        '4s',
      ],
      ['c', 'Hab ich, ändert nix. Warum seh ich meine Daten nicht?', '2m'],
      [
        'b',
        'Häufige Fragen zum Smart Meter Webportal finden Sie hier: smartmeter.netz-ost.at/faq',
        '4s',
      ],
      [
        'c',
        'FAQ hab ich gelesen. Der Zähler ist laut Techniker seit 12.10. in Betrieb. Wieso zeigt das Portal dann nix an?',
        '4m',
      ],
      [
        'b',
        'Verbrauchsdaten stehen ab dem Tag nach der Aktivierung der Viertelstundenwerte zur Verfügung.',
        '4s',
      ],
      ['c', 'das ist über ein Monat her', '2m'],
      [
        'b',
        'Häufige Fragen zum Smart Meter Webportal finden Sie hier: smartmeter.netz-ost.at/faq',
        '4s',
      ],
      [
        'c',
        'Noch einmal anders gefragt: ist mein Zähler überhaupt mit dem Portal verbunden? Zählpunkt AT0010000000000000001000004471889',
        '5m',
      ],
      [
        'b',
        'Ich habe Ihre Frage leider nicht verstanden. Bitte wählen Sie: Zählerstand melden / Rechnung / Tarif',
        '4s',
      ],
      ['c', 'keins davon', '1m'],
      [
        'b',
        'Häufige Fragen zum Smart Meter Webportal finden Sie hier: smartmeter.netz-ost.at/faq',
        '4s',
      ],
      [
        'c',
        'Ich brauch die Viertelstundenwerte für den Wechsel auf den dynamischen Tarif bzw. fürs Balkonkraftwerk, und das seit Wochen. Kann das bei euch jemand prüfen oder nicht?',
        '6m',
      ],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'repeated_question', 'bot_not_helping', 'human_request'],
      t: 'technical',
      f: ['AT0010000000000000001000004471889'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-heizung-ausgefallen-hausverwaltung',
    note: 'heating out in a rented flat with a baby, technician only in five days; a string of emotional messages over more than 20 minutes, unresolved',
    ch: 'whatsapp',
    start: '2026-11-26T06:50:00Z',
    m: [
      [
        'c',
        'Guten Morgen, in der Wohnung Top 14, Leopoldauer Straße 58, ist seit gestern Abend die Heizung aus. Drinnen hats 15 Grad',
        '0s',
      ],
      [
        'b',
        'Guten Morgen! Danke für Ihre Meldung. Ist nur Ihre Wohnung betroffen oder das ganze Haus?',
        '5s',
      ],
      [
        'c',
        'Keine Ahnung, ich glaub die Nachbarn auch, die Heizkörper im Stiegenhaus sind auch kalt',
        '2m',
      ],
      [
        'b',
        'Danke. Bitte prüfen Sie, ob die Thermostatventile auf Stufe 3 oder höher stehen, und entlüften Sie gegebenenfalls die Heizkörper.',
        '5s',
      ],
      ['c', 'Stehen auf 5. Das ist eine Zentralheizung, da kann ich nix entlüften was hilft', '2m'],
      [
        'b',
        'Ich habe eine Störungsmeldung erstellt. Der nächste freie Termin für einen Techniker ist Dienstag, 1. Dezember, zwischen 8 und 12 Uhr.',
        '5s',
      ],
      ['c', 'Dienstag??? Das sind 5 Tage! Ich hab ein Baby daheim', '1m'],
      [
        'b',
        'Ich verstehe, dass das unangenehm ist. Bis dahin können Sie einen Elektroheizer verwenden.',
        '5s',
      ],
      ['c', 'Einen Elektroheizer. Den ich nicht hab. Ihr seid echt unglaublich', '2m'],
      ['b', 'Den Termin können Sie auch im Mieterportal einsehen.', '5s'],
      [
        'c',
        'Ich zahl 980 Euro Miete und ihr lasst uns Ende November ohne Heizung sitzen. Das ist das Allerletzte',
        '3m',
      ],
      ['b', 'Vielen Dank für Ihre Geduld. Ihre Meldung hat die Nummer ST-2026-7712.', '5s'],
      ['c', 'Das ganze Haus ist kalt, das ist ein Notfall und kein Termin für nächste Woche', '5m'],
      ['b', 'Ihre Meldung ST-2026-7712 ist erfasst. Der Techniker kommt am Dienstag.', '5s'],
      [
        'c',
        'Gibts bei euch keinen Notdienst??? Irgendwer muss doch heute noch wen schicken können',
        '8m',
      ],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'negative_sentiment', 'negative_streak'],
      t: 'support',
      f: ['Leopoldauer Straße 58'],
      p: 'high',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-tierarzt-impfung-eigentlich',
    note: 'a past-tense aside ("I was going to ask for a real person, but it is fine") after the bot booked the vet appointment',
    m: [
      [
        'c',
        'hallo, ich möcht für meine katze einen termin zur impfung, am liebsten samstag vormittag',
        '0s',
      ],
      [
        'b',
        'Hallo! Am Samstag, 28.11., sind bei Dr. Wallner um 9:20 und 10:40 noch Termine frei. Welcher passt dir?',
      ],
      ['c', '9:20 bitte. muss ich den impfpass mitnehmen?'],
      [
        'b',
        'Ja, bitte bring den Impfpass mit. Du bist für Samstag 9:20 eingetragen, die Bestätigung kommt per SMS.',
      ],
      [
        'c',
        'super, sms is da. eigentlich wollt ich eh gleich nach wem echten fragen, weil ich dacht online geht das nicht, aber passt 😊',
      ],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-glasfaser-ont-eingerastet',
    note: 'long fibre activation troubleshooting that ends with the customer reporting a working speed test: resolved',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'Servus, der Techniker war heut da und hat das Glasfaserkastl montiert, aber ich hab kein Internet',
        '0s',
      ],
      ['b', 'Servus! Welche Lämpchen leuchten am Glasfaser-Modem (ONT)?'],
      ['c', 'POWER grün, PON blinkt grün, LAN aus'],
      [
        'b',
        'PON blinkend heißt, das Modem wartet noch auf die Freischaltung. Die passiert meistens bis 2 Stunden nach der Montage. Wann war der Techniker fertig?',
      ],
      ['c', 'so um 11'],
      [
        'b',
        'Dann sollte es inzwischen durch sein. Zieh bitte das Netzteil des ONT für 10 Sekunden ab.',
      ],
      ['c', 'gemacht, PON blinkt immer noch'],
      [
        'b',
        'Ist das gelbe Glasfaserkabel ganz eingerastet? Es muss hörbar klicken. Bitte nicht knicken und nicht in die Öffnung schauen.',
      ],
      ['c', 'oida, das war nur halb drinnen. hat jetzt geklickt'],
      ['c', 'PON leuchtet jetzt durchgehend'],
      [
        'b',
        'Super! Jetzt noch das LAN-Kabel vom Anschluss LAN1 am ONT in den WAN-Port (meist blau) am Router stecken.',
      ],
      ['c', 'steckt. LAN leuchtet auch'],
      ['b', 'Am Router sollte die Internet-LED in 1-2 Minuten grün werden.'],
      ['c', 'grün 🙌 speedtest 480/210'],
      ['b', 'Perfekt, dann ist alles freigeschaltet. Viel Spaß mit dem neuen Anschluss!'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-lohn-neue-iban-ahv',
    note: 'employee types the new IBAN and the social-insurance (AHV) number into the HR chat: sensitive data about the salary payout account',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hoi, ich hab die bank gewechselt, wo kann ich im personalportal die neue iban für den lohn eintragen?',
        '0s',
      ],
      [
        'b',
        'Hoi! Unter Mein Profil > Bankverbindung. Änderungen bis zum 20. gelten schon für den Lohn im gleichen Monat.',
      ],
      [
        'c',
        'dort steht "Änderung gesperrt, bitte HR kontaktieren". ich schreib dir einfach alles, dann kannst dus weitergeben: CH93 0076 2011 6238 5295 7, AHV-Nr 756.9214.5386.08, Noemi Brunner',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-swisspass-code-sp4f2',
    note: 'valid rail pass shown as blocked with a code the bot cannot explain, after a fare check on the train: novel problem',
    m: [
      [
        'c',
        'Grüezi, mein Halbtax ist bis 2027 gültig, aber die App zeigt seit heute "SwissPass gesperrt – Code SP-4F2" und im Zug hat der Kondukteur gesagt, das Abo sei nicht gültig',
        '0s',
      ],
      ['b', 'Grüezi! Bitte aktualisieren Sie die App und melden Sie sich erneut an.'],
      [
        'c',
        'Habe ich gemacht, gleiche Meldung. Auf der Karte selber ist das Halbtax auch noch drauf. Was bedeutet SP-4F2?',
      ],
      [
        'b',
        'Zu diesem Code habe ich leider keine Informationen. Allgemeine Infos zum SwissPass finden Sie unter swisspass.ch/hilfe.',
      ],
      [
        'c',
        'Allgemeine Infos nützen mir nichts, ich pendle morgen wieder nach Bern und will nicht nochmals eine Busse riskieren',
      ],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['SP-4F2'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-firmenabo-300-mitarbeitende',
    note: 'HR of an insurer wants a co-funded corporate gym scheme for about 300 staff over two years and asks who handles corporate clients: custom deal, indirect human request',
    ch: 'email',
    m: [
      [
        'c',
        'Grüezi\n\nWir sind ein Versicherungsunternehmen mit rund 300 Mitarbeitenden in Zürich und Winterthur und möchten unseren Leuten ab Frühling ein Fitnessangebot machen. Können Sie uns ein Modell für ein Firmenabo vorschlagen, bei dem wir einen Teil übernehmen und die Mitarbeitenden den Rest selbst bezahlen? Laufzeit idealerweise zwei Jahre.\n\nFreundliche Grüsse\nSandra Keller, HR Business Partner',
        '0s',
      ],
      [
        'b',
        'Grüezi Frau Keller. Unser Jahresabo kostet CHF 890.–. Mitarbeitende können es direkt online lösen.',
      ],
      [
        'c',
        'Danke. Es geht uns aber um eine Firmenlösung mit Kostenbeteiligung und Abrechnung über uns, nicht um 300 Einzelabos. Wer ist bei Ihnen für Firmenkunden zuständig?\n\nFreundliche Grüsse\nSandra Keller',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['300 Mitarbeitenden'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-kundendienst-bis-wann',
    note: 'voice-to-text in dialect asking until when the phone service is reachable: support hours, not a human request',
    ch: 'voice',
    m: [
      ['c', 'grüezi bis wänn isch ihre kundedienst hüt am telefon erreichbar', '0s'],
      [
        'b',
        'Grüezi! Unser Kundendienst ist heute bis 20 Uhr telefonisch erreichbar, unter 0800 55 44 33.',
      ],
      ['c', 'merci vielmal dänn lüt ich nach em znacht aa', '8s'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-adresse-nicht-weiterleiten',
    note: '"you do not need to connect me to anyone": a negated human request, address change answered',
    m: [
      [
        'c',
        'Grüezi, Sie müssen mich nicht mit jemandem verbinden, ich möchte nur meine Adresse ändern. Wo geht das?',
        '0s',
      ],
      [
        'b',
        'Grüezi! Im Kundenkonto unter Persönliche Daten > Adresse. Die Änderung gilt ab sofort, auch für die nächste Rechnung.',
      ],
      ['c', 'Erledigt, danke.'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'de',
    },
  },
];
