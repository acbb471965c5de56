import type { MessagePack } from '../pack';

export const it: MessagePack = {
  language: 'it',
  locale: 'it-IT',
  and: 'e',
  quote: (text) => `«${text}»`,
  summary: {
    defaultWho: 'Il cliente',
    issue: {
      billing: 'una questione di fatturazione',
      sales: 'una richiesta commerciale',
      support: 'una richiesta di assistenza',
      technical: 'un problema tecnico',
    },
    request: '{who} ha bisogno di aiuto per {issue}: {request}.',
    requestNoQuote: '{who} ha bisogno di aiuto per {issue}.',
    facts: 'Dati principali: {facts}.',
    tried: 'Il bot ha già {attempts}.',
    state: 'Il cliente {states}.',
    states: {
      human_request: 'ha chiesto di parlare con una persona',
      bot_not_helping: 'dice che il bot non lo aiuta',
      repeated_question: 'ha chiesto la stessa cosa più volte',
      negative_sentiment: 'è frustrato',
      negative_streak: 'è irritato da diversi messaggi',
      escalation_keyword: 'parla di reclamo o escalation',
      sales_opportunity: 'è interessato a un’offerta personalizzata',
      high_value_customer: 'è un account di alto valore',
      previous_handoff: 'è già stato trasferito in precedenza',
      long_session: 'è in chat da molto tempo',
      compliance_legal: 'solleva una questione legale o di privacy',
      refund_dispute: 'contesta un addebito o vuole un rimborso',
      sensitive_data: 'ha condiviso dati sensibili nella chat',
      novel_problem: 'ha un problema a cui il bot non sa rispondere',
      calm: 'sembra tranquillo',
    },
    attempts: {
      askedDetails: 'chiesto dettagli',
      troubleshooting: 'suggerito passaggi per risolvere',
      sharedArticle: 'condiviso un articolo di aiuto',
      explainedPolicy: 'spiegato le condizioni',
      couldNotAnswer: 'cercato senza trovare una risposta',
    },
  },
  customer: {
    handoffWait: 'La passo a una persona del nostro team. L’attesa è di circa {wait}.',
    handoffNow: 'La passo a una persona del nostro team, che arriverà tra un attimo.',
    handoffSoon: 'La passo a una persona del nostro team, che le risponderà il prima possibile.',
    closed:
      'Al momento nessuno del nostro team è disponibile. Una persona le risponderà a partire da {when}.',
    closedUnknown:
      'Al momento nessuno del nostro team è disponibile, e non so ancora dirle quando lo sarà.',
    followUp: 'Se preferisce, possiamo risponderle via e-mail.',
    followUpEmail: 'Se preferisce, possiamo risponderle via e-mail all’indirizzo {email}.',
    noRepeat: 'Il team vedrà un riepilogo di questa conversazione, così non dovrà ripetere nulla.',
    lessThanMinute: 'meno di un minuto',
    oneMinute: 'un minuto',
    minutes: '{n} minuti',
    oneHour: 'un’ora',
    hours: '{n} ore',
  },
  transparency: {
    aiDisclosure: 'Sono un assistente IA.',
    handoffIntro:
      'Sono un assistente IA, e una persona del nostro team può aiutarla meglio su questo punto.',
  },
  details: {
    orderNumber: 'Può indicarmi il numero d’ordine, così il team lo trova subito?',
    invoiceNumber: 'Può indicarmi il numero della fattura?',
    deviceModel: 'Quale modello di dispositivo utilizza?',
    accountEmail: 'Con quale indirizzo e-mail è registrato il suo account?',
    accountVerified:
      'Per verificare il suo account, può confermare l’indirizzo e-mail e il nome completo associati?',
    errorMessage: 'Quale messaggio di errore vede esattamente?',
  },
};
