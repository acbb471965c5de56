import type { Lexicon } from './types';

const person =
  '(?:(?:einem |einer |einen |eine |jemandem |ihrem |ihren |einem echten |einer echten |einen echten )?(?:menschen|mensch|mitarbeiter(?:in)?|kundenberater(?:in)?|berater(?:in)?|person|agenten|kundendienst|kundenservice|sachbearbeiter(?:in)?|support-mitarbeiter(?:in)?|jemand(?:em)?|kollegen|ansprechpartner(?:in)?))';

/** German cues (folded: umlauts lose their dots, ß stays). */
export const de: Lexicon = {
  negations: ['nicht|nich|kein|keine|keinen|keinem|keiner|nie|niemals|ohne|weder|nichts'],
  negationsAfter: ['nicht (?:notig|notwendig|erforderlich)|unnotig'],
  irrealis: [
    '(?:hatte|ware|hatten|waren) (?:ich |wir )?(?:\\w+ )?(?:fast|beinahe)[^§]*§|(?:fast|beinahe) (?:hatte|ware|hatten|waren)?[^§]{0,30}§',
    '(?:war|waren) (?:schon |echt |ganz )?(?:kurz davor|drauf und dran|nahe dran|knapp davor)[^§]*§',
    '(?:wenn|falls) (?:sie|du|ihr|es|das|der \\w+|die \\w+|das \\w+|ihr \\w+|euer \\w+|dein \\w+) [^§]{0,30}§[^§]{0,30}(?:waren|ware|warst|wart|hatte|hatten)(?![\\w])',
    'hatte ich [^§]{0,30}§[^§]{0,30}(?:gesprochen|gefragt|verlangt|angerufen)',
  ],
  givenUp: ['(?:wollte|wollten|hatte vor|hatten vor|wollt) [^§]{0,40}§'],
  guards: [
    'manager pro|(?:passwort|datei|download|aufgaben|paket)-?manager|personalabteilung|human resources',
    'menschliche[rn]? (?:fehler|versagen)|beschwerde(?:formular|seite|verfahren)',
    '(?:mein|meine|ein|eine|unser|unsere) kund(?:e|in) (?:hat |(?:aus|von) (?:meinem|unserem) \\w+ hat )?(?:eine[n]? |mir eine[n]? |uns eine[n]? )?(?:ruckbuchung|chargeback|streitfall)',
    '(?:auf|zu) (?:eine[n]? |die |den )?(?:ruckbuchung|chargeback|streitfall) (?:reagieren|antworten)',
    'offnungszeiten|erreichbarkeit des supports',
  ],
  humanRequest: [
    'wer (?:ist )?(?:bei (?:ihnen|euch) )?(?:fur|zustandig fur) (?:firmenkunden|geschaftskunden|unternehmen|grosskunden|firmen)|(?:ein|einen|eine) (?:ansprechpartner|ansprechpartnerin|ansprechperson) (?:fur|bei)',
    '(?:kann|konnte|konnten|wurde) (?:mich|uns) (?:\\w+ ){0,2}(?:jemand|ein mitarbeiter|eine mitarbeiterin|ein berater|eine beraterin|ein kollege|eine kollegin|ein mensch)(?: \\w+){0,3} (?:anrufen|zuruckrufen|kontaktieren|melden)|(?:mit|an) jemandem (?:von|bei|aus) (?:ihnen|euch|ihrem|eurem|dem|der)',
    '(?:will|mochte|brauche|verlange) ich (?:jetzt |bitte |sofort |endlich )?(?:einen|eine|einem|mit einem|mit einer|mit jemandem)(?: echten| echte)? (?:menschen|mensch|mitarbeiter(?:in)?|berater(?:in)?|person|ansprechpartner(?:in)?|sprechen|reden)',
    '(?:gibt es|ist da|hatten sie|habt ihr|haben sie) (?:\\w+ ){0,3}(?:jemand(?:en)?|einen menschen|einen mitarbeiter|eine mitarbeiterin|eine person|einen techniker|einen kollegen)(?: \\w+){0,4},? (?:der|die) (?:(?:sich|mir|mich|uns) (?:\\w+ ){0,3}(?:anschauen|ansehen|helfen|kummern|melden|anrufen|zuruckrufen|erklaren|weiterhelfen|annehmen)|(?:das|es) (?:\\w+ ){0,2}(?:prufen|anschauen|ansehen|checken|klaren|nachsehen|bearbeiten|beheben))|(?:kann|konnte) (?:das|sich das|mir|uns) (?:\\w+ ){0,3}jemand (?:\\w+ ){0,3}(?:prufen|anschauen|ansehen|checken|helfen|klaren|nachsehen|kummern|angucken)',
    'zuruckrufen|zuruckgerufen werden|(?:ruft|ruf|rufen) mich (?:\\w+ )?(?:jemand )?(?:zuruck|an)',
    '(?:sie|du|ihr) mich (?:bitte |mal |vielleicht )?(?:mit|an|zu) (?:einem|einer|einen|eine|ihrem|ihren|ihre|jemand\\w*|dem|den|der) (?:\\w+ )?(?:verbinden|weiterleiten|durchstellen|ubergeben|weitergeben)|(?:weiterleiten|durchstellen|weiterverbinden) (?:an|zu|mit) (?:einem|einen|einer|eine|jemand)',
    '(?:mit|an) jemandem (?:personlich|direkt)|personlich (?:sprechen|besprechen)|(?:mit jemandem|mit einem menschen|mit einer person|mit einem mitarbeiter) (?:\\w+ ){0,3}(?:besprechen|klaren|durchgehen)',
    'fleisch und blut',
    '(?:hatten|mochten|wunschen) (?:wir|ich) (?:gern(?:e)? )?ein (?:personliches )?(?:gesprach|telefonat)|bitten (?:wir )?um ein (?:gesprach|telefonat|ruckruf)',
    'jemand(?:en)?,? mit dem (?:ich|wir) (?:sprechen|reden) (?:kann|konnen)',
    `(?:mit|an) ${person} (?:sprechen|reden|chatten|verbunden|verbinden|telefonieren)`,
    `(?:sprechen|reden|chatten) (?:mit )?${person}`,
    `(?:verbinden|leiten) sie mich (?:bitte )?(?:mit|an|zu|weiter)|(?:verbinde|leite) mich (?:bitte )?(?:mit|an|zu|weiter)`,
    '(?:ich )?(?:will|mochte|brauche|verlange|hatte gern|hatte gerne) (?:bitte )?(?:einen|eine|einem) (?:echten |echte |menschlichen )?(?:menschen|mensch|mitarbeiter(?:in)?|berater(?:in)?|person|ansprechpartner(?:in)?|agenten)',
    '(?:echte|richtige)[nmr]? (?:mensch(?:en)?|person|mitarbeiter(?:in)?)|menschliche[nr]? (?:ansprechpartner|hilfe|mitarbeiter|kontakt)',
    '(?:gibt es|ist da) (?:hier )?(?:einen menschen|jemanden|eine echte person|einen mitarbeiter)',
    '(?:ruckruf|rufen sie mich (?:bitte )?(?:zuruck|an))',
    '^\\W*(?:mensch|mitarbeiter|berater)(?: bitte| jetzt)?\\W*$',
    'nicht (?:mehr )?mit (?:einem |dem )?(?:bot|roboter|computer|chatbot) (?:sprechen|reden|schreiben)',
  ],
  personTitles: [
    '(?:mit|an|zu) (?:ihrem |einem |dem |ihren |einen |den )?(?:vorgesetzten|manager|chef|teamleiter|supervisor|geschaftsfuhrer|leiter)',
    '(?:ihr(?:en)?|einen|den) (?:vorgesetzten|chef|manager|teamleiter)',
  ],
  escalation: [
    'beschwerde|beschweren|reklamation|inakzeptabel|unakzeptabel|unannehmbar|unverschamt|frechheit',
    'klage|verklagen|rechtliche schritte|anwalt|verbraucherzentrale|schlichtungsstelle|skandal',
  ],
  anger: [
    'frech|frechheit|unverschamt\\w*|das allerletzte|stinksauer|wutend|emport|ihr seid (?:echt |doch |wirklich )?(?:unglaublich|unfahig|das letzte)|skandal\\w*|ein witz|das darf (?:doch )?nicht wahr sein|ich fasse es nicht|(?:ich bin|bin) (?:so |echt |grad so )?(?:sauer|wutend|genervt|fertig)',
    'witz|(?:stink|total|echt |richtig )?sauer|nie wieder|na super|ganz toll|herzlichen gluckwunsch|gluckwunsch zu',
    'albtraum|verzweifelt|(?:zum )?(?:zweiten|dritten|vierten) mal',
    'wutend|sauer|verargert|genervt|frustriert|frustrierend|lacherlich|unglaublich|katastrophe|katastrophal',
    'furchtbar|schrecklich|nutzlos|sinnlos|betrug|abzocke|zumutung|das reicht|es reicht|mir reicht',
    'zum (?:dritten|vierten|funften) mal|wie oft (?:noch|denn)|verarsch\\w*|scheiße|scheisse|mist|verdammt',
    'nicht zufrieden|sehr enttauscht|zeitverschwendung|die nase voll|geduld (?:ist )?am ende',
    'danke fur nichts|super,? ganz toll|na toll',
    "ernsthaft\\?|im ernst\\?|nervt|nervig|nervtotend|saftladen|unfassbar|(?:ich )?dreh(?:e)? (?:\\w+ )?durch|kotzt mich an|zum kotzen|zum verzweifeln|echt jetzt|(?:bloder|dummer|nutzloser) bot|geht'?s noch|so ein (?:quatsch|mist|schwachsinn|blodsinn)|quatsch|schwachsinn|blodsinn|unmoglich",
  ],
  notHelping: [
    'das (?:ist|war) nicht,? (?:das,? )?was ich (?:gefragt|gemeint|wollte|gesagt)|sie (?:verstehen|horen) (?:mich )?nicht',
    '(?:du verstehst|der bot versteht|sie verstehen) (?:mich |das )?nicht|beantwortet meine frage nicht',
    '(?:der |dieser |ihr |euer )?(?:bot|chatbot|assistent) (?:versteht|kapiert|checkt|liest|begreift) (?:\\w+ ){0,2}(?:nicht|nichts|nix)|(?:versteht|kapiert|checkt) (?:\\w+ )?(?:nix|gar nichts|null)|lesen sie (?:uberhaupt|eigentlich) (?:was|mal)',
    'das hilft (?:mir )?nicht|hilft (?:mir )?(?:nicht|nichts|kein stuck)|immer (?:die gleiche|dieselbe) antwort',
    'das haben sie (?:schon|bereits) gesagt|horen sie auf (?:zu wiederholen|das zu wiederholen)|nutzloser bot',
  ],
  botFallback: [
    '(?:ich habe|habe ich) (?:sie|dich|das) (?:leider )?nicht verstanden|nicht (?:ganz )?verstanden',
    '(?:konnen|konntest|kannst) (?:sie|du) (?:das )?(?:bitte )?(?:umformulieren|anders formulieren|wiederholen)',
  ],
  botUnknown: [
    '(?:habe ich|ich habe|haben wir|wir haben) (?:dazu |hierzu )?(?:leider )?keine (?:weiteren |naheren |genaueren )?(?:informationen|angaben|details)|(?:weiss|kenne) ich (?:leider )?nicht,? was (?:dieser|der|das) (?:fehler|code)',
    '(?:ich habe|dazu habe ich|wir haben) (?:leider )?keine (?:informationen|angaben|antwort|daten)',
    '(?:ich kann|kann ich) (?:leider )?(?:dazu |damit |dabei )?(?:nicht|nichts) (?:helfen|finden|sagen)',
    '(?:kein|nicht als) bekannte[rn]? (?:fehler|code|problem)|kenne ich (?:leider )?nicht',
  ],
  novel: [
    '(?:alles|alle schritte|das alles) (?:schon |bereits )?(?:versucht|probiert|gemacht)|keine(?:r)? der (?:schritte|tipps|losungen)',
    '(?:noch nie|nie zuvor) (?:gesehen|passiert)|passiert nur (?:wenn|bei|nach|mit)',
    'fehler(?:code)? [a-z]*-?\\d{2,}|in der (?:doku|dokumentation|hilfe) steht nichts',
  ],
  legal: [
    'anwalt|anwaltin|anwalte|rechtsanwalt|rechtliche schritte|klage|verklagen|gericht|abmahnung',
    'bundesnetzagentur|bafin|schlichtungsstelle|schlichtungsverfahren|verbraucherzentrale|ombudsmann|ombudsstelle|(?:landes)?datenschutzbeauftragte\\w*|versicherungsombudsmann',
    'aufsichtsbehorde|datenschutzbehorde|auftragsverarbeitungsvertrag|\\bavv\\b|vertragsanderung',
  ],
  privacy: [
    'dsgvo|datenschutz|gdpr|recht auf (?:vergessenwerden|loschung|auskunft)|auskunftsersuchen',
    '(?:meine|alle meine|unsere) (?:personlichen |personenbezogenen )?daten (?:loschen|entfernen|herausgeben)',
    '(?:loschen|entfernen) sie (?:bitte )?(?:alle )?meine daten|kopie (?:aller |meiner )?(?:meiner )?daten',
    'welche daten (?:haben|speichern) sie',
  ],
  refundDispute: [
    '(?:bank|kreditkarten\\w*|kartenfirma|karteninstitut) (?:soll |lasse |lass )?(?:das )?(?:zuruckbuchen|zuruckholen|ruckbuchen|stornieren)|zuruckbuchen lassen|ruckbuchung (?:veranlassen|beantragen)|lastschrift zuruck\\w*|widerspruch bei (?:meiner|der) bank',
    '(?:will|mochte|brauche) (?:mein )?geld(?: zuruck)?,? (?:und )?(?:keinen|kein) (?:gutschein|guthaben)|(?:keinen|kein) gutschein',
    'ruckbuchung|chargeback|zahlung (?:zuruckbuchen|anfechten)|lastschrift (?:zuruckgeben|zuruckgehen|widerrufen)',
    '(?:doppelt|zweimal|zwei mal|dreimal) (?:abgebucht|belastet|berechnet|bezahlt)|doppelte (?:abbuchung|belastung|zahlung)',
    'nicht (?:autorisiert|genehmigt|bestellt)e?[rn]? (?:abbuchung|zahlung|belastung)?|unberechtigte (?:abbuchung|belastung)',
    '(?:meine|die) bank (?:einschalten|kontaktieren|anrufen)|erstattung (?:abgelehnt|verweigert)|betrug',
    '(?:uber|bei|via) (?:meine[rn]?|die|der) (?:bank|kreditkarten\\w*|kartenfirma|kartenanbieter|sparkasse|hausbank|paypal) (?:\\w+ ){0,2}(?:zuruck\\w*|ruckbuchen|reklamieren|einfordern)|(?:gehe|gehen|wende mich|wenden uns|melde mich) (?:\\w+ ){0,2}(?:zu|an) (?:meine[rn]?|die|der) (?:bank|kreditkarten\\w*|kartenfirma|kartenanbieter|sparkasse|hausbank)|(?:an|zu) (?:meine[rn]?|die|der) (?:bank|kreditkarten\\w*|kartenfirma|kartenanbieter|sparkasse|hausbank) (?:wenden|gehen)',
    '(?:immer )?noch (?:keine|nicht meine) (?:erstattung|ruckerstattung|geld)|(?:will|mochte) mein geld zuruck',
  ],
  refund: ['ru(?:e)?ckerstattung|erstattung|geld zuruck|zuruckerstatten|gutschrift'],
  charged: [
    '(?:ihr habt|sie haben) (?:mir )?(?:\\w+ )?(?:abgebucht|berechnet|belastet)|(?:zahl|zahle|bezahl|bezahle) (?:ich )?(?:dafur |das |die \\S+ )?(?:auch )?(?:keinen cent|nicht)|(?:sollen|soll) (?:komplett |ganz )?weg|nacherhebung|(?:akzeptiere|bezahle) (?:ich )?(?:das|diese[n]?) (?:nicht|keine)',
  ],
  refundDone: [
    '(?:ich habe|wir haben) (?:die |ihre )?(?:ruck)?erstattung (?:veranlasst|ausgelost|bearbeitet|angewiesen)',
    '(?:ruck)?erstattung (?:wurde|ist) (?:veranlasst|ausgelost|bearbeitet|angewiesen|genehmigt)',
  ],
  sales: [
    '(?:[2-9]\\d|\\d{3,}) (?:personen|mitarbeitende\\w*|mitarbeiter\\w*|leute|einheiten|wohnungen|zimmer|fahrzeuge|gaste|teilnehmende\\w*|teilnehmer\\w*|einzelabos|kolleg\\w*)',
    'firmen(?:losung|kunden|abo|angebot|tarif|rabatt|konditionen|fitness|programm)\\w*|kostenbeteiligung|gruppen(?:angebot|tarif|rabatt|preis)|gesamtangebot|angebot (?:fur|uber) (?:das ganze|unser unternehmen|unsere firma|die ganze)',
    'angebot (?:der konkurrenz|von (?:einem )?(?:anderen|mitbewerber))|(?:beim preis )?(?:mitgehen|entgegenkommen)|gunstigeres angebot',
    'individuelle[sn]? (?:angebot|preis|preise|konditionen|vertrag)|angebot fur|mengenrabatt|staffelpreis',
    'mehrjahr\\w*|(?:zwei|drei|2|3)-?jahres?vertrag|verhandeln|verhandlung|\\d{2,} (?:lizenzen|nutzer|arbeitsplatze|mitarbeiter|filialen|standorte)',
    'enterprise[- ]?(?:plan|tarif|vertrag|funktionen|lizenz)|migration (?:von|unserer|aller)|migrieren',
    'vertrieb|sales-team|einkauf|rahmenvertrag|besseren preis|sonderkonditionen|wettbewerber|konkurrenz',
  ],
  resolved: [
    '(?:ist |sind |hat )?(?:angekommen|eingetroffen|durchgegangen|heruntergeladen|runtergeladen|gefunden)|(?:geht|lauft|klappt|funktioniert) (?:jetzt|wieder|nun)|(?:ist|sind) (?:jetzt )?da|leuchtet (?:jetzt )?(?:grun|durchgehend)',
    '(?:das |es )?(?:hat (?:funktioniert|geklappt|geholfen)|funktioniert jetzt|klappt jetzt)|problem (?:gelost|behoben)',
    "(?:hat sich|ist|alles) (?:\\w+ )?erledigt|(?:geht|lauft|klappt|passt)(?:'?s| es)? (?:jetzt|wieder|nun)|jetzt (?:geht|lauft|klappt|passt)(?:'?s| es)?|(?:ist|ging) (?:\\w+ )?durch(?:gegangen)?|hab (?:ihn|sie|es)|alles (?:gut|bestens|wieder gut) jetzt",
    '(?:perfekt|super|prima|toll),? danke|das wars|das war(?:s| es| alles)|^\\W*(?:danke|vielen dank)(?: schon)?\\W*$',
  ],
  positive: [
    'danke|perfekt|super|prima|toll|klasse|alles klar|verstanden|passt|funktioniert|klappt|geklappt|wunderbar|okay|ok|erledigt|gelost',
  ],
  contrast: [
    'ich warte (?:schon )?seit|seit (?:einer|einer halben|\\d+) (?:stunde|minuten)',
    'aber|noch|trotzdem|jedoch|leider|allerdings',
  ],
  handedOff: [
    '(?:mitarbeiter(?:in)?|berater(?:in)?|agent(?:in)?) (?:\\w+ )?(?:ist dem chat beigetreten|hat (?:den chat )?ubernommen)',
    '(?:weitergeleitet|ubergeben|verbunden) (?:an|mit) (?:einen|einem|eine|einer) (?:mitarbeiter|menschen|berater|kollegen)',
  ],
  backToBot: [
    '(?:mitarbeiter(?:in)?|berater(?:in)?) hat den chat verlassen|zuruck (?:zum|an den) (?:bot|assistenten)',
  ],
  persist: [
    '(?:der|die|er|sie|ihr kollege|ihre kollegin|man) (?:meinte|sagte|hat gesagt|versprach|hat versprochen)|laut (?:ihrem|ihrer|dem|der) (?:kollege\\w*|kollegin|mitarbeiter\\w*)|da ist (?:aber )?(?:nichts|nix)',
    '(?:hat |hatte )?(?:gesagt|versprochen)|sagte|hiess es',
    'immer noch|noch immer|wieder|erneut|dasselbe problem|gleiche problem|nie (?:angekommen|behoben)|wie (?:letzte woche|gestern|vorher)',
  ],
  rephrase: [
    'anders gefragt|ich formuliere',
    'nochmal|noch einmal|ich meine|ich sagte|ich fragte|ich weiß|ich weiss|meine frage (?:ist|war)|ja oder nein',
  ],
  churn: [
    'alle (?:unsere[rn]? )?(?:\\d+ )?(?:filialen|standorte|lager|werke|niederlassungen|praxen)',
    '(?:abo|vertrag|konto|abonnement) (?:kundigen|beenden)|kundigen|(?:zur|zu einem) (?:konkurrenz|anderen anbieter) wechseln',
    'nicht (?:mehr )?verlangern',
  ],
  issue: {
    billing: [
      'bank gewechselt|von diesem konto|abbuchen|bucht|rucksendung|zurucksenden|umtausch',
      'betrag|abrechnung|jahresabrechnung|karte (?:endet|lauft ab)|auszahlung',
      'rechnung|abbuch\\w*|abgebucht|belast\\w*|zahlung|bezahl\\w*|erstattung|ruckerstattung|ruckbuchung|quittung|mwst|kreditkarte|lastschrift|geld|gebuhr|auszahlung',
    ],
    sales: [
      'tarifwechsel|tarif wechseln|upgrade|downgrade|testphase|probezeit',
      'preis|preise|angebot|rabatt|verlanger\\w*|vertrag|lizenzen|tarif|vertrieb|kaufen|upgrade|kundigen|konkurrenz',
    ],
    technical: [
      'garantie|gewahrleistung|akkuschrauber|saugroboter|gerat',
      'techniker|router|modem|internet|wlan|verbindung|display|bildschirm|akku|ladegerat|undicht|geht nicht an|startet nicht|update|app|termin des technikers',
      'fehler|bug|absturz|sturzt ab|api|integration|webhook|funktioniert nicht|geht nicht|ausfall|server|installation|installieren|app|gerat|synchronis\\w*|laden',
    ],
    support: [
      'konto|passwort|versand|lieferung|bestellung|paket|sendung|adresse|wie kann ich|daten|datenschutz',
    ],
  },
  issueStrong: {
    billing: ['rechnung|abgebucht|abbuchung|erstattung|lastschrift|iban'],
    sales: ['preis|angebot|rabatt|tarif|kundig\\w*'],
    technical: ['fehler|funktioniert nicht|app|gerat|update|wlan|router|akku|garantie'],
    support: ['konto|passwort|lieferung|paket|adresse|umzug'],
  },
  issueNeed: {
    billing: [
      'warum (?:muss|soll) ich (?:\\S+ ){0,4}(?:zahlen|bezahlen)|vorautoris\\w*|auf meiner karte (?:blockiert|reserviert|gesperrt)',
      'zahlung (?:ist )?(?:fehlgeschlagen|abgelehnt|geht nicht durch|klappt nicht)|karte (?:wurde )?abgelehnt|kann nicht (?:be)?zahlen',
      'steuerbescheinigung|lohnsteuer\\w*|gehaltsabrechnung|lohnabrechnung|lohnzettel|zahlungsnachweis|zahlungsbestatigung',
      'aufgeladen|aufladung|aufladen|guthaben|nicht gutgeschrieben|gutschrift|kaution|pfand',
      'abschlag\\w*|rate(?:nzahlung)?|beitrag (?:wurde|ist|gestiegen)|(?:nach|fahrpreisnach)erhebung|bussgeld|strafe|mahngebuhr|entschadigung|minderung|entgelt\\w*|erstatt\\w*|zahl(?:e)? (?:ich )?(?:dafur )?(?:keinen cent|nicht)',
    ],
    sales: [
      'was (?:kostet|kosten)|wie\\s?viel (?:kostet|kosten|zahle|zahlt)|wie teuer|(?:ist|wird) (?:das|es) (?:billiger|gunstiger)|gibt es (?:einen |ein )?(?:rabatt|angebot|aktion)',
      'kundig\\w*|(?:vertrag|abo|mitgliedschaft|tarif) (?:beenden|auflosen|kundigen|wechseln)|(?:abo|tarif|vertrag) (?:upgraden|downgraden)|(?:wechseln|umsteigen) (?:auf|in) (?:den|das|die) \\w+',
      'firmen(?:abo|kunden|angebot|losung|tarif)\\w*|gruppen(?:angebot|tarif|preis)|(?:fur|mit) (?:rund |etwa |ca\\.? |ungefahr )?\\d{2,} (?:personen|mitarbeitende|mitarbeiter\\w*|leute|gaste|teilnehmer\\w*|nutzer)|angebot (?:fur|machen|erstellen)|(?:hol|kauf|buch)(?:e)? ich mir|abonnieren|jahresabo',
    ],
    technical: [
      'bricht (?:\\S+ ){0,2}ab|abgebrochen|sturzt ab|hangt sich auf|(?:export|import|upload|download|speichern) (?:\\S+ ){0,4}(?:schlagt fehl|fehlgeschlagen|geht nicht)',
      'kein (?:ton|bild|sound)|ohne (?:ton|bild)',
      '(?:etwas|da) ist schief\\s?gelaufen|keine daten|zeigt (?:nichts|nix|keine|0|null)|(?:ist|bleibt) leer|(?:ladt|lad|startet|verbindet|synchronisiert|aktualisiert) (?:sich )?nicht|funktioniert nicht|geht nicht|geht nix',
      '(?:kein|ohne) (?:strom|wasser|internet|netz|wlan|empfang|gas|heizung|warmwasser)|(?:internet|netz|strom|wlan|portal|app|seite) (?:ist )?(?:weg|ausgefallen|down|gestort|nicht erreichbar)|storung|ausfall|nicht verfugbar',
      'heizung|therme|kessel|thermostat|controller|konsole|sensor|bluetooth',
    ],
    support: [
      '(?:konto|karte|zugang) (?:ist |wurde )?(?:gesperrt|blockiert|eingefroren)|gesperrt|(?:kann mich nicht|komme nicht) (?:ein|an)logg\\w*|passwort zurucksetzen|verifizier\\w*|identitat\\w*',
      'allergi\\w*|(?:mitversichern|hinzufugen|eintragen) (?:meine|meinen|mein)|(?:ummelden|umschreiben) auf|vertrag herunterladen|unterschriebenen vertrag',
    ],
  },
};
