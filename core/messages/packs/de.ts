import type { MessagePack } from '../pack';

export const de: MessagePack = {
  language: 'de',
  locale: 'de-DE',
  and: 'und',
  quote: (text) => `„${text}“`,
  summary: {
    defaultWho: 'Der Kunde',
    issue: {
      billing: 'einer Abrechnungsfrage',
      sales: 'einer Vertriebsanfrage',
      support: 'einem Support-Anliegen',
      technical: 'einem technischen Problem',
    },
    request: '{who} braucht Hilfe bei {issue}: {request}.',
    requestNoQuote: '{who} braucht Hilfe bei {issue}.',
    facts: 'Wichtige Angaben: {facts}.',
    tried: 'Der Bot hat bereits {attempts}.',
    state: 'Der Kunde {states}.',
    states: {
      human_request: 'möchte mit einem Menschen sprechen',
      bot_not_helping: 'sagt, dass der Bot nicht hilft',
      repeated_question: 'hat dasselbe mehrmals gefragt',
      negative_sentiment: 'ist verärgert',
      negative_streak: 'ist seit mehreren Nachrichten verärgert',
      escalation_keyword: 'spricht von Beschwerde oder Eskalation',
      sales_opportunity: 'interessiert sich für ein individuelles Angebot',
      high_value_customer: 'ist ein besonders wichtiger Kunde',
      previous_handoff: 'wurde schon einmal übergeben',
      long_session: 'ist schon lange im Chat',
      compliance_legal: 'spricht ein rechtliches oder Datenschutzthema an',
      refund_dispute: 'bestreitet eine Abbuchung oder will eine Erstattung',
      sensitive_data: 'hat sensible Daten in den Chat geschrieben',
      novel_problem: 'hat ein Problem, auf das der Bot keine Antwort hat',
      calm: 'wirkt ruhig',
    },
    attempts: {
      askedDetails: 'nach Details gefragt',
      troubleshooting: 'Schritte zur Fehlerbehebung vorgeschlagen',
      sharedArticle: 'einen Hilfeartikel geteilt',
      explainedPolicy: 'die Richtlinie erklärt',
      couldNotAnswer: 'keine passende Antwort gefunden',
    },
  },
  customer: {
    handoffWait:
      'Ich übergebe Sie an einen Menschen aus unserem Team. Die Wartezeit beträgt etwa {wait}.',
    handoffNow: 'Ich übergebe Sie an einen Menschen aus unserem Team, der gleich dazukommt.',
    handoffSoon:
      'Ich übergebe Sie an einen Menschen aus unserem Team, der so schnell wie möglich antwortet.',
    closed: 'Gerade ist niemand aus unserem Team erreichbar. Ein Mensch antwortet Ihnen ab {when}.',
    closedUnknown:
      'Gerade ist niemand aus unserem Team erreichbar, und ich kann noch nicht sagen, wann wieder jemand da ist.',
    followUp: 'Wenn Sie möchten, melden wir uns stattdessen per E-Mail.',
    followUpEmail: 'Wenn Sie möchten, melden wir uns stattdessen per E-Mail an {email}.',
    noRepeat:
      'Unser Team sieht eine Zusammenfassung dieses Gesprächs, Sie müssen also nichts wiederholen.',
    lessThanMinute: 'weniger als eine Minute',
    oneMinute: 'eine Minute',
    minutes: '{n} Minuten',
    oneHour: 'eine Stunde',
    hours: '{n} Stunden',
  },
  transparency: {
    aiDisclosure: 'Ich bin ein KI-Assistent.',
    handoffIntro:
      'Ich bin ein KI-Assistent, und ein Mensch aus unserem Team kann Ihnen dabei besser helfen.',
  },
  details: {
    orderNumber: 'Können Sie mir Ihre Bestellnummer nennen, damit unser Team sie gleich findet?',
    invoiceNumber: 'Können Sie mir die Rechnungsnummer nennen?',
    deviceModel: 'Welches Gerätemodell verwenden Sie?',
    accountEmail: 'Mit welcher E-Mail-Adresse ist Ihr Konto registriert?',
    accountVerified:
      'Damit wir Ihr Konto bestätigen können: Wie lauten die E-Mail-Adresse und der vollständige Name im Konto?',
    errorMessage: 'Welche Fehlermeldung sehen Sie genau?',
  },
};
