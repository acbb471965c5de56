import type { MessagePack } from '../pack';

export const fr: MessagePack = {
  language: 'fr',
  locale: 'fr-FR',
  and: 'et',
  quote: (text) => `« ${text} »`,
  summary: {
    defaultWho: 'Le client',
    issue: {
      billing: 'une question de facturation',
      sales: 'une demande commerciale',
      support: 'une demande d’assistance',
      technical: 'un problème technique',
    },
    request: '{who} a besoin d’aide pour {issue} : {request}.',
    requestNoQuote: '{who} a besoin d’aide pour {issue}.',
    facts: 'Éléments clés : {facts}.',
    tried: 'Le bot a déjà {attempts}.',
    state: 'Le client {states}.',
    states: {
      human_request: 'demande à parler à une personne',
      bot_not_helping: 'dit que le bot ne l’aide pas',
      repeated_question: 'a posé la même question plusieurs fois',
      negative_sentiment: 'est mécontent',
      negative_streak: 'est mécontent depuis plusieurs messages',
      escalation_keyword: 'parle de réclamation ou d’escalade',
      sales_opportunity: 's’intéresse à une offre sur mesure',
      high_value_customer: 'est un compte à forte valeur',
      previous_handoff: 'a déjà été transféré auparavant',
      long_session: 'est dans le chat depuis longtemps',
      compliance_legal: 'soulève une question juridique ou de confidentialité',
      refund_dispute: 'conteste un prélèvement ou veut un remboursement',
      sensitive_data: 'a partagé des données sensibles dans le chat',
      novel_problem: 'a un problème auquel le bot n’a pas de réponse',
      calm: 'semble calme',
    },
    attempts: {
      askedDetails: 'demandé des précisions',
      troubleshooting: 'proposé des étapes de dépannage',
      sharedArticle: 'partagé un article d’aide',
      explainedPolicy: 'expliqué la politique',
      couldNotAnswer: 'cherché sans trouver de réponse',
    },
  },
  customer: {
    handoffWait:
      'Je vous mets en relation avec une personne de notre équipe. L’attente est d’environ {wait}.',
    handoffNow:
      'Je vous mets en relation avec une personne de notre équipe, qui vous rejoint dans un instant.',
    handoffSoon:
      'Je vous mets en relation avec une personne de notre équipe, qui vous répondra dès que possible.',
    closed:
      'Personne de notre équipe n’est disponible pour le moment. Une personne vous répondra à partir de {when}.',
    closedUnknown:
      'Personne de notre équipe n’est disponible pour le moment, et je ne peux pas encore dire quand quelqu’un le sera.',
    followUp: 'Si vous préférez, nous pouvons vous répondre par e-mail.',
    followUpEmail: 'Si vous préférez, nous pouvons vous répondre par e-mail à {email}.',
    noRepeat:
      'Notre équipe verra un résumé de cette conversation, vous n’aurez donc rien à répéter.',
    lessThanMinute: 'moins d’une minute',
    oneMinute: 'une minute',
    minutes: '{n} minutes',
    oneHour: 'une heure',
    hours: '{n} heures',
  },
  transparency: {
    aiDisclosure: 'Je suis un assistant IA.',
    handoffIntro:
      'Je suis un assistant IA, et une personne de notre équipe pourra mieux vous aider sur ce point.',
  },
  details: {
    orderNumber:
      'Pourriez-vous me donner votre numéro de commande, pour que notre équipe la retrouve tout de suite ?',
    invoiceNumber: 'Pourriez-vous me donner le numéro de facture ?',
    deviceModel: 'Quel modèle d’appareil utilisez-vous ?',
    accountEmail: 'Avec quelle adresse e-mail votre compte est-il enregistré ?',
    accountVerified:
      'Pour vérifier votre compte, pourriez-vous confirmer l’adresse e-mail et le nom complet du compte ?',
    errorMessage: 'Quel message d’erreur exact voyez-vous ?',
  },
};
