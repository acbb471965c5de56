import type { MessagePack } from '../pack';

export const pt: MessagePack = {
  language: 'pt',
  locale: 'pt-BR',
  and: 'e',
  quote: (text) => `“${text}”`,
  summary: {
    defaultWho: 'O cliente',
    issue: {
      billing: 'uma questão de cobrança',
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
      bot_not_helping: 'diz que o bot não está ajudando',
      repeated_question: 'fez a mesma pergunta várias vezes',
      negative_sentiment: 'está frustrado',
      negative_streak: 'está irritado há várias mensagens',
      escalation_keyword: 'fala de reclamação ou escalamento',
      sales_opportunity: 'tem interesse em uma proposta personalizada',
      high_value_customer: 'é uma conta de alto valor',
      previous_handoff: 'já foi transferido antes',
      long_session: 'está no chat há muito tempo',
      compliance_legal: 'levanta uma questão jurídica ou de privacidade',
      refund_dispute: 'contesta uma cobrança ou quer um reembolso',
      sensitive_data: 'compartilhou dados sensíveis no chat',
      novel_problem: 'tem um problema para o qual o bot não tem resposta',
      calm: 'parece calmo',
    },
    attempts: {
      askedDetails: 'pediu dados',
      troubleshooting: 'sugeriu passos de resolução',
      sharedArticle: 'compartilhou um artigo de ajuda',
      explainedPolicy: 'explicou a política',
      couldNotAnswer: 'não encontrou resposta',
    },
  },
  customer: {
    handoffWait:
      'Vou transferir você para uma pessoa da nossa equipe. O tempo de espera é de cerca de {wait}.',
    handoffNow:
      'Vou transferir você para uma pessoa da nossa equipe, que entra na conversa em instantes.',
    handoffSoon:
      'Vou transferir você para uma pessoa da nossa equipe, que vai responder o mais rápido possível.',
    closed:
      'No momento não há ninguém da nossa equipe disponível. Uma pessoa vai responder a partir de {when}.',
    closedUnknown:
      'No momento não há ninguém da nossa equipe disponível, e ainda não sei dizer quando haverá.',
    followUp: 'Se preferir, podemos responder por e-mail.',
    followUpEmail: 'Se preferir, podemos responder por e-mail para {email}.',
    noRepeat:
      'A equipe vai ver um resumo desta conversa, então você não vai precisar repetir nada.',
    lessThanMinute: 'menos de um minuto',
    oneMinute: 'um minuto',
    minutes: '{n} minutos',
    oneHour: 'uma hora',
    hours: '{n} horas',
  },
  transparency: {
    aiDisclosure: 'Sou um assistente de IA.',
    handoffIntro:
      'Sou um assistente de IA, e uma pessoa da nossa equipe pode ajudar você melhor com isso.',
  },
  details: {
    orderNumber: 'Você pode me informar o número do pedido, para a equipe encontrá-lo na hora?',
    invoiceNumber: 'Você pode me informar o número da fatura?',
    deviceModel: 'Qual é o modelo do seu aparelho?',
    accountEmail: 'Com qual endereço de e-mail sua conta está cadastrada?',
    accountVerified:
      'Para verificarmos sua conta, você pode confirmar o e-mail e o nome completo cadastrados?',
    errorMessage: 'Qual é exatamente a mensagem de erro que aparece?',
  },
};
