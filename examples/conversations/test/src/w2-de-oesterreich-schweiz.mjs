// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w2-de-at-fitness-filialleiter',
    note: 'early cancellation refused after a move to Graz; three heated messages in a row and a demand to speak to the branch manager',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'servus, ich zieh im jänner nach graz und will meinen vertrag im studio wien-mitte kündigen',
        '0s',
      ],
      [
        'b',
        'Hallo! Dein Vertrag hat eine Mindestlaufzeit bis 31.05.2027. Eine vorzeitige Kündigung ist leider nicht möglich.',
      ],
      [
        'c',
        'geh bitte, in graz gibts euch ned amal. soll ich jede woche 200 km fahren zum trainieren oder was?',
      ],
      ['b', 'Du kannst deine Mitgliedschaft bis zu 3 Monate kostenlos pausieren.'],
      [
        'c',
        'pausieren bringt ma nix, ich wohn dann dort!! das is echt a frechheit, bei jedem anderen studio geht das mit meldezettel',
      ],
      ['b', 'Die Vertragsbedingungen sehen bei Umzug keine Sonderkündigung vor.'],
      ['c', 'mir reichts jetzt. ich will mit dem filialleiter reden, und zwar heute noch'],
    ],
    x: {
      h: true,
      r: ['human_request', 'escalation_keyword', 'negative_sentiment', 'negative_streak'],
      t: 'sales',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-konzert-verschoben-gutschein',
    note: 'postponed concert, the bot only offers a voucher; the customer insists on a card refund and asks for someone who can decide: contested refund, indirect human request',
    m: [
      [
        'c',
        'Grüß Gott, das Konzert von Donaublau in der Stadthalle am 12.12. wurde auf den 14. März verschoben. Da kann ich nicht, ich möchte die Karten zurückgeben.',
        '0s',
      ],
      [
        'b',
        'Grüß Gott! Ihre Tickets bleiben für den Ersatztermin gültig. Falls Sie nicht teilnehmen können, bieten wir Ihnen einen Gutschein in Höhe des Ticketpreises an, einlösbar für alle Veranstaltungen.',
      ],
      [
        'c',
        'Einen Gutschein will ich nicht, ich geh sonst nie auf Konzerte, das war ein Geschenk für meine Tochter. Ich hätte gern die 178 € zurück.',
      ],
      [
        'b',
        'Bei verschobenen Veranstaltungen ist laut unseren AGB keine Rückerstattung vorgesehen, sondern ein Gutschein.',
      ],
      [
        'c',
        'Das sehe ich anders. Der Termin, für den ich bezahlt habe, findet nicht statt. Ich bestehe auf der Rückerstattung auf meine Kreditkarte und bitte, dass das jemand prüft, der das auch entscheiden darf.',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'human_request'],
      t: 'billing',
      f: ['178 €', 'Donaublau'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-mietwagen-kratzer-anwalt',
    note: 'formal email: damage charge after a clean return protocol, matter handed to a lawyer with a deadline: legal threat and contested charge',
    ch: 'email',
    m: [
      [
        'c',
        'Sehr geehrte Damen und Herren,\n\nnach Rückgabe des Mietwagens (Reservierung SZG-240917) am Flughafen Salzburg wurden mir 1.850 € für einen angeblichen Kratzer an der hinteren Stoßstange von meiner Kreditkarte abgebucht. Das Fahrzeug wurde bei der Rückgabe in meinem Beisein begutachtet, das Protokoll wurde ohne Mängel unterschrieben.\n\nIch ersuche um umgehende Rückbuchung.\n\nMit freundlichen Grüßen\nMag. Thomas Leitner',
        '0s',
      ],
      [
        'b',
        'Sehr geehrter Herr Mag. Leitner, Schäden, die bei der Endkontrolle nach der Rückgabe festgestellt werden, werden gemäß unseren Mietbedingungen verrechnet. Die Fotos finden Sie in Ihrem Kundenkonto.',
      ],
      [
        'c',
        'Sehr geehrte Damen und Herren,\n\ndie Fotos wurden laut Zeitstempel zwei Tage nach der Rückgabe aufgenommen, das Fahrzeug war zwischenzeitlich weitervermietet. Ich habe die Angelegenheit meinem Anwalt übergeben. Wird die Belastung nicht binnen 14 Tagen rückgängig gemacht, leitet er die weiteren Schritte ein.\n\nMit freundlichen Grüßen\nMag. Thomas Leitner',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute'],
      t: 'billing',
      f: ['SZG-240917', '1.850 €'],
      p: 'high',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-arzttermin-svnr-passwort',
    note: 'booking for a parent, the customer types the social-security number and the account password into the chat: sensitive data',
    m: [
      [
        'c',
        'Hallo, ich will für meine Mutter einen Termin beim Hautarzt in Linz buchen, sie hat kein Smartphone',
        '0s',
      ],
      [
        'b',
        'Hallo! Gerne. Sie können Termine für Angehörige buchen, wenn Sie sie unter Profil > Familienmitglieder hinzufügen.',
      ],
      [
        'c',
        'ok. dort verlangt es die sozialversicherungsnummer, ich schreib sie dir einfach her: 1231 150385, Maria Huber. und mein passwort fürs konto is Linz#Sommer22 falls du reinschauen musst',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-theater-der-prozess-karten',
    note: '"Der Prozess" is a play title; pre-purchase seat and price question, answered',
    m: [
      [
        'c',
        'Guten Tag, gibt es für "Der Prozess" im Akademietheater am 9. Jänner noch Karten in den vorderen Reihen?',
        '0s',
      ],
      [
        'b',
        'Guten Tag! Für den 9. Jänner sind in Reihe 3 und 4 noch Plätze frei, Kategorie 2 zu 54 €. Studierende unter 27 erhalten 50 % Ermäßigung.',
      ],
      ['c', 'Wie lange dauert die Vorstellung?'],
      ['b', 'Ca. 2 Stunden 10 Minuten, mit einer Pause.'],
      ['c', 'Gut, dann buche ich zwei Karten in Reihe 3 über die Website. Danke!'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-post-sendungsnummer-zustellung',
    note: 'a parcel tracking number is not sensitive data; delivery status answered',
    ch: 'sms',
    m: [
      [
        'c',
        'Hallo, mein Paket RR123456785AT steht seit 3 Tagen auf "in Zustellung". Kommt das noch?',
        '0s',
      ],
      [
        'b',
        'Hallo! Die Sendung RR123456785AT wurde heute früh dem Zusteller übergeben und kommt bis 18:00. Wenn niemand zu Hause ist, wird sie in der Filiale Graz-Lend hinterlegt.',
      ],
      ['c', 'ok danke, bin eh daheim'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-nach-uebergabe-rechnung-pdf',
    note: 'the earlier handoff solved the tariff change (prev 1); now only a trivial invoice-PDF question, answered by the bot',
    prev: 1,
    m: [
      [
        'c',
        'Servus, nochmal ich. Die Sache mit dem Tarifwechsel hat Ihr Kollege gestern eh gelöst, danke. Wo find ich eigentlich die Rechnung vom Oktober als PDF?',
        '0s',
      ],
      [
        'b',
        'Servus! Im Kundenportal unter Rechnungen & Zahlungen > Rechnungsarchiv. Dort kannst du jede Rechnung als PDF herunterladen.',
      ],
      ['c', 'gefunden, danke'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-jahresabrechnung-bei-mitarbeiter',
    note: 'CRM marks the conversation as with a human; the customer is impatient about a large back-payment but a person already holds it',
    ch: 'whatsapp',
    cust: {
      id: 'cus_at_6620',
      name: 'Gerhard Pichler',
      language: 'de',
      attributes: {
        handoffState: 'with_human',
      },
    },
    m: [
      [
        'c',
        'Ich wart jetzt schon ewig. 640 Euro Nachzahlung bei der Jahresabrechnung, das kann nicht stimmen',
        '0s',
      ],
      ['c', 'Hallo?? Ist da wer', '3m'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'de',
    },
  },
  {
    id: 'w2-de-at-zeiterfassung-gerichtstermin',
    note: 'a court date is only the subject of an HR-software how-to (recording an absence); answered',
    m: [
      [
        'c',
        'Hallo, eine Mitarbeiterin muss am 3.12. als Zeugin zu Gericht. Wie trag ich das in der Zeiterfassung ein, damit es nicht als Urlaub zählt?',
        '0s',
      ],
      [
        'b',
        'Hallo! Unter Abwesenheiten > Neu wählen Sie den Typ "Dienstverhinderung (bezahlt)" und als Grund "Behörden-/Gerichtstermin". Die Ladung können Sie als Anhang hochladen; sie ist dann nur für HR sichtbar.',
      ],
      ['c', 'Perfekt, eingetragen und Ladung angehängt.'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-spital-ausschreibung-600',
    note: 'hospital group procurement: 600 licences, four-year framework, migration concept, tender documents; the bot quotes list prices',
    ch: 'email',
    m: [
      [
        'c',
        "Grüezi\n\nDie Spitalgruppe Aare-Jura (4 Standorte, rund 3'200 Mitarbeitende) evaluiert für 2027 eine neue Lösung für die Personaleinsatzplanung. Wir rechnen mit ca. 600 Planer- und Führungslizenzen.\n\nFür unsere Ausschreibung benötigen wir bis 15. Januar: Konditionen für einen Rahmenvertrag über vier Jahre, Angaben zur Datenhaltung in der Schweiz und ein Konzept für die Migration aus unserem bisherigen System.\n\nFreundliche Grüsse\nBeat Zürcher\nLeiter Beschaffung",
        '0s',
      ],
      [
        'b',
        'Grüezi Herr Zürcher. Unsere Pakete finden Sie unter planwerk.ch/preise. Der Plan Professional kostet CHF 12.– pro Benutzer und Monat.',
      ],
      [
        'c',
        'Besten Dank, die Webseite kennen wir. Bei einem Volumen dieser Grössenordnung und einer öffentlichen Ausschreibung brauchen wir verbindliche, individuell ausgearbeitete Unterlagen. Bitte leiten Sie unsere Anfrage entsprechend weiter.\n\nFreundliche Grüsse\nBeat Zürcher',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['600 Planer', 'Spitalgruppe Aare-Jura'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-roaming-ombudscom',
    note: 'roaming bill contested two weeks ago (open case in the CRM), the bot calls it correct; refuses to pay and will go to the telecom ombudsman',
    start: '2026-11-20T10:00:00Z',
    cust: {
      id: 'cus_ch_1402',
      name: 'Lukas Meier',
      language: 'de',
    },
    ctx: {
      tickets: [
        {
          id: '55-30871',
          subject: 'Beanstandung Roaming-Rechnung Oktober',
          status: 'open',
          createdAt: '2026-11-06T08:12:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        "Grüezi, ich habe vor zwei Wochen die Roaming-Rechnung über CHF 1'280.– beanstandet (Fall 55-30871) und bis heute keine Antwort.",
        '0s',
      ],
      ['b', 'Grüezi! Ich sehe Ihren Fall 55-30871. Er ist in Bearbeitung.'],
      [
        'c',
        'Ich war eine Woche in Marokko, hatte das Roaming-Paket Welt 1 GB gelöst, und das SMS "Paket aufgebraucht" kam nie. Danach wurde einfach zum Normaltarif weiterverrechnet.',
      ],
      [
        'b',
        'Nach Verbrauch des Pakets wird die Datennutzung zum Standardtarif verrechnet. Die Kosten sind daher korrekt.',
      ],
      [
        'c',
        'Nein, sind sie nicht. Sie müssen mich beim Erreichen der Limite informieren. Diesen Betrag bezahle ich nicht. Wenn ich bis Ende Monat nichts höre, gelange ich an die Ombudscom.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute', 'previous_handoff'],
      t: 'billing',
      f: ['55-30871', "1'280"],
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-zuegelt-internet-ticket-offen',
    note: 'Swiss German dialect: internet still down three weeks after moving, an open ticket about exactly that: previous handoff, unresolved',
    ch: 'whatsapp',
    start: '2026-11-22T09:15:00Z',
    ctx: {
      tickets: [
        {
          id: '88-21457',
          subject: 'Aktivierung Internet neue Adresse',
          status: 'open',
          createdAt: '2026-11-02T13:40:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Hoi, mir sind am 1. zügelt und s internet gaht immer no nöd. Han am 2. scho aaglüte, Ticket 88-21457',
        '0s',
      ],
      [
        'b',
        'Hoi! Ich sehe das Ticket 88-21457 zur Aktivierung an der neuen Adresse. Es ist noch offen.',
      ],
      [
        'c',
        'ja eben, das weiss ich. es isch jetzt 3 wuche. ich schaffe im homeoffice und mues jede tag is café go',
      ],
      [
        'b',
        'Bitte stellen Sie sicher, dass die Box an der Glasfaserdose mit der richtigen Steckernummer verbunden ist.',
      ],
      [
        'c',
        'de techniker hät gseit es sig en fehler bi öich im system. ich wott eifach wüsse wänn das endlich lauft',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'support',
      f: ['88-21457'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-detailhandel-verlaengerung-28',
    note: 'enterprise retailer with 85 stores calls a 28% renewal increase unacceptable, has a competitor offer and wants a three-year deal at old terms or will cancel',
    cust: {
      id: 'cus_ch_0088',
      name: 'Claudia Baumann',
      email: 'c.baumann@alpenmarkt.example',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 520000,
      language: 'de',
    },
    ctx: {
      account: {
        plan: 'Planwerk Enterprise',
        sites: 85,
        renewalDate: '2027-01-01',
      },
    },
    m: [
      [
        'c',
        'Grüezi. Wir sind Kunde mit 85 Filialen auf Ihrer Personalplanungslösung. Die Verlängerung ab 1.1. kam mit +28 %, ohne Vorankündigung. Das ist für uns inakzeptabel.',
        '0s',
      ],
      [
        'b',
        'Grüezi! Die Preisanpassung wurde allen Kunden im September per E-Mail angekündigt. Details finden Sie unter Konto > Vertrag.',
      ],
      [
        'c',
        'Diese Mail hat bei uns niemand erhalten. Wir haben bereits ein Angebot eines Mitbewerbers auf dem Tisch. Wenn wir nicht über einen Dreijahresvertrag zu den bisherigen Konditionen reden können, kündigen wir per Ende Jahr.',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'sales_opportunity', 'escalation_keyword'],
      t: 'sales',
      f: ['85 Filialen', '+28 %'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-chef-fragt-webhooks',
    note: 'reported speech ("my boss told me to ask"); a simple API capability question, answered',
    m: [
      [
        'c',
        'Grüezi, mein Chef hat gesagt, ich soll mal fragen, ob eure API Webhooks für neue Bestellungen hat',
        '0s',
      ],
      [
        'b',
        'Grüezi! Ja: unter Einstellungen > Entwickler > Webhooks können Sie das Ereignis "order.created" abonnieren. Die Doku dazu: docs.shopwerk.ch/webhooks',
      ],
      ['c', 'Perfekt, das reicht ihm. Merci!'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-twint-einrichten',
    note: 'long TWINT setup with a bank app that ends with the customer reporting the first payment went through',
    m: [
      [
        'c',
        'Grüezi, ich möchte TWINT mit meinem Konto verbinden, aber die App sagt immer "Registrierung fehlgeschlagen"',
        '0s',
      ],
      [
        'b',
        'Grüezi! Welche TWINT-App verwenden Sie: die App Ihrer Bank oder die allgemeine TWINT-App?',
      ],
      ['c', 'die allgemeine, die gelbe'],
      [
        'b',
        'Für Ihre Bank brauchen Sie die Bank-TWINT-App. Mit der allgemeinen App ist nur Prepaid möglich. Bitte löschen Sie die gelbe App und laden Sie "Kantonalbank TWINT" herunter.',
      ],
      ['c', 'ok, mache ich'],
      ['c', 'installiert. jetzt will sie einen Aktivierungscode aus dem E-Banking'],
      [
        'b',
        'Genau. Im E-Banking unter Services > TWINT > Aktivieren erhalten Sie einen 8-stelligen Code.',
      ],
      ['c', 'finde Services nicht'],
      [
        'b',
        'Im E-Banking auf dem Computer oben rechts auf Ihren Namen klicken, dann "Services & Einstellungen".',
      ],
      ['c', 'ah da. code ist da'],
      ['c', 'eingegeben, jetzt will sie noch die Handynummer bestätigen'],
      [
        'b',
        'Sie erhalten gleich ein SMS mit einem Bestätigungscode. Geben Sie ihn in der App ein.',
      ],
      ['c', 'SMS kam, bestätigt. Konto ist verbunden'],
      ['b', 'Super! Sie können TWINT nun nutzen. Möchten Sie zum Test eine kleine Zahlung machen?'],
      ['c', 'habe grad meinem Kollegen die 12.50 fürs Zmittag geschickt, Zahlung ist durch 👍'],
      ['b', 'Perfekt! Viel Spass mit TWINT.'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'de',
    },
  },
  {
    id: 'w2-de-ch-ebanking-mitarbeiter-uebernommen',
    note: 'a system line says a support employee took over; the customer stays angry, but a person already holds the chat',
    m: [
      [
        'c',
        'Seit drei Tagen komme ich nicht ins E-Banking, die Login-Seite lädt einfach ewig. So geht das nicht.',
        '0s',
      ],
      ['b', 'Das tut mir leid. Ich verbinde Sie mit unserem E-Banking-Support.'],
      ['s', 'Reto (E-Banking Support) hat das Gespräch übernommen.'],
      ['c', 'endlich. ich muss heute noch Rechnungen zahlen und niemand sagt mir was los ist'],
      ['c', 'ich überlege ernsthaft die Bank zu wechseln'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'de',
    },
  },
];
