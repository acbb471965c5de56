// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w2-de-de-deutschlandticket-nacherhebung',
    note: 'the app lost the monthly ticket, the customer got a 60 EUR fare penalty; three angry messages in a row refusing to pay: streak and contested charge',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hey, mein deutschlandticket war heute in der app einfach weg und ich hab im RE ne fahrpreisnacherhebung über 60€ bekommen',
        '0s',
      ],
      [
        'b',
        'Hi! Das tut mir leid. Hast du die App schon aktualisiert? Oft hilft es, dich ab- und wieder anzumelden, damit das Ticket neu geladen wird.',
      ],
      [
        'c',
        'das bringt mir jetzt auch nix mehr, der kontrolleur stand ja schon da. ich zahl seit 2 jahren jeden monat und dann sowas. echt frech',
      ],
      [
        'b',
        'Du kannst die Fahrpreisnacherhebung innerhalb von 14 Tagen mit deinem Abo-Nachweis beim Kundenservice vorlegen, dann reduziert sie sich auf 7 €.',
      ],
      [
        'c',
        '7€?? ich HATTE ein gültiges ticket, eure app hat es gelöscht!! ich zahl dafür keinen cent',
      ],
      ['b', 'Bitte lade dazu ein Foto der Nacherhebung und einen Nachweis deines Abos hoch.'],
      [
        'c',
        'ich bin grad so sauer. die 60€ sollen komplett weg und die 7€ zahl ich auch nicht, das ist euer fehler und nicht meiner',
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'refund_dispute'],
      t: 'billing',
      f: ['60€'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-breitband-bundesnetzagentur',
    note: 'formal email: measured speed far below contract, demands a reduction and announces a complaint to the federal network regulator',
    ch: 'email',
    m: [
      [
        'c',
        'Sehr geehrte Damen und Herren,\n\nlaut Vertrag (Kundennummer 7720-44190) buche ich 250 Mbit/s im Download. Das Messprotokoll der Breitbandmessung der Bundesnetzagentur zeigt an drei Tagen im Schnitt 61 Mbit/s. Das Protokoll hänge ich an.\n\nIch mache hiermit eine Minderung des monatlichen Entgelts geltend.\n\nMit freundlichen Grüßen\nDr. Sabine Kretschmer',
        '0s',
      ],
      [
        'b',
        'Sehr geehrte Frau Dr. Kretschmer, vielen Dank für Ihre Nachricht. Bitte starten Sie Ihren Router neu und führen Sie die Messung per LAN-Kabel durch. WLAN-Messungen sind nicht aussagekräftig.',
      ],
      [
        'c',
        'Sehr geehrte Damen und Herren,\n\ndie Messungen wurden selbstverständlich per LAN durchgeführt, wie es das Messprotokoll vorschreibt. Sollte ich bis zum 15.12. keine schriftliche Bestätigung der Minderung erhalten, reiche ich eine Beschwerde bei der Bundesnetzagentur ein und rufe die Schlichtungsstelle Telekommunikation an.\n\nMit freundlichen Grüßen\nDr. Sabine Kretschmer',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'escalation_keyword'],
      t: 'billing',
      f: ['250 Mbit/s', '7720-44190'],
      p: 'high',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-escooter-fahrt-endet-nicht',
    note: 'scooter ride cannot be ended, an error code the bot has no answer for while the meter runs: novel problem',
    m: [
      [
        'c',
        'hilfe ich kann meine fahrt nicht beenden. app sagt "E-1107 Parkposition konnte nicht verifiziert werden" obwohl ich mitten in der grünen zone steh',
        '0s',
      ],
      [
        'b',
        'Hi! Bitte stell den Scooter in eine Parkzone (auf der Karte grün markiert) und versuch es erneut.',
      ],
      [
        'c',
        'ich STEH in der grünen zone. hab ihn 3x umgestellt. die uhr läuft weiter, bin schon bei 14€',
      ],
      [
        'b',
        'Achte darauf, dass GPS auf deinem Handy aktiviert ist, und mach ein Foto vom abgestellten Scooter.',
      ],
      [
        'c',
        'gps an, foto gemacht, wieder E-1107. was soll ich jetzt machen, den einfach stehen lassen und weiterzahlen?',
      ],
      ['b', 'Zu diesem Fehler habe ich leider keine weiteren Informationen.'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['E-1107'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-tierversicherung-erstattung-gestern',
    note: 'yesterday handed to an agent (prev 1) who promised the payout today; still not there: previous handoff, same issue',
    ch: 'whatsapp',
    prev: 1,
    m: [
      [
        'c',
        'Guten Tag, ich hatte gestern schon wegen der Erstattung der OP-Rechnung für meinen Hund geschrieben und wurde an einen Mitarbeiter weitergeleitet.',
        '0s',
      ],
      [
        'c',
        'Der meinte, das Geld ist heute auf dem Konto. Da ist aber nichts. Es geht um 1.240,00 € aus Schadenfall TK-88231.',
        '30s',
      ],
      [
        'b',
        'Hallo! Erstattungen werden in der Regel innerhalb von 10 Werktagen nach Abschluss der Prüfung überwiesen.',
      ],
      [
        'c',
        'Die Prüfung ist laut Ihrem Kollegen abgeschlossen. Ich würde gern wissen, was da schiefgelaufen ist.',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'billing',
      f: ['TK-88231', '1.240,00 €'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-lohnbuero-datev-export',
    note: 'payroll export to the accountant keeps failing; the bot repeats the same check for over 20 minutes; the same question three ways, then asks for someone from support',
    ch: 'whatsapp',
    start: '2026-11-27T14:05:00Z',
    m: [
      [
        'c',
        'Hallo, der DATEV-Export der Lohnabrechnung November bricht ab mit "Mandantennummer ungültig"',
        '0s',
      ],
      [
        'b',
        'Hallo! Bitte prüfen Sie unter Einstellungen > Schnittstellen > DATEV, ob Berater- und Mandantennummer korrekt hinterlegt sind.',
        '4s',
      ],
      [
        'c',
        'Beraternummer 1234567, Mandant 10442, genau so wie bei unserem Steuerbüro. Im Oktober hat es damit noch funktioniert',
        '2m',
      ],
      [
        'b',
        'Die Mandantennummer muss zwischen 1 und 99999 liegen und darf keine führenden Nullen enthalten.',
        '4s',
      ],
      ['c', 'tut sie ja. warum kommt trotzdem der Fehler?', '1m'],
      [
        'b',
        'Bitte prüfen Sie unter Einstellungen > Schnittstellen > DATEV, ob Berater- und Mandantennummer korrekt hinterlegt sind.',
        '4s',
      ],
      [
        'c',
        'Hab ich doch. Anders gefragt: was muss ich ändern, damit der Export durchläuft?',
        '3m',
      ],
      ['b', 'Eine Anleitung zum DATEV-Export finden Sie hier: hilfe.lohnfix.de/datev-export', '4s'],
      ['c', 'Die hab ich jetzt zweimal durch, steht nichts zu dem Fehler drin', '6m'],
      ['b', 'Haben Sie nach der Änderung gespeichert und die Seite neu geladen?', '4s'],
      ['c', 'ja', '30s'],
      [
        'c',
        'Unser Steuerbüro braucht die Daten bis morgen früh, sonst gehen die Löhne zu spät raus',
        '3m',
      ],
      [
        'b',
        'Bitte prüfen Sie unter Einstellungen > Schnittstellen > DATEV, ob Berater- und Mandantennummer korrekt hinterlegt sind.',
        '4s',
      ],
      [
        'c',
        'zum dritten mal: die Nummern stimmen. wieso lehnt das System die Mandantennummer ab?',
        '2m',
      ],
      ['b', 'Das tut mir leid. Kann ich Ihnen sonst noch helfen?', '4s'],
      [
        'c',
        'Gibt es bei Ihnen jemanden aus dem Support, der sich das direkt anschauen kann? Ich sitze jetzt seit fast einer halben Stunde dran',
        '5m',
      ],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'repeated_question', 'human_request', 'bot_not_helping'],
      t: 'technical',
      f: ['Mandantennummer ungültig', '10442'],
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-bahncard-wenn-du-mensch-waerst',
    note: 'a joke about the bot being human; the question is the list price of a rail card, answered',
    m: [
      ['c', 'was kostet eigentlich die bahncard 25 2. klasse?', '0s'],
      [
        'b',
        'Die BahnCard 25 für die 2. Klasse kostet 62,90 € für ein Jahr. Für unter 27-Jährige gibt es die My BahnCard 25 für 36,90 €.',
      ],
      [
        'c',
        'oh ich bin 24, perfekt. haha wenn du ein mensch wärst würd ich dir jetzt nen kaffee ausgeben ☕',
      ],
      ['c', 'hab sie grad in der app gekauft, danke!'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-vorbestellung-karte-endung',
    note: 'a charge recognised only by the last four card digits; the bot explains it is a pre-order and the customer is fine',
    m: [
      [
        'c',
        'Hallo, von meiner Kreditkarte (Endung 4444) wurden 69,99 € abgebucht und ich hab grad nichts gekauft',
        '0s',
      ],
      [
        'b',
        'Hallo! Das ist deine Vorbestellung von "Nordlicht Chronicles" aus dem August. Vorbestellungen werden am Erscheinungstag belastet, das war gestern. Das Spiel liegt schon in deiner Bibliothek.',
      ],
      ['c', 'ach stimmt, total vergessen 😂 lädt schon runter'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-kuendigung-bei-mitarbeiterin',
    note: 'long chat held by an agent who is processing a cancellation; the customer is irritated after the agent wrote, but a person already has the chat',
    m: [
      ['c', 'Ich will meinen Handyvertrag zum Ende der Laufzeit kündigen', '0s'],
      [
        'b',
        'Schade, dass du gehen möchtest. Ich verbinde dich mit einer Kollegin, die das mit dir abschließt.',
      ],
      ['s', 'Melanie (Kundenservice) ist dem Chat beigetreten'],
      [
        'a',
        'Hallo, hier ist Melanie. Ich kümmere mich um deine Kündigung. Magst du mir kurz sagen, warum du wechseln möchtest?',
      ],
      ['c', 'zu teuer. 44,99 im monat für 20 GB, woanders krieg ich 50 GB für die hälfte'],
      [
        'a',
        'Verstehe. Ich könnte dir unseren Tarif mit 40 GB für 24,99 € anbieten, ohne neue Laufzeit.',
      ],
      ['c', 'nein danke. das hättet ihr mir vor 2 jahren anbieten können'],
      [
        'a',
        'Alles klar. Dann trage ich die Kündigung zum 14.02.2027 ein. Möchtest du deine Rufnummer mitnehmen?',
      ],
      ['c', 'ja, nummer mitnehmen'],
      ['a', 'Dann brauche ich noch den Namen deines neuen Anbieters.'],
      ['c', 'hab ich noch nicht entschieden'],
      [
        'a',
        'Kein Problem, die Mitnahme kannst du bis 90 Tage nach Vertragsende beantragen. Ich schicke dir die Kündigungsbestätigung per Mail.',
      ],
      ['c', 'ok. und die 29€ rufnummernmitnahme gebühr, ist das euer ernst?'],
      [
        'a',
        'Die Gebühr ist gesetzlich gedeckelt und wird vom neuen Anbieter oft übernommen. Ich prüfe kurz, ob ich sie dir erlassen kann.',
      ],
      ['c', 'ja prüf mal. echt nervig alles'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-zurueck-beim-bot-adresse',
    note: 'after an earlier handoff the agent handed back; a new trivial address question stays with the bot',
    ch: 'whatsapp',
    prev: 1,
    m: [
      [
        'a',
        'So, die Gutschrift über 12,00 € ist gebucht. Ich gebe dich zurück an unseren Assistenten. Schönen Abend!',
        '0s',
      ],
      ['b', 'Hallo nochmal! Kann ich sonst noch etwas für dich tun?'],
      ['c', 'ja wie ändere ich meine lieferadresse für die nächste box?'],
      [
        'b',
        'In der App unter Profil > Adressen. Änderungen bis Mittwoch 23:59 gelten schon für die Box am Samstag.',
      ],
      ['c', 'erledigt 👌'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-sprachkurs-jahresabo',
    note: 'self-serve pricing of a language course subscription: list price, not a sales opportunity',
    m: [
      [
        'c',
        'hallo, was kostet das jahresabo für spanisch und kann ich das später auf italienisch wechseln?',
        '0s',
      ],
      [
        'b',
        'Hallo! Das Jahresabo kostet 95,88 € (7,99 € pro Monat) und gilt für alle Sprachen: du kannst jederzeit zu Italienisch wechseln oder beides parallel lernen.',
      ],
      ['c', 'ah top, dann hol ich mir das'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'de',
    },
  },
  {
    id: 'w2-de-de-deutschlandticket-app-anzeige',
    note: 'long troubleshooting of a subscription ticket that does not show in the app; ends with the customer reporting the QR code is there',
    m: [
      [
        'c',
        'hallo, ich hab mein abo von monatlich auf das jobticket umgestellt und seitdem zeigt die app kein ticket mehr an',
        '0s',
      ],
      ['b', 'Hallo! Ab wann gilt das Jobticket laut deiner Bestätigungsmail?'],
      ['c', 'ab 1.12. steht da'],
      [
        'b',
        'Dann wird das Dezember-Ticket ab dem 1.12. angezeigt. Für November sollte noch dein altes Ticket sichtbar sein. Bist du mit derselben E-Mail-Adresse angemeldet wie beim Abo?',
      ],
      ['c', 'ähm keine ahnung, wie seh ich das'],
      ['b', 'In der App unter Profil > Konto steht die E-Mail-Adresse.'],
      [
        'c',
        'da steht meine private gmail. das jobticket lief über die firma glaub ich mit meiner arbeitsmail',
      ],
      [
        'b',
        'Das ist wahrscheinlich der Grund: das Jobticket hängt an einem zweiten Konto. Du kannst beide verknüpfen: Profil > Konten verknüpfen > E-Mail der Firma eingeben.',
      ],
      ['c', 'hab ich gemacht, jetzt will er einen bestätigungscode'],
      ['b', 'Der Code kommt an die Firmenadresse. Er ist 15 Minuten gültig.'],
      ['c', 'moment muss erst ins outlook'],
      ['c', 'code eingegeben. jetzt steht da "Konten verknüpft"'],
      ['b', 'Sehr gut. Zieh die Ticketansicht einmal nach unten, um sie zu aktualisieren.'],
      [
        'c',
        'november ticket ist wieder da und darunter schon "Dezember, gültig ab 01.12." mit QR-code 🙌',
      ],
      ['b', 'Perfekt, dann bist du startklar. Gute Fahrt!'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'de',
    },
  },
];
