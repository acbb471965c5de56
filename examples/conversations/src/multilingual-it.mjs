// Italian, formal and colloquial. See ../README.md for the format.
export const defaults = { l: 'it' };

export default [
  {
    id: 'it-non-e-un-reclamo',
    note: 'trap: "non è un reclamo" negation; a question about assembly service, answered',
    cust: { id: 'cus_6001', name: 'Giulia Romano', language: 'it' },
    m: [
      [
        'c',
        "Buongiorno, non è un reclamo, solo una curiosità: il montaggio dell'armadio Lago 3 ante è incluso nella consegna?",
      ],
      [
        'b',
        "Buongiorno Giulia! Il montaggio non è incluso, ma può aggiungerlo per 49 € entro 48 ore dalla consegna dalla pagina dell'ordine.",
      ],
      ['c', 'Perfetto, lo aggiungo. Grazie mille!'],
    ],
    x: { h: false, t: 'support', f: ['Lago 3 ante'] },
  },
  {
    id: 'it-parlare-con-operatore',
    note: 'asks to talk with an operator about a washing machine error',
    cust: { id: 'cus_6002', name: 'Marco Esposito' },
    m: [
      ['c', 'La lavatrice AquaPlus 8 si blocca a metà lavaggio e mostra E21.'],
      [
        'b',
        "L'errore E21 indica un problema di scarico. Controlli che il filtro non sia ostruito.",
      ],
      ['c', "Il filtro l'ho pulito ieri ed era pulito. Il tubo non è piegato."],
      ['b', 'Provi a pulire il filtro di scarico, che si trova in basso a destra.'],
      ['c', "Già fatto, gliel'ho appena detto. Posso parlare con un operatore?"],
    ],
    x: { h: true, r: ['human_request'], t: 'technical', f: ['AquaPlus 8', 'E21'] },
  },
  {
    id: 'it-diritto-oblio',
    note: 'GDPR erasure ("diritto all\'oblio") request: compliance, support issue type',
    ch: 'email',
    cust: { id: 'cus_6003', name: 'Francesca Bruno' },
    m: [
      [
        'c',
        "Gentili signori,\n\nai sensi dell'art. 17 del GDPR chiedo la cancellazione di tutti i miei dati personali (diritto all'oblio), compresi quelli usati per la profilazione pubblicitaria.\n\nCordiali saluti,\nFrancesca Bruno",
      ],
      [
        'b',
        "Grazie per averci scritto. Può gestire le preferenze di marketing dall'area personale.",
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'it-contestazione-banca',
    note: 'says a chargeback with the bank is being filed: refund dispute',
    cust: { id: 'cus_6004', name: 'Luca Ricci' },
    m: [
      [
        'c',
        'Ho restituito le cuffie SoundMax 500 il 20 ottobre e il rimborso di 129 € non è mai arrivato.',
      ],
      ['b', 'I rimborsi vengono effettuati entro 14 giorni dalla ricezione del reso.'],
      [
        'c',
        "Sono passati 35 giorni. Ho già avviato la contestazione dell'addebito con la mia banca.",
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['SoundMax 500', '129 €'] },
  },
  {
    id: 'it-codice-fiscale',
    note: 'customer writes a full Italian tax code (codice fiscale) into the chat',
    cust: { id: 'cus_6005', name: 'Mario Rossi' },
    m: [
      ['c', 'Devo intestare la fattura a me, non alla ditta.'],
      ['b', 'Certo. Può inserire i dati di fatturazione nella pagina del profilo.'],
      [
        'c',
        'Faccio prima a scriverlo qui: Mario Rossi, codice fiscale RSSMRA85T10A562S, via Roma 1, Milano.',
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing' },
  },
  {
    id: 'it-inaccettabile-reclamo-formale',
    note: '"inaccettabile" and a formal complaint about a technician no-show',
    cust: { id: 'cus_6006', name: 'Alessandra Conti' },
    m: [
      [
        'c',
        'Il tecnico doveva venire ieri tra le 8 e le 13 per la caldaia ThermoEco 24. Non si è visto nessuno e nessuno ha avvisato.',
      ],
      ['b', 'Mi scuso per il disagio. Vuole fissare un nuovo appuntamento?'],
      [
        'c',
        'È inaccettabile, ho preso un giorno di ferie per niente. Voglio presentare un reclamo formale.',
      ],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'negative_sentiment'],
      t: 'technical',
      f: ['ThermoEco 24'],
    },
  },
  {
    id: 'it-preventivo-volumi',
    note: 'volume quote for 60 vehicles over multiple years: sales opportunity',
    cust: { id: 'lead_6007', name: 'Roberto Galli', segment: 'logistics' },
    m: [
      [
        'c',
        'Salve, gestiamo una flotta di 60 furgoni e vorremmo il vostro servizio di localizzazione. Fate sconti per volumi e contratti pluriennali?',
      ],
      ['b', 'Il piano Flotta costa 12 € al mese per veicolo.'],
      ['c', 'Sì, ho visto il listino. Per 60 veicoli e 3 anni vorremmo un preventivo su misura.'],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['60 furgoni'] },
  },
  {
    id: 'it-come-esportare-contatti',
    note: 'how-to about exporting contacts, answered',
    cust: { id: 'cus_6008', name: 'Chiara Greco', tier: 'pro' },
    m: [
      ['c', 'Ciao, come faccio a esportare i contatti in Excel?'],
      [
        'b',
        'Ciao Chiara! Vai su Contatti, seleziona quelli che ti servono (o tutti) e clicca su Esporta > CSV/Excel.',
      ],
      ['c', 'Fatto, grazie!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'it-dove-pacco',
    note: 'colloquial tracking question, answered by the bot',
    ch: 'whatsapp',
    cust: { id: 'cus_6009', name: 'Davide Moretti' },
    m: [
      ['c', 'ciao, boh il pacco doveva arrivare oggi ma niente. ordine 2026-IT-5531'],
      [
        'b',
        'Ciao Davide! Il corriere ha registrato un ritardo nello smistamento di Bologna: il pacco 2026-IT-5531 arriverà domani entro le 18.',
      ],
      ['c', 'ok dai, grazie'],
    ],
    x: { h: false, t: 'support', f: ['2026-IT-5531'] },
  },
  {
    id: 'it-errore-sconosciuto-app',
    note: 'a cryptic app error the bot cannot explain: novel problem',
    cust: { id: 'cus_6010', name: 'Paolo Marino', tier: 'pro' },
    m: [
      [
        'c',
        "Quando provo a collegare la bilancia SmartFit alla app compare 'Errore BLE-0x3F handshake'.",
      ],
      ['b', 'Si assicuri che il Bluetooth del telefono sia attivo.'],
      ['c', 'È attivo, e la bilancia si vede nella lista. Poi esce quel codice.'],
      ['b', 'Mi dispiace, non ho informazioni su questo errore.'],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['SmartFit', 'BLE-0x3F'] },
  },
  {
    id: 'it-sarcasmo-complimenti',
    note: 'sarcasm that is negative ("complimenti davvero") about a broken product',
    cust: { id: 'cus_6011', name: 'Simona Ferri' },
    m: [
      ['c', 'Il frullatore Turbo 900 si è rotto dopo due utilizzi.'],
      ['b', 'Ci dispiace. Può descrivere il problema?'],
      [
        'c',
        'Complimenti davvero, qualità eccezionale: due frullati e poi fumo dal motore. Grazie tante, eh.',
      ],
    ],
    x: { h: true, r: ['negative_sentiment'], t: 'technical', f: ['Turbo 900'] },
  },
  {
    id: 'it-enterprise-domanda-banale',
    note: 'trap: enterprise account asks a trivial question the bot answers',
    cust: {
      id: 'cus_6012',
      name: 'Federico Lombardi',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 280000,
    },
    m: [
      ['c', "Buongiorno, come si cambia la lingua dell'interfaccia in inglese per un collega?"],
      [
        'b',
        'Buongiorno! Ogni utente può farlo da Profilo > Preferenze > Lingua. Come amministratore può anche impostarla per lui da Admin > Utenti.',
      ],
      ['c', 'Perfetto, grazie.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'it-non-serve-operatore',
    note: 'trap: "non serve un operatore" is a negation; a question about invoices',
    cust: { id: 'cus_6013', name: 'Valentina Costa', tier: 'pro' },
    m: [
      ['c', 'Non serve un operatore, mi dica solo dove scarico la fattura elettronica di ottobre.'],
      [
        'b',
        'La trova in Account > Fatture. La fattura di ottobre (FT-2026-1098) è già stata inviata anche al Sistema di Interscambio.',
      ],
      ['c', 'Perfetto, grazie.'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'it-sessione-lunga-whatsapp',
    note: 'WhatsApp chat over 20 minutes with a smart TV app still not working: long session',
    ch: 'whatsapp',
    cust: { id: 'cus_6014', name: 'Stefano Villa' },
    m: [
      ['c', "Ciao, l'app sulla smart TV VisionMax 50 resta sulla schermata di caricamento.", '0s'],
      ['b', "Prova a chiudere l'app e riaprirla."],
      ['c', 'Fatto, niente. Sempre caricamento.', '5m'],
      ['b', "Disinstalla e reinstalla l'app dallo store della TV."],
      ['c', 'Reinstallata. Uguale.', '9m'],
      ['b', 'Verifica che la TV sia connessa a internet.'],
      [
        'c',
        "Netflix e YouTube vanno, quindi internet funziona. Sono qui da mezz'ora ormai.",
        '12m',
      ],
    ],
    x: { h: true, r: ['long_session'], t: 'technical', f: ['VisionMax 50'] },
  },
  {
    id: 'it-dopo-passaggio-ancora-problema',
    note: 'after a previous handoff the same billing error is still there',
    prev: 1,
    ch: 'email',
    cust: { id: 'cus_6015', name: 'Elena Fontana', tier: 'pro' },
    m: [
      [
        'c',
        'Buongiorno, nella bolletta di settembre ci sono 48 € di costi di attivazione che non mi spettano.',
        '0s',
      ],
      ['s', "Conversazione passata all'operatore Giorgio (coda: fatturazione)."],
      [
        'a',
        'Gentile signora Fontana, ho annullato i 48 € di attivazione: li vedrà stornati nella prossima bolletta.',
      ],
      ['s', "L'operatore ha restituito la conversazione al bot."],
      [
        'c',
        'Buongiorno, la bolletta di ottobre è arrivata e i 48 € non sono stati stornati. Anzi, ci sono di nuovo.',
        '25d',
      ],
      ['b', 'Può consultare le sue bollette nella sezione Documenti.'],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'refund_dispute'],
      t: 'billing',
      f: ['48 €'],
    },
  },
  {
    id: 'it-sono-furioso',
    note: 'three consecutive clearly angry messages about a cancelled flight refund',
    cust: { id: 'cus_6016', name: 'Antonio De Luca' },
    m: [
      ['c', 'Il volo AZ-7712 è stato cancellato e da un mese aspetto il rimborso.'],
      ['b', 'I rimborsi per voli cancellati vengono elaborati entro 30 giorni.'],
      ['c', 'Sono furioso. Ho speso 420 € e non ho visto un centesimo.'],
      ['c', 'Vergognatevi, è la terza volta che scrivo e rispondete sempre la stessa cosa!'],
      ['c', 'Basta, sono stufo di essere preso in giro.'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'refund_dispute'],
      t: 'billing',
      f: ['AZ-7712', '420 €'],
    },
  },
  {
    id: 'it-reso-nei-termini',
    note: 'in-policy return and refund completed by the bot',
    ch: 'whatsapp',
    cust: { id: 'cus_6017', name: 'Martina Gallo' },
    m: [
      ['c', "ciao, posso rendere le scarpe dell'ordine 2026-IT-5188? sono troppo strette"],
      [
        'b',
        "Certo Martina! Sei nei 30 giorni. Ho creato il reso: trovi l'etichetta via email e riceverai il rimborso di 79,00 € appena arrivano in magazzino.",
      ],
      ['c', 'grazie mille!'],
    ],
    x: { h: false, t: 'billing', f: ['2026-IT-5188'] },
  },
  {
    id: 'it-stessa-domanda-tre-volte',
    note: 'asks three times in other words whether the gym membership can be frozen; the bot loops',
    ch: 'whatsapp',
    cust: { id: 'cus_6018', name: 'Giorgia Sala' },
    m: [
      ['c', "Posso sospendere l'abbonamento in palestra per due mesi? Mi opero al ginocchio."],
      ['b', 'I nostri abbonamenti sono mensili, trimestrali e annuali.'],
      ['c', 'Sì ma il mio annuale si può mettere in pausa?'],
      ['b', 'I nostri abbonamenti sono mensili, trimestrali e annuali.'],
      ['c', "Riformulo: c'è un modo per congelare l'abbonamento durante la convalescenza?"],
      ['b', 'Scusa, non ho capito. Puoi ripetere?'],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'support' },
  },
  {
    id: 'it-sms-ritiro-negozio',
    note: 'SMS pickup question answered by the bot',
    ch: 'sms',
    cust: { id: 'cus_6019' },
    m: [
      ['c', "L'ordine 2026-IT-6120 è pronto per il ritiro in negozio a Torino?"],
      [
        'b',
        "Sì! L'ordine 2026-IT-6120 è pronto al punto ritiro di via Roma 21, Torino. Porta un documento e il codice ordine.",
      ],
      ['c', 'Ok passo stasera, grazie'],
    ],
    x: { h: false, t: 'support', f: ['2026-IT-6120'] },
  },
  {
    id: 'it-whatsapp-lungo-risolto',
    note: 'a long Italian WhatsApp troubleshooting chat resolved within 15 minutes: no handoff',
    ch: 'whatsapp',
    cust: { id: 'cus_6020', name: 'Riccardo Longo' },
    m: [
      ['c', 'ciao, la stampante EcoPrint 300 stampa tutto a righe'],
      [
        'b',
        'Ciao Riccardo! Hai provato la pulizia testina? Menu > Manutenzione > Pulizia testina.',
      ],
      ['c', 'fatta una volta, ancora righe'],
      ['b', 'A volte ne servono due o tre di seguito. Puoi ripeterla altre due volte?'],
      ['c', 'ok aspetta'],
      ['c', 'fatte. va meglio ma c è ancora una riga chiara in mezzo'],
      [
        'b',
        "Allora facciamo l'allineamento: Menu > Manutenzione > Allineamento testina, e segui le istruzioni sul foglio stampato.",
      ],
      ['c', 'fatto anche quello'],
      ['b', 'Prova a stampare di nuovo una pagina di prova.'],
      ['c', 'perfetta!! grazie mille'],
      [
        'b',
        'Ottimo! Se ricapita, la pulizia settimanale automatica si attiva in Manutenzione > Pianifica.',
      ],
    ],
    x: { h: false, t: 'technical', f: ['EcoPrint 300'] },
  },
];
