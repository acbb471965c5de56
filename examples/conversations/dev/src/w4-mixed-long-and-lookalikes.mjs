// Written independently from the policy only (writer w4, 2026-11-30); development split.
// Long chats (15-25 messages) and look-alikes in several languages: resolved long sessions,
// reported speech, product names, negations, a handoff earlier in the transcript.
export const defaults = { ch: 'web' };

export default [
  {
    id: 'w4-en-analytics-onboarding-long-works-now',
    note: 'a 20-message onboarding chat of about 35 minutes that ends "works now": resolved, so no long_session and no handoff',
    ch: 'web',
    cust: { name: 'Megan Clarke', tier: 'pro' },
    m: [
      [
        'c',
        'hi, just connected our Shopify store to the analytics app but the revenue dashboard is empty',
        '0s',
      ],
      [
        'b',
        'Welcome! The first import can take up to 15 minutes. Is the connection status "Syncing" or "Connected" under Settings > Sources?',
      ],
      ['c', 'says Connected', '2m'],
      ['b', 'Great. Which date range is the dashboard set to?'],
      ['c', 'last 7 days', '1m'],
      ['b', 'Could you switch to "Last 90 days"? The import starts with older orders first.'],
      ['c', 'still empty', '2m'],
      ['b', 'Is the currency in Settings > General the same as your store currency?'],
      ['c', 'store is in EUR, app says USD. does that matter?', '3m'],
      [
        'b',
        'It can: revenue is only shown once the currency matches. Please set it to EUR and save.',
      ],
      ['c', 'done', '1m'],
      ['c', 'hmm still nothing', '4m'],
      [
        'b',
        'After changing the currency the dashboard is rebuilt, which takes about 5 minutes for a store of your size.',
      ],
      ['c', 'ok ill grab a coffee', '1m'],
      ['c', 'back. numbers showing for october now but not november', '8m'],
      [
        'b',
        'November orders are still importing. You can follow the progress under Settings > Sources > Import log.',
      ],
      ['c', 'import log says 1,204 of 1,530 orders', '2m'],
      ['c', 'now 1,530 of 1,530', '5m'],
      [
        'b',
        'Perfect, the import is complete. Refresh the dashboard and all of November should be there.',
      ],
      ['c', 'yep works now, all there. thanks for sticking with me!', '1m'],
    ],
    x: { h: false, t: 'technical', l: 'en' },
  },
  {
    id: 'w4-es-vuelo-cambio-fecha-largo-resuelto',
    note: 'chat largo de WhatsApp (16 mensajes, más de 25 minutos) para cambiar la fecha de un vuelo que termina resuelto: sin long_session ni handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'hola necesito cambiar la fecha de mi vuelo Madrid-Lima, localizador QX7TRM', '0s'],
      ['b', '¡Hola! Veo su reserva QX7TRM para el 14 de diciembre. ¿A qué fecha quiere cambiarlo?'],
      ['c', 'al 18 o al 19, el que sea mas barato', '2m'],
      [
        'b',
        'El 18 hay plazas con una diferencia de tarifa de 85 € más 50 € de gastos de cambio. El 19 la diferencia es de 40 € más los 50 € de gastos.',
      ],
      ['c', 'uf, dejame consultarlo con mi pareja', '1m'],
      ['c', 'vale el 19', '9m'],
      ['b', '¿El vuelo de vuelta se mantiene el 6 de enero?'],
      ['c', 'si si la vuelta igual', '1m'],
      ['b', 'Perfecto. El total a pagar es de 90 €. ¿Le envío el enlace de pago?'],
      ['c', 'mandalo', '1m'],
      ['b', 'Enlace enviado a su correo. Tiene 30 minutos para completar el pago.'],
      ['c', 'no me llega el correo', '3m'],
      ['b', 'A veces tarda unos minutos. ¿Puede mirar en la carpeta de promociones o spam?'],
      ['c', 'estaba en promociones 🙄 ya pagado', '4m'],
      [
        'b',
        '¡Listo! Su nuevo billete para el 19 de diciembre ya está emitido y enviado a su correo.',
      ],
      ['c', 'ya me llego el billete nuevo, genial gracias', '2m'],
    ],
    x: { h: false, t: 'support', l: 'es' },
  },
  {
    id: 'w4-de-enterprise-viele-kleine-fragen',
    note: 'Enterprise-Kunde stellt in einem langen Chat mehrere triviale Fragen, alle beantwortet: die Stufe allein führt zu keinem Handoff',
    cust: {
      name: 'Jörg Hoffmann',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 720000,
    },
    ctx: { account: { plan: 'Enterprise', seats: 3100 } },
    m: [
      [
        'c',
        'Hallo, ein paar kurze Fragen von unserer IT. Erstens: Kann man die Sitzungsdauer auf 8 Stunden begrenzen?',
        '0s',
      ],
      [
        'b',
        'Ja, unter Admin > Sicherheit > Sitzungsdauer. Werte von 1 bis 72 Stunden sind möglich.',
      ],
      ['c', 'Zweitens: Wo sehen wir, wer zuletzt Berechtigungen geändert hat?', '1m'],
      [
        'b',
        'Im Audit-Log unter Admin > Protokolle, Filter "Berechtigungen". Die Einträge werden 13 Monate aufbewahrt.',
      ],
      ['c', 'Drittens: Lässt sich das Audit-Log exportieren?', '1m'],
      ['b', 'Ja, als CSV oder per API über den Endpunkt /v2/audit-events.'],
      ['c', 'Viertens: Gibt es eine deutsche Oberfläche für die Mitarbeitenden?', '2m'],
      [
        'b',
        'Ja, jede Person kann unter Profil > Sprache Deutsch wählen; Admins können unter Admin > Allgemein die Standardsprache setzen.',
      ],
      ['c', 'Letzte Frage: Wo laden wir unser Logo für die Anmeldeseite hoch?', '2m'],
      ['b', 'Unter Admin > Branding > Anmeldeseite, als SVG oder PNG.'],
      ['c', 'Alles erledigt, vielen Dank!', '6m'],
    ],
    x: { h: false, t: 'support', l: 'de' },
  },
  {
    id: 'w4-fr-notaire-attestation-de-solde',
    note: "le notaire n'est que le sujet d'une démarche (attestation de solde téléchargée): pas de compliance_legal, pas de handoff",
    m: [
      [
        'c',
        "Bonjour, mon notaire me demande une attestation de solde de mon prêt immobilier pour la vente de l'appartement. Comment l'obtenir ?",
        '0s',
      ],
      [
        'b',
        'Vous pouvez la générer dans votre espace client : Mes crédits > votre prêt > Documents > Attestation de solde. Elle indique le capital restant dû à la date choisie.',
      ],
      ['c', "J'ai mis la date de la signature chez le notaire, c'est bien ça ?"],
      ['b', "Oui, c'est exactement ce qu'il faut."],
      ['c', 'Téléchargée, parfait, je la lui transfère. Merci !'],
    ],
    x: { h: false, t: 'billing', l: 'fr' },
  },
  {
    id: 'w4-pt-br-voces-sao-brabos-elogio',
    note: 'gíria de elogio ("brabos", "insano", "top demais") não é negativa; pergunta simples respondida: sem handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'mano vcs são brabos demais, o novo modo carreira ficou insano 🔥', '0s'],
      ['c', 'como eu desbloqueio o estádio novo?'],
      [
        'b',
        'Valeu! O estádio novo é desbloqueado quando você vence a segunda divisão no modo carreira.',
      ],
      ['c', 'top demais, bora subir então'],
    ],
    x: { h: false, t: 'support', l: 'pt' },
  },
  {
    id: 'w4-it-tecnico-ha-detto-chiami-il-responsabile',
    note: 'discorso riferito ("il tecnico mi ha detto di chiamare il responsabile") e poi il problema si risolve: nessun handoff',
    m: [
      [
        'c',
        'il tecnico che ha installato la caldaia mi ha detto "se l\'app non si collega chiami il responsabile", ecco appunto non si collega 😅',
        '0s',
      ],
      [
        'b',
        'Nessun problema! Tieni premuto il tasto WiFi sul termostato per 5 secondi finché lampeggia blu, poi nell\'app tocca "Aggiungi dispositivo".',
      ],
      ['c', 'lampeggia blu, aggiunto... collegato!'],
      ['c', 'niente responsabile allora, grazie 👍'],
    ],
    x: { h: false, t: 'technical', l: 'it' },
  },
  {
    id: 'w4-nl-wilde-om-manager-vragen-gelukt',
    note: '"ik wilde al om een manager vragen, maar het is gelukt": de factuur is gecorrigeerd volgens het beleid, geen handoff',
    m: [
      [
        'c',
        'op mijn factuur staan 2 maanden abonnementskosten voor november, € 39,98 in plaats van € 19,99',
        '0s',
      ],
      [
        'b',
        'Je hebt gelijk, november is dubbel gefactureerd. Ik heb de factuur gecorrigeerd en € 19,99 teruggestort; je ontvangt vandaag een creditnota.',
      ],
      [
        'c',
        'creditnota binnen. ik wilde eigenlijk al om een manager vragen, maar het is gelukt, bedankt!',
      ],
    ],
    x: { h: false, t: 'billing', l: 'nl' },
  },
  {
    id: 'w4-de-produkt-manager-pro-preis',
    note: 'ein Produkt namens "Projekt Manager Pro", nach dem Listenpreis gefragt: kein Wunsch nach einem Vorgesetzten, sales ohne Handoff',
    m: [
      ['c', 'Was kostet Projekt Manager Pro für 5 Nutzer im Jahr?', '0s'],
      [
        'b',
        'Projekt Manager Pro kostet 9 € pro Nutzer und Monat bei jährlicher Zahlung, für 5 Nutzer also 540 € im Jahr.',
      ],
      ['c', 'Danke, dann buche ich das gleich online.'],
    ],
    x: { h: false, t: 'sales', l: 'de' },
  },
  {
    id: 'w4-en-not-angry-just-confused-proration',
    note: 'negated emotion ("I\'m not angry, just confused") about a prorated invoice the bot explains: no handoff, billing',
    m: [
      [
        'c',
        "I'm not angry, just confused: why is this month's invoice $63.40 when the plan is $49?",
        '0s',
      ],
      [
        'b',
        'You added 1 seat on 12 November. A seat is $24 a month, prorated for the 18 days left in your 30-day cycle: $24 x 18/30 = $14.40, so $49 + $14.40 = $63.40. From next month the invoice is $73.',
      ],
      ['c', 'that adds up, I forgot about the extra seat. thanks'],
    ],
    x: { h: false, t: 'billing', l: 'en' },
  },
  {
    id: 'w4-de-kasse-sync-nach-rueckgabe-an-bot-wieder-kaputt',
    note: 'eine Übergabe steht im Transkript (Mitarbeiter hat übernommen und an den Bot zurückgegeben); am nächsten Tag ist derselbe Fehler zurück: previous_handoff',
    ch: 'web',
    m: [
      [
        'c',
        'Unsere Kasse synchronisiert keine Artikel mehr mit dem Onlineshop, Bestände stimmen nicht',
        '0s',
      ],
      ['b', 'Ich verbinde Sie mit einem Kollegen aus dem technischen Support.'],
      ['s', 'Jonas (Technik) hat das Gespräch übernommen'],
      [
        'a',
        'Hallo, Jonas hier. Ihr Shop-Token war abgelaufen, ich habe die Verbindung neu hergestellt. Jetzt sollte der Abgleich wieder laufen.',
      ],
      ['c', 'Ja, die Bestände stimmen wieder, danke!'],
      ['a', 'Gern! Ich gebe Sie an unseren Assistenten zurück.'],
      ['b', 'Kann ich sonst noch etwas für Sie tun?'],
      [
        'c',
        'Guten Morgen, die Synchronisation ist schon wieder stehen geblieben, genau wie gestern. Bestände seit 22 Uhr nicht mehr aktualisiert.',
        '14h',
      ],
      [
        'b',
        'Bitte prüfen Sie unter Einstellungen > Verbindungen, ob der Onlineshop verbunden ist.',
      ],
      ['c', 'Da steht "verbunden", aber es wird nichts übertragen. Gleiches Problem wie gestern.'],
    ],
    x: { h: true, r: ['previous_handoff'], t: 'technical', l: 'de' },
  },
  {
    id: 'w4-it-lavatrice-app-lunga-esasperata',
    note: 'chat WhatsApp di oltre 25 minuti e 18 messaggi, irrisolta, che chiude con tre messaggi di fila esasperati: long_session + negative_sentiment + negative_streak',
    ch: 'whatsapp',
    cust: { name: 'Chiara Fontana' },
    m: [
      ['c', 'la lavatrice nuova non si collega all\'app, errore "dispositivo non trovato"', '0s'],
      ['b', 'Assicurati che lo smartphone sia collegato alla rete Wi-Fi di casa a 2,4 GHz.'],
      ['c', 'è collegato al 2,4', '3m'],
      [
        'b',
        'Sulla lavatrice tieni premuto "Remote" per 3 secondi finché compare il simbolo Wi-Fi.',
      ],
      ['c', "compare il simbolo, ma l'app dice sempre dispositivo non trovato", '3m'],
      ['b', 'Prova a riavviare il router e la lavatrice.'],
      ['c', 'riavviati entrambi', '5m'],
      ['b', 'Assicurati che lo smartphone sia collegato alla rete Wi-Fi di casa a 2,4 GHz.'],
      ['c', "te l'ho già detto che è a 2,4", '1m'],
      [
        'b',
        'Sulla lavatrice tieni premuto "Remote" per 3 secondi finché compare il simbolo Wi-Fi.',
      ],
      ['c', 'fatto di nuovo, niente', '2m'],
      ['b', "Prova a disinstallare e reinstallare l'app."],
      ['c', 'reinstallata, stesso errore', '6m'],
      ['b', 'Assicurati che lo smartphone sia collegato alla rete Wi-Fi di casa a 2,4 GHz.'],
      ['c', 'sono esasperata, mi fai sempre le stesse domande', '1m'],
      [
        'c',
        "ho pagato 200 euro in più per il modello smart e non funziona la cosa per cui l'ho pagato",
        '1m',
      ],
      ['c', "mezz'ora buttata, che rabbia", '1m'],
    ],
    x: {
      h: true,
      r: ['long_session', 'negative_sentiment', 'negative_streak', 'bot_not_helping'],
      t: 'technical',
      l: 'it',
    },
  },
  {
    id: 'w4-fr-email-transmettre-a-une-personne',
    note: "fil d'e-mails sur plusieurs jours (pas de long_session); la cliente demande poliment que son dossier passe à une personne du service: human_request",
    ch: 'email',
    cust: { name: 'Isabelle Morel', email: 'i.morel@example.com' },
    m: [
      [
        'c',
        "Bonjour,\n\nMon fils est inscrit en BTS à distance chez vous. Nous avons déménagé en Belgique et le centre d'examen qui lui est attribué est toujours Lyon. Est-il possible de passer l'examen à Bruxelles ?\n\nCordialement,\nIsabelle Morel",
        '0s',
      ],
      [
        'b',
        "Bonjour,\n\nLes centres d'examen sont attribués par l'académie en fonction de l'adresse de l'élève. Vous pouvez mettre à jour votre adresse dans votre espace élève.\n\nCordialement",
        '2h',
      ],
      [
        'c',
        "Bonjour,\n\nC'est fait depuis septembre, mais le centre affiché est toujours Lyon et l'examen est en mai.\n\nCordialement,\nIsabelle Morel",
        '1d',
      ],
      [
        'b',
        "Bonjour,\n\nLes centres d'examen sont attribués par l'académie en fonction de l'adresse de l'élève.\n\nCordialement",
        '1h',
      ],
      [
        'c',
        "Bonjour,\n\nPourriez-vous transmettre notre dossier à une personne de votre service scolarité ? Je pense qu'il faut une intervention manuelle.\n\nCordialement,\nIsabelle Morel",
        '2d',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support', l: 'fr' },
  },
  {
    id: 'w4-nl-enterprise-sync-alle-locaties-data-weg',
    note: 'enterprise-klant: de kassadata van alle 12 locaties komt sinds gisteren niet meer door, omzet ontbreekt: storing over veel locaties, high_value_customer',
    cust: {
      name: 'Marieke Smit',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 455000,
    },
    ctx: { account: { plan: 'Enterprise', locations: 12 } },
    m: [
      [
        'c',
        'Sinds gisteren 18:00 komt de omzet van geen enkele van onze 12 locaties meer binnen in het dashboard. De maandafsluiting is morgen.',
        '0s',
      ],
      ['b', 'Het dashboard wordt elk uur bijgewerkt. Probeer de pagina te verversen.'],
      [
        'c',
        'Dat is het niet: alle kassa\'s geven "upload mislukt" in het logboek, op alle locaties tegelijk.',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer'],
      t: 'technical',
      l: 'nl',
      f: ['12 locaties', 'upload mislukt'],
      p: 'urgent',
    },
  },
];
