import type { MessagePack } from '../pack';

export const pt: MessagePack = {
  language: 'pt',
  locale: 'pt-PT',
  and: 'e',
  quote: (text) => `“${text}”`,
  summary: {
    defaultWho: 'O cliente',
    issue: {
      billing: 'uma questão de faturação',
      sales: 'um pedido comercial',
      support: 'um pedido de suporte',
      technical: 'um problema técnico',
    },
    request: '{who} precisa de ajuda com {issue}: {request}.',
    requestNoQuote: '{who} precisa de ajuda com {issue}.',
    facts: 'Dados principais: {facts}.',
    tried: 'O bot já {attempts}.',
    state: 'O cliente {states}.',
    states: {
      human_request: 'pediu para falar com uma pessoa',
      bot_not_helping: 'diz que o bot não está a ajudar',
      repeated_question: 'fez a mesma pergunta várias vezes',
      negative_sentiment: 'está frustrado',
      negative_streak: 'está irritado há várias mensagens',
      escalation_keyword: 'fala de reclamação ou escalamento',
      sales_opportunity: 'tem interesse numa proposta personalizada',
      high_value_customer: 'é uma conta de alto valor',
      previous_handoff: 'já foi transferido antes',
      long_session: 'está no chat há muito tempo',
      compliance_legal: 'levanta uma questão jurídica ou de privacidade',
      refund_dispute: 'contesta uma cobrança ou quer um reembolso',
      sensitive_data: 'partilhou dados sensíveis no chat',
      novel_problem: 'tem um problema para o qual o bot não tem resposta',
      calm: 'parece calmo',
    },
    attempts: {
      askedDetails: 'pediu dados',
      troubleshooting: 'sugeriu passos de resolução',
      sharedArticle: 'partilhou um artigo de ajuda',
      explainedPolicy: 'explicou a política',
      couldNotAnswer: 'não encontrou resposta',
    },
  },
  customer: {
    handoffWait:
      'Vou passá-lo a uma pessoa da nossa equipa. O tempo de espera é de cerca de {wait}.',
    handoffNow: 'Vou passá-lo a uma pessoa da nossa equipa, que se junta dentro de momentos.',
    handoffSoon:
      'Vou passá-lo a uma pessoa da nossa equipa, que responderá o mais rápido possível.',
    closed:
      'Neste momento não há ninguém da nossa equipa disponível. Uma pessoa responderá a partir de {when}.',
    closedUnknown:
      'Neste momento não há ninguém da nossa equipa disponível, e ainda não sei dizer quando haverá.',
    followUp: 'Se preferir, podemos responder-lhe por e-mail.',
    followUpEmail: 'Se preferir, podemos responder-lhe por e-mail para {email}.',
    noRepeat: 'A equipa verá um resumo desta conversa, por isso não terá de repetir nada.',
    lessThanMinute: 'menos de um minuto',
    oneMinute: 'um minuto',
    minutes: '{n} minutos',
    oneHour: 'uma hora',
    hours: '{n} horas',
  },
  transparency: {
    aiDisclosure: 'Sou um assistente de IA.',
    handoffIntro:
      'Sou um assistente de IA, e uma pessoa da nossa equipa pode ajudá-lo melhor com isto.',
  },
  details: {
    orderNumber: 'Pode indicar-me o número da encomenda, para que a equipa a encontre de imediato?',
    invoiceNumber: 'Pode indicar-me o número da fatura?',
    deviceModel: 'Que modelo de dispositivo está a usar?',
    accountEmail: 'Com que endereço de e-mail está registada a sua conta?',
    accountVerified:
      'Para verificarmos a sua conta, pode confirmar o e-mail e o nome completo associados?',
    errorMessage: 'Que mensagem de erro exata aparece?',
  },
};
