import type { Lexicon } from './types';

const person =
  '(?:een |een echte |iemand|een van jullie |uw |jullie |de )?(?:mens|medewerker|medewerkster|persoon|iemand|mensen|agent|klantenservice|klantenservicemedewerker|adviseur|operator)';

/** Dutch cues (folded: no accents). */
export const nl: Lexicon = {
  negations: ['niet|geen|nooit|zonder|noch|niets'],
  negationsAfter: ['(?:is |zijn )?niet (?:nodig|noodzakelijk)|onnodig'],
  irrealis: [
    '(?:had|hadden) (?:ik |we )?(?:\\w+ )?bijna[^§]*§|bijna[^§]{0,30}§',
    '(?:stond|stonden) (?:\\w+ )?op het punt[^§]*§',
    'als (?:ik|je|u|jullie|het|de \\w+|jouw \\w+|uw \\w+|jullie \\w+) [^§]{0,30}§[^§]{0,30}(?:had|hadden|was|waren)(?![\\w])',
  ],
  givenUp: ['(?:wilde|wou|wilden|was van plan|ging) [^§]{0,40}§'],
  guards: [
    'human resources|personeelszaken|menselijke fout|manager pro|wachtwoordmanager|wachtwoord manager',
    'klachtenformulier|klachtenprocedure',
    '(?:mijn|een|onze) klant (?:heeft )?(?:een )?(?:chargeback|terugboeking|geschil) (?:ingediend|gestart|geopend|aangevraagd)|(?:mijn|een|onze) klant heeft (?:een )?(?:chargeback|terugboeking)',
    '(?:reageren|antwoorden) op (?:een |de |dit )?(?:chargeback|terugboeking|geschil)',
    'openingstijden',
  ],
  humanRequest: [
    'iemand (?:van|bij) (?:de |het |jullie )?\\w+ (?:aan de lijn|aan de telefoon|spreken|te spreken)|iemand aan de (?:lijn|telefoon)|(?:kan|mag) ik iemand (?:van|bij|spreken|aan)',
    'met iemand (?:spreken|praten|bellen|van jullie)|wie (?:gaat (?:er )?over|is (?:er )?verantwoordelijk voor) (?:zakelijke|bedrijfs)\\w*|(?:een|de) (?:assistente|assistent|doktersassistente|adviseur|schadebehandelaar|accountmanager) (?:aan de lijn|spreken|bellen)',
    'vlees en bloed',
    '(?:we|ik) (?:willen|wil|zouden|zou) graag een (?:gesprek|afspraak|belafspraak)',
    'iemand (?:die|met wie) ik (?:kan|zou kunnen) spreken|een echte (?:monteur|mens|persoon|medewerker|specialist|adviseur)',
    `(?:spreken|praten|chatten|bellen|contact) (?:met|tegen) ${person}`,
    `${person} (?:spreken|aan de lijn|aan de telefoon)`,
    '(?:verbind|verbindt) (?:me|mij) (?:door|met)|doorverbinden|doorverbonden (?:worden|met)',
    '(?:ik )?(?:wil|zou graag|wil graag|eis|moet) (?:een |met een )?(?:echte )?(?:mens|medewerker|persoon|adviseur)',
    'een echt(?:e)? (?:mens|persoon|medewerker)|menselijke (?:hulp|medewerker|contact)',
    '(?:is er|zit er) (?:ook )?(?:een mens|iemand|een medewerker|een echt persoon)',
    '(?:mens|medewerker|persoon|iemand|adviseur) (?:kan|kon|mag|zou kunnen) spreken',
    'is er (?:\\w+ ){0,3}iemand (?:\\w+ ){0,2}die (?:\\w+ ){0,3}(?:kan|wil|kon) (?:\\w+ )?(?:kijken|helpen|bellen|checken|nakijken|oplossen|uitzoeken)|kan (?:er )?(?:iemand|een medewerker|een monteur|een collega) (?:\\w+ ){0,3}(?:naar )?(?:kijken|bellen|helpen|checken|nakijken|oplossen)',
    '(?:bel|belt) (?:me|mij) (?:terug|op)|terugbelverzoek|terugbellen|teruggebeld',
    '(?:kunnen|kan|kunt|wil|wilt|willen) (?:jullie|u|je|iemand) (?:mij|me|ons) (?:\\w+ )?(?:\\w+ )?(?:bellen|opbellen|terugbellen)',
    '^\\W*(?:mens|medewerker)(?: alstublieft| aub| graag| nu)?\\W*$',
    'niet (?:meer )?(?:met|tegen) (?:een |de )?(?:bot|robot|computer) (?:praten|chatten|spreken)',
  ],
  personTitles: [
    '(?:met|tegen|naar) (?:uw |je |jullie |de |een )?(?:manager|leidinggevende|supervisor|baas|teamleider|chef|directeur)',
    '(?:uw|je|jullie|de|een) (?:leidinggevende|supervisor|teamleider)',
  ],
  escalation: [
    'klacht|klagen|onacceptabel|onaanvaardbaar|schandalig|schande|belachelijk',
    'rechtszaak|aanklagen|advocaat|juridische stappen|geschillencommissie|consumentenbond|ombudsman',
  ],
  anger: [
    'belachelijk|schandalig|schande|onacceptabel|onaanvaardbaar|woedend|(?:ik ben|ben) (?:echt |zo |heel )?(?:boos|kwaad|het zat|er klaar mee)|diefstal|oplichting|waardeloos|te gek voor woorden|niet normaal|voor (?:niks|niets)|wat een (?:grap|puinhoop|bende)',
    'bedankt voor niks|geweldig hoor|echt top geregeld|top geregeld',
    'een nachtmerrie|wanhopig|(?:voor )?de (?:tweede|derde|vierde) keer',
    'boos|woedend|kwaad|geirriteerd|gefrustreerd|frustrerend|belachelijk|absurd|waardeloos|vreselijk',
    'verschrikkelijk|nutteloos|oplichting|oplichters|een grap|tijdverspilling|zonde van mijn tijd|ik ben het zat',
    'spuugzat|beu|voor de (?:derde|vierde|vijfde) keer|hoe vaak (?:nog|moet ik)|godverdomme|verdomme|shit|klote',
    'niet tevreden|erg teleurgesteld|bedankt voor niets|mijn geduld is op|nu is het genoeg',
    'serieus\\?|meen je dat\\?|onzin|flauwekul|wat een (?:gedoe|ellende|zooi|puinzooi|gezeik)|(?:ik )?word (?:hier |er |echt |nog )?(?:gek|horendol|knettergek|helemaal gek)|slaat nergens op|kansloos|bizar|triest|niet te geloven|ongelooflijk|kut\\w*|godsamme|(?:domme|stomme|nutteloze) bot',
  ],
  notHelping: [
    'dat is niet wat ik (?:vroeg|bedoel|bedoelde|zei|wil)|(?:je|u) (?:luistert|begrijpt) (?:me |mij )?niet',
    '(?:beantwoordt|beantwoord) mijn vraag niet|dat (?:heb je|hebt u) al gezegd|stop met herhalen|nutteloze bot',
    '(?:de |deze |jullie |die )?(?:bot|chatbot|assistent) (?:snapt|begrijpt|snap|begrijp|weet|leest) (?:\\w+ ){0,2}(?:niet|niets|niks)|snapt (?:er )?(?:\\w+ )?(?:niks|niets|er niks)|lees (?:je|jij|u) (?:wel|eigenlijk|uberhaupt)',
    'hetzelfde antwoord|steeds hetzelfde|(?:dit|dat|je) helpt (?:me |mij )?niet|rondjes draaien|in cirkels',
  ],
  botFallback: [
    '(?:ik )?(?:begrijp|snap) (?:je|u|het) niet|niet (?:goed )?begrepen|(?:kun|kunt) (?:je|u) (?:dat|het|uw vraag|je vraag) (?:anders )?(?:herformuleren|anders formuleren|opnieuw stellen)',
    'herformuleren',
  ],
  botUnknown: [
    '(?:ik )?weet (?:ik )?niet wat (?:die|deze|dat|de) (?:fout|code|melding|foutcode) betekent|geen (?:verdere|andere|meer) informatie',
    '(?:ik )?(?:heb|vind) (?:daar )?geen (?:informatie|gegevens|antwoord)|(?:ik )?kan (?:daar|u|je) (?:niet|geen) (?:mee )?helpen',
    '(?:geen|niet een) bekende (?:fout|foutcode|storing)|ken ik (?:helaas )?niet',
  ],
  novel: [
    '(?:alles|alle stappen) (?:al )?(?:geprobeerd|gedaan)|geen van (?:de )?(?:stappen|oplossingen)',
    'nog nooit (?:gezien|gebeurd)|gebeurt alleen (?:als|bij|na|met)|fout(?:code)? [a-z]*-?\\d{2,}',
    'in de (?:documentatie|handleiding|faq) staat (?:niets|er niets)',
  ],
  legal: [
    'advoca(?:at|ten)|juridische stappen|rechtszaak|rechter|aanklagen|ingebrekestelling|sommatie',
    'geschillencommissie|consumentenbond|autoriteit consument|\\bacm\\b|kifid|ombudsman|juridisch loket|rechtsbijstand\\w*|deurwaarder',
    'autoriteit persoonsgegevens|toezichthouder|verwerkersovereenkomst|contractvoorwaarden aanpassen',
  ],
  privacy: [
    '\\bavg\\b|gdpr|privacywet|gegevensbescherming|recht (?:op vergetelheid|op inzage|op verwijdering)',
    '(?:verwijder|wis|verwijderen|wissen) (?:al )?(?:mijn|onze) (?:persoons)?gegevens|inzageverzoek',
    'kopie van (?:al )?mijn gegevens|welke gegevens (?:hebben jullie|bewaren jullie)',
  ],
  refundDispute: [
    '(?:via|bij) (?:mijn|de) (?:bank|creditcardmaatschappij) (?:terug\\w*|storneren|betwisten)|terugdraaien via|(?:laat|laten) (?:het )?(?:terugboeken|storneren)',
    '(?:ik wil|wil ik) (?:mijn )?geld(?: terug)?,? geen (?:voucher|tegoedbon|bon)|geen (?:voucher|tegoedbon)',
    'chargeback|terugboeking|terugboeken|storneren|storno|betwist\\w*|geschil',
    '(?:twee keer|dubbel|tweemaal|drie keer) (?:afgeschreven|betaald|gefactureerd|in rekening gebracht)|dubbele (?:afschrijving|betaling)',
    'niet (?:geautoriseerd|besteld|goedgekeurd)|onterechte (?:afschrijving|betaling)|(?:mijn|de) bank (?:bellen|inschakelen)',
    '(?:ga|gaan|stap|stappen) (?:\\w+ ){0,2}naar (?:mijn|de) (?:bank|creditcard\\w*|kaartuitgever)|(?:via|bij) (?:mijn|de) (?:bank|creditcard\\w*|kaartuitgever) (?:\\w+ ){0,2}(?:terug\\w*|storneren|betwisten|claimen)',
    'terugbetaling (?:geweigerd|afgewezen)|(?:nog steeds|nog altijd) geen (?:terugbetaling|geld)|fraude|ik wil mijn geld terug',
  ],
  refund: ['terugbetal\\w*|geld terug|restitutie|terugstorting'],
  charged: [
    '(?:jullie hebben|u heeft|ze hebben) (?:\\w+ )?(?:afgeschreven|gefactureerd|in rekening gebracht|ingehouden)|(?:\\d+|twee|2) ?(?:keer|x) (?:van mijn rekening|afgeschreven|gehaald|geincasseerd)|van mijn rekening (?:is )?gehaald|(?:ik betaal|betaal ik) (?:dit|dat|het)? ?niet|terugzetten|terugstorten',
  ],
  refundDone: [
    '(?:ik heb|we hebben) (?:de |uw |je )?(?:terugbetaling|restitutie) (?:verwerkt|uitgevoerd|gestart|ingediend)',
    '(?:terugbetaling|restitutie) (?:is|werd) (?:verwerkt|uitgevoerd|goedgekeurd)',
  ],
  sales: [
    "(?:[2-9]\\d|\\d{3,}) (?:personen|collega's|collegas|medewerkers|mensen|eenheden|kamers|cottages|woningen|voertuigen|deelnemers|gasten|studenten)",
    '(?:voorstel|aanbod|aanbieding|offerte|prijs|pakket) op maat|een voorstel (?:voor|doen)|zakelijk(?:e)? (?:aanbod|tarief|abonnement|pakket)|groeps(?:tarief|prijs|korting|aanbod)|(?:een|één) aanbod voor (?:het hele|alles)',
    '(?:aanbod|prijs) (?:evenaren|matchen)|concurrerend aanbod|goedkoper bij (?:een )?ander',
    'prijs op maat|offerte|volumekorting|staffelkorting|meerjarig|(?:twee|drie|2|3)-?jarig contract',
    'onderhandelen|onderhandeling|\\d{2,} (?:licenties|gebruikers|werkplekken|medewerkers|winkels|vestigingen)',
    'enterprise[- ]?(?:abonnement|plan|pakket)|migreren (?:van|al onze)|migratie van',
    'verkoopteam|sales team|afdeling verkoop|betere prijs|speciale prijs|concurrent',
  ],
  resolved: [
    '(?:is |zijn )?(?:binnen|aangekomen|ontvangen|gedownload|gevonden|doorgekomen)|(?:het )?(?:werkt|doet het) (?:nu|weer)|staat er(?:in| nu| toch)',
    '(?:het )?(?:werkt (?:nu|weer)|is gelukt|heeft geholpen)|probleem (?:opgelost|verholpen)',
    '(?:het |hij |ze |alles )?doet (?:het|ie) (?:nu |weer |nu weer )|^\\W*gelukt\\W*$|(?:het )?is (?:me |mij )?gelukt|(?:is|ging|gaat) (?:er )?(?:\\w+ )?(?:door|erdoor)(?! (?:de|het) )|laadt (?:nu|weer)',
    '(?:perfect|top|super|mooi),? (?:bedankt|dank je|dank u)|dat was het|^\\W*(?:bedankt|dank je wel|dank u wel|dankjewel)\\W*$',
  ],
  positive: [
    'bedankt|dank je|dank u|dankjewel|perfect|top|super|helder|duidelijk|werkt|gelukt|prima|geweldig|fijn|ok|oke|opgelost',
  ],
  contrast: ['ik wacht al|al (?:een half uur|\\d+ minuten)', 'maar|nog|toch|echter|helaas'],
  handedOff: [
    '(?:medewerker|adviseur|agent) (?:\\w+ )?(?:is (?:aan het gesprek )?toegevoegd|neemt het over|heeft het overgenomen)',
    '(?:doorverbonden|overgedragen|doorgestuurd) (?:met|aan|naar) (?:een )?(?:medewerker|mens|collega|specialist)',
  ],
  backToBot: ['(?:medewerker|adviseur) heeft het gesprek verlaten|terug naar de (?:bot|assistent)'],
  persist: [
    '(?:hij|zij|ze|uw collega|je collega|jullie collega|de medewerker) (?:zei|beloofde|heeft gezegd|heeft beloofd)|nog steeds (?:niets|niks)|nog altijd (?:niets|niks)',
    'zei|beloofde|heeft beloofd|zou',
    'nog steeds|nog altijd|weer|opnieuw|hetzelfde probleem|nooit (?:aangekomen|opgelost)|net als (?:gisteren|vorige week)',
  ],
  rephrase: [
    'anders gezegd|ik herformuleer',
    'nogmaals|nog een keer|ik bedoel|dat weet ik|ik zei|mijn vraag (?:is|was)|ja of nee',
  ],
  churn: [
    'al onze (?:winkels|vestigingen|magazijnen|locaties|kantoren)',
    'opzeggen|abonnement (?:beeindigen|stopzetten)|overstappen naar (?:een )?(?:concurrent|andere aanbieder)',
    'niet (?:meer )?verlengen',
  ],
  issue: {
    billing: [
      'retour\\w*|terugsturen|ruilen',
      'bedrag|jaarafrekening|afrekening|meterstand|voorschot|incasso',
      'factu\\w*|afschrijving|afgeschreven|betal\\w*|betaald|terugbetal\\w*|bonnetje|btw|creditcard|incasso|geld|kosten',
    ],
    sales: [
      'upgraden|downgraden|proefperiode|ander abonnement',
      'prijs|prijzen|offerte|korting|verleng\\w*|contract|licenties|abonnement|verkoop|kopen|concurrent|opzeggen',
    ],
    technical: [
      'garantie',
      'monteur|modem|router|internet|wifi|verbinding|display|scherm|accu|oplader|gaat niet aan|lekt|update|app|storing|e-bike',
      'fout|foutmelding|bug|crasht|api|integratie|webhook|werkt niet|laadt niet|storing|server|install\\w*|app|apparaat|synchronis\\w*',
    ],
    support: [
      'account|wachtwoord|verzending|levering|bestelling|pakket|track (?:en|&) trace|adres|hoe kan ik|gegevens|privacy',
    ],
  },
  issueStrong: {
    billing: ['factu\\w*|gefactureerd|afschrijving|terugbetal\\w*|betalen|ideal|incasso'],
    sales: ['prijs|offerte|korting|upgraden'],
    technical: [
      'storing|werkt niet|koppel\\w*|synchronis\\w*|gesynchroniseerd|outlook|agenda|app|e-bike|display|foutmelding',
    ],
    support: [
      'account|wachtwoord|levering|pakket|adres|pauzeer\\w*|identiteit|digid|bsn|abonnement (?:pauzeren|overzetten)|app in het engels|wachtwoord',
    ],
  },
  issueNeed: {
    billing: [
      'waarom moet ik (?:\\S+ ){0,4}betalen|(?:pas|kaart) (?:eindigend|eindigt) op|geblokkeerd op mijn (?:kaart|creditcard)',
      'betaling (?:is )?(?:mislukt|geweigerd|lukt niet|gaat niet door)|(?:pas|kaart) (?:wordt |werd )?geweigerd|kan niet betalen',
      'jaaropgave|loonstrook|salarisstrook|betaalbewijs|btw-factuur',
      'opwaarder\\w*|opgewaardeerd|saldo|tegoed|niet bijgeschreven|borg|waarborgsom',
      'termijnbedrag|voorschotbedrag|maandbedrag|incasso|boete|toeslag|vergoeding|compensatie|terugbetal\\w*|ik betaal (?:dit )?niet',
    ],
    sales: [
      'wat kost|wat kosten|hoeveel kost|wat zijn de kosten|wat is de prijs|is (?:dat|het) goedkoper|is er (?:een )?korting',
      'opzeg\\w*|(?:abonnement|contract|lidmaatschap) (?:beeindigen|stopzetten)|overstappen naar|ander abonnement',
      "voorstel|aanbod (?:voor|op maat)|op maat|offerte|groepstarief|voor (?:ongeveer |zo'n |circa )?\\d{2,} (?:personen|collega's|medewerkers|gebruikers|gasten|deelnemers)|aanmelden|afsluiten",
    ],
    technical: [
      '(?:export|import|upload|download|synchronisatie|opslaan) (?:\\S+ ){0,3}(?:mislukt|faalt|stopt|loopt vast)|(?:app|programma) (?:crasht|loopt vast)',
      'geen (?:geluid|beeld)',
      'er ging iets mis|(?:zie|toont|laat) (?:ik )?(?:niets|niks|geen)|geen (?:gegevens|data)|(?:laadt|start|werkt|verbindt|synchroniseert) niet|doet het niet|ligt (?:er )?(?:\\w+ )?uit|is leeg',
      '(?:geen|zonder) (?:stroom|water|internet|wifi|bereik|verbinding|gas|verwarming)|storing|uitval|niet beschikbaar|onbereikbaar',
      'cv-ketel|ketel|thermostaat|controller|console|sensor|bluetooth|contactloos',
    ],
    support: [
      '(?:rekening|pas|account) (?:is )?(?:geblokkeerd|bevroren|opgeschort)|geblokkeerd|kan niet inloggen|wachtwoord resetten|identiteit verifieren|verificatie',
      'allergi\\w*|(?:toevoegen|bijschrijven|inschrijven) (?:van )?(?:mijn )?(?:dochter|zoon|baby|kind|partner)|op (?:mijn|eigen) naam zetten|contract downloaden',
    ],
  },
};
