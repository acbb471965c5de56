// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w3-it-paghe-f24-record-40-loop',
    note: 'same question about an F24 export error asked in several wordings while the bot resends the same guide and falls back',
    cust: {
      id: 'cus_it_5120',
      name: 'Studio Paghe Moretti',
      tier: 'pro',
      segment: 'smb',
    },
    m: [
      ['c', "Buongiorno, l'export F24 di novembre va in errore", '0s'],
      [
        'b',
        "Buongiorno! Per generare l'F24 vai in Adempimenti > F24 > Genera. Guida completa: Come generare l'F24 (link).",
      ],
      [
        'c',
        "lo so come si genera, lo facciamo ogni mese. stavolta esce 'Errore tracciato: record 40 non valido'",
      ],
      ['b', "Ecco la guida: Come generare l'F24 (link)."],
      ['c', 'la guida nn parla di record 40. che vuol dire record 40 non valido?'],
      [
        'b',
        'Le anomalie del tracciato possono dipendere da dati anagrafici incompleti. Verifica le anagrafiche dei dipendenti.',
      ],
      ['c', 'verificate, 48 dipendenti tutti completi'],
      ['b', "Ecco la guida: Come generare l'F24 (link)."],
      ['c', 'ancora la guida. mi serve capire cosa nn va nel record 40'],
      ['b', 'Mi dispiace, non ho capito. Puoi riformulare?'],
      ['c', "l'F24 nn si genera per un errore sul record 40. come lo risolvo?"],
      ['b', "Per generare l'F24 vai in Adempimenti > F24 > Genera."],
      ['c', 'la scadenza è il 16, se nn lo mandiamo 48 persone si prendono le sanzioni'],
      ['b', "Ecco la guida: Come generare l'F24 (link)."],
      ['c', 'ok, basta così'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'technical',
      f: ['record 40'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-hr-risorse-umane-responsabile-reparto',
    note: 'look-alikes: the Human Resources module, "responsabile" as a role, "non è un reclamo"; how-to answered in the in-app help widget',
    ch: 'other',
    cust: {
      id: 'cus_it_5130',
      tier: 'pro',
    },
    m: [
      [
        'c',
        'Ciao, nel modulo Risorse Umane come assegno a un dipendente il ruolo di responsabile di reparto? Non è un reclamo, è che nn trovo il menu 😅',
        '0s',
      ],
      [
        'b',
        'Ciao! Vai in Risorse Umane > Organigramma, seleziona il reparto e clicca Imposta responsabile. Il responsabile potrà approvare ferie e permessi del reparto.',
      ],
      ['c', "fatto, ora nel profilo di Laura compare 'Responsabile Magazzino'"],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-treno-rimborso-dopo-operatore',
    note: 'earlier handoff (prev 1) about the same refund, still not paid; "inaccettabile"',
    prev: 1,
    m: [
      [
        'c',
        'salve, settimana scorsa ho già parlato con un vostro operatore per il rimborso del Freccia 9547 cancellato, mi aveva detto 5 giorni lavorativi',
        '0s',
      ],
      [
        'b',
        'Salve! Per i treni cancellati il rimborso integrale si richiede dal sito, sezione Rimborsi, inserendo il codice PNR.',
      ],
      [
        'c',
        "l'ho già richiesto, PNR QX7H2L, 89,90 €, l'operatore l'aveva preso in carico. sono passati 9 giorni lavorativi e nn è arrivato nulla",
      ],
      ['b', 'I rimborsi vengono elaborati entro 15 giorni lavorativi.'],
      [
        'c',
        "l'operatore mi aveva detto 5. trovo inaccettabile che ogni volta mi venga detta una cosa diversa",
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'escalation_keyword'],
      t: 'billing',
      f: ['QX7H2L', '89,90 €'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-treno-carta-giovani-dopo-handoff',
    note: 'after an earlier handoff that solved the refund, a new trivial list-price question',
    prev: 1,
    m: [
      [
        'c',
        'grazie ancora per il rimborso, è arrivato. una cosa: quanto costa la carta sconto per under 30?',
        '0s',
      ],
      [
        'b',
        "Prego! La Carta Giovani costa 39 € all'anno e dà il 30% di sconto sulle tariffe base. Si acquista dall'app in Profilo > Carte.",
      ],
      ['c', 'perfetto, comprata'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'it',
    },
  },
  {
    id: 'w3-it-affitti-accesso-dati-art15',
    note: 'GDPR access request (art. 15) including data shared with third parties; the self-service export does not cover it',
    cust: {
      id: 'cus_it_6601',
      name: 'Federica Sala',
    },
    m: [
      [
        'c',
        "Buonasera, ai sensi dell'art. 15 del GDPR chiedo copia di tutti i dati personali che la vostra piattaforma ha raccolto su di me, comprese le valutazioni dei proprietari e i documenti caricati.",
        '0s',
      ],
      [
        'b',
        'Buonasera! Può scaricare i dati del profilo da Impostazioni > Privacy > Scarica i miei dati.',
      ],
      [
        'c',
        "ho scaricato il file ma contiene solo nome, mail e telefono. mancano le valutazioni e le verifiche di affidabilità che mi hanno fatto perdere 2 appartamenti. chiedo l'elenco completo e con chi li avete condivisi",
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-crocchette-consegna-ticket-aperto',
    note: 'open ticket in the CRM about the same missing pet-food delivery, nobody called back',
    cust: {
      id: 'cus_it_8120',
      name: 'Roberta Villa',
    },
    ctx: {
      tickets: [
        {
          id: 'TCK-66120',
          subject: 'Consegna abbonamento crocchette novembre non ricevuta',
          status: 'open',
          createdAt: '2026-11-10T09:30:00Z',
        },
      ],
      orders: [
        {
          id: 'SUB-11-2026',
          status: 'processing',
          total: 42.9,
        },
      ],
    },
    m: [
      [
        'c',
        'ciao, ho già segnalato 10 giorni fa che la consegna di novembre delle crocchette nn è arrivata, mi avevano detto che mi avrebbero ricontattata',
        '0s',
      ],
      ['b', 'Ciao! Vedo la segnalazione aperta. La consegna di novembre risulta in lavorazione.'],
      [
        'c',
        'in lavorazione da 10 giorni. il cane ha cibo per 2 giorni ancora e nessuno mi ha richiamata',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-box-gatti-prezzo',
    note: 'list price of a subscription box; customer orders',
    m: [
      ['c', 'quanto costa la box mensile per gatti? e si può disdire quando si vuole?', '0s'],
      [
        'b',
        "La box mensile per gatti costa 24,90 € con spedizione inclusa. Puoi disdire o saltare un mese in qualsiasi momento dall'app, senza penali.",
      ],
      ['c', 'ok, la prendo per provare. ordinata'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'it',
    },
  },
  {
    id: 'w3-it-concerto-biglietto-sparito-sarcasmo',
    note: 'sarcastic praise, ticket vanished from the app with an error the bot has no answer for, concert tonight',
    m: [
      [
        'c',
        "complimenti davvero. il concerto è stasera e il biglietto è sparito dall'app 👏",
        '0s',
      ],
      ['b', 'Ciao! I biglietti si trovano in Profilo > I miei biglietti.'],
      ['c', "ma dai? nn ci avevo pensato. è VUOTO. c'era fino a ieri, ordine TK-2209813"],
      ['b', "Prova a uscire e rientrare nell'app."],
      ['c', "fatto. ora dice 'Errore E-TKT-409: titolo non associato'. che significa?"],
      ['b', 'Non ho informazioni su questo errore.'],
      [
        'c',
        'fantastico, servizio eccellente come sempre. alle 20 aprono i cancelli e io resto fuori?',
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'novel_problem'],
      t: 'technical',
      f: ['TK-2209813', 'E-TKT-409'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-teatro-il-processo-cambio-data',
    note: '"Il processo" is a play title; date change completed, last four digits only',
    m: [
      [
        'c',
        "buongiorno, ho 2 biglietti per 'Il processo' di Kafka del 6 dicembre, si può cambiare data?",
        '0s',
      ],
      [
        'b',
        'Buongiorno! Sì, fino a 48 ore prima dello spettacolo, con un supplemento di 3 € a biglietto. Le date disponibili sono 7, 13 e 14 dicembre.',
      ],
      ['c', 'il 13 va bene'],
      [
        'b',
        'Cambio effettuato: 2 biglietti per il 13 dicembre, ore 20:45. Supplemento di 6 € addebitato sulla carta che termina con 4444.',
      ],
      ['c', 'ricevuta la mail con i nuovi biglietti'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-bolletta-187-operatore-entrato',
    note: 'a system line says an agent joined and the agent is checking; customer angry, but a person holds the chat',
    m: [
      ['c', 'ho una bolletta di 187 € invece dei soliti 29,99, voglio parlare con qualcuno', '0s'],
      ['b', 'Ti metto in contatto con un operatore.'],
      ['s', 'Marco (Assistenza Clienti) si è unito alla chat'],
      [
        'a',
        'Ciao, sono Marco. Vedo dei costi per servizi a sovrapprezzo, li sto verificando. Un attimo.',
      ],
      ['c', 'servizi a sovrapprezzo?? nn ho mai attivato niente. è una truffa'],
      ['c', 'e sbrigati che sto in pausa pranzo'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['187 €'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-rimborso-visita-with-human',
    note: 'handoffState with_human: a consultant already holds it; demand for a supervisor does not trigger a second handoff',
    cust: {
      id: 'cus_it_9901',
      name: 'Antonio Russo',
      attributes: {
        handoffState: 'with_human',
      },
    },
    m: [
      ['c', 'quando mi rimborsate la visita specialistica? sono 3 settimane', '0s'],
      [
        'b',
        'La tua richiesta è stata presa in carico da un nostro consulente, ti risponderà in questa chat.',
      ],
      ['c', 'voglio un responsabile, nn un consulente. è un mese che aspetto'],
      ['c', 'nn è possibile'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'it',
    },
  },
  {
    id: 'w3-it-business-9-negozi-senza-linea',
    note: 'enterprise retail chain: 9 stores without line and POS, bot sees no fault; outage across many sites',
    cust: {
      id: 'cus_it_0100',
      name: 'Ottica Visione S.r.l.',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 520000,
    },
    ctx: {
      account: {
        plan: 'Business Connect',
        sites: 22,
      },
    },
    m: [
      [
        'c',
        "Buongiorno, catena Ottica Visione, 22 negozi sotto contratto Business Connect. Da un'ora 9 negozi tra Milano e Brescia sono senza linea e senza POS.",
        '0s',
      ],
      ['b', 'Buongiorno. Al momento non risultano guasti segnalati nelle zone indicate.'],
      [
        'c',
        'come no? ve li elenco: Corso Buenos Aires, Porta Romana, Brescia centro... tutti giù dalle 10:05. ci serve un intervento immediato, siamo in pieno orario di vendita',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer'],
      t: 'technical',
      f: ['9 negozi'],
      p: 'urgent',
      l: 'it',
    },
  },
  {
    id: 'w3-it-contatore-aperto-mezzora',
    note: 'live chat over 20 minutes, bot asks for the same code again and again, the customer re-asks when the meter will be switched on',
    cust: {
      id: 'cus_it_2207',
      name: 'Elisa Fontana',
    },
    m: [
      [
        'c',
        'buongiorno, mi hanno installato il contatore nuovo ma è ancora disattivato, nn ho luce',
        '0s',
      ],
      ['b', 'Buongiorno! Mi può indicare il codice cliente?'],
      ['c', 'CL-88120554'],
      ['b', 'Grazie. Il contratto risulta attivo dal 18 novembre.'],
      [
        'c',
        "il contratto sì, ma il contatore è spento, il display dice 'APERTO'. quando lo attivate?",
      ],
      ['b', "Per l'attivazione della fornitura sono necessari fino a 5 giorni lavorativi."],
      [
        'c',
        'sono già passati 6 giorni. il tecnico ha detto che bastava una chiamata vostra per attivarlo a distanza',
        '3m',
      ],
      ['b', 'Mi può indicare il codice cliente?'],
      ['c', "te l'ho già dato: CL-88120554"],
      ['b', 'Grazie. Il contratto risulta attivo dal 18 novembre.'],
      ['c', 'ok ma quando viene attivato il contatore? senza corrente nn posso stare', '5m'],
      ['b', 'Per problemi tecnici al contatore, contatti il distributore locale.'],
      ['c', 'il distributore mi dice di chiedere a voi. chi me lo accende questo contatore?', '6m'],
      ['b', 'Mi può indicare il codice cliente?'],
      ['c', "è la terza volta. sono qui da quasi mezz'ora", '7m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'bot_not_helping', 'repeated_question'],
      t: 'technical',
      f: ['CL-88120554'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-banca-app-crash-webview-risolto',
    note: 'long troubleshooting chat that ends with the app opening and the balance visible',
    cust: {
      id: 'cus_it_3390',
      tier: 'pro',
    },
    m: [
      ['c', "l'app della banca si chiude appena la apro dopo l'aggiornamento di ieri", '0s'],
      ['b', 'Ciao! Che telefono e versione di sistema usi?'],
      ['c', 'xiaomi redmi note 11, android 13'],
      [
        'b',
        "Grazie. Prova a svuotare la cache: Impostazioni > App > nome dell'app > Memoria > Svuota cache.",
      ],
      ['c', 'fatto, si chiude ancora'],
      [
        'b',
        "Prova ad aggiornare Android System WebView dal Play Store: alcune versioni fanno chiudere l'app dopo l'ultimo aggiornamento.",
      ],
      ['c', 'webview? nn so cosa sia. lo cerco'],
      ['c', "c'è un aggiornamento per Android System WebView, lo installo", '3m'],
      ['b', 'Perfetto, al termine riavvia il telefono.'],
      ['c', 'riavviato', '4m'],
      ['c', 'si chiude sempre 😩'],
      [
        'b',
        "Allora prova a disinstallare e reinstallare l'app. Ti servirà il codice di attivazione che ricevi via SMS.",
      ],
      ['c', 'ok reinstallo'],
      ['c', 'ho reinstallato, è arrivato il codice sms, sono dentro e vedo il saldo', '6m'],
      ['b', 'Ottimo! Se il problema dovesse ripresentarsi, scrivimi pure.'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'it',
    },
  },
];
