// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w2-es-es-seguro-hogar-dgs',
    note: 'formal email: rejected home-insurance claim, announces a formal complaint to the insurer ombudsman and then the insurance regulator',
    ch: 'email',
    m: [
      [
        'c',
        'Estimados señores:\n\nEl pasado 3 de noviembre comuniqué un siniestro por filtración de agua en la cocina (póliza HOG-5520318, expediente SIN-2026-04417). Ayer recibí una carta en la que rechazan la cobertura alegando "falta de mantenimiento", sin que ningún perito haya venido a ver la vivienda.\n\nSolicito que revisen el expediente.\n\nAtentamente,\nJosé Manuel Ortega',
        '0s',
      ],
      [
        'b',
        'Estimado cliente: según las condiciones generales de su póliza, los daños derivados de falta de mantenimiento o desgaste no están cubiertos. Puede consultar el detalle en el apartado 4.2.',
      ],
      [
        'c',
        'Buenas tardes:\n\nConozco perfectamente el apartado 4.2. Lo que digo es que nadie ha comprobado cuál fue la causa. Si en diez días no recibo una respuesta motivada después de una peritación, presentaré una reclamación formal ante su Defensor del Cliente y, si hace falta, ante la Dirección General de Seguros y Fondos de Pensiones.\n\nAtentamente,\nJosé Manuel Ortega',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'escalation_keyword'],
      t: 'support',
      f: ['HOG-5520318', 'SIN-2026-04417'],
      p: 'high',
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-contrato-alquiler-para-abogado',
    note: 'the lawyer is only who the document is for: an ordinary how-to about downloading the signed lease, resolved',
    m: [
      [
        'c',
        'hola, necesito descargar el contrato de alquiler firmado para mandárselo a mi abogado, donde lo encuentro?',
        '0s',
      ],
      [
        'b',
        '¡Hola! Lo tienes en Mi cuenta > Mis alquileres > Documentos. Desde ahí puedes descargar el contrato firmado en PDF.',
      ],
      ['c', 'vale ya lo veo pero me sale solo el borrador'],
      [
        'b',
        'El contrato firmado aparece cuando las dos partes completan la firma digital. En tu caso el propietario firmó ayer: baja hasta "Versiones" y elige la más reciente.',
      ],
      ['c', 'ahi esta, descargado. gracias!'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-gym-no-es-queja-cuota-anual',
    note: 'negated complaint, then a self-serve question about switching to the annual fee: list prices, answered',
    ch: 'whatsapp',
    m: [
      ['c', 'buenas, no es una queja ni nada eh, solo una duda', '0s'],
      [
        'c',
        'si me paso de la cuota mensual a la anual me devolvéis lo que queda de este mes o se descuenta?',
        '15s',
      ],
      [
        'b',
        '¡Hola! Sin problema 😊 Si cambias a la cuota anual (399 €), lo que ya pagaste de este mes se descuenta del primer pago de forma proporcional.',
      ],
      ['c', 'ah genial, y la anual se puede pagar en dos veces?'],
      [
        'b',
        'Sí, puedes fraccionarla en dos pagos de 199,50 € sin intereses. Se elige al hacer el cambio en la app, en Mi cuota > Cambiar modalidad.',
      ],
      ['c', 'perfecto, lo hago esta tarde 👍'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-enterprise-limite-api',
    note: 'enterprise customer with a trivial API-limit question the bot answers: tier does not change the decision',
    ch: 'other',
    cust: {
      id: 'cus_es_0091',
      name: 'Iñaki Goikoetxea',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 240000,
      language: 'es',
    },
    ctx: {
      account: {
        plan: 'Enterprise',
        seats: 320,
      },
    },
    m: [
      [
        'c',
        'Hola, consulta rápida: cuál es el límite de peticiones por minuto de la API de exportación? vamos a montar un cron nocturno',
        '0s',
      ],
      [
        'b',
        'Hola, Iñaki. En el plan Enterprise el límite es de 600 peticiones por minuto por token; si lo superáis, la API devuelve 429 con la cabecera Retry-After.',
      ],
      ['c', 'perfecto, nos sobra. gracias'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-cambio-titular-fallecido',
    note: 'bot repeats the same steps ignoring that the holder died; customer politely asks to be attended by someone there: indirect human request, bot not helping',
    ch: 'whatsapp',
    m: [
      ['c', 'buenas tardes, quisiera saber como se hace el cambio de titular de una linea', '0s'],
      [
        'b',
        '¡Hola! Para cambiar el titular, el titular actual y el nuevo deben acudir a un Centro de Atención con identificación oficial, o firmar la solicitud en línea desde Mi Cuenta.',
      ],
      [
        'c',
        'es que el titular era mi papá y falleció el mes pasado, no puede firmar nada. tengo el acta de defuncion',
      ],
      [
        'b',
        'Lamento mucho tu pérdida. Para cambiar el titular, el titular actual y el nuevo deben acudir con identificación oficial o firmar la solicitud en línea.',
      ],
      [
        'c',
        'si, eso ya me lo dijo. disculpe, habrá forma de que me atienda alguien de ahí directamente? es un tema delicado y no quiero q me den de baja el numero, ahi tiene todos sus contactos',
      ],
    ],
    x: {
      h: true,
      r: ['human_request', 'bot_not_helping'],
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-renta-auto-profeco',
    note: 'contested insurance charge on a car rental, open ticket about it already, announces a complaint to Profeco: compliance, refund dispute, previous handoff',
    ch: 'whatsapp',
    start: '2026-11-21T16:30:00Z',
    cust: {
      id: 'cus_mx_2204',
      name: 'Jorge Villalobos',
      language: 'es',
    },
    ctx: {
      orders: [
        {
          id: 'RES-CUN-88120',
          status: 'closed',
          total: 9870,
        },
      ],
      tickets: [
        {
          id: 'TCK-30918',
          subject: 'Cargo de seguro no solicitado en renta CUN',
          status: 'open',
          createdAt: '2026-11-14T19:05:00Z',
        },
      ],
    },
    m: [
      ['c', 'hola, sigo esperando respuesta del reporte TCK-30918', '0s'],
      [
        'b',
        'Hola, Jorge. Veo tu reporte TCK-30918 sobre la reservación RES-CUN-88120. Sigue en revisión.',
      ],
      [
        'c',
        'lleva una semana en revision. en el mostrador de Cancún me cobraron $4,350 de un seguro que yo rechacé, lo firmé en el contrato, tengo la foto',
      ],
      [
        'b',
        'Los cargos de coberturas adicionales se muestran en tu contrato de renta. Si aceptaste la cobertura en mostrador, el cargo es correcto.',
      ],
      [
        'c',
        'NO la acepté, por eso reclamo. si no me reembolsan los $4,350 esta semana pongo mi queja en Profeco con todo y la foto del contrato',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute', 'previous_handoff', 'escalation_keyword'],
      t: 'billing',
      f: ['TCK-30918', '$4,350'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-juego-error-canje-monedas',
    note: 'gift-card redemption error code the bot knows nothing about, coins not credited: novel problem',
    m: [
      [
        'c',
        'que onda, quise canjear una tarjeta de regalo de 500 monedas y me salio "Error RDM-77: token consumido"',
        '0s',
      ],
      [
        'b',
        '¡Hola! Para canjear un código ve a Tienda > Canjear código e introduce los 25 caracteres sin guiones.',
      ],
      [
        'c',
        'eso hice, por eso salio el error. y ahora el codigo dice que ya fue usado pero las monedas no me aparecen en ningun lado',
      ],
      [
        'b',
        'Los canjes pueden tardar unos minutos en reflejarse. Cierra sesión y vuelve a entrar.',
      ],
      [
        'c',
        'ya cerre sesion, reinicie la consola y ya paso una hora. nadie mas uso el codigo, lo raspé yo hoy en la mañana. que es ese error RDM-77??',
      ],
      ['b', 'Lo siento, no tengo información sobre ese código de error.'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['RDM-77', '500 monedas'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-boletos-demanda-millonaria',
    note: '"Demanda Millonaria" is a film title; the customer asks about seats and ticket prices before buying',
    m: [
      [
        'c',
        'hola, todavia hay boletos para Demanda Millonaria el sabado en la funcion de las 8:40 en Plaza Universidad?',
        '0s',
      ],
      ['b', '¡Hola! Sí, quedan lugares. En sala tradicional el boleto cuesta $89 y en VIP $165.'],
      ['c', 'y si compro 4 en VIP me dan combo o algo?'],
      [
        'b',
        'Con 4 boletos VIP pagados con tarjeta Cinefan te regalamos unas palomitas grandes. Puedes apartarlos en la app hasta 30 minutos antes de la función.',
      ],
      ['c', 'ok va, ahorita los compro'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-cargo-terminacion-tarjeta',
    note: 'unknown charge identified by the last four digits only; bot explains it is the renewal, customer accepts: no sensitive data, no dispute',
    m: [
      [
        'c',
        'buenas, me aparecio un cargo de $149 en mi tarjeta con terminacion 4242 y no se de que es',
        '0s',
      ],
      [
        'b',
        'Hola. Ese cargo corresponde a la renovación mensual de tu suscripción Game Pass Core del 12 de noviembre.',
      ],
      [
        'c',
        'ahh ya, pense que la habia cancelado pero no. ok ya entendi, la cancelo yo desde la consola',
      ],
      [
        'b',
        'Perfecto. En Configuración > Cuenta > Suscripciones puedes desactivar la renovación automática.',
      ],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-nueva-linea-tras-asesor',
    note: 'after an earlier handoff that was resolved the bot takes back the chat; a new trivial list-price question stays with the bot',
    prev: 1,
    m: [
      [
        'a',
        'Listo, quedó aplicado el ajuste de $320 en tu próximo recibo. ¿Algo más en lo que te ayude?',
        '0s',
      ],
      ['c', 'no es todo, gracias'],
      ['b', 'La conversación volvió al asistente virtual. ¿Te ayudo con algo más?'],
      ['c', 'ah si, cuanto cuesta agregar otra linea a mi plan?'],
      [
        'b',
        'Cada línea adicional en el Plan Familiar cuesta $199 al mes e incluye 8 GB. La puedes agregar desde la app en Mi plan > Agregar línea.',
      ],
      ['c', 'va, la agrego desde la app'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-comercio-contracargo-evidencia',
    note: 'a merchant asks how to answer a chargeback opened by its own customer: how-to, not a refund dispute',
    m: [
      [
        'c',
        'hola, un cliente de mi tienda me abrio un contracargo por $2,890 y dice que no recibio el producto. como subo la evidencia de entrega?',
        '0s',
      ],
      [
        'b',
        'Hola. Entra a tu panel > Pagos > Contracargos, abre el caso y pulsa "Responder". Puedes adjuntar la guía de envío, la confirmación de entrega y conversaciones con el cliente. Tienes 7 días naturales para responder.',
      ],
      ['c', 'y la foto de la entrega que manda la paqueteria sirve?'],
      ['b', 'Sí, es de la evidencia más útil. Súbela en formato JPG o PDF, máximo 5 MB.'],
      ['c', 'listo ya subi la guia y la foto, dice "respuesta enviada"'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'es',
    },
  },
];
