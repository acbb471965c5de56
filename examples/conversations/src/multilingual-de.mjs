// German (Germany, Austria, Switzerland), formal and colloquial. See ../README.md for the format.
export const defaults = { l: 'de' };

export default [
  {
    id: 'de-keine-beschwerde-versand',
    note: 'trap: "keine Beschwerde, nur eine Frage" about shipping to Austria, answered',
    cust: { id: 'cus_3001', name: 'Katrin Huber', language: 'de' },
    m: [
      [
        'c',
        'Hallo, keine Beschwerde, nur eine Frage: Wie lange dauert der Versand nach Österreich?',
      ],
      [
        'b',
        'Hallo Katrin! Nach Österreich liefern wir in 3-5 Werktagen mit DHL, ab 49 € Bestellwert versandkostenfrei.',
      ],
      ['c', 'Super, danke für die schnelle Antwort!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'de-doppelt-abgebucht',
    note: 'double debit of an invoice the bot cannot explain: billing dispute',
    cust: { id: 'cus_3002', name: 'Anna Berger', tier: 'pro' },
    m: [
      ['c', 'Hallo, meine Rechnung RE-2026-0456 über 49,90 € ist doppelt abgebucht worden.'],
      ['b', 'Das tut mir leid. Können Sie mir sagen, wann die Abbuchungen erfolgt sind?'],
      [
        'c',
        'Beide am 3. November, laut Kontoauszug. Ich möchte, dass eine davon zurückgebucht wird.',
      ],
      ['b', 'Ihre Rechnung RE-2026-0456 ist als bezahlt markiert.'],
      ['c', 'Ja, zweimal bezahlt. Genau das ist das Problem.'],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['RE-2026-0456', '49,90 €'] },
  },
  {
    id: 'de-mitarbeiter-router',
    note: 'asks to speak to an employee after the router troubleshooting fails',
    cust: { id: 'cus_3003', name: 'Thomas Wagner' },
    m: [
      ['c', 'Mein neuer Router FritzLink 7 verliert alle paar Minuten die Internetverbindung.'],
      [
        'b',
        'Bitte starten Sie den Router neu: Stecker ziehen, 30 Sekunden warten, wieder einstecken.',
      ],
      ['c', 'Hab ich schon dreimal gemacht. Auch ein Werksreset hat nichts gebracht.'],
      ['b', 'Prüfen Sie bitte, ob die DSL-Leuchte dauerhaft grün leuchtet.'],
      [
        'c',
        'Sie blinkt, wenn die Verbindung weg ist. Kann ich bitte mit einem Mitarbeiter sprechen?',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'technical', f: ['FritzLink 7'] },
  },
  {
    id: 'de-dsgvo-auskunft',
    note: 'data access request under Art. 15 GDPR: compliance, support issue type',
    ch: 'email',
    cust: { id: 'cus_3004', name: 'Dr. Markus Lehmann' },
    m: [
      [
        'c',
        'Sehr geehrte Damen und Herren,\n\nhiermit verlange ich gemäß Art. 15 DSGVO Auskunft über sämtliche zu meiner Person gespeicherten Daten, deren Herkunft und Empfänger.\n\nMit freundlichen Grüßen\nMarkus Lehmann',
      ],
      [
        'b',
        'Vielen Dank für Ihre Nachricht. Ihre Kontodaten können Sie jederzeit unter Profil > Einstellungen einsehen.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'de-anwalt-kuendigung',
    note: 'contract renewed despite a timely cancellation, threatens a lawyer: legal threat about a renewal',
    cust: { id: 'cus_3005', name: 'Sabine Krüger', tier: 'pro' },
    m: [
      [
        'c',
        'Ich habe meinen Vertrag am 2. September fristgerecht gekündigt und ihr habt ihn trotzdem um 12 Monate verlängert.',
      ],
      ['b', 'Laut unseren Unterlagen ist Ihr Vertrag aktiv und verlängert sich bis 30.11.2027.'],
      [
        'c',
        'Ich habe die Kündigungsbestätigung als PDF. Wenn das nicht bis Freitag korrigiert ist, schalte ich meinen Anwalt ein.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'sales', f: ['12 Monate'] },
  },
  {
    id: 'de-manager-pro-standorte',
    note: 'trap: the product is called Manager Pro; a how-to about locations, answered',
    cust: { id: 'cus_3006', name: 'Lukas Schmid', tier: 'pro' },
    m: [
      ['c', 'Kann ich in Manager Pro mehrere Standorte anlegen? Wir eröffnen eine zweite Filiale.'],
      [
        'b',
        'Ja! In Manager Pro gehen Sie zu Einstellungen > Standorte > "Standort hinzufügen". Jeder Standort bekommt eigene Öffnungszeiten und Mitarbeiter.',
      ],
      ['c', 'Und die Lagerbestände sind dann getrennt?'],
      [
        'b',
        'Genau, der Bestand wird pro Standort geführt. Umbuchungen zwischen Standorten sind unter Lager > Umlagerung möglich.',
      ],
      ['c', 'Perfekt, danke!'],
    ],
    x: { h: false, t: 'support', f: ['Manager Pro'] },
  },
  {
    id: 'de-seriennummer-dreimal',
    note: 'asks three times in other words where the serial number is; the bot answers something else',
    cust: { id: 'cus_3007', name: 'Petra Neumann' },
    m: [
      ['c', 'Wo finde ich die Seriennummer von meinem Saugroboter CleanBot S5?'],
      ['b', 'Der CleanBot S5 hat eine Akkulaufzeit von bis zu 120 Minuten.'],
      ['c', 'Ich meine die Seriennummer. Wo steht die auf dem Gerät?'],
      ['b', 'Sie können den CleanBot S5 über die App mit Ihrem WLAN verbinden.'],
      ['c', 'Nochmal: an welcher Stelle ist die Gerätenummer aufgedruckt? Für die Garantie.'],
      ['b', 'Entschuldigung, das habe ich nicht verstanden.'],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'technical', f: ['CleanBot S5'] },
  },
  {
    id: 'de-thermostat-langer-chat',
    note: 'web chat over 20 minutes wiring a thermostat, still unresolved: long session',
    cust: { id: 'cus_3008', name: 'Jürgen Bauer' },
    m: [
      [
        'c',
        'Hallo, ich installiere gerade das Thermostat HeatSmart T2 und es zeigt nach dem Anschließen nichts an.',
        '0s',
      ],
      [
        'b',
        'Bitte prüfen Sie, ob die Sicherung eingeschaltet ist und die Kabel an L und N angeschlossen sind.',
      ],
      [
        'c',
        'Sicherung ist an, L und N sind angeschlossen. Es gibt noch ein drittes Kabel, schwarz.',
        '4m',
      ],
      ['b', 'Das dritte Kabel gehört bei Heizungsanlagen an die Klemme "Heizen" (H).'],
      ['c', 'Gemacht. Display bleibt schwarz.', '6m'],
      ['b', 'Bitte drücken Sie 10 Sekunden die Taste an der Seite, um das Gerät zurückzusetzen.'],
      [
        'c',
        'Hab ich. Immer noch nichts. Ich sitze jetzt seit einer Viertelstunde im kalten Wohnzimmer.',
        '5m',
      ],
      ['b', 'Prüfen Sie bitte, ob die Kabel an L und N angeschlossen sind.'],
      ['c', 'Das hatten wir schon. Was kann ich noch tun?', '7m'],
    ],
    x: { h: true, r: ['long_session'], t: 'technical', f: ['HeatSmart T2'] },
  },
  {
    id: 'de-umtausch-groesse',
    note: 'size exchange the bot arranges: no handoff',
    ch: 'whatsapp',
    cust: { id: 'cus_3009', name: 'Mia Vogel' },
    m: [
      ['c', 'Hi, die Jacke aus Bestellung 100-48812 ist zu klein, kann ich sie gegen M tauschen?'],
      [
        'b',
        'Klar, Mia! Größe M ist auf Lager. Ich habe den Umtausch angelegt, das Rücksendeetikett kommt per Mail. Die neue Jacke schicken wir los, sobald die alte unterwegs ist.',
      ],
      ['c', 'Mega, danke 🙏'],
    ],
    x: { h: false, t: 'support', f: ['100-48812'] },
  },
  {
    id: 'de-angebot-250-nutzer-sso',
    note: 'custom quote for 250 users with SSO and a framework agreement: sales opportunity',
    cust: { id: 'lead_3010', name: 'Claudia Hoffmann', segment: 'mid-market' },
    m: [
      [
        'c',
        'Guten Tag, wir sind ein Logistikunternehmen mit 250 Mitarbeitenden im Kundenservice. Wir bräuchten ein individuelles Angebot inkl. SSO und Rahmenvertrag über zwei Jahre.',
      ],
      ['b', 'Gerne! Unser Business-Plan kostet 39 € pro Nutzer und Monat und enthält SSO.'],
      [
        'c',
        'Danke, den Listenpreis kenne ich. Bei 250 Lizenzen erwarten wir aber Konditionen. Mit wem kann ich das verhandeln?',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['250 Mitarbeitenden', 'SSO'] },
  },
  {
    id: 'de-paket-stinksauer',
    note: 'three consecutive clearly angry messages about a parcel missing for three weeks',
    cust: { id: 'cus_3011', name: 'Frank Zimmermann' },
    m: [
      ['c', 'Wo ist mein Paket? Bestellung 100-51234, seit drei Wochen unterwegs!'],
      ['b', 'Die Sendung ist laut DHL in Zustellung.'],
      ['c', 'Das steht da seit 14 Tagen. Das ist doch ein Witz!'],
      ['b', 'Bitte haben Sie noch etwas Geduld.'],
      [
        'c',
        'Geduld?! Ich hab das Geschenk für den Geburtstag meiner Tochter bestellt, der war gestern!',
      ],
      ['c', 'Ich bin echt stinksauer. Nie wieder bestelle ich bei euch.'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'support',
      f: ['100-51234'],
    },
  },
  {
    id: 'de-enterprise-logo-aendern',
    note: 'trap: enterprise customer with a trivial how-to the bot answers',
    cust: {
      id: 'cus_3012',
      name: 'Stefan Maier',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 150000,
    },
    m: [
      ['c', 'Moin, wie ändere ich das Logo in unserem Kundenportal?'],
      [
        'b',
        'Moin! Unter Admin > Branding > Logo können Sie eine neue Datei hochladen (PNG oder SVG, max. 2 MB). Die Änderung ist sofort sichtbar.',
      ],
      ['c', 'Klappt, danke.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'de-iban-lastschrift',
    note: 'customer writes a full valid IBAN into the chat to change the direct debit',
    cust: { id: 'cus_3013', name: 'Heike Schulz', tier: 'pro' },
    m: [
      [
        'c',
        'Ich habe die Bank gewechselt. Bitte bucht ab Dezember von diesem Konto ab: DE02 1203 0000 0000 2020 51',
      ],
      [
        'b',
        'Bitte teilen Sie keine Bankdaten im Chat. Sie können Ihre Zahlungsdaten unter Konto > Zahlung ändern.',
      ],
      ['c', 'Da kommt nur eine Fehlermeldung. Deshalb schreibe ich ja hier.'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing' },
  },
  {
    id: 'de-ch-gruezi-lieferung',
    note: 'Swiss German greeting; a delivery question answered by the bot',
    cust: { id: 'cus_3014', name: 'Reto Brunner' },
    m: [
      ['c', 'Grüezi, liefert ihr auch in die Schweiz? Und fallen da Zollgebühren an?'],
      [
        'b',
        'Grüezi! Ja, wir liefern in die Schweiz. Zoll und MwSt. sind im Preis an der Kasse bereits enthalten, es kommen keine Gebühren bei der Zustellung dazu.',
      ],
      ['c', 'Merci vielmal!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'de-profil-fr-schreibt-de',
    note: 'profile language is French but the customer writes German; a routine invoice question',
    cust: { id: 'cus_3015', name: 'Claire Dubois', language: 'fr' },
    m: [
      [
        'c',
        'Guten Tag, kann ich die Rechnungsadresse nachträglich ändern? Auf der letzten Rechnung steht noch meine alte Adresse.',
      ],
      [
        'b',
        'Ja. Unter Konto > Rechnungsdaten können Sie die Adresse ändern und anschließend die Rechnung neu erstellen lassen.',
      ],
      ['c', 'Vielen Dank, hat funktioniert.'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'de-app-update-unbekannter-fehler',
    note: 'a sync error code after an app update that the bot has no answer for: novel problem',
    cust: { id: 'cus_3016', name: 'Oliver Koch', tier: 'pro' },
    m: [
      [
        'c',
        'Seit dem Update auf Version 4.2 synchronisiert die Kassen-App nicht mehr. Fehlercode SYNC-7731.',
      ],
      ['b', 'Bitte stellen Sie sicher, dass Sie mit dem Internet verbunden sind.'],
      ['c', 'Bin ich, alles andere geht. Was bedeutet SYNC-7731?'],
      ['b', 'Zu diesem Fehlercode liegen mir leider keine Informationen vor.'],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['SYNC-7731', '4.2'] },
  },
  {
    id: 'de-nach-uebergabe-weiter-kaputt',
    note: 'after a previous handoff the same broken coffee machine is still not fixed',
    prev: 1,
    ch: 'email',
    cust: { id: 'cus_3017', name: 'Monika Schäfer' },
    m: [
      ['c', 'Guten Tag, meine Kaffeemaschine BaristaOne zeigt Fehler "E07 Brühgruppe".', '0s'],
      ['s', 'Übergabe an Mitarbeiter Jan (Warteschlange: Technik).'],
      [
        'a',
        'Hallo Frau Schäfer, ich schicke Ihnen eine neue Brühgruppe zu, damit sollte der Fehler behoben sein.',
      ],
      ['s', 'Der Mitarbeiter hat das Gespräch an den Bot zurückgegeben.'],
      [
        'c',
        'Die neue Brühgruppe ist eingebaut, aber die BaristaOne zeigt weiterhin E07. Was nun?',
        '5d',
      ],
      ['b', 'Bitte entkalken Sie die Maschine gemäß Bedienungsanleitung.'],
    ],
    x: { h: true, r: ['previous_handoff'], t: 'technical', f: ['BaristaOne', 'E07'] },
  },
  {
    id: 'de-brauche-keinen-mitarbeiter',
    note: 'trap: "ich brauche keinen Mitarbeiter" is a negation; a question about delivery times',
    cust: { id: 'cus_3018', name: 'Ulrich Braun' },
    m: [
      [
        'c',
        'Ich brauche keinen Mitarbeiter, sagen Sie mir nur kurz: Kann ich die Lieferung auf Samstag legen?',
      ],
      [
        'b',
        'Ja, gegen 4,90 € Aufpreis ist eine Samstagszustellung möglich. Soll ich das für Ihre Bestellung 100-52210 einrichten?',
      ],
      ['c', 'Ja, bitte.'],
      ['b', 'Erledigt: Ihre Bestellung 100-52210 kommt am Samstag zwischen 8 und 14 Uhr.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'de-nicht-verklagen-frage',
    note: 'trap: "ich will euch nicht verklagen" is a negation; a question about a warranty',
    cust: { id: 'cus_3019', name: 'Tobias Wolf' },
    m: [
      [
        'c',
        'Keine Sorge, ich will euch nicht verklagen 😄 Ich will nur wissen, ob die Garantie für meinen Akkuschrauber PowerDrill 18 nach 2 Jahren noch gilt.',
      ],
      [
        'b',
        'Der PowerDrill 18 hat 3 Jahre Herstellergarantie ab Kaufdatum, wenn Sie ihn registriert haben. Die Registrierung ist bis 30 Tage nach dem Kauf möglich.',
      ],
      ['c', 'Registriert hab ich ihn. Super, danke!'],
    ],
    x: { h: false, t: 'technical', f: ['PowerDrill 18'] },
  },
  {
    id: 'de-enterprise-kuendigung-erwogen',
    note: 'enterprise account considering cancelling at year end: high value at risk of churning',
    ch: 'email',
    cust: {
      id: 'cus_3020',
      name: 'Dr. Birgit Hartmann',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 610000,
    },
    m: [
      [
        'c',
        'Sehr geehrte Damen und Herren,\n\nnach den wiederholten Ausfällen im Oktober prüft unsere Geschäftsführung, den Vertrag zum Jahresende zu kündigen. Wir nutzen Ihre Plattform an 18 Standorten. Bevor wir entscheiden, hätten wir gern ein Gespräch.\n\nMit freundlichen Grüßen\nBirgit Hartmann',
      ],
      ['b', 'Vielen Dank für Ihre Nachricht. Eine Kündigung ist unter Admin > Abonnement möglich.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'human_request'],
      t: 'sales',
      f: ['18 Standorten'],
      p: 'high',
    },
  },
  {
    id: 'de-voice-oeffnungszeiten',
    note: 'voice call in German about branch opening hours',
    ch: 'voice',
    cust: { id: 'cus_3021' },
    m: [
      ['b', 'Willkommen bei der Stadtbank. Wie kann ich Ihnen helfen?', '0s'],
      ['c', 'ja hallo wann hat die filiale in der königstraße heute offen'],
      [
        'b',
        'Die Filiale Königstraße hat heute von 9 bis 18 Uhr geöffnet. Der Geldautomat ist rund um die Uhr verfügbar.',
      ],
      ['c', 'gut danke schön'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'de-sms-termin-bestaetigt',
    note: 'SMS confirming a technician appointment',
    ch: 'sms',
    cust: { id: 'cus_3022' },
    m: [
      ['c', 'Kommt der Techniker morgen wirklich zwischen 8 und 12? Muss sonst Urlaub nehmen'],
      [
        'b',
        'Ja, der Termin für morgen zwischen 8 und 12 Uhr ist bestätigt. Der Techniker ruft ca. 30 Minuten vorher an.',
      ],
      ['c', 'Ok danke'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'de-na-super-sarkasmus',
    note: 'sarcasm that is clearly negative about a third broken replacement',
    cust: { id: 'cus_3023', name: 'Sandra Keller' },
    m: [
      ['c', 'Auch der dritte Ersatz-Wasserkocher AquaBoil 2 ist undicht.'],
      ['b', 'Das tut uns leid. Möchten Sie einen weiteren Ersatz anfordern?'],
      [
        'c',
        'Na super. Ganz toll. Dann habe ich bald eine Sammlung kaputter Wasserkocher. Herzlichen Glückwunsch zu dieser Qualität.',
      ],
    ],
    x: { h: true, r: ['negative_sentiment'], t: 'technical', f: ['AquaBoil 2'] },
  },
  {
    id: 'de-lange-rechnungsfragen-geloest',
    note: 'a longer German billing chat with several questions, all answered',
    cust: { id: 'cus_3024', name: 'Andreas Roth', tier: 'pro', segment: 'smb' },
    m: [
      ['c', 'Guten Morgen, ich habe ein paar Fragen zur Abrechnung für unser Büro.'],
      ['b', 'Guten Morgen! Gerne, legen Sie los.'],
      [
        'c',
        'Wir wollen von monatlicher auf jährliche Zahlung wechseln. Was kostet das dann für 12 Nutzer?',
      ],
      [
        'b',
        'Für 12 Nutzer im Pro-Tarif zahlen Sie jährlich 2.304 € statt monatlich 240 €, also 20 % weniger.',
      ],
      ['c', 'Und der laufende Monat? Den haben wir schon bezahlt.'],
      ['b', 'Der nicht genutzte Teil wird beim Wechsel anteilig angerechnet.'],
      ['c', 'Kann die Rechnung an unsere Buchhaltung gehen statt an mich?'],
      [
        'b',
        'Ja, unter Einstellungen > Abrechnung > Rechnungsempfänger können Sie buchhaltung@ihre-firma.de eintragen.',
      ],
      ['c', 'Und bekommen wir dann auch eine Rechnung mit ausgewiesener Umsatzsteuer?'],
      [
        'b',
        'Ja, alle Rechnungen weisen die Umsatzsteuer aus. Tragen Sie Ihre USt-IdNr. ein, damit sie auf der Rechnung steht.',
      ],
      ['c', 'Alles klar, dann stellen wir jetzt um. Danke für die Hilfe!'],
    ],
    x: { h: false, t: 'billing', f: ['12 Nutzer'] },
  },
];
