// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w3-it-luce-conguaglio-arera',
    note: 'adjustment bill contested, bot will not cancel it; customer announces a written complaint and ARERA (energy regulator)',
    cust: {
      id: 'cus_it_3310',
      name: 'Valentina Greco',
      tier: 'free',
      language: 'it',
    },
    m: [
      ['c', 'buongiorno, mi è arrivata una bolletta di conguaglio di 412,60 € 😳', '0s'],
      [
        'b',
        'Buongiorno! Il conguaglio ricalcola i consumi effettivi rispetto a quelli stimati nelle bollette precedenti. Vuole che le spieghi le voci?',
      ],
      ['c', 'si grz'],
      [
        'b',
        'La bolletta n. 2026/0098123 copre il periodo gennaio-settembre. Le letture reali hanno rilevato 1.840 kWh in più rispetto alle stime.',
      ],
      ['c', "impossibile. l'autolettura l'ho sempre fatta ogni mese dall'app"],
      [
        'b',
        'Le autoletture vengono considerate se comunicate nella finestra indicata in bolletta.',
      ],
      ['c', 'le ho mandate nella finestra. ho gli screenshot di tutte e 9'],
      ['b', 'Capisco. Può inviare gli screenshot tramite il modulo Documenti per una verifica.'],
      ['c', 'e intanto? la bolletta scade il 5 dicembre'],
      [
        'b',
        'La bolletta va pagata entro la scadenza per evitare interessi di mora. Può richiedere la rateizzazione in 3 rate.',
      ],
      [
        'c',
        'nn pago 412 euro per consumi che nn ho fatto. voglio che venga annullata e ricalcolata con le mie letture',
      ],
      [
        'b',
        'Mi dispiace, non posso annullare una bolletta già emessa. Può richiedere la rateizzazione.',
      ],
      [
        'c',
        "allora faccio reclamo scritto e se nn rispondete vado dritta all'ARERA, mi sono già informata",
      ],
      ['b', 'Posso aiutarla in altro?'],
      ['c', 'si, a dirmi chi si occupa di annullare questa bolletta. cmq nn la pago'],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'compliance_legal', 'escalation_keyword'],
      t: 'billing',
      f: ['412,60 €'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-ricarica-sms-arrivata',
    note: 'top-up not yet credited; bot confirms it, customer sees it arrive',
    ch: 'sms',
    m: [
      ['c', 'ho fatto una ricarica da 20 euro col bancomat 1 ora fa e nn vedo il credito', '0s'],
      [
        'b',
        'Ciao! Le ricariche da sportello possono richiedere fino a 2 ore. Vedo una ricarica di 20,00 € sul numero che termina con 1290, accreditata alle 15:42.',
      ],
      ['c', 'arrivata adesso, ok grz'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'it',
    },
  },
  {
    id: 'w3-it-rc-auto-legale-ivass-pec',
    note: 'formal letter: lawyer instructed, report to IVASS threatened; bot sends a canned reply the customer rejects',
    ch: 'email',
    cust: {
      id: 'cus_it_7788',
      name: 'Giorgio Ferri',
      email: 'giorgio.ferri@example.it',
    },
    m: [
      [
        'c',
        "Spett.le Compagnia,\n\ncon la presente, in riferimento al sinistro n. 2026/RC/558301 del 14 settembre u.s., lamento che a distanza di oltre 60 giorni dalla denuncia non mi è stata formulata alcuna offerta di risarcimento, in violazione dei termini previsti dal Codice delle Assicurazioni.\n\nVi comunico che ho conferito mandato al mio legale, avv. Chiara Benedetti, e che in assenza di riscontro entro 10 giorni procederò nelle sedi opportune, oltre a inoltrare segnalazione all'IVASS.\n\nDistinti saluti\nGiorgio Ferri",
        '0s',
      ],
      [
        'b',
        "Gentile Giorgio, grazie per averci scritto. Può seguire lo stato del sinistro dall'area riservata, sezione Sinistri.",
      ],
      [
        'c',
        'Spett.le Compagnia,\n\nprendo atto della risposta automatica, che non risponde a quanto scritto. Resto in attesa di un riscontro formale entro il termine indicato.\n\nGiorgio Ferri',
        '2d',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'bot_not_helping'],
      t: 'support',
      f: ['2026/RC/558301'],
      p: 'high',
      l: 'it',
    },
  },
  {
    id: 'w3-it-attestato-rischio-commercialista',
    note: 'reported speech ("il mio commercialista mi ha chiesto"); document found and downloaded',
    m: [
      [
        'c',
        "buongiorno, il mio commercialista mi ha chiesto l'attestato di rischio aggiornato, dove lo scarico?",
        '0s',
      ],
      [
        'b',
        "Buongiorno! Lo trova nell'area riservata > Polizze > Documenti > Attestato di rischio. È disponibile 30 giorni prima della scadenza.",
      ],
      ['c', 'la polizza scade il 15 dicembre quindi dovrebbe esserci già'],
      ['b', 'Sì, è già disponibile come PDF con data di emissione 15/11.'],
      ['c', 'ok scaricato, glielo giro'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-master-80-dipendenti-convenzione',
    note: 'corporate agreement for 80 employees (dedicated terms, single invoice, private cohort) and asks whom to set it up with; "responsabile" is her job title',
    cust: {
      id: 'cus_it_2040',
      name: 'Paola Marchetti',
      segment: 'enterprise',
    },
    m: [
      [
        'c',
        "Buongiorno, sono la responsabile formazione di un'azienda di logistica. Vorremmo iscrivere circa 80 dipendenti al master in Supply Chain Management nel 2027",
        '0s',
      ],
      [
        'b',
        'Buongiorno! Il master costa 3.200 € a partecipante. Le iscrizioni si fanno online dalla pagina del corso.',
      ],
      [
        'c',
        "certo, ma con questi numeri ci aspettiamo una convenzione aziendale: condizioni dedicate, fatturazione unica all'azienda, magari un'edizione riservata ai nostri in modalità blended. È fattibile? Con chi possiamo impostare l'accordo?",
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['80 dipendenti'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-portale-studenti-login-lungo',
    note: 'long live chat past 20 minutes that ends resolved: the student logs in and sees the courses',
    cust: {
      id: 'cus_it_6120',
      name: 'Matteo',
      tier: 'free',
    },
    m: [
      ['c', 'ciao nn riesco ad entrare nel portale studenti, dice credenziali errate', '0s'],
      ['b', 'Ciao! Prova a reimpostare la password da Password dimenticata nella pagina di login.'],
      ['c', 'fatto, ma la mail di reset nn arriva'],
      ['b', 'Controlla la cartella spam. La mail arriva da noreply@unitel.it.'],
      ['c', "nn c'è manco lì"],
      ['b', 'Quale indirizzo usi per accedere? Quello istituzionale o quello personale?'],
      ['c', 'quello personale gmail'],
      [
        'b',
        "Il portale accetta solo l'indirizzo istituzionale nome.cognome@studenti.unitel.it. Le mail di reset arrivano lì.",
      ],
      ['c', "ah e come ci entro nella mail istituzionale? nn l'ho mai usata", '3m'],
      [
        'b',
        "Vai su mail.unitel.it e accedi con la matricola e la password provvisoria ricevuta all'immatricolazione.",
      ],
      ['c', "aspetta cerco la mail dell'immatricolazione"],
      ['c', 'trovata, sono dentro la mail istituzionale', '9m'],
      ['b', "Perfetto! Ora rifai Password dimenticata sul portale con l'indirizzo istituzionale."],
      ['c', 'arrivata la mail', '4m'],
      ['c', 'password cambiata, sono entrato e vedo i corsi del secondo semestre', '3m'],
      ['b', 'Ottimo! Buono studio 📚'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'it',
    },
  },
  {
    id: 'w3-it-cena-mai-arrivata-reclamo',
    note: 'refund refused for an order marked delivered to the wrong door; three emotional messages in a row and a complaint',
    cust: {
      id: 'cus_it_4409',
      tier: 'free',
    },
    ctx: {
      orders: [
        {
          id: 'MG-77410',
          status: 'delivered',
          total: 34.8,
        },
      ],
    },
    m: [
      ['c', "l'ordine di ieri sera nn è mai arrivato ma nell'app risulta consegnato", '0s'],
      [
        'b',
        "Ciao! Vedo l'ordine #MG-77410 di 34,80 €, segnato come consegnato alle 21:14. Il rider ha caricato una foto della consegna.",
      ],
      ['c', 'la foto è di un portone che nn è il mio. io abito al 14 nn al 41'],
      [
        'b',
        'Mi dispiace, ma per gli ordini segnati come consegnati con foto non è previsto il rimborso.',
      ],
      ['c', 'quindi pago 34,80 per una cena che si è mangiato qualcun altro. fantastico'],
      ['b', 'Capisco. Posso offrirti un codice sconto di 5 € sul prossimo ordine.'],
      ['c', '5 euro?? mi prendete in giro'],
      ['c', 'è una vergogna, voglio fare un reclamo e rivoglio i miei soldi'],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'negative_sentiment', 'negative_streak', 'escalation_keyword'],
      t: 'billing',
      f: ['34,80'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-pizza-sbagliata-rimborso-fatto',
    note: 'wrong item, in-policy refund completed by the bot; customer sees the PayPal notification',
    ch: 'whatsapp',
    m: [
      ['c', 'ciao mi avete portato una margherita invece della diavola 🙄', '0s'],
      [
        'b',
        "Ops, ci scusiamo! Vedo l'ordine #MG-80122: la diavola costava 8,90 €. Ti ho appena emesso un rimborso di 8,90 € sul metodo di pagamento originale (PayPal).",
      ],
      ['c', 'ah già fatto? ok'],
      ['b', 'Sì, dovresti ricevere la notifica di PayPal entro pochi minuti.'],
      ['c', 'vista la notifica, tutto a posto. grz tvb 😂'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'it',
    },
  },
  {
    id: 'w3-it-risonanza-voce-operatore',
    note: 'voice: bot insists on a booking code the caller does not have; caller asks for an operator',
    ch: 'voice',
    m: [
      [
        'c',
        'buongiorno devo spostare una risonanza magnetica che ho prenotato per il ventisei',
        '0s',
      ],
      ['b', 'Per spostare un appuntamento mi serve il codice di prenotazione di otto cifre.'],
      ['c', "non ce l'ho sotto mano l'ho prenotata per telefono con la mutua"],
      ['b', "Senza codice di prenotazione non posso trovare l'appuntamento. Può dirmi il codice?"],
      ['c', "le ho detto che non ce l'ho mi può passare un operatore per favore un operat ore"],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-visita-dermatologica-voce',
    note: 'voice booking with a referral, confirmation SMS received',
    ch: 'voice',
    m: [
      ['c', "salve vorrei prenotare una visita dermatologica ho l'impegnativa del medico", '0s'],
      ['b', "Certo. Mi dica il codice dell'impegnativa, lo trova in alto a destra."],
      ['c', 'zero tre zero a due due otto sette'],
      [
        'b',
        'Grazie. La prima disponibilità è il 3 dicembre alle 10:20 al Poliambulatorio di via Padova. Va bene?',
      ],
      ['c', 'va bene sì'],
      ['b', 'Prenotato. Riceverà un SMS con il promemoria.'],
      ['c', 'ok è arrivato il messaggio'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-venditore-contestazione-acquirente',
    note: 'a seller asking how to answer a dispute opened by its own buyer: how-to, not a refund dispute',
    cust: {
      id: 'cus_it_1205',
      segment: 'smb',
    },
    m: [
      [
        'c',
        'ciao, sono un venditore. un acquirente ha aperto una contestazione dicendo che le scarpe erano usate, ma erano nuove con cartellino. come rispondo?',
        '0s',
      ],
      [
        'b',
        'Ciao! Vai in Vendite > Ordine > Contestazione > Rispondi. Allega foto del prodotto prima della spedizione e la ricevuta del corriere. Hai 3 giorni per rispondere.',
      ],
      ['c', 'ok e se vince lui i soldi me li tolgono dal saldo?'],
      [
        'b',
        "Sì, in quel caso l'importo viene stornato dal saldo venditore. Con prove della spedizione corretta, di solito la contestazione si chiude a tuo favore.",
      ],
      ['c', 'perfetto ho caricato foto e ricevuta, risposta inviata'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'it',
    },
  },
  {
    id: 'w3-it-analytics-enterprise-doc-api',
    note: 'enterprise customer asks where the API docs are; endpoint found and works',
    cust: {
      id: 'cus_it_0002',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 140000,
    },
    m: [
      ['c', 'dove trovo la documentazione delle API per esportare i dati di un report?', '0s'],
      [
        'b',
        "La trova su docs.example.com/api; per i report l'endpoint è GET /v2/reports/{id}/export. Serve un token con scope reports:read, generabile in Impostazioni > API.",
      ],
      ['c', 'perfetto, il token ce lho già. endpoint trovato, funziona'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'it',
    },
  },
  {
    id: 'w3-it-webhook-500-signing-secret',
    note: 'webhook signing secret pasted into the chat',
    cust: {
      id: 'cus_it_3003',
      tier: 'pro',
      segment: 'mid-market',
    },
    m: [
      [
        'c',
        'i webhook verso il nostro endpoint restituiscono 500 da stamattina, nn abbiamo cambiato niente',
        '0s',
      ],
      [
        'b',
        'Ciao! Controlla nei Log webhook il corpo della risposta del tuo server: un 500 indica un errore lato ricevente.',
      ],
      [
        'c',
        'il nostro server dice firma nn valida. vi incollo la config così controllate: endpoint https://hooks.acme-logistica.it/bi, signing secret whsec_9fK2LmQ7vXt4RpZ8nB3c',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'technical',
      l: 'it',
    },
  },
];
