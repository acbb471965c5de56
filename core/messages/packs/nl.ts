import type { MessagePack } from '../pack';

export const nl: MessagePack = {
  language: 'nl',
  locale: 'nl-NL',
  and: 'en',
  quote: (text) => `“${text}”`,
  summary: {
    defaultWho: 'De klant',
    issue: {
      billing: 'een factuurkwestie',
      sales: 'een verkoopvraag',
      support: 'een supportvraag',
      technical: 'een technisch probleem',
    },
    request: '{who} heeft hulp nodig bij {issue}: {request}.',
    requestNoQuote: '{who} heeft hulp nodig bij {issue}.',
    facts: 'Belangrijke gegevens: {facts}.',
    tried: 'De bot heeft al {attempts}.',
    state: 'De klant {states}.',
    states: {
      human_request: 'wil een mens spreken',
      bot_not_helping: 'zegt dat de bot niet helpt',
      repeated_question: 'heeft hetzelfde meerdere keren gevraagd',
      negative_sentiment: 'is gefrustreerd',
      negative_streak: 'is al meerdere berichten boos',
      escalation_keyword: 'heeft het over een klacht of escalatie',
      sales_opportunity: 'is geïnteresseerd in een offerte op maat',
      high_value_customer: 'is een waardevol account',
      previous_handoff: 'is al eerder doorgeschakeld',
      long_session: 'zit al lang in de chat',
      compliance_legal: 'brengt een juridische of privacykwestie ter sprake',
      refund_dispute: 'betwist een afschrijving of wil een terugbetaling',
      sensitive_data: 'heeft gevoelige gegevens in de chat gedeeld',
      novel_problem: 'heeft een probleem waarop de bot geen antwoord heeft',
      calm: 'lijkt rustig',
    },
    attempts: {
      askedDetails: 'om gegevens gevraagd',
      troubleshooting: 'stappen voor probleemoplossing voorgesteld',
      sharedArticle: 'een helpartikel gedeeld',
      explainedPolicy: 'het beleid uitgelegd',
      couldNotAnswer: 'geen antwoord gevonden',
    },
  },
  customer: {
    handoffWait:
      'Ik verbind u door met een medewerker van ons team. De wachttijd is ongeveer {wait}.',
    handoffNow: 'Ik verbind u door met een medewerker van ons team, die zo meteen aansluit.',
    handoffSoon:
      'Ik verbind u door met een medewerker van ons team, die zo snel mogelijk reageert.',
    closed:
      'Er is op dit moment niemand van ons team beschikbaar. Een medewerker antwoordt vanaf {when}.',
    closedUnknown:
      'Er is op dit moment niemand van ons team beschikbaar, en ik kan nog niet zeggen wanneer wel.',
    followUp: 'Als u wilt, kunnen we u in plaats daarvan per e-mail antwoorden.',
    followUpEmail: 'Als u wilt, kunnen we u in plaats daarvan per e-mail antwoorden op {email}.',
    noRepeat: 'Ons team ziet een samenvatting van dit gesprek, dus u hoeft niets te herhalen.',
    lessThanMinute: 'minder dan een minuut',
    oneMinute: 'een minuut',
    minutes: '{n} minuten',
    oneHour: 'een uur',
    hours: '{n} uur',
  },
  transparency: {
    aiDisclosure: 'Ik ben een AI-assistent.',
    handoffIntro:
      'Ik ben een AI-assistent, en een medewerker van ons team kan u hier beter mee helpen.',
  },
  details: {
    orderNumber: 'Kunt u uw bestelnummer geven, zodat ons team het meteen kan opzoeken?',
    invoiceNumber: 'Kunt u het factuurnummer geven?',
    deviceModel: 'Welk model apparaat gebruikt u?',
    accountEmail: 'Met welk e-mailadres is uw account geregistreerd?',
    accountVerified:
      'Om uw account te verifiëren: kunt u het e-mailadres en de volledige naam van het account bevestigen?',
    errorMessage: 'Welke foutmelding ziet u precies?',
  },
};
