// Spanish (Spain and Latin America), formal and colloquial. See ../README.md for the format.
export const defaults = { l: 'es' };

export default [
  {
    id: 'es-no-es-queja-pedido',
    note: 'trap: "no es una queja" is a negation; a delivery question the bot answers',
    cust: { id: 'cus_2001', name: 'Lucía Ferrer', language: 'es' },
    m: [
      [
        'c',
        'Hola! No es una queja, solo una pregunta: ¿cuándo me llega el pedido PV-20931? Lo pedí el lunes.',
      ],
      [
        'b',
        'Hola Lucía. El pedido PV-20931 salió ayer del almacén de Zaragoza y la entrega está prevista para el jueves 27 entre las 9:00 y las 14:00. Número de seguimiento: SEUR 2930118477.',
      ],
      ['c', 'Genial, así me organizo. ¡Gracias!'],
    ],
    x: { h: false, t: 'support', f: ['PV-20931'] },
  },
  {
    id: 'es-me-pasas-con-alguien',
    note: 'indirect request for a person in colloquial Spanish about a charger that does not work',
    ch: 'whatsapp',
    cust: { id: 'cus_2002', name: 'Javi Morales' },
    m: [
      [
        'c',
        'oye, el cargador USB-C de 65 W que compré no carga el portátil, la luz se enciende pero nada',
      ],
      ['b', 'Vaya, lo siento. ¿Has probado con otro cable o con otro enchufe?'],
      [
        'c',
        'sí, con dos cables y en tres enchufes distintos. con el cargador viejo el portátil carga bien',
      ],
      ['b', 'Gracias por comprobarlo. ¿Podrías indicarme el modelo de tu portátil?'],
      [
        'c',
        'un Lenovo ThinkPad E14. mira, ¿me pasas con alguien? prefiero hablarlo con una persona',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'technical', f: ['USB-C de 65 W', 'ThinkPad E14'] },
  },
  {
    id: 'es-devolucion-en-plazo',
    note: 'in-policy return and refund that the bot completes',
    cust: { id: 'cus_2003', name: 'Marta Gil' },
    m: [
      ['c', 'Buenas, quiero devolver unas zapatillas del pedido PV-18840, me quedan pequeñas.'],
      [
        'b',
        'Claro, Marta. El pedido se entregó hace 9 días, así que está dentro del plazo de 30 días. ¿Prefieres el reembolso o un cambio de talla?',
      ],
      ['c', 'El reembolso, porfa'],
      [
        'b',
        'Hecho. Te he enviado por correo la etiqueta de devolución. En cuanto recibamos las zapatillas te devolvemos los 64,95 € a tu tarjeta.',
      ],
      ['c', 'Perfecto, muchas gracias'],
    ],
    x: { h: false, t: 'billing', f: ['PV-18840'] },
  },
  {
    id: 'es-cobro-duplicado-enfadado',
    note: 'angry about a duplicate charge and demands the money back: refund dispute with negative sentiment',
    cust: { id: 'cus_2004', name: 'Ramón Ortega', tier: 'pro' },
    m: [
      [
        'c',
        '¡Me habéis cobrado dos veces la cuota de noviembre! 59,90 € y otros 59,90 € el mismo día.',
      ],
      [
        'b',
        'Lamento las molestias. A veces el banco muestra un cargo pendiente que desaparece en unos días.',
      ],
      [
        'c',
        'No es pendiente, está cobrado y el saldo de mi cuenta lo refleja. Es una vergüenza, quiero que me devolváis el dinero ya.',
      ],
    ],
    x: { h: true, r: ['refund_dispute', 'negative_sentiment'], t: 'billing', f: ['59,90 €'] },
  },
  {
    id: 'es-dni-en-el-chat',
    note: 'customer writes a full Spanish DNI into the chat to verify the account',
    cust: { id: 'cus_2005', name: 'Elena Ruiz' },
    m: [
      ['c', 'No puedo entrar en mi cuenta, me dice que está bloqueada.'],
      [
        'b',
        'Para desbloquearla necesito verificar tu identidad. Te he enviado un código al correo.',
      ],
      [
        'c',
        'Ya no uso ese correo. Mi DNI es 12345678Z y vivo en Calle Mayor 14, Valencia. ¿Con eso vale?',
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'es-presupuesto-clinicas',
    note: 'volume, multi-year quote for 300 licences: sales opportunity',
    ch: 'email',
    cust: { id: 'lead_2006', name: 'Dr. Andrés Campos', segment: 'healthcare' },
    m: [
      [
        'c',
        'Buenos días:\n\nSomos una red de 40 clínicas dentales y estamos valorando su software de citas. Necesitaríamos un presupuesto para 300 licencias con un contrato a 3 años, y saber si ofrecen migración desde nuestro sistema actual.\n\nUn saludo,\nAndrés Campos',
      ],
      [
        'b',
        'Gracias por su interés. Nuestros planes están en nuestra web: Básico 19 €/usuario y Pro 29 €/usuario al mes.',
      ],
      [
        'c',
        'Gracias, pero para ese volumen y ese plazo entiendo que habrá condiciones especiales. ¿Pueden preparar una propuesta?',
        '1d',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['300 licencias', '3 años'] },
  },
  {
    id: 'es-horario-atencion-telefono',
    note: 'trap: asks when phone support is available, not for a person now',
    cust: { id: 'cus_2007' },
    m: [
      ['c', '¿A qué hora atendéis por teléfono? Es para llamar mañana'],
      [
        'b',
        'Nuestro equipo atiende por teléfono de lunes a viernes de 9:00 a 19:00 (hora peninsular) en el 900 123 456.',
      ],
      ['c', 'vale, gracias!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'es-bucle-direccion-envio',
    note: 'the bot falls back three times while the customer rephrases how to change the delivery address',
    ch: 'whatsapp',
    cust: { id: 'cus_2008', name: 'Carmen Soto' },
    m: [
      ['c', 'Hola, ¿cómo cambio la dirección de entrega del pedido PV-21577?'],
      ['b', 'Lo siento, no he entendido tu pregunta. ¿Puedes reformularla?'],
      ['c', 'Necesito que el pedido PV-21577 llegue a otra dirección'],
      ['b', 'Lo siento, no he entendido tu pregunta. ¿Puedes reformularla?'],
      ['c', '¿Se puede modificar dónde se entrega mi paquete? Me he mudado'],
      ['b', 'Puedo ayudarte con: seguimiento de pedidos, devoluciones y facturas.'],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'support', f: ['PV-21577'] },
  },
  {
    id: 'es-rgpd-supresion',
    note: 'formal GDPR erasure request: compliance, issue type support (privacy request)',
    ch: 'email',
    cust: { id: 'cus_2009', name: 'Beatriz Lozano' },
    m: [
      [
        'c',
        'Buenas tardes:\n\nEn virtud del artículo 17 del RGPD, solicito la supresión de todos mis datos personales de sus sistemas, incluida la lista de correo, y la confirmación por escrito.\n\nBeatriz Lozano',
      ],
      [
        'b',
        'Gracias por escribirnos. Puedes darte de baja de la lista de correo con el enlace al pie de cualquier boletín.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'es-inaceptable-encargado',
    note: '"inaceptable" and asks for the manager: escalation keyword and human request',
    cust: { id: 'cus_2010', name: 'Jorge Navarro' },
    m: [
      ['c', 'Es la tercera vez que el técnico no se presenta a la cita para instalar la fibra.'],
      ['b', 'Siento las molestias. ¿Quieres que reprogramemos la cita?'],
      ['c', '¿Otra vez? Es inaceptable. Quiero hablar con el encargado, no con un robot.'],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'human_request', 'negative_sentiment'],
      t: 'technical',
    },
  },
  {
    id: 'es-mx-pieza-faltante',
    note: 'Mexican colloquial Spanish; a missing part the bot ships right away',
    ch: 'whatsapp',
    cust: { id: 'cus_2011', name: 'Diego Hernández' },
    m: [
      [
        'c',
        'qué onda, ya me llegó el librero modelo Nórdico pero le falta una bolsita de tornillos 😅',
      ],
      [
        'b',
        '¡Hola Diego! Qué pena. Te enviamos sin costo la bolsa de herrajes del librero Nórdico. Llega en 2 a 3 días hábiles a la dirección de tu pedido.',
      ],
      ['c', 'órale, va. gracias!'],
    ],
    x: { h: false, t: 'support', f: ['Nórdico'] },
  },
  {
    id: 'es-perfil-en-escribe-es',
    note: 'profile and widget say English but the customer writes Spanish; a password how-to the bot answers',
    lang: 'en',
    cust: { id: 'cus_2012', name: 'Sam Rivera', language: 'en' },
    m: [
      ['c', 'Hola, no me acuerdo de la contraseña de mi cuenta, ¿cómo la cambio?'],
      [
        'b',
        'Hola. En la pantalla de inicio de sesión pulsa "¿Olvidaste tu contraseña?", escribe tu correo y te enviaremos un enlace para crear una nueva.',
      ],
      ['c', 'Listo, ya pude entrar. Gracias'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'es-enterprise-no-renovar',
    note: 'enterprise account considering not renewing after degraded service: high value at risk of churn',
    cust: {
      id: 'cus_2013',
      name: 'Alicia Prieto',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 320000,
    },
    m: [
      [
        'c',
        'Hola. Os escribo por la renovación del contrato, que vence en enero. En nuestras 12 sedes el sistema va cada vez más lento desde octubre.',
      ],
      ['b', 'Puedes comprobar el estado del servicio en status.ejemplo.com.'],
      [
        'c',
        'El estado siempre dice que todo funciona. Sinceramente, estamos valorando no renovar el contrato en enero si esto sigue así.',
      ],
    ],
    x: { h: true, r: ['high_value_customer'], t: 'sales', f: ['12 sedes'] },
  },
  {
    id: 'es-api-error-desconocido',
    note: 'an API error the bot knows nothing about: novel problem, technical',
    cust: { id: 'cus_2014', name: 'Pablo Iglesias', tier: 'pro', segment: 'smb' },
    m: [
      [
        'c',
        'Buenas. Desde esta mañana la API nos devuelve "ERR_SIGNATURE_SKEW" al crear facturas desde nuestro ERP. Ayer funcionaba.',
      ],
      ['b', 'Puedes consultar la documentación de la API en docs.ejemplo.com/api.'],
      ['c', 'Ya la he mirado y ese error no aparece en ningún sitio. ¿Qué significa?'],
      ['b', 'Lo siento, no tengo información sobre ese error.'],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['ERR_SIGNATURE_SKEW'] },
  },
  {
    id: 'es-no-hace-falta-persona',
    note: 'trap: "no hace falta que me pases con una persona"; an invoice question the bot answers',
    cust: { id: 'cus_2015', name: 'Nuria Vidal', tier: 'pro' },
    m: [
      [
        'c',
        'No hace falta que me pases con una persona, solo dime dónde descargo la factura de octubre.',
      ],
      [
        'b',
        'Claro: en Ajustes > Facturación > Facturas. Pulsa sobre la de octubre (FAC-2026-1022) y elige "Descargar PDF".',
      ],
      ['c', 'Encontrada. Gracias!'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'es-tras-traspaso-pregunta-nueva',
    note: 'trap: an earlier handoff solved a refund; a new trivial question about store hours stays with the bot',
    prev: 1,
    cust: { id: 'cus_2016', name: 'Rocío Méndez' },
    m: [
      ['c', 'Quiero saber qué pasa con mi reembolso del pedido PV-19902', '0s'],
      ['s', 'Conversación transferida a la agente Laura (cola: facturación).'],
      ['a', 'Hola Rocío, ya está: el reembolso de 32,00 € se ha emitido hoy.'],
      ['c', '¡Gracias Laura!'],
      ['s', 'La agente ha devuelto la conversación al asistente.'],
      ['c', 'Otra cosita: ¿la tienda de Sevilla abre el domingo?', '10m'],
      ['b', 'Sí, la tienda de Sevilla (Nervión) abre los domingos de 11:00 a 20:00.'],
      ['c', 'Perfecto, gracias'],
    ],
    x: { h: false, t: 'support', f: ['Sevilla'] },
  },
  {
    id: 'es-whatsapp-sesion-larga-router',
    note: 'WhatsApp chat over 20 minutes configuring a mesh network, still unresolved: long session',
    ch: 'whatsapp',
    cust: { id: 'cus_2017', name: 'Álvaro Castro' },
    m: [
      [
        'c',
        'Hola, he comprado el kit MeshNet 3 y el segundo nodo no se conecta al principal.',
        '0s',
      ],
      [
        'b',
        'Coloca el segundo nodo a menos de 10 metros del principal y pulsa el botón de emparejar durante 3 segundos.',
      ],
      ['c', 'Está a 4 metros. Lo he pulsado y la luz se queda en naranja.', '4m'],
      ['b', 'Reinicia ambos nodos y vuelve a intentarlo.'],
      ['c', 'Reiniciados los dos. Sigue en naranja.', '7m'],
      ['b', 'Comprueba que la app MeshNet esté actualizada.'],
      [
        'c',
        'Está actualizada, versión 2.4.1. Ya llevo más de veinte minutos con esto y sigue igual.',
        '11m',
      ],
    ],
    x: { h: true, r: ['long_session'], t: 'technical', f: ['MeshNet 3'] },
  },
  {
    id: 'es-no-os-voy-a-denunciar',
    note: 'trap: "no os voy a denunciar" is a joke and a negation; a self-serve plan change',
    cust: { id: 'cus_2018', name: 'Irene Pascual', tier: 'pro' },
    m: [
      [
        'c',
        'Tranquilos, que no os voy a denunciar 😂 solo quiero pasarme de la tarifa Pro a la Básica, que este mes ando justa.',
      ],
      [
        'b',
        '¡Sin problema! En Ajustes > Plan elige "Básica". El cambio se aplica en tu próxima renovación, el 3 de diciembre.',
      ],
      ['c', 'Hecho, gracias!'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'es-tarjeta-acabada-en',
    note: 'trap: the last four digits of a card are not sensitive data',
    cust: { id: 'cus_2019', name: 'Tomás Rey' },
    m: [
      [
        'c',
        'Buenas, ¿con qué tarjeta se cobró el pedido PV-22014? Tengo dos y no sé si fue la que acaba en 4444.',
      ],
      [
        'b',
        'El pedido PV-22014 se cobró en la tarjeta Visa que acaba en 1111, no en la que acaba en 4444.',
      ],
      ['c', 'Ah vale, la del trabajo. Gracias.'],
    ],
    x: { h: false, t: 'billing', f: ['PV-22014'] },
  },
  {
    id: 'es-hasta-las-narices',
    note: 'three consecutive clearly angry messages in colloquial Spanish about a broken washing machine',
    cust: { id: 'cus_2020', name: 'Manuel Vargas' },
    m: [
      ['c', 'La lavadora que me instalasteis hace un mes pierde agua otra vez.'],
      ['b', 'Lo siento. ¿Quieres que te indique cómo revisar el filtro?'],
      ['c', 'Estoy hasta las narices. Tengo la cocina inundada por segunda vez.'],
      ['b', 'Entiendo. Para revisar el filtro, abre la tapa inferior derecha.'],
      ['c', '¡Que no es el filtro! Es la cuarta vez que escribo por lo mismo.'],
      ['c', 'Sois unos inútiles, de verdad. Vaya servicio.'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'technical',
    },
  },
  {
    id: 'es-modulo-recursos-humanos',
    note: 'trap: "recursos humanos" is a module, not a request for a person',
    cust: { id: 'cus_2021', name: 'Gabriela Soto', tier: 'pro' },
    m: [
      ['c', '¿El módulo de Recursos Humanos viene incluido en el plan Empresa o se paga aparte?'],
      [
        'b',
        'El módulo de Recursos Humanos (vacaciones, fichajes y nóminas) está incluido en el plan Empresa. En el plan Pro cuesta 3 € por usuario al mes.',
      ],
      ['c', 'Genial, justo lo que necesitaba saber.'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'es-sms-cita-itv',
    note: 'SMS appointment change handled by the bot',
    ch: 'sms',
    cust: { id: 'cus_2022' },
    m: [
      ['c', 'Hola, puedo cambiar la cita del taller del jueves al viernes? matrícula 4821 KLM'],
      ['b', 'Hola. Tenemos hueco el viernes a las 9:30 y a las 12:00. ¿Cuál prefieres?'],
      ['c', 'a las 12'],
      ['b', 'Hecho: tu cita para el vehículo 4821 KLM queda el viernes a las 12:00.'],
    ],
    x: { h: false, t: 'support', f: ['4821 KLM'] },
  },
  {
    id: 'es-iban-para-reembolso',
    note: 'writes a full Spanish IBAN for a refund transfer',
    ch: 'whatsapp',
    cust: { id: 'cus_2023', name: 'Cristina Molina' },
    m: [
      [
        'c',
        'Hola, pagué el curso en efectivo y me dijisteis que el reembolso sería por transferencia. Mi cuenta es ES91 2100 0418 4502 0005 1332',
      ],
      ['b', 'Por tu seguridad, no compartas datos bancarios por este chat.'],
      ['c', 'Vale, ¿y entonces cómo os la doy? Me dijeron en la academia que por aquí.'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing' },
  },
  {
    id: 'es-de-precio-lista-a-presupuesto',
    note: 'starts with list prices and turns into a custom quote for 60 seats with a migration: sales opportunity',
    cust: { id: 'lead_2024', name: 'Sergio Calvo', segment: 'mid-market' },
    m: [
      ['c', 'Hola, ¿cuánto cuesta el plan Pro?'],
      ['b', 'El plan Pro cuesta 25 € por usuario al mes, o 20 € con pago anual.'],
      ['c', '¿Incluye integración con SAP?'],
      [
        'b',
        'La integración con SAP está disponible en el plan Empresa, a 39 € por usuario al mes.',
      ],
      [
        'c',
        'Vale. Somos 60 usuarios y tendríamos que migrar cinco años de datos de nuestro CRM actual.',
      ],
      ['b', 'Puedes importar datos desde CSV en Ajustes > Importar.'],
      [
        'c',
        'Con ese volumen no nos vale un CSV. Necesitaríamos un presupuesto a medida para 60 usuarios con la migración incluida. ¿Quién lo puede preparar?',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['60 usuarios', 'SAP'] },
  },
];
