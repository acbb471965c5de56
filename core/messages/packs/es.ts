import type { MessagePack } from '../pack';

export const es: MessagePack = {
  language: 'es',
  locale: 'es-ES',
  and: 'y',
  quote: (text) => `«${text}»`,
  summary: {
    defaultWho: 'El cliente',
    issue: {
      billing: 'un tema de facturación',
      sales: 'una consulta comercial',
      support: 'una consulta de soporte',
      technical: 'un problema técnico',
    },
    request: '{who} necesita ayuda con {issue}: {request}.',
    requestNoQuote: '{who} necesita ayuda con {issue}.',
    facts: 'Datos clave: {facts}.',
    tried: 'El bot ya {attempts}.',
    state: 'El cliente {states}.',
    states: {
      human_request: 'pidió hablar con una persona',
      bot_not_helping: 'dice que el bot no le ayuda',
      repeated_question: 'ha preguntado lo mismo varias veces',
      negative_sentiment: 'está molesto',
      negative_streak: 'lleva varios mensajes molesto',
      escalation_keyword: 'habla de una reclamación o escalado',
      sales_opportunity: 'está interesado en una oferta a medida',
      high_value_customer: 'es una cuenta de alto valor',
      previous_handoff: 'ya fue transferido antes',
      long_session: 'lleva mucho tiempo en el chat',
      compliance_legal: 'plantea un asunto legal o de privacidad',
      refund_dispute: 'disputa un cargo o quiere un reembolso',
      sensitive_data: 'compartió datos sensibles en el chat',
      novel_problem: 'tiene un problema para el que el bot no tiene respuesta',
      calm: 'parece tranquilo',
    },
    attempts: {
      askedDetails: 'pidió datos',
      troubleshooting: 'sugirió pasos para resolverlo',
      sharedArticle: 'compartió un artículo de ayuda',
      explainedPolicy: 'explicó la política',
      couldNotAnswer: 'no encontró una respuesta',
    },
  },
  customer: {
    handoffWait: 'Le paso con una persona de nuestro equipo. La espera es de unos {wait}.',
    handoffNow: 'Le paso con una persona de nuestro equipo, que se unirá en un momento.',
    handoffSoon: 'Le paso con una persona de nuestro equipo, que le responderá lo antes posible.',
    closed:
      'Ahora mismo no hay nadie de nuestro equipo disponible. Una persona le responderá a partir de {when}.',
    closedUnknown:
      'Ahora mismo no hay nadie de nuestro equipo disponible y todavía no puedo decirle cuándo lo habrá.',
    followUp: 'Si lo prefiere, podemos responderle por correo electrónico.',
    followUpEmail: 'Si lo prefiere, podemos responderle por correo electrónico a {email}.',
    noRepeat: 'Verán un resumen de esta conversación, así que no tendrá que repetir nada.',
    lessThanMinute: 'menos de un minuto',
    oneMinute: 'un minuto',
    minutes: '{n} minutos',
    oneHour: 'una hora',
    hours: '{n} horas',
  },
  transparency: {
    aiDisclosure: 'Soy un asistente de IA.',
    handoffIntro:
      'Soy un asistente de IA, y una persona de nuestro equipo puede ayudarle mejor con esto.',
  },
  details: {
    orderNumber: '¿Podría indicarme su número de pedido para que el equipo lo encuentre enseguida?',
    invoiceNumber: '¿Podría indicarme el número de factura?',
    deviceModel: '¿Qué modelo de dispositivo utiliza?',
    accountEmail: '¿Con qué dirección de correo electrónico está registrada su cuenta?',
    accountVerified:
      'Para verificar su cuenta, ¿podría confirmar el correo electrónico y el nombre completo de la cuenta?',
    errorMessage: '¿Qué mensaje de error exacto ve?',
  },
};
