// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w3-it-pacco-dogana-carne-e-ossa',
    note: 'customs payment link fails; asks for somebody "in carne e ossa" to call back (indirect request for a person); tracking number is not sensitive',
    ch: 'sms',
    m: [
      [
        'c',
        'il mio pacco è fermo in dogana da 8 gg, mi avete mandato un sms per pagare 38 euro di dazi ma il link nn si apre',
        '0s',
      ],
      [
        'b',
        'Ciao! Per pagare i dazi vai su pagamenti.example.it e inserisci il codice spedizione.',
      ],
      ['c', 'ho provato, dice codice nn trovato. il codice è 1Z999AA10123456784'],
      ['b', 'Controlla di aver inserito il codice corretto, senza spazi.'],
      ['c', "è corretto. c'è qualcuno in carne e ossa che mi può richiamare? sto al 339 4567812"],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'support',
      f: ['1Z999AA10123456784', '38 euro'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-pacco-in-consegna-sms',
    note: 'tracking question answered with a delivery window',
    ch: 'sms',
    m: [
      ['c', 'dove si trova il pacco IT-LG-5520193? doveva arrivare oggi', '0s'],
      ['b', 'Il pacco IT-LG-5520193 è in consegna oggi con il corriere, fascia 14-18.'],
      ['c', 'ok grz, lo aspetto'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['IT-LG-5520193'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-affitti-registrazione-contratto',
    note: 'a lease registration question: legal subject of an ordinary how-to, answered',
    m: [
      [
        'c',
        "salve, ho firmato un contratto di affitto 4+4 tramite la vostra app, chi lo registra all'Agenzia delle Entrate, io o il proprietario?",
        '0s',
      ],
      [
        'b',
        'Salve! La registrazione spetta al proprietario, le spese si dividono a metà. Se il proprietario ha attivato il servizio Registrazione in app, lo facciamo noi entro 30 giorni dalla firma e vi arriva la ricevuta.',
      ],
      ['c', "come vedo se l'ha attivato?"],
      ['b', 'Nella scheda del contratto trova la voce Registrazione: attiva oppure non richiesta.'],
      ['c', "c'è scritto attiva, bene così"],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'it',
    },
  },
  {
    id: 'w3-it-palestra-disdetta-mezzora',
    note: 'cancellation asked many ways for over 20 minutes while the bot answers with retention lines and FAQs; caps and exasperation',
    ch: 'whatsapp',
    cust: {
      id: 'cus_it_7302',
      name: 'Chiara',
      tier: 'free',
    },
    m: [
      ['c', "ciao vorrei disdire l'abbonamento", '0s'],
      ['b', "Ciao! 💪 Lo sapevi che puoi sospendere l'abbonamento fino a 3 mesi?"],
      ['c', 'nn voglio sospendere, mi trasferisco a Torino'],
      ['b', 'Abbiamo 4 club a Torino! Il tuo abbonamento è valido in tutti i nostri centri.'],
      ['c', 'si ma vado a lavorare fuori città, cmq in palestra nn ci vado più. come disdico?'],
      ['b', 'Ti proponiamo il piano Flex a 19,90 €/mese per allenarti quando vuoi!'],
      ['c', 'grazie no. qual è la procedura per la disdetta?', '3m'],
      ['b', "Lo sapevi che puoi sospendere l'abbonamento fino a 3 mesi?"],
      ['c', 'nn mi hai risposto. come si disdice??', '4m'],
      ['b', 'Per qualsiasi esigenza, visita la sezione FAQ.'],
      ['c', "nelle faq c'è scritto di chiedere in chat. sono in chat", '5m'],
      ['b', 'Abbiamo 4 club a Torino! Il tuo abbonamento è valido in tutti i nostri centri.'],
      ['c', "raga è mezz'ora che chiedo la stessa cosa", '6m'],
      ['b', 'Ciao! 💪 Come posso aiutarti?'],
      ['c', 'DISDETTA. ABBONAMENTO.', '4m'],
      ['b', "Lo sapevi che puoi sospendere l'abbonamento fino a 3 mesi?"],
      ['c', 'incredibile'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping', 'long_session', 'negative_sentiment'],
      t: 'sales',
      l: 'it',
    },
  },
  {
    id: 'w3-it-palestra-premium-caro-annuale',
    note: 'mild polite disappointment about a list price, resolved with the annual option; self-serve plan change done',
    ch: 'whatsapp',
    m: [
      ['c', 'ciao quanto costa passare al piano Premium? vorrei la piscina', '0s'],
      [
        'b',
        'Ciao! Il Premium costa 59 €/mese (ora hai il Base a 39 €). Include piscina e corsi. Puoi passare in app: Abbonamento > Cambia piano.',
      ],
      ['c', "uff pensavo costasse meno, un po' caro"],
      ['b', 'Capisco! Se paghi 12 mesi in anticipo, il Premium scende a 49 €/mese.'],
      ['c', "ah così ci sta. fatto dall'app, ora vedo Premium annuale 👍"],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'it',
    },
  },
  {
    id: 'w3-it-hotel-convention-60-persone',
    note: 'group event beyond online booking limits; asks for an overall proposal and group terms',
    cust: {
      id: 'cus_it_4120',
      segment: 'mid-market',
    },
    m: [
      [
        'c',
        'Buongiorno, organizzo la convention aziendale di maggio: circa 60 persone per 3 notti, più una sala riunioni per 2 giorni e cena di gala',
        '0s',
      ],
      [
        'b',
        'Buongiorno! Online può prenotare fino a 9 camere. La tariffa standard per una doppia è di 145 € a notte.',
      ],
      [
        'c',
        'appunto, ci servono almeno 35 camere. vorremmo una proposta complessiva con camere, sala e ristorazione, e capire che condizioni riuscite a farci per un gruppo',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['60 persone', '35 camere'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-hotel-email-cambio-nominativo',
    note: 'email thread, name change done by the bot, confirmation received a day later',
    ch: 'email',
    m: [
      [
        'c',
        'Gentili signori,\nho prenotato una camera per il 20-22 dicembre (prenotazione n. 558201) a mio nome, ma soggiornerà mia sorella, Elena Conti. È possibile cambiare il nominativo?\nCordiali saluti,\nMarta Conti',
        '0s',
      ],
      [
        'b',
        "Gentile Marta, sì, il cambio nominativo è gratuito. Ho aggiornato la prenotazione 558201 a nome di Elena Conti. Al check-in dovrà mostrare un documento d'identità.",
      ],
      ['c', 'Grazie, ho ricevuto la nuova conferma con il nome di Elena.\nMarta', '1d'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['558201'],
      l: 'it',
    },
  },
  {
    id: 'w3-it-caldaia-tecnico-in-chat',
    note: 'a technician (agent) wrote last with instructions; the customer still has a problem, but a person holds the chat',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'la caldaia nn parte dopo la sostituzione del contatore del gas, dice errore pressione gas',
        '0s',
      ],
      ['b', 'Ti passo a un tecnico del pronto intervento.'],
      [
        'a',
        'Salve, sono Davide del servizio tecnico. Sul contatore nuovo a volte la valvola resta chiusa: trova una levetta gialla a destra, la giri in verticale e mi dica se la caldaia riparte.',
      ],
      ['c', 'la levetta è già in verticale'],
      ['c', 'nn parte ancora. che faccio??'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'it',
    },
  },
];
