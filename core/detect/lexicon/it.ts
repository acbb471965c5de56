import type { Lexicon } from './types';

const person =
  "(?:(?:con )?una? (?:ver[oa] )?|un'|qualche |l'|il |la )?(?:operat(?:ore|rice)|persona(?: reale| vera)?|(?:essere )?umano|agente|consulente|assistente umano|qualcuno|addett[oa]|dipendente)";

/** Italian cues (folded: no accents). */
export const it: Lexicon = {
  negations: ['non|nn|mai|senza|nessun|nessuna|nessuno'],
  negationsAfter: ['non (?:e|serve|sara) (?:necessari[oa]|bisogno)|non serve|inutile'],
  guards: [
    'risorse umane|errore umano|persona giuridica|persona fisica|gestore (?:di )?password|manager pro',
    '(?:modulo|pagina) (?:di |per )?reclam\\w*',
    '(?:mio|un|una|nostro) client[ei] (?:del (?:mio|nostro) \\w+ )?(?:mi |ci )?(?:ha )?(?:aperto|avviato|presentato|fatto) (?:un |una )?(?:chargeback|contestazione|disputa|storno)',
    '(?:rispondere|replicare) a (?:un |una |questo |questa |il |la )?(?:chargeback|contestazione|disputa)',
    'orari (?:di apertura|del supporto|di assistenza)',
    // A plan given up ("stavo per chiedere un operatore ma ho risolto"): no request is made.
    "(?:stavo (?:quasi )?per|ero sul punto di|stavamo per|quasi quasi) (?:chiedere|chiamare|pretendere|parlare|scrivere)(?: di parlare)?(?: con| a| al| all'| del| di)? (?:\\S+ ){0,3}?(?:l'|un'|all')?(?:operatore|operatrice|persona|umano|agente|consulente|responsabile|supervisore|direttore|manager|qualcuno|avvocat[oa])",
    // A request a person already answered ("ho chiesto un operatore e mi ha risolto tutto").
    "(?:ho|avevo) (?:chiesto|parlato|chiamato)(?: di parlare)?(?: con| a| al| all')? (?:\\S+ ){0,3}?(?:operatore|operatrice|persona|umano|agente|consulente|responsabile|qualcuno)(?=[^.!?]{0,60}(?:^|\\s)(?:e|che) (?:mi |ci )?(?:ha |hanno |l'ha |l'hanno )?(?:risolt|sistemat|aiutat)\\w*)",
    // A role or feature of the product, and the caller's own customers reaching a person.
    '(?:ruolo|profilo|modalita|permessi|accesso|account|pannello|vista|licenza|funzione) (?:di |del |da )?(?:supervisore|manager|responsabile|agente|operatore|amministratore)',
    '(?:i miei|i nostri|le mie|le nostre|i suoi) (?:\\w+ )?(?:clienti|utenti|visitatori|acquirenti|soci|studenti|pazienti)[^.?!,;]{0,60}(?:umano|agente|persona|operatore|consulente)',
  ],
  humanRequest: [
    'in carne (?:e|ed) ossa|qualcuno (?:di voi|del vostro (?:ufficio|team)|che mi (?:puo|possa|potrebbe) (?:richiamare|chiamare|contattare|telefonare))',
    '(?:un|una) (?:operatore|operatrice|persona|consulente|addetto|addetta) (?:che )?(?:mi )?(?:richiami|chiami|contatti|telefoni)|parlare con qualcuno|chi (?:si occupa|segue) (?:dei |delle )?(?:clienti aziendali|aziende|gruppi|convenzioni)',
    '(?:vorrei|vorremmo) (?:avere )?(?:un colloquio|una chiamata|un incontro)',
    'qualcuno con cui (?:posso |possa )?parlare',
    `(?:parlare|chattare|comunicare|essere messo in contatto|essere messa in contatto|contattare) (?:con |a )?${person}`,
    `(?:passami|mi passi|passatemi|trasferiscimi|mi trasferisca|mettimi in contatto con|mi metta in contatto con|(?:mettere|mettermi|metterci) in contatto con|(?:passare|passarmi|trasferire|trasferirmi|inoltrare|girare|girarmi|(?:essere|venire) (?:passat[oa]|trasferit[oa]|mess[oa] in contatto))(?: a| al| con)?) ${person}`,
    "(?:voglio|vorrei|ho bisogno di|pretendo|esigo) (?:un |una |un' |parlare con (?:un |una )?)?(?:operatore|operatrice|persona(?: reale| vera)?|umano|agente|consulente)",
    'operatore umano|persona (?:reale|vera|in carne e ossa)|essere umano',
    '^\\W*(?:operatore|umano|agente)(?: per favore| subito| grazie)?\\W*$',
    'non (?:voglio )?(?:parlare|chattare) con (?:un |il )?(?:bot|robot|macchina)',
    "(?:c'e|ce|c e) (?:una? |un' |qualche )?(?:operat(?:ore|rice)|(?:essere )?umano|persona(?: reale| vera| che)|addett[oa]|consulente)|(?:c'e|ce|c e) qualcuno(?=\\s*(?:\\?|$|li\\b|in linea|disponibile|che|con cui|di reale|di voi))",
    'qualcuno (?:mi|ci) (?:puo|potrebbe|potreste) (?:richiamare|chiamare|ricontattare|contattare|telefonare|rispondere|aiutare)|(?:mi|ci) (?:potete |potreste |puo |potrebbe )?(?:richiamate|richiami|richiamare|ricontattare)|richiamatemi|fatemi richiamare|(?:preferisco|vorrei) (?:essere )?(?:richiamat[oa]|una telefonata)',
    'a chi (?:devo|posso|mi devo|mi posso|dovrei) (?:scrivere|rivolgermi|rivolgere|parlare|telefonare)|con chi (?:devo|posso|dovrei) parlare',
  ],
  personTitles: [
    '(?:parlare|passami|voglio|vorrei|esigo|chiamare) (?:con |a |al |il |la |un |una |vostro |il vostro )*(?:responsabile|supervisore|direttore|direttrice|capo|manager|superiore)',
    '(?:il|un|vostro|al) (?:responsabile|supervisore|direttore|superiore)(?=\\s*(?:[?!.,;]|$|per favore|subito|ora|adesso))',
  ],
  escalation: [
    'reclamo|reclamare|lamentela|inaccettabile|inammissibile|vergognoso|scandaloso|vergogna',
    'denuncia|denunciare|fare causa|faro causa|vi faccio causa|codacons|associazione consumatori',
  ],
  anger: [
    'vergogna|vergognoso|assurdo|ridicolo|inaccettabile|scandaloso|furios[oa]|arrabbiat[oa]|incazzat[oa]|non ne posso piu|che schifo|(?:una )?presa in giro|prendete in giro|scherziamo|vi rendete conto|truffa|ladri|allucinante',
    'un incubo|disperat[oa]|(?:e )?la (?:seconda|terza|quarta) volta',
    'arrabbiat[oa]|furios[oa]|infuriat[oa]|irritat[oa]|frustrat[oa]|frustrante|ridicolo|assurdo|pessim[oa]',
    'pazzesc[oa]|incredibile|state scherzando|mi prendete in giro|fa schifo|non (?:serve|servite|servi) a (?:niente|nulla)|non risolve(?:te)? (?:niente|nulla)|che (?:servizio|assistenza) (?:pessim[oa]|vergognos[oa])|una barzelletta|roba da matti',
    'orribile|terribile|inutile|truffa|una presa in giro|uno scherzo|perdita di tempo|sono stufo|sono stufa|adesso basta|ora basta',
    'per la (?:terza|quarta|quinta) volta|quante volte|merda|cazzo|schifo|non sono soddisfatt[oa]',
    'molto delus[oa]|grazie per niente|grazie tante|sto perdendo la pazienza|non ne posso piu',
    'nn ne posso piu|nn (?:e|è) possibile|nn (?:sono )?soddisfatt[oa]',
    'mi state prendendo in giro|non e possibile|roba da pazzi|sono esasperat[oa]|(?:dovevo|dovevamo|devo) indovinar(?:lo|la)|ma che servizio e|e una vergogna',
  ],
  notHelping: [
    'non e (?:quello|cio) che (?:ho chiesto|volevo|ho detto)|non (?:mi )?(?:stai|sta) (?:ascoltando|capendo|aiutando)',
    "non (?:capisci|capisce|rispondi|risponde)(?: alla (?:mia )?domanda)?|me l'hai gia detto|smetti(?:la)? di ripetere",
    'bot inutile|stessa risposta|sempre la stessa (?:cosa|risposta)|non (?:mi )?(?:aiuta|serve)|giriamo in tondo',
    "(?:(?:te|ve) l'|gliel')ho (?:gia |appena )?(?:detto|scritto|spiegato)|(?:l'ho|lo) (?:gia|appena) (?:detto|scritto)|non (?:si va|andiamo|arriviamo) da nessuna parte|nessuno (?:mi )?(?:sa|sappia|puo) (?:dire|dirmi|spiegarmi) (?:niente|nulla)|non e (?:quello|cio) che (?:cerco|chiedo)",
    'nn (?:mi )?(?:stai|sta|state) (?:ascoltando|capendo|aiutando)|nn (?:capisci|capisce|rispondi|risponde)|nn (?:mi )?(?:aiuta|serve|servite)',
  ],
  botFallback: [
    'non (?:ho capito|ti ho capito|la ho capito|capisco)|(?:puoi|potresti|puo|potrebbe) riformulare',
    'non sono sicur[oa] di aver capito|riformulare la (?:tua |sua )?domanda',
  ],
  botUnknown: [
    'non so (?:cosa|che cosa) (?:significhi|significa|voglia dire|vuol dire)|non ho (?:ulteriori|altre) informazioni',
    'non (?:ho|trovo|ho trovato) (?:informazioni|dati|una risposta|nulla|niente)',
    'non (?:posso|sono in grado di) (?:aiutarti|aiutarla|rispondere) (?:su|con|a) questo|non (?:e|sembra) un errore (?:noto|documentato)',
  ],
  novel: [
    'ho gia (?:provato|fatto) (?:tutto|tutti i passaggi|questo)|nessuno (?:dei passaggi|delle soluzioni)',
    'mai (?:visto|successo)|succede solo (?:quando|con|su|dopo)|errore (?:codice )?[a-z]*-?\\d{2,}',
    'la documentazione non (?:dice|spiega)',
  ],
  legal: [
    'avvocat[oi]|azione legale|vie legali|fare causa|faro causa|tribunale|giudice|diffida',
    'garante (?:della )?privacy|autorita|accordo sul trattamento dei dati|\\bdpa\\b|clausol[ae] del contratto',
  ],
  privacy: [
    "gdpr|protezione dei dati|diritto (?:all'oblio|di accesso|alla cancellazione)",
    '(?:cancellare|eliminare|cancellate|eliminate) (?:tutti )?i miei dati(?: personali)?',
    'copia (?:di tutti )?(?:de)?i miei dati|quali dati (?:avete|conservate)',
  ],
  refundDispute: [
    "disconosc\\w*|(?:stornare|stornarmi|storno) (?:dell'|l')?addebito|(?:chiamo|chiamare|contatto|contattare|sento|vado in) (?:la )?(?:mia )?banca",
    '(?:non voglio|non mi serve) (?:un |il )?(?:voucher|buono|credito)|rivoglio (?:i miei )?\\d+',
    "chargeback|contestazione|contestare (?:il |l')?(?:addebito|pagamento)|disputa|storno (?:bancario)?",
    'addebitat[oi] (?:due volte|doppio|tre volte)|doppio addebito|addebito (?:doppio|non autorizzato|indebito)',
    "non (?:ho autorizzato|ho ordinato|riconosco) (?:questo|questa|quest')|(?:chiamare|contattare) la (?:mia )?banca",
    'rimborso (?:negato|rifiutato)|(?:ancora )?non (?:ho ricevuto|mi e arrivato) (?:il )?rimborso|frode',
    'rivoglio i (?:miei )?soldi|voglio (?:indietro )?i miei soldi',
  ],
  refund: ['rimbors\\w*|soldi indietro|restituzione dei soldi'],
  charged: [
    "(?:mi|ci) (?:avete|hanno|ha) (?:addebitato|fatturato|trattenuto|scalato)|addebitat[oi] sulla carta|non (?:pago|paghero|accetto)|(?:togliere|stornare|annullare|restituire) (?:la |il |l')?(?:franchigia|addebito|penale|cauzione)",
  ],
  refundDone: [
    '(?:ho|abbiamo) (?:elaborato|emesso|effettuato|avviato) (?:il |il tuo |il suo )?rimborso',
    'rimborso (?:e stato|e) (?:elaborato|emesso|effettuato|approvato)',
  ],
  sales: [
    '(?:[2-9]\\d|\\d{3,}) (?:persone|dipendenti|collaboratori|camere|unita|immobili|veicoli|partecipanti|ospiti|colleghi|studenti)',
    'proposta (?:complessiva|commerciale|personalizzata|su misura|unica)|condizioni (?:per (?:un )?gruppo|speciali|riservate|commerciali|dedicate|aziendali)|convenzione (?:aziendale|per)|tariffa (?:di gruppo|aziendale|corporate|gruppi)',
    "(?:pareggiare|eguagliare|avvicinarvi a) (?:l'offerta|il prezzo|la proposta)|offerta (?:di un concorrente|concorrente)",
    'prezzo personalizzato|preventivo|sconto (?:per volume|quantita)|pluriennale|contratto (?:di )?(?:due|tre|2|3) anni',
    'catena di (?:\\d+|diversi|diverse|vari|varie) \\w+|(?:soluzione|offerta|piano|tariffa|prezzo|condizioni|contratto) su misura|per (?:questo|un tale|tali|il nostro|questi) volum[ei]|(?:prezzo|offerta|tariffa|condizioni) miglior[ei] (?:di|del|rispetto)',
    'negoziare|trattativa|\\d{2,} (?:licenze|utenti|postazioni|dipendenti|negozi|sedi)',
    'piano (?:enterprise|aziendale)|migrare (?:da|i nostri|tutti)|migrazione da',
    'ufficio commerciale|team (?:vendite|commerciale)|parlare con (?:le )?vendite|prezzo migliore|concorrente',
  ],
  resolved: [
    "(?:e |sono )?(?:arrivat[oa]|ricevut[oa]|scaricat[oa]|trovat[oa])|(?:ora|adesso) (?:funziona|va|si vede|compare|c'e)|ce l'ho fatta|e passato il pagamento|pagamento (?:e )?passato",
    '(?:ha |ora )?funziona(?:to)?|(?:risolto|sistemato)|problema (?:risolto|sistemato)',
    '(?:perfetto|ottimo|grande),? grazie|e tutto|^\\W*(?:grazie|grazie mille)\\W*$',
  ],
  positive: [
    "grazie|perfetto|ottimo|fantastico|chiaro|capito|funziona|va bene|d'accordo|benissimo|ok|risolto",
  ],
  contrast: ['sono qui da|aspetto da', 'ma|pero|ancora|tuttavia|purtroppo|comunque'],
  handedOff: [
    "(?:l'|il |la )?(?:operatore|operatrice|agente|consulente) (?:\\w+ )?(?:si e unito|si e unita|e entrato|e entrata|ha preso in carico)",
    '(?:trasferit[oa]|inoltrat[oa]) a (?:un |una )?(?:operatore|agente|persona|specialista)',
  ],
  backToBot: ["(?:l'operatore|l'agente) ha lasciato|torna(?:to)? al (?:bot|assistente)"],
  persist: [
    '(?:mi )?(?:hanno|ha) (?:detto|promesso|assicurato)|(?:il vostro|il|la vostra|la) (?:collega|operatore|operatrice) (?:mi )?(?:ha )?(?:detto|promesso)|ancora (?:niente|nulla)',
    '(?:mi )?(?:ha|aveva) (?:detto|promesso)',
    'ancora|di nuovo|nuovamente|stesso problema|mai (?:arrivato|risolto|tornato)|continua|come (?:ieri|prima)',
  ],
  rephrase: [
    'riformulo|lo ripeto',
    'di nuovo|ripeto|intendo|lo so|la mia domanda (?:e|era)|si o no|te lo richiedo',
  ],
  churn: [
    'tutti i nostri (?:negozi|magazzini|punti vendita|uffici)|tutte le nostre (?:sedi|filiali)',
    "disdire|disdetta|annullare (?:il mio|l'|il nostro) (?:abbonamento|contratto|account)|passare (?:a un|alla) concorren\\w*",
    'non (?:rinnovero|rinnoveremo)',
  ],
  issue: {
    billing: [
      'rendere|reso|restituire|cambio',
      'importo|addebito|bolletta|carta (?:che termina|in scadenza)',
      'fattur\\w*|addebit\\w*|pagament\\w*|pagato|rimbors\\w*|ricevuta|iva|carta di credito|bonifico|soldi|commission\\w*',
    ],
    sales: [
      'cambiare piano|passare al piano|upgrade|prova gratuita',
      'prezz\\w*|preventivo|sconto|rinnov\\w*|contratto|licenze|piano|commerciale|acquistare|comprare|concorrente|disdire',
    ],
    technical: [
      'garanzia',
      'tecnico|modem|router|internet|wi-?fi|connessione|schermo|schermata|batteria|caricatore|non si accende|perde acqua|perdita|aggiornamento|app|smart tv|caricamento',
      'errore|bug|crash|si blocca|api|integrazione|webhook|non funziona|non carica|server|install\\w*|app|dispositivo|sincronizz\\w*',
    ],
    support: [
      'account|password|spedizione|consegna|ordine|pacco|tracciamento|indirizzo|come (?:posso|faccio)|dati|privacy',
    ],
  },
  issueStrong: {
    billing: ['fattura|addebit\\w*|rimbors\\w*|bolletta|reso'],
    sales: ['prezzo|preventivo|sconto|piano'],
    technical: [
      'stampante|stampa|frullatore|motore|rotto|non funziona|errore|app|router|aggiornamento',
    ],
    support: ['account|password|spedizione|consegna|indirizzo'],
  },
  issueNeed: {
    billing: [
      'perche (?:devo|dovrei) pagare|preautorizza\\w*|(?:bloccat[oi]|trattenut[oi]) (?:\\S+ ){0,2}sulla (?:mia )?carta',
      'pagamento (?:non (?:va|passa)|rifiutato|fallito|non riuscito)|carta rifiutata|non riesco a pagare',
      'cedolino|busta paga|certificazione unica|\\bcu\\b|ricevuta di pagamento|fattura (?:intestata|elettronica)',
      'ricaric\\w*|credito (?:non|residuo)|saldo|non (?:mi )?(?:e |sono )?(?:stat[oi] )?accreditat[oi]|cauzione|deposito',
      'domiciliazione|rid|rata|canone (?:e |aumentato)|multa|sanzione|rimbors\\w*|indennizzo|non (?:pago|paghero)',
    ],
    sales: [
      "quanto (?:costa|costano|viene|vengono|si paga|pago|verrebbe|costerebbe)|che prezzo|il prezzo d|costa (?:meno|di meno)|c'e (?:uno )?sconto|(?:e|viene) piu convenient",
      "disdi\\w*|disdetta|recesso|annullare (?:l'|il |la )?(?:abbonamento|iscrizione|contratto|piano)|passare al piano|cambiare (?:piano|tariffa|offerta)",
      "proposta|preventivo|condizioni (?:per|di) (?:gruppo|gruppi)|per (?:circa |una )?\\d{2,} (?:persone|dipendenti|collaboratori|utenti|ospiti|partecipanti)|abbonarmi|iscrivermi|attivare l'abbonamento",
    ],
    technical: [
      "(?:l'esportazione|l'importazione|il download|il caricamento|la sincronizzazione|il salvataggio) (?:\\S+ ){0,3}(?:fallisce|si blocca|si interrompe)|(?:l'app|il gioco) (?:crasha|si chiude|si blocca)",
      'senza (?:audio|suono|immagine)|(?:niente|nessun) (?:audio|suono|immagine)',
      'qualcosa e andato storto|(?:non|nn) (?:mi )?(?:compare|compaiono|vedo|si vede|carica|parte|si avvia|si accende|si collega|funziona|va)|nessun dato|(?:e|risulta) vuot[oa]',
      'senza (?:luce|acqua|gas|internet|linea|segnale|corrente|riscaldamento)|(?:internet|linea|app|sito|portale) (?:e )?(?:giu|down|non raggiungibile|in tilt)|guasto|interruzione|non disponibile',
      'caldaia|scaldabagno|termostato|controller|joystick|console|sensore|bluetooth',
    ],
    support: [
      "(?:conto|carta|account) (?:e |e stat[oa] )?(?:bloccat[oa]|sospes[oa])|bloccat[oa]|non riesco (?:a|ad) (?:accedere|entrare)|reimpostare (?:la )?password|verifica (?:dell')?identita",
      "allergi\\w*|voltura|intestar(?:mi|e) (?:la |il |l'|le )?(?:luce|gas|utenza|fornitura|contratto)|(?:aggiungere|inserire) (?:mia|mio) (?:figli[oa]|neonat[oa]|moglie|marito)|registra(?:re|zione) (?:del )?contratto|scaricare (?:il )?contratto",
    ],
  },
};
