// Written independently from the policy only (writer w4, 2026-11-30); development split.
// Italian chats: banking, fashion, payments, SaaS, insurance, telecom, healthcare booking,
// food delivery, gaming, utilities. Labels follow the contract's policy, conservatively.
export const defaults = { ch: 'web', l: 'it' };

export default [
  {
    id: 'w4-it-banca-ricontattata-da-qualcuno-della-filiale',
    note: 'successione su un conto corrente; chiede con garbo di essere ricontattata da qualcuno della filiale: human_request indiretto',
    cust: { name: 'Giovanna Esposito', language: 'it' },
    m: [
      [
        'c',
        'Buongiorno, mia madre è mancata a ottobre e devo capire come chiudere il suo conto e trasferire il saldo a me e a mio fratello.',
        '0s',
      ],
      [
        'b',
        "Le porgiamo le nostre condoglianze. Può chiudere un conto dall'app in Impostazioni > Chiudi conto.",
      ],
      ['c', 'Il conto non è mio, è di mia madre, e io non ho accesso alla sua app.'],
      ['b', "Può chiudere un conto dall'app in Impostazioni > Chiudi conto."],
      [
        'c',
        'Sarebbe possibile essere ricontattata da qualcuno della filiale? Preferirei parlarne con una persona.',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'w4-it-moda-reso-rimborsato',
    note: 'reso nei termini rimborsato dal bot, la cliente conferma: nessun handoff, billing',
    ch: 'whatsapp',
    m: [
      ['c', 'ciao ho restituito la borsa dell ordine IT-60218, quando arriva il rimborso?', '0s'],
      [
        'b',
        'Ciao! Il reso è arrivato in magazzino stamattina. Ho appena emesso il rimborso di 89,00 € sulla tua carta: lo vedrai entro 3-5 giorni lavorativi.',
      ],
      ['c', 'già arrivato, grazie mille 😊'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-it-pagamenti-disconosco-addebito-banca',
    note: 'addebito dopo la disdetta; minaccia di disconoscerlo con la banca (storno SDD, senza dire chargeback): refund_dispute',
    m: [
      [
        'c',
        "Mi avete addebitato 24,99 € il 3 novembre ma avevo disdetto l'abbonamento a settembre.",
        '0s',
      ],
      ['b', 'Le disdette hanno effetto dalla fine del periodo di fatturazione in corso.'],
      ['c', 'Il periodo era finito il 30 settembre. Rivoglio i soldi.'],
      ['b', 'Non posso procedere con un rimborso per questo addebito.'],
      [
        'c',
        "Va bene, allora chiedo alla mia banca di stornare l'addebito diretto, lo disconosco come non autorizzato.",
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['24,99 €'] },
  },
  {
    id: 'w4-it-saas-25-sedi-accordo-triennale',
    note: 'estensione a 25 sedi, circa 700 utenti, accordo triennale e condizioni dedicate: trattativa di volume, sales_opportunity',
    cust: { name: 'Alessandro Conti', email: 'a.conti@example.com', tier: 'pro' },
    m: [
      [
        'c',
        'Salve, usiamo il vostro gestionale per le presenze in sede centrale. Vorremmo estenderlo a tutte le 25 sedi del gruppo, circa 700 utenti.',
        '0s',
      ],
      [
        'b',
        'Ottimo! Il piano Pro costa 6 € per utente al mese. Può aggiungere utenti dal pannello di amministrazione.',
      ],
      [
        'c',
        "Con questi numeri l'ufficio acquisti chiede un accordo triennale con condizioni dedicate e fatturazione unica. Con chi possiamo parlarne?",
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['25 sedi', '700 utenti'] },
  },
  {
    id: 'w4-it-assicurazione-lettera-ivass-avvocato',
    note: "lettera cortese: liquidazione del sinistro ferma da mesi, reclamo all'IVASS e avvocato: compliance_legal, liquidazione come billing",
    ch: 'email',
    cust: { name: 'Roberto Galli', email: 'r.galli@example.com' },
    m: [
      [
        'c',
        'Spettabile Compagnia,\n\nin riferimento al sinistro n. SN-2026-04417 del 12 giugno, la perizia è stata completata il 10 luglio con un danno quantificato in 3.850 €. Ad oggi non ho ricevuto alcuna liquidazione né comunicazioni.\n\nChiedo cortesemente di conoscere i tempi di pagamento.\n\nDistinti saluti,\nRoberto Galli',
        '0s',
      ],
      [
        'b',
        'Gentile cliente, la pratica è in lavorazione. Riceverà aggiornamenti appena disponibili.',
      ],
      [
        'c',
        "Spettabile Compagnia,\n\nla stessa risposta mi è stata data a settembre. In assenza della liquidazione entro quindici giorni presenterò reclamo all'IVASS e affiderò la pratica al mio avvocato.\n\nDistinti saluti,\nRoberto Galli",
        '2d',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'billing',
      f: ['SN-2026-04417', '3.850 €'],
      p: 'high',
    },
  },
  {
    id: 'w4-it-gdpr-accesso-art-15',
    note: "richiesta di accesso ai dati personali ai sensi dell'art. 15 GDPR: compliance_legal, le richieste privacy sono support",
    m: [
      [
        'c',
        "Buonasera, ai sensi dell'art. 15 del GDPR chiedo copia di tutti i dati personali che conservate su di me, incluse le registrazioni delle chiamate.",
        '0s',
      ],
      ['b', 'Può scaricare i dati del suo profilo da Account > Privacy > Scarica i miei dati.'],
      [
        'c',
        "Quel file contiene solo anagrafica e ordini. Chiedo l'accesso completo, registrazioni comprese, entro i termini di legge.",
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'w4-it-gaming-coinquilino-scrivere-al-capo',
    note: 'il capo compare solo in uno scherzo sul coinquilino e il problema si risolve: nessun handoff',
    m: [
      ['c', 'raga la chat vocale non funziona da ieri, sento tutti ma nessuno sente me', '0s'],
      [
        'b',
        'Controlla in Impostazioni > Audio che il microfono selezionato sia quello giusto: dopo l\'aggiornamento a volte torna su "Predefinito".',
      ],
      [
        'c',
        'era su predefinito 🤦 ora mi sentono. il mio coinquilino voleva scrivere al vostro capo ahahah',
      ],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-it-non-e-un-reclamo-ritiro-in-negozio',
    note: '"non è un reclamo": domanda sul ritiro in negozio a cui il bot risponde: nessun handoff, support',
    m: [
      [
        'c',
        "Ciao, non è un reclamo eh, volevo solo sapere se posso mandare mia sorella a ritirare l'ordine 551903 in negozio.",
        '0s',
      ],
      [
        'b',
        'Certo! Basta che porti il codice di ritiro che hai ricevuto via email e un suo documento.',
      ],
      ['c', 'Perfetto, grazie!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-it-fibra-lenta-esasperata',
    note: 'tre messaggi di fila chiaramente esasperati, senza parolacce, per la fibra lenta: negative_sentiment + negative_streak',
    ch: 'whatsapp',
    m: [
      ['c', 'la fibra da 1 giga va a 12 mega da due settimane', '0s'],
      ['b', 'Mi dispiace! Hai provato a riavviare il modem?'],
      ['c', 'sono esasperata, è la quinta volta che me lo chiedete', '40s'],
      [
        'c',
        'lavoro in smart working e non riesco a fare una videochiamata senza che si blocchi',
        '30s',
      ],
      ['c', 'pago per un servizio che semplicemente non ricevo, basta', '30s'],
    ],
    x: { h: true, r: ['negative_sentiment', 'negative_streak'], t: 'technical' },
  },
  {
    id: 'w4-it-prenotazione-visita-codice-fiscale',
    note: 'prenotazione di una visita: il paziente incolla il codice fiscale completo (di esempio): sensitive_data, support',
    m: [
      [
        'c',
        "non riesco a prenotare la visita oculistica, dice che l'impegnativa non è valida",
        '0s',
      ],
      ['b', "Verifichi di aver inserito correttamente il codice dell'impegnativa."],
      [
        'c',
        "l'ho ricontrollato. il mio codice fiscale è RSSMRA85M01H501Z, potete controllare voi?",
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'w4-it-fattura-elettronica-codice-destinatario-loop',
    note: 'fattura elettronica con codice destinatario chiesta in tre modi, il bot ripete lo stesso articolo: repeated_question + bot_not_helping, billing',
    cust: { name: 'Luca Marino' },
    m: [
      [
        'c',
        "Buongiorno, mi serve la fattura elettronica dell'ordine con il codice destinatario SDI della mia ditta.",
        '0s',
      ],
      ['b', "Puoi scaricare la ricevuta dell'ordine da I miei ordini > Ricevuta."],
      [
        'c',
        'Non la ricevuta, la fattura elettronica intestata alla partita IVA e inviata allo SDI.',
      ],
      ['b', "Puoi scaricare la ricevuta dell'ordine da I miei ordini > Ricevuta."],
      [
        'c',
        'Lo chiedo in un altro modo: dove inserisco il codice destinatario perché la fattura arrivi al mio cassetto fiscale?',
      ],
      ['b', "Puoi scaricare la ricevuta dell'ordine da I miei ordini > Ricevuta."],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'billing',
      f: ['codice destinatario'],
    },
  },
  {
    id: 'w4-it-enterprise-fuso-orario-report',
    note: 'cliente enterprise con una domanda banale (fuso orario dei report) risolta: il livello non basta per un handoff',
    cust: {
      name: 'Federica Rinaldi',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 198000,
    },
    m: [
      ['c', 'Ciao, i report mostrano gli orari in UTC, come li metto in ora italiana?', '0s'],
      [
        'b',
        "Vai in Impostazioni > Organizzazione > Fuso orario e scegli Europe/Rome. Vale per tutti i report dell'organizzazione.",
      ],
      ['c', 'Fatto, ora tornano. Grazie!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-it-operatrice-gia-in-chat',
    note: "un'operatrice gestisce già la chat (handoffState with_human): nessun secondo handoff anche se il cliente chiede un responsabile",
    cust: { name: 'Paolo Ferri', attributes: { handoffState: 'with_human' } },
    m: [
      ['c', 'la bolletta del gas è di 410 euro, è il triplo del solito', '0s'],
      [
        'a',
        "Buongiorno, sono Sara dell'assistenza. Vedo una lettura stimata: mi manda una foto del contatore?",
      ],
      ['c', "gliel'ho mandata già ieri a un suo collega", '1m'],
      ['c', 'voglio parlare con un responsabile', '2m'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-it-rider-mai-arrivato-lunga',
    note: 'ordine di cibo mai arrivato, oltre 20 minuti su WhatsApp con il bot che ripete lo stato: long_session + bot_not_helping',
    ch: 'whatsapp',
    m: [
      ['c', 'il mio ordine doveva arrivare alle 20:15 e sono le 20:40', '0s'],
      ['b', "Il tuo rider è in viaggio! Puoi seguirlo in tempo reale nell'app."],
      ['c', 'nell app il rider è fermo allo stesso punto da 20 minuti', '3m'],
      ['b', "Il tuo rider è in viaggio! Puoi seguirlo in tempo reale nell'app."],
      ['c', 'non si muove. è successo qualcosa?', '4m'],
      ['b', 'I tempi di consegna possono variare in base al traffico.'],
      ['c', 'ordine 7H-2281, potete contattare il rider?', '5m'],
      ['b', "Il tuo rider è in viaggio! Puoi seguirlo in tempo reale nell'app."],
      ['c', 'sono quasi le 21 e ancora niente', '6m'],
      ['b', 'I tempi di consegna possono variare in base al traffico.'],
      ['c', 'quindi? che faccio, ordino altrove?', '4m'],
    ],
    x: { h: true, r: ['long_session', 'bot_not_helping'], t: 'support', f: ['7H-2281'] },
  },
  {
    id: 'w4-it-stampante-lunga-risolta',
    note: 'chat lunga (oltre 30 minuti) sulla stampante Wi-Fi che finisce risolta ("ora funziona"): nessun handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'la stampante non si collega più al wifi dopo che ho cambiato modem', '0s'],
      [
        'b',
        'Sul pannello della stampante vai in Impostazioni > Rete > Configurazione guidata Wi-Fi e scegli la nuova rete.',
      ],
      ['c', 'non vedo la mia rete nella lista', '4m'],
      [
        'b',
        'Il nuovo modem trasmette forse solo a 5 GHz. La tua stampante supporta solo 2,4 GHz: controlla che la rete a 2,4 GHz sia attiva nel modem.',
      ],
      ['c', 'come si fa? 😅', '2m'],
      [
        'b',
        'Apri 192.168.1.1 nel browser, entra con la password sul retro del modem e in Wi-Fi attiva la banda 2,4 GHz.',
      ],
      ['c', 'ok sto cercando la password', '6m'],
      ['c', 'fatto, attivata', '8m'],
      ['c', 'ora la vedo nella lista, metto la password', '3m'],
      ['c', 'ora funziona, ha stampato la pagina di prova!', '9m'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-it-disdetta-palestra-fatta',
    note: 'disdetta della palestra registrata dal bot: churn gestito, sales, nessun handoff',
    m: [
      ['c', "vorrei disdire l'abbonamento in palestra, non riesco più ad andarci", '0s'],
      [
        'b',
        "Mi dispiace! Il tuo abbonamento ha un preavviso di 30 giorni: l'ultima rata è il 5 dicembre e potrai allenarti fino al 4 gennaio. Confermi la disdetta?",
      ],
      ['c', 'sì confermo'],
      ['b', 'Fatto. Ti ho inviato la conferma via email.'],
      ['c', 'ricevuta grazie'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'w4-it-cassa-errore-sconosciuto',
    note: "un codice d'errore del registratore telematico che il bot non conosce: novel_problem, technical",
    cust: { name: 'Marco Bianchi' },
    m: [
      [
        'c',
        'il registratore telematico dà "ERR 71 - certificato dispositivo non valido" e non emette scontrini',
        '0s',
      ],
      ['b', 'Provi a spegnere e riaccendere il registratore.'],
      ['c', 'fatto due volte, sempre ERR 71'],
      ['b', 'Mi dispiace, non ho informazioni su questo errore.'],
      ['c', 'ho il bar pieno, non posso battere scontrini'],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['ERR 71'], p: 'high' },
  },
  {
    id: 'w4-it-voglio-un-responsabile-inaccettabile',
    note: 'chiede un responsabile e definisce inaccettabile un secondo mancato appuntamento: human_request + escalation_keyword',
    m: [
      [
        'c',
        'Il tecnico doveva venire oggi tra le 9 e le 13 e non si è presentato, per la seconda volta.',
        '0s',
      ],
      ['b', "Mi dispiace. Può riprogrammare l'appuntamento dall'app in I miei appuntamenti."],
      [
        'c',
        "Ho già riprogrammato una volta e ho perso un'altra mattina di lavoro. È inaccettabile. Voglio parlare con un responsabile.",
      ],
    ],
    x: { h: true, r: ['human_request', 'escalation_keyword'], t: 'support' },
  },
  {
    id: 'w4-it-corso-inglese-prima-dell-acquisto',
    note: "domanda prima dell'acquisto sul prezzo di listino di un corso, con risposta: sales senza handoff",
    m: [
      ['c', 'quanto costa il corso di inglese B2 online e quante lezioni sono?', '0s'],
      [
        'b',
        'Il corso B2 online costa 349 € e comprende 40 lezioni da 60 minuti in piccoli gruppi, più la certificazione finale.',
      ],
      ['c', 'ok mi iscrivo, grazie'],
    ],
    x: { h: false, t: 'sales' },
  },
];
