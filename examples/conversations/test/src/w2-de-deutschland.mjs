// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w2-de-de-glasfaser-umzug-kollege',
    note: 'moving house, the bot repeats the generic relocation steps; the customer politely asks to discuss it with one of the staff by phone: indirect human request',
    m: [
      [
        'c',
        'Guten Tag, wir ziehen zum 1. Januar von Köln nach Bonn und ich möchte unseren Glasfaser-Vertrag mitnehmen.',
        '0s',
      ],
      [
        'b',
        'Hallo! Einen Umzug können Sie im Kundencenter unter Vertrag > Umzug melden. Bitte geben Sie uns mindestens 4 Wochen vorher Bescheid.',
      ],
      [
        'c',
        'Das habe ich versucht, aber an der neuen Adresse gibt es laut Ihrer Seite nur DSL 100, kein Glasfaser. Was passiert dann mit meiner Vertragslaufzeit, die noch bis 2027 läuft?',
      ],
      [
        'b',
        'An Ihrer neuen Adresse ist DSL 100 verfügbar. Sie können den Umzug im Kundencenter unter Vertrag > Umzug melden.',
      ],
      [
        'c',
        'Ja, danke. Wäre es vielleicht möglich, das mit einem Ihrer Kollegen am Telefon zu besprechen? Ich würde gern verstehen, welche Möglichkeiten ich habe, bevor ich irgendwas bestätige.',
      ],
    ],
    x: {
      h: true,
      r: ['human_request', 'bot_not_helping'],
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-fleet-dashboards-kuendigung',
    note: 'enterprise fleet customer: all dashboards empty for three days, the bot answers past the problem; renewal at stake if not fixed by Friday, ends in sarcasm',
    cust: {
      id: 'cus_de_3301',
      name: 'Jens Albrecht',
      email: 'j.albrecht@nordlog.example',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 186000,
      language: 'de',
    },
    ctx: {
      account: {
        plan: 'Fleet Enterprise',
        vehicles: 340,
        renewalDate: '2027-01-15',
      },
    },
    m: [
      [
        'c',
        'Guten Morgen, seit dem Update am Montag zeigen alle unsere Flotten-Dashboards nur noch "Keine Daten". Betroffen sind 340 Fahrzeuge.',
        '0s',
      ],
      [
        'b',
        'Guten Morgen! Bitte prüfen Sie, ob der Zeitraumfilter oben rechts auf "Letzte 7 Tage" steht.',
      ],
      ['c', 'Der Filter passt. Das betrifft alle Nutzer bei uns, 25 Disponenten.'],
      ['b', 'Danke. Bitte leeren Sie den Browser-Cache und laden Sie das Dashboard neu.'],
      [
        'c',
        'Haben wir gemacht, in Chrome und Edge. Die Rohdaten kommen laut API auch an, nur die Dashboards bleiben leer.',
      ],
      [
        'b',
        'Wenn die Daten per API ankommen, erscheinen sie spätestens nach 15 Minuten im Dashboard.',
      ],
      ['c', 'Es sind aber drei Tage.'],
      ['b', 'Können Sie mir sagen, welches Dashboard betroffen ist?'],
      ['c', 'ALLE. Wie gesagt.'],
      [
        'b',
        'Hier finden Sie eine Anleitung zur Fehlerbehebung bei Dashboards: hilfe.fleetlytics.de/dashboards-leer',
      ],
      [
        'c',
        'Die kennen wir. Wir planen unsere Touren gerade wieder mit Excel, weil Ihr Produkt seit Montag nicht funktioniert.',
      ],
      ['b', 'Das tut mir leid. Gibt es noch etwas, wobei ich helfen kann?'],
      [
        'c',
        'Ja. Unser Vertrag verlängert sich im Januar. Wenn das bis Freitag nicht läuft, kündigen wir und gehen zurück zu unserem alten Anbieter. Das können Sie gern so weitergeben.',
      ],
      ['b', 'Ich habe Ihr Feedback notiert.'],
      ['c', 'Notiert. Großartig.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'negative_sentiment', 'bot_not_helping'],
      t: 'technical',
      f: ['340 Fahrzeuge'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-baeckerei-kassen-60-filialen',
    note: 'voice-to-text: the tills of an enterprise bakery chain fail in all 60 branches with a fiscal-signature code the bot does not know; asks to be put through to engineering',
    ch: 'voice',
    cust: {
      id: 'cus_de_0777',
      name: 'Bäckerei Hoffmann GmbH',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 264000,
      language: 'de',
    },
    ctx: {
      account: {
        plan: 'Kasse Cloud Enterprise',
        sites: 60,
      },
    },
    m: [
      [
        'c',
        'ja hallo hier ist schneider von der bäckerei hoffmann wir haben ein riesenproblem seit sechs uhr gehen in den filialen die kassen nicht mehr',
        '0s',
      ],
      [
        'b',
        'Hallo Herr Schneider. Bitte starten Sie die Kasse neu, indem Sie sie 30 Sekunden vom Strom trennen.',
      ],
      [
        'c',
        'das haben wir in drei filialen schon gemacht bringt nichts es kommt immer tse signatur fehlgeschlagen code null x einundneunzig und das in allen sechzig filialen',
        '25s',
      ],
      ['b', 'Zu diesem Fehlercode habe ich leider keine Informationen.'],
      [
        'c',
        'ja dann verbinden sie mich bitte sofort mit jemandem aus ihrer technik wir können grad nichts verkaufen',
        '10s',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'novel_problem', 'human_request'],
      t: 'technical',
      f: ['allen sechzig filialen'],
      p: 'urgent',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-drittanbieter-ruecklastschrift',
    note: 'third-party charges on a phone bill, the bot says to ask the third party; the customer will have the bank reverse the direct debit: chargeback threat in other words',
    m: [
      [
        'c',
        'hi, auf meiner handyrechnung sind 3x 9,99€ für irgendein "Premium Games Abo" das ich nie abgeschlossen hab',
        '0s',
      ],
      [
        'b',
        'Hallo! Das ist ein Drittanbieterdienst. Du kannst solche Dienste im Kundencenter unter "Drittanbietersperre" sperren lassen.',
      ],
      ['c', 'ok gesperrt. und das geld?'],
      [
        'b',
        'Für Erstattungen von Drittanbieterdiensten wende dich bitte direkt an den Anbieter. Die Kontaktdaten stehen auf deiner Rechnung.',
      ],
      [
        'c',
        'ne sorry, IHR habt das abgebucht, nicht die. wenn ich die 29,97€ bis nächsten monat nicht zurück hab, lass ich die lastschrift halt über meine bank zurückgehen',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['29,97€', 'Premium Games Abo'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-arzttermine-dsgvo-auskunft',
    note: 'a formal data-access request under GDPR (Art. 15) on a doctor booking platform; the bot points to the profile page',
    m: [
      [
        'c',
        'Hallo, ich möchte nach Art. 15 DSGVO Auskunft darüber, welche Daten ihr über mich gespeichert habt, vor allem welche Praxen meine Termine und Gesundheitsangaben sehen konnten.',
        '0s',
      ],
      ['b', 'Hallo! Deine gespeicherten Termine findest du im Profil unter "Meine Termine".'],
      [
        'c',
        'Das ist keine Auskunft im Sinne der DSGVO. Ich will eine vollständige Kopie aller Daten inkl. Empfänger und Speicherdauer, schriftlich an meine Mailadresse bitte.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-pauschalreise-karte-im-chat',
    note: 'wants to book a package holiday and types the full card number, expiry and CVC into the chat: sensitive data, a purchase',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'moin, ich würd gern die pauschalreise nach fuerteventura vom 14.-21.03. für 2 personen buchen, das angebot für 1.486€',
        '0s',
      ],
      [
        'b',
        'Moin! Gute Wahl 🌴 Du kannst die Reise direkt über den Button "Jetzt buchen" im Angebot reservieren.',
      ],
      [
        'c',
        'hab ich versucht, beim bezahlen hängt es. kannst du das nich einfach für mich machen? 5555 5555 5555 4444, gültig bis 11/27, prüfnummer 321',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'sales',
      f: ['1.486€', 'fuerteventura'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-packstation-fach-geht-nicht',
    note: 'parcel locker will not open; the bot loops and falls back while the customer asks how to get the parcel out four times, ending in sarcasm',
    m: [
      [
        'c',
        'hallo, ich krieg mein paket nicht aus der packstation 147 raus, der abholcode wird nicht angenommen',
        '0s',
      ],
      ['b', 'Hallo! Bitte scanne den Abholcode aus der App am Scanner der Packstation.'],
      ['c', 'hab ich, da steht "Code ungültig"'],
      ['b', 'Alternativ kannst du deine Postnummer und die mTAN eingeben.'],
      ['c', 'mTAN kommt keine. wie komm ich jetzt an das paket?'],
      [
        'b',
        'Wenn keine mTAN ankommt, prüfe bitte die hinterlegte Handynummer in deinem Kundenkonto.',
      ],
      ['c', 'nummer stimmt. nochmal: wie krieg ich das paket da raus?'],
      ['b', 'Du kannst deine Sendung jederzeit in der App verfolgen.'],
      [
        'c',
        'ich weiß wo es ist, es liegt in fach 23 direkt vor meiner nase 🙃 gibts irgendeinen weg das fach aufzumachen?',
      ],
      ['b', 'Bitte scanne den Abholcode aus der App am Scanner der Packstation.'],
      ['c', 'das war genau das was ich am anfang gemacht hab'],
      ['b', 'Ich habe dich leider nicht verstanden. Kannst du deine Frage anders formulieren?'],
      [
        'c',
        'ok letzter versuch: paket liegt drin, code geht nicht, mtan kommt nicht. wer kann mir das fach öffnen? die lagerfrist läuft übermorgen ab',
      ],
      [
        'b',
        'Die Lagerfrist in der Packstation beträgt 7 Tage. Danach geht die Sendung an den Absender zurück.',
      ],
      ['c', 'super. dann geht meine neue brille halt zurück zum optiker. klasse service'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping', 'negative_sentiment'],
      t: 'support',
      f: ['packstation 147'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-zertifikat-gleicher-text',
    note: 'the bot pastes the identical certificate answer twice though the customer passed the quiz; sarcastic thanks',
    m: [
      [
        'c',
        'hi, ich hab den Excel-Kurs vor 2 wochen abgeschlossen, 100% fortschritt, aber das zertifikat wird nicht freigeschaltet',
        '0s',
      ],
      [
        'b',
        'Hallo! Zertifikate werden automatisch freigeschaltet, sobald alle Lektionen und das Abschlussquiz abgeschlossen sind. Mehr dazu: hilfe.lernwerk.de/zertifikate',
      ],
      ['c', 'quiz hab ich mit 92% bestanden, steht auch so im profil. trotzdem kein zertifikat'],
      [
        'b',
        'Zertifikate werden automatisch freigeschaltet, sobald alle Lektionen und das Abschlussquiz abgeschlossen sind. Mehr dazu: hilfe.lernwerk.de/zertifikate',
      ],
      [
        'c',
        'wow danke, exakt der gleiche text nochmal. hat mir beim ersten mal ja schon mega weitergeholfen 🙃 ich brauch das ding für ne bewerbung am montag',
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'bot_not_helping'],
      t: 'support',
      f: ['Excel-Kurs'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-avv-download-datenschutz',
    note: 'GDPR paperwork as the subject of a how-to: where to download the data-processing agreement; no redline, no request about personal data',
    m: [
      [
        'c',
        'Guten Tag, unser Datenschutzbeauftragter braucht für die DSGVO-Dokumentation die Auftragsverarbeitungsvereinbarung (AVV). Wo kann ich die herunterladen?',
        '0s',
      ],
      [
        'b',
        'Guten Tag! Die AVV finden Sie im Admin-Bereich unter Einstellungen > Rechtliches > Auftragsverarbeitung. Dort können Sie sie mit einem Klick digital abschließen und als PDF speichern.',
      ],
      ['c', 'Gefunden, abgeschlossen und als PDF gespeichert. Vielen Dank!'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-lieferdienst-cola-erstattet',
    note: 'missing drink in a food order, the bot refunds it within policy and the customer confirms the PayPal notice',
    ch: 'whatsapp',
    m: [
      ['c', 'hi bei meiner bestellung von pizza fratelli fehlt die cola', '0s'],
      [
        'b',
        'Oh, sorry! Ich hab dir die 3,50 € für die Cola zurück auf dein PayPal-Konto erstattet. Das kann ein paar Minuten dauern.',
      ],
      ['c', 'jo paypal-mail is schon da 👍 danke'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-gym-keine-beschwerde-premium',
    note: '"no complaint, just a question": a self-serve upgrade question with a list price',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hey, keine beschwerde, nur ne frage 😅 was kostet das upgrade auf premium mit sauna?',
        '0s',
      ],
      [
        'b',
        'Hi! Premium kostet 39,90 € im Monat statt 29,90 € und beinhaltet Sauna, Getränkeflat und alle Kurse. Du kannst jederzeit in der App upgraden, ohne neue Laufzeit.',
      ],
      ['c', 'ah cool, ohne neue laufzeit is gut. mach ich heute abend'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-enterprise-webhook-ips',
    note: 'enterprise admin asks a trivial IP-allowlist question the bot answers: tier alone is no reason',
    ch: 'other',
    cust: {
      id: 'cus_de_0042',
      name: 'Katrin Vogt',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 320000,
      language: 'de',
    },
    m: [
      ['c', 'Welche IP-Adressen müssen wir für eure Webhooks auf der Firewall freigeben?', '0s'],
      [
        'b',
        'Hallo Katrin! Unsere Webhooks kommen aus 18.157.22.0/27 und 3.121.6.64/27 (beide Frankfurt). Die aktuelle Liste gibt es auch maschinenlesbar unter api.fleetlytics.de/meta/ips.',
      ],
      ['c', 'super, danke, ist eingetragen'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-sofa-farbe-ausverkauft',
    note: 'mild disappointment about a sold-out colour; the bot offers a restock date and an alternative, the customer buys',
    m: [
      ['c', 'schade, das sofa "Linnea" in grün ist ausverkauft oder?', '0s'],
      [
        'b',
        'Leider ja, in Tannengrün kommt es erst Mitte Februar wieder. In Salbei ist es sofort lieferbar, Lieferzeit 5-7 Werktage.',
      ],
      ['c', 'hm ok salbei sieht auf dem foto eigentlich auch schön aus. dann nehm ich das'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-verkaeufer-paypal-konflikt',
    note: 'a marketplace seller asks how to respond to a dispute opened by a buyer: how-to, not the seller disputing anything',
    m: [
      [
        'c',
        'Hi, ein Käufer hat wegen meiner verkauften Kamera einen PayPal-Konflikt eröffnet, angeblich nicht angekommen. Wie reagiere ich da am besten? Hab ne Sendungsnummer',
        '0s',
      ],
      [
        'b',
        'Hallo! Antworte im PayPal-Konfliktcenter innerhalb von 10 Tagen und lade den Versandnachweis mit Sendungsnummer hoch. Bei versichertem Versand mit Zustellnachweis wird der Konflikt in der Regel zu deinen Gunsten entschieden.',
      ],
      ['c', 'ok, hab den einlieferungsbeleg und die zustellbestätigung hochgeladen. danke'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'de',
    },
  },
];
