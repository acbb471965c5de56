// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w2-es-ar-gimnasio-encargado-debito',
    note: 'charged two months after cancelling, three heated messages in a row, asks for the branch manager and the money back',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hola, me di de baja del gym en septiembre y me siguen debitando la cuota de la tarjeta',
        '0s',
      ],
      [
        'b',
        '¡Hola! Para dar de baja la cuota tenés que hacerlo desde la app > Mi plan > Cancelar.',
      ],
      [
        'c',
        'ya lo hice en septiembre!! tengo el mail de confirmacion. me cobraron octubre y noviembre, $18.500 cada uno',
      ],
      ['b', 'Entiendo. Las bajas pueden demorar hasta un ciclo de facturación en impactar.'],
      ['c', 'un ciclo? son DOS meses. es una verguenza, me estan afanando la guita'],
      ['b', 'Lamento la situación. ¿Te puedo ayudar con algo más?'],
      [
        'c',
        'quiero hablar con el encargado o el gerente de la sede de Palermo y que me devuelvan la plata ya. estoy re caliente con esto',
      ],
    ],
    x: {
      h: true,
      r: [
        'human_request',
        'escalation_keyword',
        'refund_dispute',
        'negative_sentiment',
        'negative_streak',
      ],
      t: 'billing',
      f: ['$18.500'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-ar-delivery-supresion-datos',
    note: 'formal erasure request of all personal data under the Argentine data-protection law, with a complaint to the data authority if refused: privacy request',
    ch: 'email',
    m: [
      [
        'c',
        'Hola,\n\nQuiero que borren mi cuenta y todos mis datos personales (direcciones, historial de pedidos, tarjetas guardadas, ubicación). Según la Ley 25.326 tengo derecho a la supresión. Confírmenme por este medio cuando esté hecho.\n\nGracias,\nFlorencia Giménez',
        '0s',
      ],
      [
        'b',
        'Hola Florencia, podés eliminar tu cuenta desde la app: Perfil > Configuración > Eliminar cuenta.',
      ],
      [
        'c',
        'Hola,\n\nYa sé que puedo borrar la cuenta, pero no es lo mismo. Pido la supresión de todos los datos que tengan sobre mí, incluidos los que compartieron con sus proveedores, y una confirmación por escrito. Si no me responden en el plazo legal hago la denuncia ante la Agencia de Acceso a la Información Pública.\n\nFlorencia',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      f: ['Ley 25.326'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-ar-sube-carga-no-acreditada',
    note: 'online top-up not on the card; the bot repeats the same canned line and falls back while the customer asks where the money went four times',
    m: [
      [
        'c',
        'hola, cargué $5.000 en la SUBE desde Mercado Pago ayer y no me aparece el saldo',
        '0s',
      ],
      [
        'b',
        '¡Hola! Las cargas online quedan pendientes de acreditación. Para acreditarlas apoyá la tarjeta en una terminal automática o en el validador del colectivo.',
      ],
      ['c', 'ya la apoyé en el colectivo 3 veces, el validador dice saldo -$210'],
      ['b', 'Podés consultar tu saldo y movimientos ingresando con tu usuario en Mi SUBE.'],
      [
        'c',
        'en Mi SUBE figura la carga como "acreditada" pero en la tarjeta no está. q paso con la plata?',
      ],
      [
        'b',
        'Para acreditar una carga online apoyá la tarjeta en una Terminal Automática SUBE o en el validador del colectivo.',
      ],
      ['c', 'te acabo de decir q ya lo hice. donde estan los $5.000?'],
      ['b', 'No entendí tu consulta. ¿Podés reformularla?'],
      [
        'c',
        'la carga de 5 lucas dice acreditada pero la tarjeta no la tiene. como recupero esa plata',
      ],
      [
        'b',
        'Para acreditar una carga online apoyá la tarjeta en una Terminal Automática SUBE o en el validador del colectivo.',
      ],
      ['c', 'es un chiste esto? es la misma respuesta por tercera vez'],
      [
        'b',
        'Perdón, no entendí. Elegí una opción: 1) Cargar saldo 2) Consultar saldo 3) Tarjeta perdida',
      ],
      [
        'c',
        'ninguna. me descontaron 5000 pesos y no estan en la tarjeta. alguien me puede explicar a donde fue a parar mi plata?',
      ],
      ['b', 'Para consultar tu saldo ingresá en Mi SUBE.'],
      ['c', 'no lo puedo creer, que desastre'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping', 'negative_sentiment'],
      t: 'billing',
      f: ['$5.000'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-ar-enterprise-renovacion-2-anios',
    note: 'enterprise account rejects a 40% renewal increase, is evaluating competitors and wants a two-year fixed deal for 80 licences with someone from sales: churn risk, negotiation',
    ch: 'email',
    cust: {
      id: 'cus_ar_1180',
      name: 'Martín Rosales',
      email: 'mrosales@frigodelplata.example',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 96000,
      language: 'es',
    },
    ctx: {
      account: {
        plan: 'Analytics Enterprise',
        seats: 80,
        renewalDate: '2026-12-31',
      },
    },
    m: [
      [
        'c',
        'Hola, ¿cómo están?\n\nLes escribo por la renovación de nuestro contrato, que vence el 31/12. Recibimos la propuesta con un aumento del 40% y, sinceramente, con ese número no llegamos: estamos evaluando alternativas y ya tuvimos dos demos con otros proveedores.\n\nAntes de decidir queremos explorar un acuerdo a dos años, con valor fijo en dólares, para unas 80 licencias y con el módulo de forecasting incluido. ¿Podemos armar una reunión con alguien del equipo comercial esta semana?\n\nSaludos,\nMartín Rosales\nHead of Data – Frigorífico Del Plata',
        '0s',
      ],
      [
        'b',
        'Hola Martín, gracias por escribir. Podés ver los planes vigentes en nuestra web; la renovación se procesa automáticamente el 31/12.',
      ],
      [
        'c',
        'Gracias, pero justamente no queremos la renovación automática al nuevo valor. Si no podemos sentarnos a negociar antes del 15/12, vamos a dar de baja el servicio.\n\nQuedo atento,\nMartín',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['80 licencias', '40%'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-co-constructora-120-unidades',
    note: 'a builder wants to list about 120 units for 18 months under a volume scheme and asks for someone from sales to set terms: custom deal without saying "price", indirect human request',
    ch: 'email',
    m: [
      [
        'c',
        'Buenos días,\n\nSomos Constructora Altos del Poblado. Tenemos tres proyectos de vivienda en Medellín y Envigado y queremos publicar en su portal unas 120 unidades durante los próximos 18 meses, con anuncios destacados y tours virtuales.\n\nNos interesa un esquema por volumen y un solo contrato para los tres proyectos. ¿Nos pueden enviar una propuesta?\n\nCordialmente,\nCatalina Restrepo\nDirectora de Mercadeo',
        '0s',
      ],
      [
        'b',
        'Buenos días, Catalina. Puede publicar sus inmuebles con el plan Profesional desde su panel de anunciante.',
      ],
      [
        'c',
        'Gracias, pero el plan Profesional es por anuncio. Para 120 unidades necesitamos que alguien de su área comercial nos arme condiciones especiales. Quedamos atentos.\n\nCatalina',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['120 unidades', '18 meses'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-co-mascotas-reembolso-completado',
    note: 'wrong dog food delivered; the bot issues an in-policy refund and the customer sees it arrive',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hola buenas, me llegó el concentrado equivocado. pedí Chunky adulto de 8 kg y me mandaron el de cachorro',
        '0s',
      ],
      [
        'b',
        '¡Hola! Qué pena el error. Veo tu pedido PET-55190. Como el error fue nuestro, te devolví los $142.000 al mismo medio de pago y no tienes que devolver el bulto. Si quieres, puedes pedir de nuevo el de adulto con envío gratis.',
      ],
      ['c', 'ay listo, qué bien. ya me llegó la notificación del banco del reembolso'],
      ['c', 'ahorita pido el de adulto entonces'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'es',
    },
  },
  {
    id: 'w2-es-co-asiento-no-hace-falta-asesor',
    note: '"no need to pass me to anyone": a negated human request, seat change answered',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'buenas, no hace falta q me pasen con nadie, solo diganme como cambio el asiento del vuelo de mañana a Cartagena',
        '0s',
      ],
      [
        'b',
        '¡Hola! Entra en Mis viajes, elige tu reserva y toca "Asientos". Los asientos estándar son gratis desde 48 h antes del vuelo; los de salida de emergencia tienen costo.',
      ],
      ['c', 'listo, ya quedé en la 14A ventana 🙌'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-cl-garantia-depto-abogado',
    note: 'deposit withheld against a clean move-out report; lawyer involved and a court threatened: legal threat and contested refund',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hola, entregué el depto de Ñuñoa el 30 de septiembre y todavia no me devuelven la garantia de $650.000',
        '0s',
      ],
      [
        'b',
        'Hola. La garantía se devuelve dentro de 60 días desde la entrega, descontando los daños que indique el acta.',
      ],
      [
        'c',
        'ya pasaron los 60 dias y el acta de entrega dice "sin observaciones", la firmó el corredor',
      ],
      ['b', 'Según el registro, se descontaron $410.000 por pintura y aseo.'],
      [
        'c',
        'pintura? el acta dice sin observaciones. no acepto ese descuento. mi abogado ya esta viendo el tema y si no me devuelven la garantia completa esta semana vamos al juzgado de policia local',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute'],
      t: 'billing',
      f: ['$650.000', 'Ñuñoa'],
      p: 'high',
      l: 'es',
    },
  },
  {
    id: 'w2-es-cl-app-bip-no-abre',
    note: 'long troubleshooting of the transit-card app; ends with the customer reporting a successful top-up: resolved',
    m: [
      [
        'c',
        'hola, la app de la bip no me abre, se queda pegada en la pantalla azul con el logo',
        '0s',
      ],
      ['b', '¡Hola! ¿Qué celular tienes y qué versión de la app?'],
      ['c', 'un samsung a52, la version no se donde se ve'],
      ['b', 'En Ajustes > Aplicaciones > Bip!Pago, al final aparece "Versión".'],
      ['c', 'dice 3.4.1'],
      ['b', 'La versión actual es la 3.6.0. Actualiza desde Play Store y prueba de nuevo.'],
      ['c', 'en play store no me sale actualizar, sale solo abrir'],
      [
        'b',
        'A veces tarda en aparecer. Prueba: Play Store > tu foto > Administrar apps > Actualizaciones disponibles > Actualizar todo.',
      ],
      ['c', 'ahi si salio, actualizando'],
      ['c', 'listo actualice pero sigue pegada en lo azul 😩'],
      [
        'b',
        'Vamos a borrar la caché: Ajustes > Aplicaciones > Bip!Pago > Almacenamiento > Borrar caché (no borres los datos todavía).',
      ],
      ['c', 'ya borré cache y nada'],
      [
        'b',
        'Ok. Ahora prueba con "Borrar datos". Tendrás que iniciar sesión de nuevo, pero tus tarjetas asociadas no se pierden.',
      ],
      ['c', 'ok'],
      ['c', 'ya me abrió!! me pidio iniciar sesion de nuevo'],
      ['b', '¡Buenísimo! ¿Ves tu tarjeta asociada?'],
      ['c', 'si aparece, ya cargué 5 lucas y me salio el comprobante'],
      ['b', 'Perfecto, la carga se activa al pasar la tarjeta por el validador. ¡Buen viaje!'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'es',
    },
  },
];
