// Written independently from the policy only (writer w4, 2026-11-30); development split.
// German chats (Germany, Austria, Switzerland): insurance, banking, telecom, payments, SaaS,
// utilities, retail, gaming, logistics. Labels follow the contract's policy, conservatively.
export const defaults = { ch: 'web', l: 'de' };

export default [
  {
    id: 'w4-de-versicherung-jemand-aus-ihrem-team',
    note: 'Versicherungsbestätigung für den Vermieter; höfliche Bitte, dass sich jemand aus dem Team meldet: indirekter human_request',
    cust: { name: 'Stefan Maurer', language: 'de' },
    m: [
      [
        'c',
        'Guten Tag, mein neuer Vermieter verlangt bis Freitag eine Bestätigung meiner Hausratversicherung mit der neuen Adresse.',
        '0s',
      ],
      [
        'b',
        'Ihre Versicherungsbestätigung können Sie jederzeit im Kundenportal unter Dokumente herunterladen.',
      ],
      [
        'c',
        'Dort steht aber noch die alte Adresse, der Umzug ist erst am 1. Dezember. Der Vermieter braucht die neue.',
      ],
      ['b', 'Adressänderungen können Sie im Kundenportal unter Persönliche Daten vornehmen.'],
      [
        'c',
        'Das geht erst ab dem Umzugsdatum. Könnte sich bitte jemand aus Ihrem Team persönlich bei mir melden? Das lässt sich schriftlich schwer erklären.',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'w4-de-bank-onlinebanking-gesperrt-klappt-wieder',
    note: 'Online-Banking nach Fehleingaben gesperrt, der Bot führt durch die Entsperrung: "klappt wieder", kein Handoff, support',
    ch: 'whatsapp',
    m: [
      ['c', 'hab mich 3x vertippt und jetzt ist das onlinebanking gesperrt', '0s'],
      [
        'b',
        'Kein Problem! Tippen Sie in der App auf "Zugang entsperren". Sie bekommen einen Code per SMS an Ihre hinterlegte Nummer.',
      ],
      ['c', 'code kam an'],
      ['c', 'klappt wieder, danke 👍'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-de-telekom-rechnung-pdf-passt',
    note: 'Rechnung als PDF für die Steuer, vom Bot erklärt und heruntergeladen: "passt", billing ohne Handoff',
    m: [
      [
        'c',
        'wo finde ich die rechnungen als pdf? brauch die für die steuererklärung, homeoffice anteil',
        '0s',
      ],
      [
        'b',
        'Alle Rechnungen der letzten 24 Monate finden Sie in MeinKonto unter Rechnungen. Mit "Alle herunterladen" bekommen Sie ein ZIP mit allen PDFs.',
      ],
      ['c', 'zip runtergeladen, passt. danke'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-de-zahlung-lastschrift-zurueckgehen-lassen',
    note: 'strittige Abbuchung; Drohung, die Lastschrift zurückgehen zu lassen (Rücklastschrift, ohne "Chargeback"): refund_dispute',
    cust: { name: 'Jana Vogel' },
    m: [
      [
        'c',
        'Sie haben 49,00 € für "Premium Jahresabo" abgebucht. Ich habe nie ein Jahresabo abgeschlossen, nur den kostenlosen Test.',
        '0s',
      ],
      [
        'b',
        'Nach Ende des kostenlosen Testzeitraums geht das Abo automatisch in ein Jahresabo über, wie in den AGB beschrieben.',
      ],
      ['c', 'Davon stand bei der Anmeldung nichts. Ich möchte das Geld zurück.'],
      ['b', 'Eine Erstattung ist nach Beginn der Laufzeit leider nicht möglich.'],
      [
        'c',
        'Dann lasse ich die Lastschrift bei meiner Bank zurückgehen, das ist mein gutes Recht.',
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['49,00 €'] },
  },
  {
    id: 'w4-de-saas-rahmenvertrag-12-standorte',
    note: 'Rahmenvertrag für 12 Standorte mit 800 Nutzern und drei Jahren Laufzeit: Volumengeschäft in Geschäftssprache, sales_opportunity',
    cust: {
      name: 'Dr. Klaus Brenner',
      email: 'k.brenner@example.com',
      tier: 'pro',
      segment: 'mid-market',
    },
    m: [
      [
        'c',
        'Guten Tag, wir setzen Ihre Zeiterfassung derzeit an einem Standort ein. Die Geschäftsführung möchte sie auf alle 12 Standorte ausweiten, rund 800 Mitarbeitende.',
        '0s',
      ],
      [
        'b',
        'Das freut uns! Der Pro-Tarif kostet 4,50 € pro Nutzer und Monat. Weitere Nutzer können Sie in den Einstellungen hinzufügen.',
      ],
      [
        'c',
        'Bei dieser Größenordnung hätten wir gern einen Rahmenvertrag mit drei Jahren Laufzeit, angepassten Konditionen und einer Anbindung an unser SAP. Mit wem können wir das besprechen?',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['12 Standorte', '800 Mitarbeitende'] },
  },
  {
    id: 'w4-de-dsgvo-auskunft-art-15',
    note: 'Auskunftsersuchen nach Art. 15 DSGVO per E-Mail: compliance_legal, Datenschutzanfragen sind support',
    ch: 'email',
    cust: { name: 'Miriam Schäfer', email: 'm.schaefer@example.com' },
    m: [
      [
        'c',
        'Sehr geehrte Damen und Herren,\n\nhiermit bitte ich Sie um Auskunft gemäß Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten, die Zwecke der Verarbeitung sowie die Empfänger, an die die Daten weitergegeben wurden.\n\nBitte senden Sie die Auskunft an diese E-Mail-Adresse.\n\nMit freundlichen Grüßen\nMiriam Schäfer',
        '0s',
      ],
      [
        'b',
        'Vielen Dank für Ihre Nachricht. Ihre Kontodaten können Sie im Kundenkonto unter Profil einsehen.',
      ],
      [
        'c',
        'Sehr geehrte Damen und Herren,\n\ndas Profil zeigt nur einen Teil der Daten. Ich bitte um eine vollständige Auskunft innerhalb der gesetzlichen Frist von einem Monat.\n\nMit freundlichen Grüßen\nMiriam Schäfer',
        '1d',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support', f: ['Art. 15 DSGVO'] },
  },
  {
    id: 'w4-de-fitness-kuendigung-verbraucherzentrale-anwalt',
    note: 'höflicher Brief: Kündigung nicht anerkannt, Verbraucherzentrale und Rechtsanwalt genannt: compliance_legal; Kündigungen sind sales',
    ch: 'email',
    cust: { name: 'Thomas Albrecht' },
    m: [
      [
        'c',
        'Sehr geehrtes Team,\n\nich habe meinen Vertrag (Mitgliedsnummer 20-77814) am 28. August fristgerecht zum 30. November gekündigt. Sie teilen mir nun mit, die Kündigung sei "nicht eingegangen", und verlängern den Vertrag um zwölf Monate.\n\nIch bitte um Bestätigung der Kündigung zum 30. November.\n\nFreundliche Grüße\nThomas Albrecht',
        '0s',
      ],
      [
        'b',
        'Vielen Dank für Ihre Nachricht. Kündigungen sind schriftlich bis drei Monate vor Vertragsende einzureichen.',
      ],
      [
        'c',
        'Sehr geehrtes Team,\n\ngenau das habe ich getan; der Einlieferungsbeleg des Einschreibens liegt mir vor. Sollte ich bis zum 5. Dezember keine Bestätigung erhalten, werde ich mich an die Verbraucherzentrale wenden und die Angelegenheit meinem Rechtsanwalt übergeben.\n\nFreundliche Grüße\nThomas Albrecht',
        '2d',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'sales', f: ['20-77814'], p: 'high' },
  },
  {
    id: 'w4-de-gaming-kumpel-chef-witz',
    note: 'der Chef kommt nur im Witz eines Freundes vor, und das Problem ist gelöst: kein Handoff',
    m: [
      ['c', 'controller wird seit dem update nicht mehr erkannt', '0s'],
      [
        'b',
        'Bitte schließen Sie den Controller per USB an und starten Sie im Launcher unter Einstellungen > Controller die Kalibrierung neu.',
      ],
      [
        'c',
        'okay das wars, geht wieder. mein kumpel meinte schon ich soll mich direkt beim chef beschweren 😂',
      ],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-de-keine-beschwerde-lieferadresse',
    note: '"keine Beschwerde": eine Frage zur Lieferadresse, die der Bot beantwortet: kein Handoff, support',
    m: [
      [
        'c',
        'Hallo, keine Beschwerde, nur eine kurze Frage: kann ich die Lieferadresse von Bestellung 3009871 noch ändern?',
        '0s',
      ],
      [
        'b',
        'Ja, die Bestellung ist noch nicht verschickt. Sie können die Adresse unter Meine Bestellungen > Lieferadresse ändern anpassen.',
      ],
      ['c', 'Erledigt, danke!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-de-strom-abschlag-sprachnachricht-frust',
    note: 'Spracheingabe ohne Satzzeichen; drei klar frustrierte Nachrichten hintereinander über den verdoppelten Abschlag: negative_sentiment + negative_streak',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'warum ist mein abschlag von 68 auf 140 euro gestiegen ich verbrauche nicht mehr als letztes jahr',
        '0s',
      ],
      [
        'b',
        'Abschläge werden anhand Ihres Verbrauchs und der aktuellen Preise berechnet. Sie können Ihren Abschlag im Kundenportal anpassen.',
      ],
      [
        'c',
        'das ist doch nicht normal eine verdopplung einfach so ohne dass mir das jemand erklärt',
        '1m',
      ],
      ['c', 'ich bin echt sauer ich habe zwei kinder und muss jeden euro umdrehen', '30s'],
      ['c', 'und im portal kann ich nur 10 prozent runter das bringt gar nichts', '40s'],
    ],
    x: { h: true, r: ['negative_sentiment', 'negative_streak'], t: 'billing', f: ['140 euro'] },
  },
  {
    id: 'w4-de-enterprise-kassenterminals-alle-filialen',
    note: 'Enterprise-Händler: Kartenterminals in allen 40 Filialen mit unbekanntem Fehler: high_value_customer (Ausfall vieler Standorte) + novel_problem',
    cust: { name: 'Sabine Kurz', tier: 'enterprise', segment: 'enterprise', lifetimeValue: 520000 },
    ctx: { account: { plan: 'Enterprise', sites: 40, terminals: 212 } },
    m: [
      [
        'c',
        'Seit 9:40 Uhr zeigen die Kartenterminals in allen 40 Filialen "Kommunikationsfehler 2B" an. Wir können keine Kartenzahlungen annehmen.',
        '0s',
      ],
      ['b', 'Bitte starten Sie das Terminal neu, indem Sie es 10 Sekunden vom Strom trennen.'],
      [
        'c',
        'Haben wir in drei Filialen probiert, keine Änderung. Es betrifft alle Standorte gleichzeitig.',
      ],
      ['b', 'Zu "Kommunikationsfehler 2B" liegen mir leider keine Informationen vor.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'novel_problem'],
      t: 'technical',
      f: ['Kommunikationsfehler 2B', '40 Filialen'],
      p: 'urgent',
    },
  },
  {
    id: 'w4-de-umzug-tarif-bot-wiederholt-artikel',
    note: 'Umzug mit dem Internetanschluss, dreimal anders gefragt, der Bot wiederholt den Kündigungsartikel: repeated_question + bot_not_helping',
    m: [
      [
        'c',
        'Ich ziehe im Januar um und will meinen Internetvertrag mitnehmen. Wie geht das?',
        '0s',
      ],
      ['b', 'Informationen zur Kündigung Ihres Vertrags finden Sie im Artikel "Vertrag kündigen".'],
      ['c', 'Ich will nicht kündigen. Ich will den Vertrag an die neue Adresse umziehen.'],
      ['b', 'Informationen zur Kündigung Ihres Vertrags finden Sie im Artikel "Vertrag kündigen".'],
      [
        'c',
        'Nochmal anders: Kann ich meinen bestehenden Tarif in die neue Wohnung mitnehmen, ja oder nein?',
      ],
      ['b', 'Informationen zur Kündigung Ihres Vertrags finden Sie im Artikel "Vertrag kündigen".'],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'support' },
  },
  {
    id: 'w4-de-bereits-bei-mitarbeiterin',
    note: 'handoffState "assigned": eine Mitarbeiterin ist zugewiesen, also kein zweiter Handoff trotz Ungeduld',
    cust: { name: 'Ralf Demir', attributes: { handoffState: 'assigned' } },
    m: [
      ['c', 'die gutschrift von 35 euro fehlt immer noch auf der rechnung', '0s'],
      ['a', 'Hallo Herr Demir, hier ist Katrin aus der Abrechnung. Ich prüfe das gerade.'],
      ['c', 'ok', '1m'],
      ['c', 'und? dauert ja ewig', '9m'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-de-app-update-mega-krass',
    note: 'Lob in Umgangssprache ("krass", "mega", "der Hammer") ist nicht negativ; eine How-to-Frage beantwortet: kein Handoff',
    m: [
      ['c', 'das neue app design ist krass gut, der dark mode ist mega 🔥', '0s'],
      ['c', 'wie krieg ich das widget auf den homescreen?'],
      [
        'b',
        'Danke! Halten Sie eine freie Stelle auf dem Homescreen gedrückt, tippen Sie auf "+" und wählen Sie unser Widget aus.',
      ],
      ['c', 'drin. echt der hammer'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-de-router-einrichtung-lang-geloest',
    note: 'WhatsApp-Chat über 25 Minuten zur Router-Einrichtung, der am Ende gelöst ist ("jetzt geht\'s"): kein long_session, kein Handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'hallo neuer router ist da, wie richte ich den ein', '0s'],
      [
        'b',
        'Hallo! Verbinden Sie den Router mit dem DSL-Kabel mit der Telefondose und schalten Sie ihn ein. Leuchtet die Power-LED?',
      ],
      ['c', 'ja leuchtet grün', '4m'],
      [
        'b',
        'Super. Öffnen Sie im Browser 192.168.178.1 und geben Sie das Kennwort von der Rückseite des Routers ein.',
      ],
      ['c', 'moment muss erst den laptop holen', '1m'],
      ['c', 'bin drin', '5m'],
      [
        'b',
        'Jetzt den Assistenten starten und Ihre Zugangsnummer und den persönlichen Zugangscode aus dem Brief eingeben.',
      ],
      ['c', 'wo ist der brief 🙈 suche', '2m'],
      ['c', 'gefunden, eingegeben', '6m'],
      ['b', 'Leuchtet die DSL-LED jetzt dauerhaft?'],
      ['c', 'blinkt noch', '1m'],
      ['b', 'Das ist normal, die Synchronisation kann bis zu 5 Minuten dauern.'],
      ['c', 'jetzt leuchtet sie. internet geht 🎉', '5m'],
      ['c', 'jetzt gehts, danke für die geduld', '1m'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-de-kreditkarte-in-den-chat-kopiert',
    note: 'Kundin kopiert die volle (Test-)Kreditkartennummer in den Chat, um eine Mahnung zu bezahlen: sensitive_data, billing',
    m: [
      [
        'c',
        'ich habe eine mahnung bekommen über 89,90 und will das jetzt einfach sofort mit karte zahlen',
        '0s',
      ],
      [
        'b',
        'Sie können offene Rechnungen im Kundenkonto unter Zahlungen > Jetzt bezahlen begleichen.',
      ],
      [
        'c',
        'da hängt es immer. hier die karte: 5555 5555 5555 4444, gültig bis 12/27, buchen sie es bitte ab',
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing', f: ['89,90'] },
  },
  {
    id: 'w4-de-handyvertrag-kuendigung-bot-erledigt',
    note: 'Kündigung, die der Bot zum Laufzeitende bestätigt: Churn, sales, kein Handoff',
    m: [
      ['c', 'möchte meinen handyvertrag zum ende der laufzeit kündigen', '0s'],
      [
        'b',
        'Ihr Vertrag endet am 14.03.2027. Soll ich die Kündigung zu diesem Datum vormerken? Ihre Rufnummer können Sie bis 90 Tage danach mitnehmen.',
      ],
      ['c', 'ja bitte'],
      ['b', 'Erledigt. Die Kündigungsbestätigung ist per E-Mail unterwegs.'],
      ['c', 'ist da, danke'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'w4-de-ch-familienabo-vor-dem-kauf',
    note: 'Frage vor dem Kauf nach dem Listenpreis des Familienabos, beantwortet: sales ohne Handoff',
    m: [
      [
        'c',
        'Grüezi, was kostet das Familienabo für 2 Erwachsene und 2 Kinder und kann man monatlich kündigen?',
        '0s',
      ],
      [
        'b',
        'Das Familienabo kostet CHF 24.90 pro Monat für bis zu 6 Profile und ist monatlich kündbar.',
      ],
      ['c', 'Super, dann nehmen wir das.'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'w4-de-paket-nach-uebergabe-weiter-verschollen',
    note: 'nach einer früheren Übergabe (previousHandoffs 1) ist dasselbe Paket weiter verschollen: previous_handoff',
    prev: 1,
    m: [
      [
        'c',
        'Guten Morgen, letzte Woche hat Ihr Kollege einen Nachforschungsauftrag für Sendung 00340434161094042557 gestartet. Seitdem höre ich nichts.',
        '0s',
      ],
      ['b', 'Nachforschungsaufträge dauern in der Regel bis zu 10 Werktage.'],
      [
        'c',
        'Es sind schon 12 Werktage. Das Paket ist immer noch verschwunden und es war ein Geschenk für nächste Woche.',
      ],
    ],
    x: { h: true, r: ['previous_handoff'], t: 'support', f: ['00340434161094042557'] },
  },
];
