// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w3-it-luce-voltura-non-reclamo',
    note: 'negated complaint ("nn è un reclamo"); how-to for a change of contract holder, request submitted',
    m: [
      [
        'c',
        "salve, nn è un reclamo eh, solo un'info: mi trasferisco nell'appartamento di mia nonna e vorrei intestarmi la luce, come si fa la voltura?",
        '0s',
      ],
      [
        'b',
        "Salve! Per la voltura servono: codice POD (lo trova in bolletta), lettura del contatore del giorno, documento d'identità del nuovo intestatario. Può richiederla dall'app in Contratti > Voltura.",
      ],
      ['c', 'il POD sta in prima pagina giusto?'],
      ['b', 'Esatto, in alto a destra, inizia con IT001E.'],
      ['c', "trovato, ho inviato la richiesta dall'app, mi dà numero pratica VLT-220931"],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['VLT-220931'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-fibra-los-streak-mezzora',
    note: 'fibre down, bot ignores that the modem was restarted, several angry messages in a row, live WhatsApp chat over 20 minutes unresolved',
    ch: 'whatsapp',
    cust: {
      id: 'cus_it_5502',
      name: 'Simone Rinaldi',
      tier: 'pro',
    },
    m: [
      ['c', 'ciao, da stamattina la fibra nn va, luce LOS rossa sul modem', '0s'],
      ['b', 'Ciao! Mi dispiace. Hai provato a spegnere e riaccendere il modem per 30 secondi?'],
      ['c', 'si fatto 3 volte'],
      [
        'b',
        'Grazie. Sto verificando la linea... Non risultano guasti nella tua zona. Controlla che il cavo in fibra sia ben collegato.',
      ],
      ['c', "è collegato, nn l'ho toccato"],
      ['b', 'Ti consiglio di riavviare il modem.'],
      ['c', "te l'ho appena detto che l'ho fatto tre volte", '2m'],
      [
        'b',
        'Posso aprire una segnalazione guasto. Il tecnico ti contatterà entro 72 ore lavorative.',
      ],
      ['c', '72 ore?? lavoro da casa, nn posso stare 3 giorni senza internet'],
      ['b', 'Capisco il disagio. La segnalazione è la procedura standard.'],
      ['c', "è una vergogna. pago 29,90 al mese per un servizio che nn c'è", '4m'],
      ['c', 'ogni volta la stessa storia con voi, nn ne posso più'],
      ['b', "Mi dispiace per l'inconveniente. Vuoi che apra la segnalazione?"],
      ['c', 'sì aprila, ma è assurdo che nessuno sappia dirmi niente', '6m'],
      ['b', 'Segnalazione aperta: GT-8812033. Riceverai aggiornamenti via SMS.'],
      ['c', "e adesso? resto così fino a venerdì? mezz'ora qui per un numero di pratica", '8m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['negative_streak', 'negative_sentiment', 'long_session', 'bot_not_helping'],
      t: 'technical',
      l: 'it',
    },
  },
  {
    id: 'w3-it-gioco-sync-conflict-errore',
    note: 'save error the bot has no information on; player stuck',
    cust: {
      id: 'cus_it_8891',
      tier: 'free',
    },
    m: [
      [
        'c',
        "raga ho un problema: ogni volta che salvo esce 'SYNC-CONFLICT 0x7F2A: slot bloccato da un altro dispositivo' ma gioco solo da ps5",
        '0s',
      ],
      [
        'b',
        'Ciao! Per problemi di salvataggio, prova Impostazioni > Salvataggi > Sincronizza ora.',
      ],
      ['c', 'fatto, stesso errore. ho perso 3 ore di gioco ieri'],
      ['b', 'Mi dispiace, non ho informazioni su questo codice di errore.'],
      ['c', 'e quindi? xké nn posso più salvare? sono bloccato al capitolo 7'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['0x7F2A'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-gioco-controller-caffe',
    note: 'joke "se fossi umano ti offrirei un caffè" after the fix worked',
    m: [
      ['c', 'come collego il controller xbox al gioco su pc? me lo vede come tastiera', '0s'],
      [
        'b',
        'Ciao! Vai in Opzioni > Controlli > Dispositivo di input e seleziona Gamepad XInput. Se usi Steam, disattiva Steam Input per questo gioco dalle proprietà.',
      ],
      [
        'c',
        'steam input disattivato... ora funziona! ammazza che velocità, se fossi umano ti offrirei un caffè ☕',
      ],
      ['b', 'Haha, lo accetto virtualmente! Buon divertimento 🎮'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'it',
    },
  },
  {
    id: 'w3-it-bici-usata-disconosco-addebito',
    note: 'claim refused as out of time; buyer will have the bank reverse the card charge (chargeback)',
    m: [
      [
        'c',
        'ho comprato una bici usata da un venditore, pagato 260 € con pagamento protetto, è arrivata con il telaio crepato',
        '0s',
      ],
      [
        'b',
        'Mi dispiace! Hai 48 ore dalla consegna per aprire una contestazione. La consegna risulta del 12 novembre, quindi il termine è scaduto.',
      ],
      ['c', "il pacco l'ho aperto solo ieri, ero via per lavoro. il telaio è rotto, ho le foto"],
      [
        'b',
        'Purtroppo, trascorse le 48 ore, la transazione è conclusa e il pagamento è stato rilasciato al venditore.',
      ],
      [
        'c',
        "allora chiamo la mia banca e faccio disconoscere l'addebito sulla carta, 260 euro per un rottame nn li lascio",
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['260 €'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-mutuo-iban-codice-fiscale',
    note: 'full IBAN and codice fiscale sent over WhatsApp',
    ch: 'whatsapp',
    m: [
      [
        'c',
        "buonasera devo cambiare l'iban per l'addebito della rata del mutuo, il nuovo è IT60 X054 2811 1010 0000 0123 456",
        '0s',
      ],
      [
        'b',
        "Buonasera! Per motivi di sicurezza, la modifica dell'IBAN va fatta dall'app: Profilo > Addebiti > Modifica IBAN.",
      ],
      [
        'c',
        "nell'app mi chiede un codice che nn mi arriva. vi do il codice fiscale così verificate: RSSMRA85T10A562S",
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      l: 'it',
    },
  },
  {
    id: 'w3-it-carta-1881-abbonamento-figlio',
    note: 'last four digits of a card; unknown charge identified as a known subscription',
    ch: 'whatsapp',
    m: [
      [
        'c',
        "ciao, sulla carta che finisce con 1881 vedo un pagamento di 9,99 a 'DGT*STREAM' che nn riconosco",
        '0s',
      ],
      [
        'b',
        "Ciao! DGT*STREAM è il nome con cui compare l'abbonamento a StreamPlus. Risulta un pagamento mensile ricorrente dal 4 agosto.",
      ],
      ['c', "ah ecco è l'abbonamento di mio figlio lol, tutto chiaro"],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'it',
    },
  },
  {
    id: 'w3-it-noleggio-franchigia-responsabile',
    note: 'contested damage excess, "inaccettabile", a run of emotional messages and a demand for a supervisor',
    cust: {
      id: 'cus_it_9034',
      name: 'Luca Bassi',
      tier: 'pro',
      lifetimeValue: 5200,
    },
    ctx: {
      orders: [
        {
          id: 'NL-4471903',
          status: 'closed',
          total: 1184,
        },
      ],
    },
    m: [
      ['c', 'buongiorno, mi avete addebitato 900 € di franchigia per un danno alla portiera', '0s'],
      ['b', 'Buongiorno! Mi dà il numero di contratto di noleggio?'],
      ['c', 'NL-4471903'],
      [
        'b',
        "Grazie. Al rientro è stata rilevata un'ammaccatura sulla portiera posteriore destra. La franchigia prevista dal suo contratto è di 900 €.",
      ],
      ['c', "l'ammaccatura c'era già al ritiro, l'ho anche fatta notare all'addetto"],
      ['b', 'Nel verbale di ritiro non risultano danni sulla portiera posteriore destra.'],
      ['c', "perché l'addetto nn l'ha scritta. ho le foto del ritiro con data e ora"],
      [
        'b',
        'Può inviare le foto tramite il modulo Contestazione danni; la pratica sarà valutata entro 30 giorni.',
      ],
      ['c', '30 giorni con 900 euro addebitati sulla carta? scherziamo?'],
      ['b', "L'importo è stato addebitato secondo le condizioni generali di noleggio."],
      ['c', 'inaccettabile. mi trattate come un truffatore quando il danno era già lì'],
      ['b', 'Mi dispiace per il disagio. Posso aiutarla con altro?'],
      ['c', 'ma vi rendete conto? in 10 anni di noleggi nn ho mai avuto un problema'],
      ['b', 'Per contestare un addebito utilizzi il modulo Contestazione danni.'],
      ['c', 'voglio parlare con un responsabile, subito'],
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
      f: ['900 €', 'NL-4471903'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-noleggio-seconda-guidatrice',
    note: 'adding a second driver, done in the app',
    m: [
      ['c', 'posso aggiungere mia moglie come seconda guidatrice dopo aver prenotato?', '0s'],
      [
        'b',
        'Certo! In Le mie prenotazioni > Guidatori aggiuntivi. Costo 8 €/giorno. Servono nome, data di nascita e patente valida.',
      ],
      ['c', 'la patente la deve mostrare anche lei al banco?'],
      ['b', 'Sì, al ritiro deve essere presente con la patente originale.'],
      ['c', 'ok aggiunta, vedo 2 guidatori nella prenotazione'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-analytics-rinnovo-concorrente',
    note: 'enterprise CIO threatens to sign with a competitor unless the multi-year renewal and SLAs are renegotiated; bot loops on the pricing page',
    cust: {
      id: 'cus_it_0001',
      name: 'Stefano Ferretti',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 180000,
      language: 'it',
    },
    ctx: {
      account: {
        plan: 'Enterprise',
        seats: 600,
        renewal: '2026-12-31',
      },
      tickets: [
        {
          id: 'T-5512',
          subject: 'Report in ritardo',
          status: 'closed',
          createdAt: '2026-09-02T08:00:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Buongiorno, sono il CIO di Gruppo Ferretti Alimentari. Il nostro contratto con voi scade il 31 dicembre.',
        '0s',
      ],
      [
        'b',
        'Buongiorno! Può rinnovare il contratto dalla sezione Abbonamento > Rinnova. Il rinnovo mantiene le condizioni attuali.',
      ],
      [
        'c',
        "Non è così semplice. Quest'anno abbiamo avuto 4 disservizi sui report e abbiamo in mano un'offerta di un vostro concorrente a -30%.",
      ],
      [
        'b',
        'Mi dispiace per i disservizi. Trova lo storico degli incidenti e le relative analisi nella pagina di stato.',
      ],
      [
        'c',
        'Li conosco. La domanda è: siete disposti a rivedere le condizioni per un rinnovo triennale su 600 utenti, con SLA più stringenti?',
      ],
      ['b', 'Le condizioni del piano Enterprise sono indicate nella pagina Prezzi.'],
      ['c', 'la pagina prezzi nn parla di SLA personalizzati'],
      ['b', 'Per informazioni sui piani può consultare la pagina Prezzi.'],
      ['c', 'Altra cosa: la migrazione dei dashboard nel nuovo workspace sarebbe inclusa?'],
      ['b', 'La migrazione dei dashboard si fa da Impostazioni > Workspace > Esporta/Importa.'],
      [
        'c',
        "Ok. Allora le dico chiaramente: se entro fine mese nn abbiamo una proposta, firmiamo con l'altro fornitore.",
      ],
      ['b', 'Capisco. Posso aiutarla con altro?'],
      ['c', 'Sì: mi dica a chi devo scrivere per discutere il rinnovo.'],
      ['b', 'Può rinnovare il contratto dalla sezione Abbonamento > Rinnova.'],
      ['c', 'Lasciamo perdere.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'sales_opportunity', 'human_request', 'bot_not_helping'],
      t: 'sales',
      f: ['600 utenti'],
      l: 'it',
    },
  },
];
