// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w2-es-ar-alquiler-auto-bariloche',
    note: 'prepaid car-rental date change the website refuses; the bot answers beside the point for over 20 minutes; same question in several wordings, then asks for someone from the office',
    ch: 'whatsapp',
    start: '2026-11-09T13:10:00Z',
    m: [
      [
        'c',
        'hola! tengo una reserva de auto en Bariloche para el 20/12, la BRC-44107, y quiero pasar el retiro al 22 porque nos cambiaron el vuelo',
        '0s',
      ],
      [
        'b',
        '¡Hola! Podés modificar tu reserva desde Mis reservas > Modificar. ¿Querés que te pase el link?',
        '4s',
      ],
      ['c', 'si dale', '30s'],
      ['b', 'Acá tenés: reservas.autosur.com.ar/mis-reservas', '3s'],
      ['c', 'entré y me dice "Esta reserva no admite cambios online"', '3m'],
      [
        'b',
        'Algunas tarifas promocionales no permiten modificaciones online. ¿Tu reserva es tarifa Prepaga?',
        '4s',
      ],
      ['c', 'si, prepaga. pero no la quiero cancelar, solo moverla dos dias. se puede o no?', '1m'],
      ['b', 'Las reservas con tarifa Prepaga no son reembolsables en caso de cancelación.', '4s'],
      [
        'c',
        'no quiero cancelar! quiero cambiar la fecha. se puede cambiar la fecha de una prepaga?',
        '2m',
      ],
      ['b', 'Podés modificar tu reserva desde Mis reservas > Modificar.', '3s'],
      ['c', 'ahi me dice que no admite cambios, ya te lo dije', '1m'],
      [
        'b',
        'Entiendo. Las tarifas Prepagas tienen condiciones especiales. Podés ver las condiciones de tu tarifa en el mail de confirmación.',
        '4s',
      ],
      ['c', 'ya lo lei, no dice nada de cambios de fecha', '6m'],
      [
        'c',
        'ok pregunto de otra forma: si llego el 22 en vez del 20, me guardan el auto o pierdo la reserva?',
        '2m',
      ],
      [
        'b',
        'Si no retirás el vehículo en la fecha y hora indicadas, la reserva se considera no presentada (no show).',
        '4s',
      ],
      [
        'c',
        'bueno entonces necesito que alguien me cambie la fecha. me pasas con alguien de la oficina de Bariloche o de reservas? hace como media hora q estoy con esto',
        '6m',
      ],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'repeated_question', 'human_request', 'bot_not_helping'],
      t: 'support',
      f: ['BRC-44107'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-ar-factura-a-jefa-pidio',
    note: 'reported speech ("my boss asked me to check"); an invoice-settings how-to the bot resolves',
    m: [
      [
        'c',
        'hola, mi jefa me pidió que chequee si la factura de la suscripcion sale como Factura A con el CUIT de la empresa',
        '0s',
      ],
      [
        'b',
        '¡Hola! Ahora tu cuenta está configurada como Consumidor Final, por eso las facturas salen tipo B. Para recibir Factura A, cargá el CUIT y la condición "Responsable Inscripto" en Configuración > Datos de facturación.',
      ],
      ['c', 'y las que ya salieron se pueden rehacer?'],
      [
        'b',
        'Las facturas ya emitidas no se pueden modificar, pero el cambio aplica desde la próxima, que se emite el 1/12.',
      ],
      [
        'c',
        'listo, ya cargué el CUIT y puse responsable inscripto. le aviso que la de diciembre sale A 👍',
      ],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'es',
    },
  },
  {
    id: 'w2-es-ar-codigo-seguimiento-cordoba',
    note: 'a tracking number is not sensitive data; the shipment updates while chatting',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hola, tengo el codigo de seguimiento AN-7730419852 y en la web no me figura nada',
        '0s',
      ],
      [
        'b',
        '¡Hola! El envío AN-7730419852 fue generado por el vendedor pero todavía no lo despacharon. Se actualiza cuando lo escanean en la sucursal de origen, normalmente en 24 h.',
      ],
      ['c', 'ah ok. ahi lo volvi a buscar y ya dice "en transito a Córdoba" 👍'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-ar-agente-doble-debito',
    note: 'long chat held by a billing agent; the customer keeps complaining after the agent, but a person already has the conversation',
    m: [
      [
        'c',
        'hola, me debitaron dos veces la factura de noviembre del internet, $24.990 cada una',
        '0s',
      ],
      [
        'b',
        'Hola. Veo dos débitos de $24.990 del 10/11. Te derivo con un representante de Facturación.',
      ],
      ['s', 'Gonzalo (Facturación) se unió a la conversación'],
      [
        'a',
        'Hola, soy Gonzalo de Facturación. Ya veo los dos débitos: uno quedó duplicado por un reintento del banco. ¿Me confirmás los últimos 4 números de la tarjeta?',
      ],
      ['c', 'terminada en 1881'],
      ['a', 'Perfecto. Estoy generando la nota de crédito por $24.990, tarda unos minutos.'],
      ['c', 'ok'],
      ['c', 'y eso cuando vuelve a la tarjeta?'],
      ['a', 'Entre 5 y 10 días hábiles según tu banco.'],
      ['c', '10 dias habiles?? me sacaron la plata en un segundo y para devolverla dos semanas'],
      ['a', 'Entiendo. El plazo lo maneja el banco emisor. Tu número de reclamo es NC-661204.'],
      ['c', 'es una joda. el mes pasado me paso lo mismo con el cargo de reconexion'],
      [
        'a',
        'Veo el caso del mes pasado también. Lo marco para que revisen por qué se repite el reintento.',
      ],
      ['c', 'dale pero si el mes que viene pasa de nuevo me voy a otra empresa'],
      ['c', 'y saquenme el debito automatico, lo pago yo a mano'],
      [
        'a',
        'Listo, desactivé el débito automático. Desde diciembre te llega la factura por mail para pagarla.',
      ],
      ['c', 'bueno. igual es un desastre como manejan esto'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'es',
    },
  },
  {
    id: 'w2-es-ar-wifi-cuarto-fondo',
    note: 'long WhatsApp troubleshooting of a mesh extender that ends with the customer reporting a working speed test: resolved',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'buenas, contraté el extensor mesh y en el cuarto del fondo sigue sin llegar el wifi',
        '0s',
      ],
      ['b', '¡Hola! Vamos a revisarlo. ¿El extensor tiene la luz blanca fija o parpadea?'],
      ['c', 'parpadea naranja'],
      ['b', 'Naranja significa que no se vinculó con el módem. ¿Dónde lo tenés enchufado?'],
      ['c', 'en el cuarto del fondo, al lado de la compu'],
      [
        'b',
        'Ahí queda muy lejos del módem para vincularse. Enchufalo primero a unos 2 metros del módem, esperá la luz blanca y recién después lo movés a mitad de camino.',
      ],
      ['c', 'ok banca que lo muevo', '40s'],
      ['c', 'al lado del modem quedo blanco', '3m'],
      [
        'b',
        '¡Bien! Ahora llevalo a un punto intermedio, por ejemplo el pasillo, no directamente al cuarto.',
      ],
      ['c', 'lo puse en el pasillo y se puso naranja otra vez 😕', '4m'],
      [
        'b',
        'Puede ser que la pared de la cocina corte la señal. ¿Hay algún enchufe en el living, más cerca del módem pero con vista al pasillo?',
      ],
      ['c', 'si, al lado de la tele'],
      ['b', 'Probá ahí. Esperá 2 minutos a que se estabilice.'],
      ['c', 'blanco fijo ahora', '3m'],
      [
        'b',
        'Perfecto. Ahora en el celular, desde el cuarto del fondo, olvidá la red vieja y conectate a la red "Hogar-Mesh" con la misma clave.',
      ],
      ['c', 'hecho', '2m'],
      [
        'c',
        'ahora si anda en el cuarto del fondo, le corri un speedtest y da 180 megas, antes ni cargaba',
        '1m',
      ],
      ['b', '¡Excelente! Si lo movés de lugar, fijate siempre que quede en blanco fijo.'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'es',
    },
  },
  {
    id: 'w2-es-co-marketplace-reversar-pago',
    note: 'seller never shipped, the bot tells the buyer to wait; the buyer says she will ask her bank to reverse the card payment: chargeback threat',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'buenas, compré unos tenis por $389.900 hace 15 dias y el vendedor nunca los mandó. el pedido es MK-2231-0987',
        '0s',
      ],
      [
        'b',
        '¡Hola! Veo el pedido MK-2231-0987. El vendedor todavía no registró el envío. La garantía de compra se activa 10 días hábiles después de la fecha estimada de entrega, el 28 de noviembre.',
      ],
      ['c', '28 de noviembre?? yo pagué el 3. y el vendedor ya ni me contesta los mensajes'],
      ['b', 'Te recomendamos esperar a que se active la garantía para abrir la reclamación.'],
      [
        'c',
        'no, qué pena pero no voy a esperar más. si hoy no me devuelven la plata llamo al banco para que me reversen el pago de la tarjeta y listo',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['MK-2231-0987', '$389.900'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-co-cita-sede-cerrada',
    note: 'confirmed appointment at a clinic that closed, an error code that blocks rescheduling and cancelling; the bot has nothing relevant: novel problem',
    m: [
      [
        'c',
        'buenas tardes, la app me confirmó cita de dermatología para mañana 7 am en la sede Chapinero',
        '0s',
      ],
      [
        'c',
        'llamé a confirmar y me dicen que esa sede cerró hace un mes y que allá no tienen ninguna cita mía',
      ],
      ['b', '¡Hola! Puedes reprogramar tu cita desde Mis citas > Reprogramar.'],
      [
        'c',
        'le di reprogramar y sale "La sede no admite cambios (código SD-410)". tampoco me deja cancelarla',
      ],
      [
        'b',
        'Para cancelar una cita ve a Mis citas > Cancelar con al menos 24 horas de anticipación.',
      ],
      [
        'c',
        'tampoco deja, sale el mismo SD-410. y la autorización de la EPS se me vence el viernes, qué hago?',
      ],
      ['b', 'Lo siento, no tengo información sobre ese caso.'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'support',
      f: ['SD-410', 'Chapinero'],
      l: 'es',
    },
  },
  {
    id: 'w2-es-co-internet-mismo-enlace-sarcasmo',
    note: 'the bot sends the same modem-reset link twice, ignoring that the customer already did it; sarcastic reply',
    m: [
      [
        'c',
        'hola, el internet se me cae todas las noches entre 8 y 10, justo cuando mas lo necesito',
        '0s',
      ],
      [
        'b',
        '¡Hola! Te recomiendo reiniciar el módem: desconéctalo 30 segundos y vuelve a conectarlo. Guía: soporte.conectaco.com/reiniciar-modem',
      ],
      [
        'c',
        'ya lo reinicié ayer y antier. se vuelve a caer a la misma hora, no es el modem, es la red de ustedes en el barrio',
      ],
      [
        'b',
        'Reiniciar el módem soluciona la mayoría de las fallas de conexión. Guía: soporte.conectaco.com/reiniciar-modem',
      ],
      [
        'c',
        'ay qué maravilla, el mismo enlace otra vez. seguro a la tercera sí funciona 👏👏 qué servicio tan espectacular',
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'bot_not_helping'],
      t: 'technical',
      l: 'es',
    },
  },
  {
    id: 'w2-es-co-banco-horario-asesores',
    note: 'voice-to-text question about when phone advisors work on Saturdays: support hours, not a request for a person',
    ch: 'voice',
    m: [
      [
        'c',
        'hola buenas tardes a qué hora atienden los asesores en la línea el sábado es que quiero preguntar por un cdt',
        '0s',
      ],
      [
        'b',
        'Hola. Los sábados nuestros asesores atienden en la línea de 8:00 a. m. a 1:00 p. m. Si quieres, también puedo darte las tasas vigentes de los CDT.',
      ],
      ['c', 'ah no tranquilo entonces llamo el sábado temprano gracias'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-co-vuelta-al-bot-maleta',
    note: 'an agent resolved the earlier issue and handed back to the bot; the new trivial baggage question is answered by the bot',
    prev: 1,
    m: [
      [
        'a',
        'Listo, ya quedó el cambio de nombre en la reserva XK7P2L. Te devuelvo con el asistente virtual por si necesitas algo más.',
        '0s',
      ],
      ['b', 'Hola de nuevo 👋 ¿Te ayudo con algo más de tu viaje?'],
      ['c', 'si, cuantas maletas de mano puedo llevar en la tarifa basica?'],
      [
        'b',
        'En la tarifa Básica puedes llevar un artículo personal (máx. 40 x 35 x 25 cm) debajo del asiento. La maleta de cabina de 10 kg se compra aparte.',
      ],
      ['c', 'ok entonces solo el morral. gracias'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-cl-caida-23-sucursales',
    note: 'enterprise pharmacy chain: 23 branches down at once with an authentication error the bot cannot place (voice-to-text), asks for someone to check now: outage across many sites, novel problem',
    ch: 'voice',
    cust: {
      id: 'cus_cl_0310',
      name: 'Farmacias del Sur SpA',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 380000,
      language: 'es',
    },
    ctx: {
      account: {
        plan: 'Empresas Multisede',
        sites: 41,
      },
    },
    m: [
      [
        'c',
        'hola buenos días le hablo de farmacias del sur tenemos caído el internet en todas las sucursales de la quinta región son como 23 locales y no podemos vender con tarjeta',
        '0s',
      ],
      [
        'b',
        'Hola. Para revisar tu servicio, reinicia el router de la sucursal desconectándolo por 30 segundos.',
      ],
      [
        'c',
        'no es un router es en todas las sucursales al mismo tiempo desde las ocho y media los equipos muestran error de autenticación ppp seis nueve uno',
        '20s',
      ],
      ['b', 'No encuentro información sobre ese error. ¿Quieres que te envíe la guía de reinicio?'],
      [
        'c',
        'no po la guía no sirve estamos perdiendo ventas cada minuto necesito que alguien de ustedes revise esto al tiro',
        '15s',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'novel_problem', 'human_request'],
      t: 'technical',
      f: ['23 locales'],
      p: 'urgent',
      l: 'es',
    },
  },
  {
    id: 'w2-es-cl-banco-rut-y-clave',
    note: 'locked out of the bank app, the customer types a national ID (RUT) and a password: sensitive data',
    ch: 'whatsapp',
    m: [
      ['c', 'hola no puedo entrar a la app del banco, me dice clave bloqueada', '0s'],
      [
        'b',
        'Hola. Por seguridad la clave se bloquea tras 3 intentos fallidos. Puedes desbloquearla en la app con "Olvidé mi clave" y tu Digipass.',
      ],
      ['c', 'no tengo el digipass, se me perdió cuando cambié de celu'],
      [
        'b',
        'En ese caso puedes solicitar un nuevo Digipass desde la app, en Seguridad > Digipass.',
      ],
      [
        'c',
        'pero si no puedo entrar a la app po 😅 ya, mi rut es 15.678.234-3 y la clave que tenia era Pelusa.2024, revisa tu si esta bien',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-cl-corte-luz-oxigeno-sms',
    note: 'SMS chat about a power cut lasting over half an hour, repeated new estimates, an oxygen-dependent mother, three emotional messages and a plea for a person',
    ch: 'sms',
    start: '2026-11-23T13:55:00Z',
    m: [
      ['c', 'hola estamos sin luz desde las 7 am en pasaje Los Aromos 1432, Puente Alto', '0s'],
      [
        'b',
        'Hola. Registramos una interrupción en tu sector por trabajos en la red. Reposición estimada: 11:00 hrs.',
        '5s',
      ],
      ['c', 'ok espero', '1m'],
      ['c', 'son las 11:10 y nada', '12m'],
      ['b', 'La reposición estimada se actualizó a las 13:00 hrs.', '5s'],
      ['c', 'me estan tomando el pelo? primero a las 11 y ahora a la 1', '1m'],
      [
        'b',
        'Lamentamos las molestias. Nuestras brigadas trabajan para reponer el servicio lo antes posible.',
        '5s',
      ],
      [
        'c',
        'mi mamá usa concentrador de oxigeno y la bateria le dura 2 horas mas. esto es gravisimo',
        '2m',
      ],
      [
        'b',
        'Si hay una persona electrodependiente en el domicilio, puedes registrarla en nuestro sitio web, sección Clientes Electrodependientes.',
        '5s',
      ],
      [
        'c',
        'registrarla?? no tengo luz pa meterme a la pagina, estoy con 12% de bateria. ustedes no entienden nada',
        '1m',
      ],
      ['b', 'Puedes registrar el caso desde cualquier dispositivo con conexión a internet.', '5s'],
      ['c', 'NO TENGO INTERNET SIN LUZ', '30s'],
      ['b', 'Lamentamos las molestias. La reposición estimada es a las 13:00 hrs.', '5s'],
      ['c', 'pasenme con una persona por favor, es urgente', '3m'],
      ['b', 'Gracias por tu mensaje. Te avisaremos por SMS cuando se reponga el suministro.', '5s'],
      ['c', 'hola??', '4m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: [
        'long_session',
        'negative_sentiment',
        'negative_streak',
        'human_request',
        'bot_not_helping',
      ],
      t: 'technical',
      f: ['Los Aromos 1432'],
      p: 'urgent',
      l: 'es',
    },
  },
  {
    id: 'w2-es-cl-pedido-que-lata',
    note: 'mild polite disappointment about a later delivery slot, resolved by the bot',
    ch: 'sms',
    m: [
      ['c', 'que lata, pense que el pedido del super llegaba hoy', '0s'],
      [
        'b',
        'Hola. Por alta demanda tu pedido quedó para mañana entre 9:00 y 13:00. ¿Quieres cambiar el bloque horario?',
      ],
      ['c', 'no, mañana en la mañana igual me sirve. gracias'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-cl-certificado-juicio-pension',
    note: 'a court case is only why the employee needs a salary certificate; the bot explains where to download it',
    ch: 'email',
    m: [
      [
        'c',
        'Estimados:\n\nNecesito el certificado de remuneraciones de todo 2025 porque me lo piden en un juicio de pensión de alimentos. ¿Dónde lo puedo sacar desde el portal del trabajador?\n\nSaludos cordiales,\nPatricio Muñoz',
        '0s',
      ],
      [
        'b',
        'Hola, Patricio. En el portal, entra a Mis documentos > Certificados > Certificado de remuneraciones, elige el período enero-diciembre 2025 y pulsa "Generar PDF". El documento sale con firma electrónica de la empresa, válida para trámites judiciales.',
      ],
      ['c', 'Muchas gracias, ya lo descargué y sale con la firma. Saludos.'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'es',
    },
  },
  {
    id: 'w2-es-cl-cursos-plan-pro-precio',
    note: 'self-serve upgrade: list price and currency of the Pro plan, answered',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hola cuanto sale pasar al plan Pro de los cursos? y se paga en lucas o en dolares?',
        '0s',
      ],
      [
        'b',
        '¡Hola! El plan Pro cuesta $12.990 CLP al mes o $119.900 al año, y se cobra en pesos chilenos. Incluye certificados y todos los cursos de datos.',
      ],
      ['c', 'ya bacán, me paso al anual entonces'],
      ['b', '¡Perfecto! Lo puedes hacer en Mi cuenta > Plan > Cambiar a Pro anual.'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'es',
    },
  },
];
