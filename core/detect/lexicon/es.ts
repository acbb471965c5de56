import type { Lexicon } from './types';

const person =
  '(?:(?:una?|el|la) (?:persona(?: real| de verdad)?|humano|ser humano|agente|asesora?|operadora?|representante|emplead[oa]|encargad[oa]|supervisor|gerente|responsable)|alguien|atencion humana|(?:tu|su) jefe)';

/** Spanish cues (folded: no accents, ñ becomes n). */
export const es: Lexicon = {
  negations: ['no|nunca|jamas|sin|ni|tampoco|ningun|ninguna|ninguno'],
  negationsAfter: ['no (?:es|hace|sera) (?:necesari[oa]|falta)|innecesari[oa]|no hace falta'],
  guards: [
    'recursos humanos|error humano|persona juridica|persona fisica',
    'gestor de (?:contrasenas|tareas|archivos|descargas)',
    '(?:mi|un|una|nuestro) client[ea] (?:de (?:mi|la|nuestra) \\w+ )?(?:me |nos )?(?:ha |han )?(?:abierto|abrio|presentado|presento|iniciado|inicio|hizo|puso|metio) (?:un |una )?(?:contracargo|disputa|reclamacion)',
    '(?:responder|contestar) (?:a )?(?:un |una |el |la )?(?:contracargo|disputa)',
    'horario de atencion|horarios? de (?:soporte|servicio)',
    // A plan given up ("iba a pedir un encargado, pero ya está"): no request is made.
    '(?:iba(?:mos)? a|estaba(?:mos)? (?:a punto de|por)|estuve a punto de|casi) (?:pedir(?:te|le|les)?|llamar(?: a)?|exigir|solicitar|hablar con|escribir a)(?: (?:hablar|que me (?:pasaras|pasaran|pasen|atendiera)) con)? (?:\\S+ ){0,3}?(?:persona|humano|agente|asesora?|operadora?|encargad[oa]|supervisora?|gerente|jef[ea]|responsable|alguien|abogad[oa])',
    // A request a person already answered ("pedí hablar con un asesor y me lo arreglaron").
    '(?:pedi|solicite|quise)(?: (?:hablar|que me (?:pasaran|atendiera|llamara)))?(?: con| a| al)? (?:\\S+ ){0,3}?(?:persona|humano|agente|asesora?|operadora?|encargad[oa]|supervisora?|gerente|jef[ea]|responsable|alguien)(?=[^.!?]{0,60}(?:^|\\s)(?:y|e|que) (?:me |nos )?(?:lo |la |los )?(?:arregl|soluci|resolv|ayud|atend)\\w*)',
    // A role or feature of the product, and the caller's own customers reaching a person.
    '(?:rol|perfil|modo|permisos?|acceso|cuenta|panel|vista|usuario|licencia|funcion) (?:de |del )?(?:supervisora?|gerente|encargad[oa]|administrador|agente|responsable|manager|asesor)',
    '(?:mis|nuestros|nuestras|sus) (?:\\w+ )?(?:clientes|usuarios|visitantes|compradores|socios|alumnos|pacientes|huespedes)[^.?!,;]{0,60}(?:humano|agente|persona|encargado|asesor|operador)',
  ],
  humanRequest: [
    'me (?:atienda|atiendan|llame|llamen|contacte|contacten|escriba) (?:alguien|una persona|un asesor|un agente|un ejecutivo)|(?:alguien|una persona) (?:de ahi|de alla|de ustedes|de su (?:empresa|equipo|oficina))',
    'alguien (?:de|del) (?:su |tu |el |la )?(?:area|equipo|departamento|oficina) (?:comercial|de ventas|de siniestros|de cuentas)|(?:quien|quién) (?:lleva|maneja|atiende|ve) (?:las )?cuentas (?:de empresa|corporativas|empresariales)',
    'carne y hueso',
    '(?:nos gustaria|quisiera|quisieramos|queremos) (?:tener )?una (?:llamada|reunion|conversacion)',
    'hablarlo con (?:alguien|una persona|un humano)',
    '(?:pasas|pasa|pase|pasan|pasais) con (?:alguien|una persona|un agente|un humano|un asesor)',
    'alguien con quien (?:pueda |podamos )?hablar|una persona que (?:me )?(?:pueda )?(?:ayudar|atender)',
    `(?:hablar|comunicarme|conversar|chatear|contactar|ponerme en contacto) (?:con |a )?${person}`,
    `(?:pasame|paseme|pasarme|ponme|pongame|transfiereme|transfierame|comunicame|comuniqueme|conecteme|conectame|(?:comunicar|transferir|derivar|conectar)(?:me|nos)?|comuniquen?|deriven?|derivaran?|transfieran?|transfirieran?|conecten?|poner(?:me|nos)? en contacto) (?:con |a |al )?${person}`,
    '(?:quiero|necesito|exijo|prefiero|me gustaria) (?:un |una |hablar con (?:un |una )?)?(?:humano|persona(?: real| de verdad)?|agente|asesor|operador|representante)',
    'atencion (?:humana|personalizada)|persona (?:real|de verdad|de carne y hueso)',
    '(?:hay|existe) (?:alguien|algun humano|alguna persona)(?: real)?(?: ahi| que (?:me )?(?:pueda|atienda))',
    '^\\W*(?:humano|agente|operador|asesor)(?: por favor| ya)?\\W*$',
    'no (?:quiero )?(?:hablar|seguir hablando) con (?:un |el |una )?(?:bot|robot|maquina)',
    '(?:alguien|una persona|un (?:agente|asesor|humano))(?: de (?:ustedes|ahi|su equipo))? (?:me |nos )?(?:puede|podria|pueden|podrian) (?:llamar|atender|contactar|escribir|ayudar)',
    '(?:puede|podria|pueden|podrian) (?:atender|llamar|contactar|ayudar) (?:alguien|una persona|un (?:agente|asesor|humano))|(?:me|nos) (?:pueden|podrian|podeis) (?:llamar|devolver la llamada)',
    '(?:quiero|prefiero|necesito|pido) (?:que me llamen|que me llame alguien|una llamada|hablarlo por telefono)',
    'con quien (?:tengo que|debo|puedo|podria) hablar|a quien (?:le )?(?:escribo|me dirijo|(?:tengo que|debo|puedo) (?:escribir|llamar|dirigirme))',
  ],
  personTitles: [
    '(?:hablar|comunicarme|pasame|paseme|quiero|necesito|exijo|llamar) (?:con |a |al |ver al )?(?:el |un |una |la |su |tu )?(?:supervisor|supervisora|gerente|jefe|jefa|superior|encargado|encargada|responsable)',
    // Alone, a title asks for that person only at the end of a clause ("¿está el gerente?"); "el gerente de la tienda me pidió…" names a third party.
    '(?:el|la|su|tu|un|una) (?:supervisor|supervisora|gerente|superior)(?=\\s*(?:[?!.,;]|$|por favor|ya|ahora|urgente|inmediatamente))',
  ],
  escalation: [
    'queja|quejarme|reclamacion|reclamo|inaceptable|intolerable|indignante',
    'demanda(?:r|re|remos)?|denuncia(?:r|re)?|hoja de reclamaciones|consumo|oficina del consumidor',
    'vergonzoso|escandaloso|voy a escalar|escalar (?:esto|mi caso)',
  ],
  anger: [
    'verguenza|vergonzoso|indignante|indignad[oa]|hart[oa]s?|estoy (?:re |muy |tan )?(?:caliente|podrid[oa]|furios[oa]|enojad[oa]|molest[oa]|cabread[oa]|indignad[oa])|que (?:verguenza|asco|bronca)|un robo|una estafa|me estan (?:robando|afanando|estafando|tomando el pelo)|es (?:un|una) (?:burla|chiste|robo)|nefast[oa]|pesim[oa]|inaceptable',
    'no (?:sirve|sirven|sirves) (?:para|de) nada|no resuelve(?:s|n)? nada|porqueria|que (?:mal|pesimo|asco de) servicio|un desastre|una tomadura de pelo',
    'inutil(?:es)?|hasta (?:las narices|el gorro|la coronilla)|vaya servicio|menudo servicio|sois unos|(?:por |es )?la (?:segunda|tercera|cuarta|quinta) vez|una pesadilla|desesperad[oa]',
    'harto|harta|furioso|furiosa|enfadad[oa]|enojad[oa]|molest[oa]|indignad[oa]|frustrad[oa]',
    'frustrante|ridiculo|absurdo|pesim[oa]|horrible|terrible|fatal|inutil|estafa|verguenza',
    'una broma|me estas tomando el pelo|perdiendo el tiempo|perdida de tiempo|ya basta|basta ya',
    'por (?:tercera|cuarta|quinta) vez|cuantas veces|no puede ser|increible|mierda|joder|carajo',
    'que asco|no estoy (?:content[oa]|satisfech[oa])|muy decepcionad[oa]|estoy cansad[oa] de',
    'gracias por nada|que (?:gran )?ayuda,? (?:eh|no)|perdiendo la paciencia',
    '(?:es|esto es) el colmo|no hay derecho|manda narices|vaya tela|que cachondeo|hasta la madre|(?:lo|la) (?:tenia|tengo|tenemos) que adivinar|me (?:tienen|tenes|tienes) (?:harto|harta|podrid[oa])|no puede ser posible',
  ],
  notHelping: [
    'eso no es lo que (?:pregunte|pedi|dije|quiero|necesito)|no (?:me )?(?:estas|esta) (?:escuchando|entendiendo|ayudando)',
    'no (?:entiendes|entiende|me entiendes|responde|respondes|contesta|contestas)(?: mi pregunta)?',
    'ya me (?:dijiste|dijo) eso|(?:deja|deje) de repetir|bot inutil|respuesta inutil|no me sirve',
    'misma respuesta|siempre (?:dices|dice) lo mismo|no (?:me )?ayuda(?:s)?(?: en nada)?|vueltas en circulo',
    'ya te lo (?:dije|he dicho|explique|escribi)|te lo acabo de (?:decir|escribir)|(?:eso|esto) no es lo que (?:busco|te pregunto)|no (?:vamos|llegamos) a (?:ningun lado|ninguna parte)|nadie (?:me )?(?:sabe|puede) (?:decir|explicar|dar)(?:me)? nada|nadie sabe nada',
  ],
  botFallback: [
    'no (?:te |le )?(?:he )?(?:entendi|entiendo|comprendi|comprendo)|(?:puedes|podrias|puede|podria) reformular',
    'no estoy segur[oa] de (?:entender|haber entendido)|(?:repetir|repite|repita) (?:tu|su) pregunta',
  ],
  botUnknown: [
    'no (?:estoy seguro|se) (?:de )?(?:que|lo que) (?:significa|quiere decir)|no (?:tengo|dispongo de) mas (?:informacion|detalles)',
    'no (?:tengo|dispongo de|encuentro|encontre) (?:informacion|datos|detalles|una respuesta|nada)',
    'no (?:puedo|soy capaz de) (?:ayudarte|ayudarle|responder) (?:con|a) eso|no conozco (?:ese|este|esa|esta)',
    'no (?:es|parece) un (?:error|codigo|problema) (?:conocido|documentado)',
  ],
  novel: [
    'ya (?:probe|intente|hice) (?:todo|todos los pasos|eso)|ninguno de (?:los pasos|esos pasos|las soluciones)',
    'nunca (?:habia visto|me habia pasado)|solo (?:pasa|ocurre|falla) (?:cuando|con|en|despues)',
    'error (?:codigo )?[a-z]*-?\\d{2,}|la documentacion no (?:dice|explica)',
  ],
  legal: [
    'abogad[oa]s?|accion(?:es)? legal(?:es)?|demanda(?:r|re|remos)?|juicio|tribunal(?:es)?',
    'via judicial|acciones judiciales|denuncia(?:r|re)?|regulador|contrato de (?:encargo|tratamiento)',
  ],
  privacy: [
    'rgpd|lopd|gdpr|proteccion de datos|derecho (?:al olvido|de acceso|de supresion)',
    '(?:borrar|eliminar|suprimir|borren|eliminen) (?:todos )?(?:mis|los) datos(?: personales)?',
    'copia de (?:todos )?mis datos|que datos (?:tienen|guardan) (?:de mi|sobre mi)',
  ],
  refundDispute: [
    'desconoc\\w* (?:el |este |ese )?(?:cargo|cobro|pago|consumo)|(?:reclamar|disputar|reclamo) (?:con|ante|en) (?:el |mi )?(?:banco|tarjeta|emisor)|(?:pedir|solicitar) (?:al banco|a mi banco) (?:que )?',
    '(?:quiero|exijo|prefiero) (?:mi |el )?(?:dinero|reembolso)(?: de vuelta)?,? no (?:un |una )?(?:vale|bono|cupon|credito)|no (?:quiero|me sirve) (?:un |el )?(?:vale|bono|cupon)',
    '(?:voy|vamos|ire|iremos) al banco a (?:reclamar|denunciar|que (?:me )?(?:lo )?(?:anulen|devuelvan|reviertan|cancelen|reembolsen))|(?:el|mi) banco (?:me )?(?:lo )?(?:anule|anula|anulara|devuelva|revierta|reembolse)|(?:anular|revertir|desconocer|impugnar|reclamar|disputar) (?:el |ese |este |los |esos |estos )?(?:cargos?|cobros?|pagos?|compras?|consumos?)(?: de \\S+)? (?:con|ante|en|a|por|desde|via) (?:el |la |mi )?(?:banco|tarjeta|emisor|entidad|visa|mastercard|amex)',
    'contracargo|disputa|(?:me )?(?:han |habeis )?cobrado (?:dos veces|doble|el doble|tres veces)',
    'cobro (?:doble|duplicado|no autorizado|indebido)|cargo (?:doble|duplicado|no autorizado|indebido)',
    'no (?:autorice|he autorizado|pedi|contrate) (?:este|ese|esto|eso)|(?:llamar|hablar|avisar) (?:a|con) mi banco',
    'reembolso (?:denegado|rechazado)|(?:denegaron|rechazaron) (?:el|mi) reembolso|fraude',
    '(?:todavia|aun) no (?:he recibido|tengo|me han devuelto)|(?:quiero|exijo) (?:que me devuelvan )?mi dinero',
  ],
  refund: ['reembolso|devolucion del dinero|devuelvan (?:el|mi) dinero|reintegro'],
  charged: [
    '(?:me|nos) (?:cobraron|cobran|cobro|han cobrado|siguen (?:cobrando|debitando)|debitaron|descontaron)|no (?:acepto|voy a pagar|pago|pienso pagar)|(?:que me devuelvan|devuelvanme|si no me (?:reembolsan|devuelven))|cobro indebido|(?:la|mi) garantia',
  ],
  refundDone: [
    '(?:he|hemos) (?:procesado|emitido|tramitado|realizado) (?:tu|su|el) reembolso',
    'reembolso (?:ha sido|fue|esta) (?:procesado|emitido|tramitado|aprobado)',
  ],
  sales: [
    '(?:[2-9]\\d|\\d{3,}) (?:personas|empleados|colaboradores|unidades|habitaciones|propiedades|inmuebles|departamentos|vehiculos|usuarios|alumnos|invitados|asistentes|participantes)',
    'condiciones (?:especiales|comerciales|para (?:un )?grupo|corporativas)|(?:area|departamento) comercial|(?:esquema|plan|tarifa|precio) (?:por volumen|de grupo|corporativ[oa]|empresarial)|propuesta (?:comercial|personalizada|a medida|integral|para)|convenio (?:empresarial|corporativo)',
    '(?:igualar|mejorar|igualen|mejoren) (?:la |esa |su |el )?(?:oferta|precio|cotizacion)|otra (?:aseguradora|empresa|compania) me (?:ofrece|da|cotizo|cobra)',
    'precio personalizado|presupuesto (?:para|personalizado)|cotizacion|descuento por volumen',
    'cadena de (?:\\d+|varios|varias) \\w+|(?:solucion|plan|propuesta|oferta|paquete|algo|precio|tarifa|condiciones|acuerdo) a (?:nuestra )?medida|(?:para|por) (?:este|ese|semejante|tal|nuestro) volumen|con (?:este|ese|semejante|tal|nuestro) volumen (?:de (?:compras?|pedidos|negocio|usuarios|ventas|licencias)|esperaria|esperamos|queremos|pedimos|merecemos)|(?:precio|oferta|tarifa|condiciones) mejor(?:es)? que',
    '(?:varios|multiples|dos|tres|2|3) anos de contrato|contrato (?:plurianual|de (?:dos|tres|2|3) anos)',
    'negociar|negociacion|\\d{2,} (?:licencias|usuarios|puestos|empleados|tiendas|sedes)',
    'plan (?:enterprise|empresarial|corporativo)|migrar (?:desde|nuestr[oa]s?|todo)',
    'equipo (?:de ventas|comercial)|hablar con ventas|mejor precio|oferta especial|competencia',
  ],
  resolved: [
    '(?:ya )?(?:llego|me llego|lo recibi|recibido|descargad[oa]|lo descargue|lo encontre|encontrado|ahi esta|ya (?:lo )?(?:veo|tengo|aparece|salio|paso|carga|anda|funciona)|se (?:proceso|realizo) el pago|paso el pago|ya quedo)',
    '(?:eso |ya )?(?:funciono|funciona|me sirvio|lo arreglo|resuelto|solucionado)',
    '(?:ya )?me (?:devolvieron|reembolsaron|han devuelto|abonaron|han abonado)|(?:ya )?(?:me )?(?:entro|cayo|llego) (?:el dinero|la plata|el reembolso|la devolucion|el pago)',
    '(?:perfecto|genial|estupendo),? gracias|eso es todo|todo bien|^\\W*(?:gracias|muchas gracias)\\W*$',
  ],
  positive: [
    'gracias|perfecto|genial|estupendo|vale|de acuerdo|entendido|listo|funciona|funciono|excelente|buenisimo|claro|me sirve|todo bien|ok|solucionado|resuelto',
  ],
  contrast: [
    'llevo (?:\\w+ )?(?:minutos|horas|media hora)',
    'pero|todavia|aun|sigue|sin embargo|aunque|lamentablemente',
  ],
  handedOff: [
    '(?:el |la )?(?:agente|asesor|asesora|operador|operadora) (?:\\w+ )?(?:se ha unido|se unio|ha entrado|te atiende)',
    '(?:transferido|transferida|derivado|derivada|asignad[oa]) a (?:un |una )?(?:agente|persona|asesor|especialista)',
  ],
  backToBot: [
    '(?:el agente|la agente) (?:ha salido|salio|cerro)|(?:de vuelta|volvemos) al (?:bot|asistente)',
  ],
  persist: [
    'me (?:dijo|dijeron|prometio|prometieron|aseguro|aseguraron)|segun (?:su|el|la) (?:companer[oa]|asesor[a]?|agente)|no (?:ha llegado|llego) nada',
    '(?:me )?(?:dijo|dijeron|prometio|prometieron)',
    'todavia|sigue|siguen|otra vez|de nuevo|el mismo problema|nunca (?:llego|se arreglo|volvio)|como (?:la semana pasada|antes)',
  ],
  rephrase: [
    'lo repito|reformulo',
    'otra vez|de nuevo|me refiero|ya lo se|ya lo vi|repito|te pregunto|mi pregunta (?:es|era)|si o no',
  ],
  churn: [
    'tod[ao]s? (?:l[ao]s )?(?:nuestr[ao]s) (?:tiendas|sedes|almacenes|sucursales|oficinas|clinicas)',
    'cancelar (?:mi|la|nuestra) (?:suscripcion|cuenta|contrato)|(?:cambiarme|irme|pasarme) a (?:la competencia|otro proveedor)',
    'no (?:voy a|vamos a) renovar|darme de baja',
  ],
  issue: {
    billing: [
      'devolver|devolucion|cambiar de cuenta bancaria',
      'tarjeta (?:acabada|terminada)|importe|cobro|recibo de la luz|factura de',
      'factura|facturacion|cobr\\w*|cargo|pago|pagado|reembolso|recibo|iva|tarjeta|contracargo|dinero',
    ],
    sales: [
      'pasarme de (?:la )?tarifa|cambiar de (?:plan|tarifa)|tarifa|prueba gratuita|mejorar (?:el|mi) plan',
      'precio|presupuesto|cotizacion|descuento|renovacion|renovar|contrato|licencias|plan|ventas|comprar|competencia',
    ],
    technical: [
      'garantia',
      'tecnico|modem|router|internet|wifi|conexion|pantalla|bateria|cargador|no enciende|no carga|pierde agua|fuga|lavadora|actualizacion|aplicacion|app',
      'error|fallo|falla|bug|se cuelga|api|integracion|webhook|no funciona|no carga|caido|servidor|instal\\w*|aplicacion|dispositivo|sincroniz\\w*',
    ],
    support: [
      'cuenta|contrasena|envio|entrega|pedido|paquete|seguimiento|direccion|como (?:puedo|hago)|datos|privacidad',
    ],
  },
  issueStrong: {
    billing: ['factura|cobro|cobrado|reembolso|cargo'],
    sales: ['precio|tarifa|presupuesto|descuento|renovacion|plan (?:pro|basico)'],
    technical: [
      'error|no funciona|no se conecta|no conecta|nodo|router|actualizad[ao]|version|app|aplicacion|luz',
    ],
    support: ['cuenta|contrasena|envio|direccion|tienda|horario'],
  },
  issueNeed: {
    billing: [
      'por ?que (?:tengo que|debo|me toca) pagar|por ?que me (?:cobran|cobraron)|(?:devolver|devuelvan|devuelven|devolucion de) (?:la |mi )?(?:garantia|fianza)|retencion en (?:mi )?tarjeta|preautoriz\\w*',
      'pago (?:no (?:pasa|se procesa|se realiza)|rechazado|fallido|fallo)|tarjeta (?:rechazada|declinada)|no (?:me deja|puedo) pagar',
      'certificado (?:de retenciones|fiscal|de pagos)|nomina|recibo de sueldo|comprobante de pago|constancia de pago|factura (?:con|a nombre)',
      'recarg\\w*|saldo|no (?:se )?(?:me )?(?:ha |han )?(?:acreditado|abonado|reflejado)|garantia de \\$|devolucion de (?:la )?(?:garantia|fianza|deposito)|fianza|deposito',
      'domiciliacion|cuota (?:mensual|anual)? ?(?:subio|ha subido|aumento)|multa|recargo|reembols\\w*|reintegro|indemnizacion|no (?:voy a )?pag(?:o|ar)|cobrad[oa] (?:dos|de mas)',
    ],
    sales: [
      '(?:me )?pas(?:o|arme|ar) (?:de|a) (?:la |el )?(?:cuota|tarifa|plan|suscripcion|abono) (?:mensual|anual|trimestral)',
      'cuanto (?:cuesta|cuestan|sale|salen|vale|valen|cobran|es|seria|costaria|me sale)|que precio|el precio de|(?:es|sale) mas barat[oa]|hay (?:algun )?(?:descuento|promo\\w*|combo)',
      '(?:cancelar|anular|dar de baja|darme de baja) (?:mi |la |el )?(?:membresia|suscripcion|matricula|plan|contrato|linea|cuenta|servicio|poliza|abono)|darme de baja|dar de baja|pasarme (?:de|a) (?:la )?(?:cuota|tarifa|plan)|(?:agregar|anadir|sumar) (?:otra |una )?linea|mejorar mi plan|cambiar(?:me)? (?:a|de) (?:plan|tarifa)',
      'propuesta|presupuesto|cotizacion|tarifa (?:de|para) grupo|para (?:unas |unos )?\\d{2,} (?:personas|empleados|usuarios|alumnos|invitados)|contratar|suscribirme|(?:comprar|compro) \\d+',
    ],
    technical: [
      '(?:exportacion|importacion|descarga|subida|sincronizacion) (?:\\S+ ){0,3}(?:falla|fallo|se corta|se cae)|se (?:cuelga|traba|cierra sola)',
      'sin (?:sonido|audio|imagen)|no (?:hay|tiene) (?:sonido|imagen|audio)',
      'algo salio mal|(?:no )?(?:me )?(?:aparece|muestra|sale) (?:nada|vacio|en blanco|0|cero)|sin datos|no (?:carga|actualiza|sincroniza|conecta|arranca|enciende|abre|anda)|no funciona|dejo de funcionar',
      'sin (?:luz|agua|gas|internet|senal|conexion|servicio|calefaccion)|se (?:cayo|corto) (?:el |la )?(?:internet|luz|servicio|sistema|app)|(?:caida|corte) (?:de|del) (?:servicio|luz|agua|internet)|no disponible',
      'caldera|calentador|termostato|control(?:ador)?|mando|consola|sensor|bluetooth',
    ],
    support: [
      'verificar (?:mi )?(?:identidad|cuenta|documento)|verificacion|(?:cuenta|tarjeta) (?:esta |fue )?(?:bloqueada|suspendida|congelada)|bloquearon|no (?:puedo )?(?:entrar|acceder|iniciar sesion)|restablecer (?:la )?contrasena',
      'alergi\\w*|(?:agregar|anadir|incluir) a mi (?:hij[oa]|bebe|espos[oa]|pareja)|cambio de titular|descargar (?:el |mi )?(?:contrato|certificado|documento)|(?:el |mi )?contrato (?:de alquiler|firmado)',
    ],
  },
};
