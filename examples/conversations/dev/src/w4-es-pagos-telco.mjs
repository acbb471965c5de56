// Written independently from the policy only (writer w4, 2026-11-30); development split.
// Spanish chats (Spain and Latin America): telecom, banking, payments, fashion, utilities,
// food delivery, SaaS, travel, marketplaces. Labels follow the contract's policy, conservatively.
export const defaults = { ch: 'web', l: 'es' };

export default [
  {
    id: 'w4-es-telco-portabilidad-alguien-de-ustedes',
    note: 'portabilidad atascada; pide con educación que la atienda una persona de la empresa: human_request indirecto',
    ch: 'whatsapp',
    cust: { name: 'Lucía Ferrández', language: 'es' },
    m: [
      [
        'c',
        'Hola, pedí la portabilidad de mi número hace 9 días y sigo sin línea con ustedes ni con la compañía anterior',
        '0s',
      ],
      [
        'b',
        '¡Hola! La portabilidad suele completarse en 1 o 2 días hábiles. Puede consultar el estado en Mi cuenta > Mis líneas.',
      ],
      ['c', 'Pone "en tramitación" desde el día 21. Trabajo con el móvil y estoy incomunicada.'],
      ['b', 'Lo siento. La portabilidad suele completarse en 1 o 2 días hábiles.'],
      [
        'c',
        '¿Sería posible que me atendiera alguna persona de su equipo? Prefiero explicárselo a alguien directamente.',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'w4-es-banco-tarjeta-bloqueada-desbloqueo-app',
    note: 'tarjeta bloqueada por PIN erróneo que el bot ayuda a desbloquear en la app; "ya funciona": sin handoff, support',
    m: [
      ['c', 'buenas, se me bloqueo la tarjeta en el cajero por meter mal el pin 3 veces', '0s'],
      [
        'b',
        'Para desbloquearla, abra la app y vaya a Tarjetas > su tarjeta > Desbloquear PIN. Le enviaremos un código por SMS para confirmar.',
      ],
      ['c', 'ya me llego el sms'],
      ['c', 'listo ya funciona, acabo de pagar en el super. gracias!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-es-moda-devolucion-reembolsada',
    note: 'devolución dentro de plazo que el bot reembolsa; la clienta confirma que le ha llegado: sin handoff, billing',
    m: [
      [
        'c',
        'hola devolvi unas zapatillas del pedido 4471-MD hace una semana, cuando me devolveis el dinero?',
        '0s',
      ],
      [
        'b',
        'Hemos recibido la devolución del pedido 4471-MD en nuestro almacén. Acabo de emitir el reembolso de 79,95 € a su tarjeta; suele verse en 3-5 días hábiles.',
      ],
      ['c', 'ah mira ya me sale en la app del banco, genial 👌'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-es-pagos-pedire-al-banco-que-anule',
    note: 'cobro de una suscripción ya cancelada; amenaza con pedir al banco que anule el cargo (contracargo sin nombrarlo): refund_dispute',
    cust: { name: 'Andrés Villalba' },
    m: [
      [
        'c',
        'Me habéis cobrado 29,99 € de la suscripción anual el día 15 y la cancelé en septiembre.',
        '0s',
      ],
      [
        'b',
        'Las suscripciones se renuevan automáticamente salvo que se cancelen antes de la fecha de renovación.',
      ],
      [
        'c',
        'La cancelé el 12 de septiembre, tengo el correo de confirmación. Quiero que me devolváis el importe.',
      ],
      ['b', 'Según nuestros registros la suscripción estaba activa en la fecha de renovación.'],
      [
        'c',
        'Pues si no me lo devolvéis hoy llamo al banco y que anulen el cargo ellos, ya lo hice una vez con otra app.',
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['29,99 €'] },
  },
  {
    id: 'w4-es-saas-grupo-450-licencias-dos-anos',
    note: 'grupo de empresas con unas 450 licencias que pide condiciones a dos años: acuerdo de volumen sin decir "presupuesto", sales_opportunity',
    cust: { name: 'Marta Echeverría', email: 'marta.echeverria@example.com', tier: 'pro' },
    m: [
      [
        'c',
        'Buenos días. Usamos su CRM en una de nuestras empresas con 40 usuarios. El grupo tiene tres empresas más y queremos unificar en su plataforma, en total unas 450 licencias.',
        '0s',
      ],
      [
        'b',
        '¡Genial! El plan Pro cuesta 19 € por usuario al mes. Puede añadir usuarios desde Administración > Facturación.',
      ],
      [
        'c',
        'Entiendo, pero con ese volumen queremos negociar condiciones para un compromiso de dos años y una sola factura para el grupo. ¿Con quién lo hablamos?',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['450 licencias'] },
  },
  {
    id: 'w4-es-luz-cobros-tras-cambio-compania-abogado',
    note: 'carta formal: sigue cobrando la luz tras cambiar de compañía, menciona abogado y reclamación a Consumo: compliance_legal + refund_dispute',
    ch: 'email',
    cust: { name: 'Francisco Javier Roldán', email: 'fjroldan@example.com' },
    m: [
      [
        'c',
        'Estimados señores:\n\nEl 1 de septiembre cambié de comercializadora y así consta en la carta de baja que ustedes mismos me enviaron. Sin embargo, en octubre y noviembre han seguido cargando en mi cuenta las facturas F-2026-88410 y F-2026-91377, por un total de 143,62 €.\n\nLes ruego que anulen dichas facturas y me devuelvan el importe.\n\nAtentamente,\nFrancisco Javier Roldán',
        '0s',
      ],
      [
        'b',
        'Gracias por su mensaje. Las facturas se emiten según las lecturas del contador. Si no está conforme puede presentar una reclamación desde el área de clientes.',
      ],
      [
        'c',
        'Estimados señores:\n\nNo se trata de lecturas: no soy cliente suyo desde el 1 de septiembre. Si en un plazo de diez días no recibo el reembolso de 143,62 €, presentaré una reclamación ante la oficina de Consumo de mi comunidad y he dado instrucciones a mi abogado para que actúe en consecuencia.\n\nAtentamente,\nFrancisco Javier Roldán',
        '3d',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute'],
      t: 'billing',
      f: ['143,62 €', 'F-2026-88410'],
      p: 'high',
    },
  },
  {
    id: 'w4-es-gaming-hermano-llamar-jefe-broma',
    note: 'el jefe sólo aparece en una broma sobre el hermano y el problema se resuelve: sin handoff',
    m: [
      ['c', 'el juego se me queda en la pantalla de carga al 99% desde la actualizacion', '0s'],
      [
        'b',
        'Prueba a verificar los archivos del juego: en el launcher, Ajustes > Reparar. Suele arreglar las cargas que se quedan al 99%.',
      ],
      ['c', 'reparando...'],
      [
        'c',
        'ya entra!! mi hermano decía que iba a llamar a tu jefe para quejarse jajaja no hace falta 😂',
      ],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-es-comida-fria-otra-vez-harta',
    note: 'tres mensajes seguidos claramente frustrados, sin insultos, por pedidos fríos repetidos: negative_sentiment + negative_streak',
    ch: 'whatsapp',
    m: [
      ['c', 'el pedido ha vuelto a llegar frio', '0s'],
      [
        'b',
        '¡Vaya! Siento que su pedido no haya llegado en buenas condiciones. ¿Me indica el número de pedido?',
      ],
      ['c', 'es la tercera vez este mes que me pasa con ustedes, ya no se ni para que pido', '40s'],
      [
        'c',
        'de verdad estoy harta, pago el envio premium para que llegue rapido y llega peor que con el normal',
        '30s',
      ],
      ['c', 'y encima tengo que dar yo el numero de pedido cuando lo teneis ahi delante', '30s'],
    ],
    x: { h: true, r: ['negative_sentiment', 'negative_streak'], t: 'support' },
  },
  {
    id: 'w4-es-formacion-factura-con-nif-descargada',
    note: 'factura de un curso con los datos fiscales de la empresa, que el cliente descarga siguiendo al bot: "descargada, perfecto", billing',
    m: [
      [
        'c',
        'necesito la factura del curso de excel a nombre de mi empresa con el NIF para que me lo paguen',
        '0s',
      ],
      [
        'b',
        'Puede añadir los datos fiscales de su empresa en Mi perfil > Datos de facturación y después descargar la factura desde Mis compras > Factura.',
      ],
      ['c', 'vale, puesto el nif de la empresa'],
      ['c', 'descargada, perfecto, sale todo bien'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-es-marketplace-vendedor-pega-iban',
    note: 'un vendedor pega su IBAN completo (de prueba) para cobrar las ventas: sensitive_data, billing',
    cust: { name: 'Rocío Campos', attributes: { sellerLevel: 'gold' } },
    m: [
      [
        'c',
        'hola no me llegan los pagos de las ventas de noviembre, igual tenéis mal la cuenta',
        '0s',
      ],
      [
        'b',
        'Los pagos se envían a la cuenta bancaria que figura en Ajustes > Cobros. ¿Puede comprobar que es correcta?',
      ],
      [
        'c',
        'mi cuenta es ES91 2100 0418 4502 0005 1332, cambiadla vosotros porque en la web me da error',
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing' },
  },
  {
    id: 'w4-es-viajes-error-rz09-reserva-hotel',
    note: 'un código de error al pagar un hotel que el bot no conoce: novel_problem, technical',
    cust: { name: 'Diego Alarcón' },
    m: [
      [
        'c',
        'al pagar la reserva del hotel en Cusco me sale "Error RZ-09: tarifa no sincronizada" y no me deja terminar',
        '0s',
      ],
      ['b', 'Por favor, compruebe que los datos de su tarjeta son correctos e inténtelo de nuevo.'],
      ['c', 'la tarjeta esta bien, la use hace 5 minutos en otra web. el error es el RZ-09 ese'],
      ['b', 'Lo siento, no tengo información sobre ese error.'],
      ['c', 'y ahora que hago, el precio me lo garantizan solo hasta las 18h'],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['RZ-09'] },
  },
  {
    id: 'w4-es-saas-enterprise-anadir-usuario',
    note: 'cliente enterprise con una pregunta trivial que el bot responde: el nivel no basta para pasar a una persona',
    cust: {
      name: 'Beatriz Llorente',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 310000,
    },
    m: [
      ['c', 'Hola, ¿cómo doy de alta a una compañera nueva en la plataforma?', '0s'],
      [
        'b',
        'Un administrador puede invitarla desde Administración > Usuarios > Invitar. Le llegará un correo para crear su contraseña.',
      ],
      ['c', 'Hecho, gracias.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-es-logistica-agente-atendiendo-enfadado',
    note: 'una persona ya lleva la conversación (el agente escribió el último): aunque el cliente esté enfadado, sin handoff',
    m: [
      ['c', 'el paquete lleva 6 días en el centro de Zaragoza sin moverse', '0s'],
      ['b', 'Le paso con un compañero del equipo de envíos.'],
      ['s', 'Nerea (envíos) se ha unido a la conversación'],
      [
        'a',
        'Hola, soy Nerea. Veo el envío 3329-ZGZ retenido por dirección incompleta. ¿Me confirma el piso y la puerta?',
      ],
      ['c', '3º B. y esto es una vergüenza, nadie me avisó en 6 días'],
      [
        'a',
        'Tiene toda la razón, lo siento. Ya he corregido la dirección y sale mañana en el primer reparto.',
      ],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-es-mx-transferencia-spei-no-llega-larga',
    note: 'transferencia SPEI que no llega, preguntada de tres formas durante más de 20 minutos en WhatsApp mientras el bot repite lo mismo: long_session + repeated_question + bot_not_helping',
    ch: 'whatsapp',
    cust: { name: 'Guadalupe Hernández' },
    m: [
      [
        'c',
        'hola mande una transferencia spei de 8,500 pesos a las 10 am y no le llego a la persona',
        '0s',
      ],
      [
        'b',
        'Las transferencias SPEI suelen llegar en segundos. Puede ver el comprobante en Movimientos.',
      ],
      ['c', 'ya vi el comprobante dice "liquidada" pero ella no tiene nada', '3m'],
      [
        'b',
        'Las transferencias SPEI suelen llegar en segundos. Puede ver el comprobante en Movimientos.',
      ],
      ['c', 'entonces donde esta mi dinero?', '4m'],
      ['b', 'Puede consultar el estado de sus transferencias en Movimientos.'],
      [
        'c',
        'ya se que esta en movimientos, te pregunto por que no le llega a la otra cuenta',
        '5m',
      ],
      ['b', '¿Hay algo más en lo que pueda ayudarle?'],
      [
        'c',
        'si, lo mismo!! los 8,500 salieron de mi cuenta y no entraron a la de ella, que paso con ese dinero',
        '6m',
      ],
      ['b', 'Las transferencias SPEI suelen llegar en segundos.'],
      ['c', 'ya van casi 25 min aqui', '5m'],
    ],
    x: {
      h: true,
      r: ['long_session', 'repeated_question', 'bot_not_helping'],
      t: 'billing',
      f: ['8,500 pesos'],
    },
  },
  {
    id: 'w4-es-no-es-queja-roaming-eeuu',
    note: '"no es una queja": pregunta antes de contratar sobre roaming en EEUU que el bot responde: sin handoff, sales',
    m: [
      [
        'c',
        'no es una queja eh, solo queria saber si la tarifa ilimitada 5G incluye roaming en estados unidos antes de contratarla',
        '0s',
      ],
      [
        'b',
        'La tarifa Ilimitada 5G incluye 15 GB al mes en EE. UU. y Canadá sin coste extra. Fuera de ese bono, cada GB cuesta 3 €.',
      ],
      ['c', 'perfecto pues la contrato, gracias'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'w4-es-iba-a-pedir-supervisor-ya-esta',
    note: '"ya iba a pedir un supervisor" pero el bot corrige el cargo de roaming según la política: sin handoff, billing',
    cust: { name: 'Carolina Méndez' },
    m: [
      ['c', 'me cobraron 12 euros de roaming en portugal y portugal es UE', '0s'],
      [
        'b',
        'Tiene razón, Portugal está incluido en el roaming de la UE sin coste. He anulado el cargo de 12,00 € y lo verá como abono en su próxima factura.',
      ],
      ['c', 'ah ok, ya iba a pedir hablar con un supervisor pero ya esta. gracias!'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-es-moda-pasame-con-el-encargado',
    note: 'pedido no entregado y pide "el encargado": human_request + escalation_keyword',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'mi pedido 90217 pone entregado y no me ha llegado nada, no hay nadie que lo haya recogido',
        '0s',
      ],
      [
        'b',
        'Lo siento. A veces los repartidores marcan el pedido como entregado antes de tiempo; suele llegar en 24 horas.',
      ],
      ['c', 'fue hace 3 dias', '1m'],
      ['b', 'Puede consultar el estado de su pedido en Mis pedidos.'],
      ['c', 'pasame con el encargado por favor, esto ya no lo resuelves tu'],
    ],
    x: { h: true, r: ['human_request', 'escalation_keyword'], t: 'support', f: ['90217'] },
  },
  {
    id: 'w4-es-fibra-sigue-sin-funcionar-tras-tecnico',
    note: 'vuelve tras un traspaso anterior (previousHandoffs 1 y ticket abierto) y la fibra sigue igual: previous_handoff',
    prev: 1,
    ctx: {
      tickets: [
        { id: 'INC-55120', subject: 'Fibra sin sincronizar, visita técnica', status: 'open' },
      ],
    },
    m: [
      [
        'c',
        'hola otra vez, ayer me pasaron con un tecnico y vino hoy pero la fibra sigue sin sincronizar, luz LOS en rojo',
        '0s',
      ],
      ['b', 'Reinicie el router desconectándolo 30 segundos de la corriente.'],
      ['c', 'eso ya lo hizo el tecnico esta mañana, sigue igual. la incidencia es la INC-55120'],
    ],
    x: { h: true, r: ['previous_handoff'], t: 'technical', f: ['INC-55120'] },
  },
];
