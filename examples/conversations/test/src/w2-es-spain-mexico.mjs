// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w2-es-es-luz-factura-estimada',
    note: 'three angry messages in a row about an estimated power bill the customer refuses to pay: negative streak and a contested charge',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'buenas, me acaba de llegar la factura de la luz y son 287,40€ cuando yo pago normalmente unos 60',
        '0s',
      ],
      [
        'b',
        'Hola 👋 Veo que tu última factura se ha calculado con una lectura estimada porque no pudimos acceder al contador. ¿Quieres que te explique cómo enviar una lectura real?',
      ],
      [
        'c',
        'estimada?? el contador esta en la calle en una caja, lo puede leer cualquiera. esto es un robo',
      ],
      [
        'b',
        'Entiendo tu malestar. Puedes enviar la lectura desde la app en Mi suministro > Lecturas y la siguiente factura se regularizará.',
      ],
      [
        'c',
        'la siguiente?? o sea que esta la tengo que pagar igual. ni de coña, no pienso pagar 287 pavos por una luz que no he gastado',
      ],
      ['b', 'La diferencia se regulariza automáticamente en el siguiente periodo de facturación.'],
      [
        'c',
        'estoy hasta las narices de vosotros, cada invierno la misma historia. quiero que me anuléis esta factura y me hagáis otra con la lectura real, os mando foto del contador si hace falta',
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'refund_dispute'],
      t: 'billing',
      f: ['287,40€'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-b2b-propuesta-250-cuentas',
    note: 'procurement asks for negotiated three-year terms for 250 users and to be put in touch with the corporate accounts person: volume deal plus indirect human request',
    ch: 'email',
    m: [
      [
        'c',
        'Buenos días:\n\nLes escribo desde el departamento de Compras de Grupo Alcora Logística. Estamos valorando su plataforma de analítica para sustituir la herramienta actual en nuestras 14 delegaciones, lo que supondría unas 250 cuentas de usuario.\n\nAntes de avanzar, nuestro departamento jurídico necesita una propuesta formal con las condiciones para un compromiso de tres años, facturación anual y SSO con nuestro Azure AD. ¿Con quién podemos tratar estos términos?\n\nUn saludo,\nMarta Echeverría\nResponsable de Compras',
        '0s',
      ],
      [
        'b',
        'Buenos días, Marta. Gracias por su interés. El plan Business cuesta 49 € por usuario y mes e incluye SSO. Puede contratarlo directamente desde nuestra página de precios.',
      ],
      [
        'c',
        'Buenas tardes:\n\nGracias, pero la tarifa pública ya la conocemos. Para una operación de este tamaño necesitamos cerrar condiciones específicas: descuento por volumen, permanencia, niveles de servicio y el anexo de tratamiento de datos revisado por nuestros abogados. Les agradecería que nos pusieran en contacto con la persona que lleve las cuentas corporativas.\n\nSaludos,\nMarta',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['250 cuentas', 'Grupo Alcora Logística'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-delivery-no-quiero-cupon',
    note: 'bot refuses a cash refund and offers a coupon; customer contests it and asks for someone who can process it',
    m: [
      [
        'c',
        'hola, el pedido de anoche del Burger Lab llegó frio y le faltaban las patatas y una bebida',
        '0s',
      ],
      ['b', '¡Vaya! Siento lo del pedido. ¿Me confirmas el número de pedido?'],
      ['c', 'FD-7731902'],
      [
        'b',
        'Gracias. He revisado el pedido FD-7731902. Como compensación te he añadido un cupón de 6 € para tu próximo pedido 🎁',
      ],
      [
        'c',
        'no quiero un cupón, quiero que me devolváis el dinero de lo que no llegó. pagué 23,80 con tarjeta',
      ],
      [
        'b',
        'Lo siento, en este caso la política permite compensar con saldo promocional. El cupón ya está disponible en tu cuenta.',
      ],
      [
        'c',
        'pues no me vale. no pienso volver a pedir con vosotros asi que el cupón no me sirve de nada. quiero el reembolso a la tarjeta, pásame con alguien que lo pueda gestionar',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'human_request'],
      t: 'billing',
      f: ['FD-7731902', '23,80'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-entradas-tarjeta-completa',
    note: 'customer pastes a full card number, expiry and CVV so the bot charges the tickets: sensitive data',
    ch: 'whatsapp',
    lang: 'en',
    m: [
      [
        'c',
        'hola! intento comprar 4 entradas para Vetusta Morla en el WiZink del 14 de diciembre y la web me da error al pagar',
        '0s',
      ],
      ['b', '¡Hola! ¿Qué mensaje de error te aparece?'],
      ['c', 'pone "transacción no autorizada" pero tengo saldo de sobra'],
      [
        'b',
        'Suele pasar cuando el banco pide la verificación 3D Secure y no se completa. Prueba a pagar de nuevo y acepta la notificación en la app de tu banco.',
      ],
      [
        'c',
        'lo he intentado 3 veces ya. te paso los datos y me lo cobráis vosotros directamente vale? 4111 1111 1111 1111 caduca 09/28 cvv 123 a nombre de Lucía Ferrer',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      f: ['Vetusta Morla'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-gym-iban-plan-duo',
    note: 'signing up for a gym plan and pasting a full IBAN for the direct debit: sensitive data, the need is buying a plan',
    m: [
      [
        'c',
        'hola buenas! queremos apuntarnos mi pareja y yo al plan duo del gimnasio de Ruzafa',
        '0s',
      ],
      [
        'b',
        '¡Genial! 💪 El plan Dúo cuesta 64,90 €/mes para dos personas y este mes no hay matrícula. Puedes darte de alta desde la web en "Hazte socio".',
      ],
      [
        'c',
        'vale pero es que la web no me deja meter la cuenta para la domiciliación, se queda cargando. te la dejo aqui y lo hacéis vosotros: ES91 2100 0418 4502 0005 1332, titular Adrián Soler',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'sales',
      f: ['plan duo', 'Ruzafa'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-paquete-entregado-bucle',
    note: 'parcel marked delivered; bot keeps sending the same article for over 20 minutes, customer asks where it is in several wordings, gets angry and asks for a person',
    start: '2026-11-17T18:02:00Z',
    m: [
      [
        'c',
        'hola, mi paquete pone entregado desde ayer a las 13:02 pero aqui no ha llegado nada',
        '0s',
      ],
      ['b', '¡Hola! Siento las molestias. ¿Me indicas el número de envío?', '4s'],
      ['c', 'PK44198230ES', '40s'],
      [
        'b',
        'Gracias. Según el seguimiento, el envío PK44198230ES se entregó ayer a las 13:02. Te dejo este artículo sobre qué hacer si tu envío aparece como entregado: ayuda.envios.es/entregado-no-recibido',
        '5s',
      ],
      ['c', 'ya lo lei. he preguntado a los vecinos y al portero y nadie tiene nada', '3m'],
      [
        'b',
        'A veces el repartidor deja el paquete en un punto cercano o con un vecino. Te recomiendo revisar el artículo: ayuda.envios.es/entregado-no-recibido',
        '4s',
      ],
      ['c', 'que si, que ya he mirado. mi pregunta es donde esta mi paquete', '1m'],
      [
        'b',
        'Entiendo. Los envíos marcados como entregados pueden tardar hasta 48 h en confirmarse. Más info: ayuda.envios.es/entregado-no-recibido',
        '4s',
      ],
      [
        'c',
        'a ver. alguien sabe donde lo dejo el repartidor? la entrega tiene foto o gps o algo?',
        '6m',
      ],
      [
        'b',
        '¡Claro! Puedes consultar el estado de tu envío introduciendo el número de seguimiento en nuestra web.',
        '4s',
      ],
      ['c', 'eso ya lo he hecho, pone entregado. no me estas leyendo', '2m'],
      [
        'b',
        'Lo siento si no me he explicado bien. ¿Quieres que te envíe de nuevo el enlace al artículo de envíos entregados no recibidos?',
        '4s',
      ],
      ['c', 'no!!!', '20s'],
      [
        'c',
        'llevo media hora con esto. son unos auriculares Sony WH-1000XM5 de 279 euros, no me vale un articulo',
        '5m',
      ],
      ['b', 'Siento las molestias. ¿Puedo ayudarte en algo más?', '4s'],
      [
        'c',
        'si, en saber donde narices esta mi paquete. hay alguna persona ahi que pueda abrir una reclamacion con el repartidor??',
        '5m',
      ],
    ],
    nowAfter: '30s',
    x: {
      h: true,
      r: [
        'repeated_question',
        'bot_not_helping',
        'long_session',
        'human_request',
        'negative_sentiment',
        'negative_streak',
      ],
      t: 'support',
      f: ['PK44198230ES', 'Sony WH-1000XM5'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-fibra-incidencia-abierta',
    note: 'fibre still down after install; an open ticket about the same problem in the CRM: previous handoff, unresolved ("someone must look at it" may mean a technician, so no human_request required)',
    start: '2026-11-19T08:40:00Z',
    cust: {
      id: 'cus_es_4410',
      name: 'Raúl Cañete',
      tier: 'pro',
      language: 'es',
    },
    ctx: {
      account: {
        plan: 'Fibra 600Mb + Móvil',
      },
      tickets: [
        {
          id: 'INC-558210',
          subject: 'Sin conexión de fibra tras la instalación',
          status: 'open',
          createdAt: '2026-11-16T17:20:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'hola otra vez. la fibra sigue sin funcionar, la luz LOS del router en rojo desde que vino el tecnico el lunes',
        '0s',
      ],
      [
        'b',
        'Hola. La luz LOS en rojo indica que no llega señal de fibra. Prueba a apagar el router 30 segundos y comprueba que el cable verde está bien conectado.',
      ],
      [
        'c',
        'eso ya lo hice el lunes, el martes y hoy. tengo abierta la incidencia INC-558210 y nadie me ha llamado',
      ],
      [
        'b',
        'Veo la incidencia INC-558210 abierta. Está pendiente de revisión por el equipo técnico.',
      ],
      [
        'c',
        'ya, pendiente desde hace 3 dias. teletrabajo y estoy tirando de los datos del movil, necesito que lo mire alguien ya',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'technical',
      f: ['INC-558210'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-banca-agente-unido',
    note: 'a system line says an agent joined and the agent wrote; the customer keeps venting, but a person already holds the chat',
    m: [
      [
        'c',
        'llevo 3 dias sin poder hacer transferencias desde la app, me sale "operación no disponible". esto es una vergüenza',
        '0s',
      ],
      ['b', 'Siento mucho el problema. Te paso con una persona del equipo técnico.'],
      ['s', 'Carmen (Atención al cliente) se ha unido a la conversación'],
      ['a', 'Hola, soy Carmen. Estoy revisando tu cuenta, dame un par de minutos por favor.'],
      ['c', 'tengo que pagar el alquiler hoy y no puedo. como no lo arregléis me cambio de banco'],
      ['c', 'y quiero la hoja de reclamaciones'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-seguro-coche-parte-app',
    note: 'long web chat filing a car claim with several upload hiccups; ends with the customer reporting the file number: resolved',
    m: [
      ['c', 'hola, tuve un golpe con el coche el sabado y quiero dar el parte desde la app', '0s'],
      [
        'b',
        'Hola 👋 Claro. Entra en la app > Siniestros > Declarar siniestro. ¿Tienes a mano el parte amistoso?',
      ],
      ['c', 'si, tengo el parte amistoso firmado por los dos'],
      ['b', 'Perfecto. En el paso 3 te pedirá fotos del parte por las dos caras y de los daños.'],
      ['c', 'vale estoy en el paso 3 pero me dice "archivo demasiado grande"'],
      [
        'b',
        'El límite es de 10 MB por archivo. Si son fotos del móvil en alta resolución, súbelas desde la galería eligiendo un tamaño más pequeño.',
      ],
      ['c', 'y eso donde esta? uso iphone'],
      [
        'b',
        'En iPhone, al pulsar "Subir foto", abajo a la derecha aparece "Tamaño: Real". Tócalo y elige "Grande" o "Mediano".',
      ],
      ['c', 'ok ya, la del parte ha subido. la de los daños se ve fatal, sale muy oscura'],
      [
        'b',
        'No pasa nada: bórrala con la papelera y hazla otra vez con "Hacer foto". Intenta que se vea la matrícula y la zona dañada.',
      ],
      ['c', 'hecho. me pide tb el numero de poliza del otro conductor y no lo tengo'],
      [
        'b',
        'No es obligatorio: si aparece en el parte amistoso basta con la foto. Marca "No lo tengo" y sigue.',
      ],
      ['c', 'vale marcado. y lo del taller? quiero llevarlo al de mi pueblo, no a uno vuestro'],
      [
        'b',
        'Puedes elegir "Taller de libre elección" en el paso 5. En ese caso un perito valorará los daños antes de la reparación; te llamarán en 48-72 h para la visita.',
      ],
      ['c', 'ok, libre eleccion, Talleres Hnos. Pardo en Villanueva'],
      ['b', 'Perfecto. Revisa el resumen y pulsa "Enviar declaración".'],
      ['c', 'enviado. me sale "Documentación completa, expediente SIN-2026-118734"'],
      [
        'b',
        '¡Genial! Ya está registrado. Te llegará un email con el resumen y la llamada del perito en 48-72 h.',
      ],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-es-router-si-no-te-pido-humano',
    note: 'a conditional threat to ask for a human, then the fix works and the customer reports it: no handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'hola el wifi va a pedales desde esta mañana, 3 megas me da el speedtest 🙄', '0s'],
      [
        'b',
        '¡Hola! Vamos a probar una cosa: ¿el router tiene las luces de Internet y WiFi en verde fijo?',
      ],
      ['c', 'internet verde, wifi parpadeando'],
      [
        'b',
        'Vale. Entra en 192.168.1.1 (la contraseña está en la pegatina del router), ve a WiFi > Canal y cámbialo de "Automático" a 1, 6 u 11. Suele pasar cuando hay muchos routers vecinos en el mismo canal.',
      ],
      ['c', 'uf vale, como esto no funcione te pido un humano eh 😂'],
      ['c', 'puesto el 11. ahora me da 480 en el speedtest, que maravilla'],
      ['b', '¡Estupendo! Si vuelve a bajar, prueba con el canal 1 o el 6.'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-nomina-enterprise-timbrado',
    note: 'enterprise payroll customer, payday stamping fails with an error the bot cannot explain, threatens to move to a competitor: novel problem, high value at risk, anger',
    start: '2026-11-13T15:05:00Z',
    cust: {
      id: 'cus_mx_7781',
      name: 'Lic. Alejandra Treviño',
      email: 'atrevino@grupoasteca.example',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 410000,
      language: 'es',
    },
    ctx: {
      account: {
        plan: 'Nómina Enterprise',
        seats: 1200,
        renewalDate: '2027-02-01',
      },
      tickets: [],
    },
    m: [
      [
        'c',
        'Buenas tardes, no podemos timbrar la nómina de la quincena. Son 1,200 empleados y hoy es día de pago',
        '0s',
      ],
      ['b', 'Hola, Alejandra. ¿Qué mensaje aparece al timbrar?'],
      ['c', '"CFDI40999 - Respuesta no clasificada del PAC". Nunca lo habíamos visto'],
      [
        'b',
        'Los errores de timbrado suelen deberse a datos fiscales incompletos del empleado. Revisa que RFC, CURP y código postal coincidan con la constancia de situación fiscal.',
      ],
      [
        'c',
        'no es eso. falla para TODOS, incluso para los que timbramos sin problema la quincena pasada',
      ],
      [
        'b',
        'Entiendo. También puedes verificar que el certificado de sello digital (CSD) de la empresa esté vigente en Configuración > Certificados.',
      ],
      ['c', 'vigente hasta 2028, ya lo revisó mi equipo'],
      ['b', 'Gracias. Te comparto la guía de errores de timbrado: ayuda.nomina.mx/errores-cfdi'],
      ['c', 'ese error no viene en la guía, ya la leímos completa'],
      ['b', 'Lo siento, no encuentro información sobre el código CFDI40999.'],
      [
        'c',
        'Tenemos hasta las 6 para dispersar y la gente no puede cobrar sin recibo. Esto es inaceptable para lo que pagamos',
      ],
      ['b', 'Comprendo la urgencia. ¿Hay algo más en lo que pueda ayudarte?'],
      [
        'c',
        'si esto no queda hoy, en la renovación de febrero nos vamos con otro proveedor, ya nos están cotizando',
      ],
      ['b', 'Lamento mucho la situación.'],
      ['c', 'necesito una solución, no disculpas'],
    ],
    x: {
      h: true,
      r: ['novel_problem', 'high_value_customer', 'negative_sentiment', 'escalation_keyword'],
      t: 'technical',
      f: ['CFDI40999', '1,200 empleados'],
      p: 'urgent',
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-baja-internet-segunda-vez',
    note: 'yesterday the cancellation was handed to an agent (prev 1); today the plan is still active and billed: same issue unresolved',
    ch: 'whatsapp',
    prev: 1,
    m: [
      [
        'c',
        'hola, ayer aqui mismo pedí cancelar mi internet y me pasaron con un asesor, me dijo q en 24 hrs quedaba',
        '0s',
      ],
      [
        'c',
        'hoy me llego el recibo del siguiente mes y en la app sigue activo el de 200 megas',
        '20s',
      ],
      ['b', 'Hola. Veo que tu plan sigue activo. ¿Quieres que te ayude con algo del servicio?'],
      [
        'c',
        'no, quiero q quede cancelado como me dijeron ayer. no voy a pagar otro mes de algo q ya di de baja',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'sales',
      f: ['200 megas'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-paquete-datos-chiste-jefe',
    note: 'a joke mentioning the boss; the question is about list prices of data packs, answered',
    ch: 'whatsapp',
    m: [
      ['c', 'hola, cuanto cuesta el paquete de 10 gigas? y dura el mes completo?', '0s'],
      [
        'b',
        '¡Hola! El paquete de 10 GB cuesta $249 y dura 30 días. Incluye redes sociales ilimitadas. Lo activas marcando *333 o desde la app.',
      ],
      ['c', 'jajaja que rapido contestas, ni mi jefe me contesta asi'],
      ['c', 'va, lo activo desde la app. gracias!!'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'es',
    },
  },
  {
    id: 'w2-es-mx-asignado-esperando-asesor',
    note: 'CRM says the chat is already assigned to an agent; the customer is impatient but a person holds it',
    ch: 'whatsapp',
    cust: {
      id: 'cus_mx_5530',
      name: 'Daniela Ochoa',
      attributes: {
        handoffState: 'assigned',
      },
    },
    m: [
      ['c', 'ya llevo 10 min esperando al asesor para cancelar el plan, q onda', '0s'],
      ['c', 'neta no tengo todo el dia', '2m'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'es',
    },
  },
];
