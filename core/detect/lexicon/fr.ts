import type { Lexicon } from './types';

const person =
  "(?:(?:a |avec )?une? (?:vraie? |etre )?|a )?(?:humain|personne(?: reelle)?|conseillere?|agent|operat(?:eur|rice)|interlocuteur|quelqu'un|employe|service client)";

/** French cues (folded: no accents). */
export const fr: Lexicon = {
  negations: ["pas|ne|n'|jamais|sans|aucun|aucune|ni"],
  negationsAfter: ["(?:n'est |ne sera )?pas (?:necessaire|utile|besoin)|inutile"],
  guards: [
    'ressources humaines|erreur humaine|manager pro|gestionnaire de (?:mots de passe|taches|fichiers)',
    '(?:formulaire|page) de (?:reclamation|plainte)',
    "(?:mon|un|une|notre) cliente? (?:de (?:ma|mon|notre) \\w+ )?(?:m'a |nous a |a )?(?:ouvert|depose|lance|initie|fait) (?:un |une )?(?:litige|contestation|retrofacturation|chargeback|impaye)",
    '(?:repondre|reagir) a (?:un |une |ce |cette |le |la )?(?:litige|contestation|retrofacturation)',
    "horaires (?:d'ouverture|du support|du service)",
    // A plan given up ("j'allais demander un responsable mais c'est bon"): no request is made.
    "(?:j'allais|j'etais sur le point de|je m'appretais a|nous allions|on allait|j'ai failli|j'ai presque) (?:vous |te )?(?:demander|reclamer|exiger|appeler|contacter|parler a|parler avec)(?: (?:a )?parler (?:a|avec))? (?:\\S+ ){0,3}?(?:l'|d')?(?:personne|humain|conseillere?|agent|operat(?:eur|rice)|responsable|superieure?|manager|directeur|directrice|chef|quelqu'un|avocate?)",
    // A request a person already answered ("j'ai demandé un conseiller et il a réglé ça").
    "(?:j'ai|j'avais) (?:demande|parle|appele)(?: a parler)?(?: a| avec| au)? (?:\\S+ ){0,3}?(?:personne|humain|conseillere?|agent|operat(?:eur|rice)|responsable|manager|quelqu'un)(?=[^.!?]{0,60}(?:^|\\s)(?:et|qui) (?:il |elle |ils |on )?(?:m'a |l'a |a |ont |m'ont |l'ont )?(?:regl|resol|aid|repar|arrang)\\w*)",
    // A role or feature of the product, and the caller's own customers reaching a person.
    "(?:role|profil|mode|droits?|acces|compte|tableau de bord|vue|licence|fonction) (?:de |du |d')?(?:superviseur|manager|responsable|gestionnaire|agent|conseiller)",
    '(?:mes|nos|ses|leurs) (?:\\w+ )?(?:clients|clientes|utilisateurs|visiteurs|acheteurs|adherents|eleves|patients)[^.?!,;]{0,60}(?:humain|agent|personne|conseiller|operateur)',
  ],
  humanRequest: [
    "(?:echanger|parler|discuter) avec (?:quelqu'un|une personne|un conseiller|une conseillere)(?: de chez vous)?|quelqu'un de chez vous",
    "(?:qui|quel service) (?:s'occupe|gere|est responsable) (?:des |de la )?(?:clients? (?:entreprises?|professionnels?)|comptes? entreprises?|groupes)|(?:qu'un|qu'une) (?:conseiller|conseillere|gestionnaire|responsable) me (?:rappelle|contacte|recontacte|appelle)",
    'chair et en os|me (?:rappeler|recontacter)',
    "(?:nous aimerions|j'aimerais|je souhaiterais|nous souhaiterions) (?:avoir )?un (?:echange|entretien|appel|rendez-vous)",
    "quelqu'un (?:a qui|avec qui) (?:je peux |je pourrais )?parler",
    `(?:parler|discuter|echanger|etre mis en relation|etre mise en relation|contacter|joindre) (?:a |avec )?${person}`,
    `(?:(?:passez|passe|mettez|mets|transferez|transfere|redirigez)[- ]moi|mettre|transferer|rediriger|passer|orienter|basculer) (?:en (?:relation|contact) avec |a |avec |vers |sur )?${person}`,
    "(?:je veux|je voudrais|j'aimerais|j'exige|il me faut|je demande) (?:un |une |parler a (?:un |une )?)?(?:vrai |vraie )?(?:humain|personne|conseiller|conseillere|agent|operateur)",
    'un (?:vrai )?(?:etre )?humain|une (?:vraie )?personne (?:reelle|physique)|une vraie personne|interlocuteur humain',
    "(?:y a-t-il|il y a|est-ce qu'il y a) (?:quelqu'un|un humain|une personne)(?: de reel)?(?: la| qui)",
    "(?:rappelez|rappele)[- ]moi|qu'un (?:conseiller|agent) me (?:rappelle|contacte)",
    "^\\W*(?:humain|conseiller|agent|operateur)(?: svp| s'il vous plait| maintenant)?\\W*$",
    '(?:plus|pas) (?:envie de )?parler (?:a|avec) (?:un |le |une )?(?:bot|robot|machine)',
    "(?:avoir|joindre) (?:quelqu'un|une personne|une? conseillere?) (?:au telephone|au bout du fil|en ligne|du service|de votre (?:equipe|service))|quelqu'un (?:pourrait|peut|pourra)[- ](?:il )?(?:me|nous) (?:appeler|contacter|aider|repondre)",
    "(?:pouvez|pourriez)[- ]vous (?:m'|nous )appeler|(?:je prefere|je voudrais|j'aimerais) (?:qu'on|que quelqu'un) (?:me )?(?:rappelle|appelle|contacte)",
    "a qui (?:dois-je|je dois|puis-je|je peux|faut-il) (?:m'adresser|ecrire|parler|telephoner)|avec qui (?:dois-je|je dois|puis-je|je peux) (?:parler|voir ca|en parler)",
  ],
  personTitles: [
    "(?:parler|discuter|passez-moi|je veux|je voudrais|j'exige|voir) (?:a |au |avec |le |la |un |une |votre |au )?(?:responsable|superieur|superieure|manager|directeur|directrice|chef)",
    "(?:votre|le|un|au) (?:responsable|superieur|manager|directeur|chef de service)(?=\\s*(?:[?!.,;]|$|svp|s'il vous plait|maintenant|tout de suite|immediatement))",
  ],
  escalation: [
    'plainte|porter plainte|reclamation|me plaindre|inacceptable|inadmissible|scandaleux|scandale|honteux',
    'proces|poursuites|poursuivre|mediateur|ufc|association de consommateurs|je vais escalader',
  ],
  anger: [
    "(?:ca|cela) (?:ne )?sert a rien|(?:ca|cela) (?:ne )?(?:regle|resout) rien|c'est (?:nul|naze|pourri|de la merde)|service (?:pourri|nul|minable)|foutage de gueule|vous (?:etes|etes vraiment) (?:nuls|incompetents)",
    "j'en ai marre|ras le bol|scandaleux|scandaleuse|inadmissible|inacceptable|honteux|honteuse|n'importe quoi|furax|furieux|furieuse|ecoeure\\w*|vous (?:me )?niaisez|(?:c'est )?du vol|vous vous moquez|lamentable|pitoyable|exaspere\\w*|degoute\\w*|c'est pas (?:normal|serieux)",
    "bravo,? vraiment|chapeau|felicitations,? vraiment|digne d'une medaille|un cauchemar|desespere|desesperee|(?:c'est|pour) la (?:deuxieme|troisieme|quatrieme) fois",
    'furieux|furieuse|en colere|enerve|enervee|agace|agacee|frustre|frustree|frustrant|ridicule|absurde',
    'nul|nulle|inutile|lamentable|honteux|arnaque|escroquerie|horrible|terrible|catastrophique',
    "j'en ai marre|ras le bol|ras-le-bol|c'est une blague|vous vous moquez|perte de temps|ca suffit",
    'pour la (?:troisieme|quatrieme|cinquieme) fois|combien de fois|merde|putain|bordel',
    'pas (?:du tout )?(?:content|contente|satisfait|satisfaite)|tres decu|tres decue|merci pour rien',
    'je perds patience|a bout',
    "c'est abuse|(?:c'est|vous etes) abuses?|j'hallucine|c'est une honte|ca commence a bien faire|(?:on|je) (?:devait|devais|doit|dois) (?:le |la )?deviner|c'est (?:pas|plus) possible|je n'en peux plus|j'en peux plus",
  ],
  notHelping: [
    "ce n'est pas (?:ce que|ma question)|c'est pas ce que (?:j'ai|je)|vous ne (?:m'ecoutez|comprenez|repondez) pas",
    "tu ne (?:comprends|m'ecoutes|reponds) pas|(?:ne|n') ?(?:m'aide|aide) pas|ca ne m'aide pas|ne repond pas a ma question",
    "vous (?:l'avez|me l'avez) deja dit|arretez de repeter|meme reponse|toujours la meme (?:chose|reponse)|bot inutile",
    'on tourne en rond',
    "je (?:vous|te) l'ai (?:deja )?(?:dit|ecrit|explique)|je viens de (?:vous|te) (?:le )?(?:dire|ecrire)|(?:ca|cela) ne mene a rien|on n'avance pas|personne (?:chez vous |ici )?ne (?:sait|peut) (?:rien|me (?:dire|repondre))|vous ne savez rien",
  ],
  botFallback: [
    "je n'ai pas (?:bien )?compris|je ne (?:suis pas sur d'avoir|comprends pas)|pouvez-vous reformuler|peux-tu reformuler",
    'reformuler votre (?:question|demande)',
  ],
  botUnknown: [
    "je ne sais pas (?:ce que|a quoi) (?:signifie|correspond|veut dire)|je n'ai pas (?:plus|davantage) d'informations?",
    "je n'ai pas (?:d'information|d'informations|de reponse|de donnees)|je ne (?:trouve|connais) pas (?:cette|ce|d'information)",
    "je ne peux pas (?:vous aider|repondre) (?:sur|a|avec) (?:ce|cela|ca)|(?:n'est pas|pas) une erreur (?:connue|documentee)",
  ],
  novel: [
    "(?:j'ai )?(?:deja )?(?:tout )?(?:essaye|teste) (?:tout|toutes les etapes)|aucune (?:des )?(?:etapes|solutions)",
    "jamais vu (?:ca|cette)|(?:n'arrive|arrive) que (?:quand|avec|sur|apres)|erreur (?:code )?[a-z]*-?\\d{2,}",
    'la documentation ne (?:dit|mentionne) rien',
  ],
  legal: [
    'avocats?|action en justice|poursuites judiciaires|poursuivre en justice|proces|tribunal|mise en demeure',
    'cnil|regulateur|accord de traitement des donnees|contrat de sous-traitance|\\bdpa\\b|clauses? du contrat',
  ],
  privacy: [
    "rgpd|gdpr|protection des donnees|droit (?:a l'oubli|d'acces|a l'effacement|de suppression)",
    '(?:supprimer|effacer|supprimez|effacez) (?:toutes )?(?:mes|nos) donnees(?: personnelles)?',
    'copie de (?:toutes )?mes donnees|quelles donnees (?:avez-vous|detenez-vous|conservez-vous)',
  ],
  refundDispute: [
    '(?:aupres de|avec|voir|appeler|contacter) (?:ma|la) banque|faire opposition|contester (?:le |ce |la |cette )?(?:paiement|prelevement|debit|transaction|achat) (?:aupres|avec|par)|rejeter le prelevement',
    "je veux (?:mes \\d+\\s?(?:€|eur|euros)|mon argent|etre rembourse)|(?:pas|non) (?:un |d'un |de )?(?:bon|avoir|voucher)|rembours\\w* sur mon compte",
    'retrofacturation|chargeback|contester (?:le |la |ce |cette )?(?:paiement|prelevement|debit|transaction)|litige',
    '(?:debite|preleve|facture|paye)e?s? (?:deux fois|en double|trois fois)|double (?:prelevement|debit|facturation)',
    "prelevement (?:non autorise|frauduleux)|je n'ai (?:jamais )?(?:autorise|commande|souscrit)|fraude|ma banque",
    'remboursement (?:refuse|rejete)|toujours pas (?:de |recu (?:mon |le )?)remboursement|je veux (?:etre rembourse|mon argent)',
  ],
  refund: ['rembourse\\w*|remboursement|rendre mon argent'],
  charged: [
    "(?:vous m'avez|on m'a) (?:facture|preleve|debite|compte)|je (?:ne )?(?:la |le |les )?(?:paierai|payerai|paie|paye) pas|(?:enlever|retirer|annuler|rembourser) (?:les |le |la |ces |ce |mes )?(?:\\d[\\d,.]*\\s?[$€]? ?)?(?:frais|montant|penalite|\\d)|(?:arrete|arreter|arretez|arrete) de (?:me )?prelever|nouveau prelevement",
  ],
  refundDone: [
    "(?:j'ai|nous avons) (?:effectue|emis|traite|lance) (?:votre |le )?remboursement",
    'remboursement (?:a ete|est) (?:effectue|emis|traite|valide|approuve)',
  ],
  sales: [
    '(?:[2-9]\\d|\\d{3,}) (?:personnes|salaries|employes|collaborateurs|chambres|logements|unites|vehicules|participants|invites|collegues|etudiants)',
    'conditions (?:speciales|tarifaires|de groupe|pour (?:un )?groupe|entreprise)|offre (?:sur mesure|groupe|de groupe|globale|commerciale|entreprise)|proposition (?:commerciale|globale|sur mesure|tarifaire)|tarif (?:de )?groupe|tarif entreprise',
    "(?:aligner|vous aligner|s'aligner) sur|offre (?:concurrente|d'un concurrent)|moins cher (?:ailleurs|chez)",
    'tarif (?:personnalise|sur mesure|degressif)|devis|remise sur volume|prix (?:personnalise|de gros)',
    'chaine de (?:\\d+|plusieurs) \\w+|(?:solution|formule|offre|tarif|prix|conditions|contrat) sur mesure|pour (?:ce|un tel|notre|un gros|un tel) volume|(?:prix|tarif|offre|conditions) (?:plus interessante?s?|meilleure?s?) que',
    'pluriannuel|contrat (?:de )?(?:deux|trois|2|3) ans|negocier|negociation',
    '\\d{2,} (?:licences|utilisateurs|postes|salaries|magasins|sites)|offre (?:entreprise|enterprise)',
    'migrer (?:depuis|nos|tous)|migration de|equipe commerciale|service commercial|meilleur prix|concurrent',
  ],
  resolved: [
    "(?:c'est |est |bien )?(?:arrive|recu|telecharge|trouve)|le paiement est passe|(?:ca|c'est) (?:passe|bon)|(?:ca )?(?:remarche|refonctionne)|c'est reparti|je (?:l'ai|les ai) (?:recu|trouve|telecharge)s?",
    '(?:ca|cela) (?:a )?(?:marche|fonctionne|fonctionnait|regle le probleme)|probleme (?:resolu|regle)',
    "(?:parfait|super|genial),? merci|c'est tout|tout est bon|^\\W*(?:merci|merci beaucoup)\\W*$",
  ],
  positive: [
    "merci|parfait|super|genial|top|d'accord|compris|ca marche|ca fonctionne|nickel|excellent|impeccable|ok|regle|resolu",
  ],
  contrast: [
    "j'attends depuis|ca fait (?:\\w+ )?(?:minutes|heures|une heure)",
    'mais|toujours|encore|pourtant|cependant|malheureusement',
  ],
  handedOff: [
    '(?:le |la )?(?:conseiller|conseillere|agent|operateur) (?:\\w+ )?(?:a rejoint|rejoint|prend le relais)',
    '(?:transfere|transferee|redirige|redirigee|mis en relation) (?:vers|a|avec) un (?:conseiller|agent|humain)',
  ],
  backToBot: ["(?:le conseiller|l'agent) a quitte|retour (?:au|a l') (?:bot|assistant)"],
  persist: [
    "(?:il|elle|votre (?:collegue|conseiller|conseillere)|on) m'a (?:dit|promis|assure)|toujours rien",
    "(?:m'a|m'avait|a|avait) (?:dit|promis)|devait",
    'toujours|encore|de nouveau|a nouveau|meme probleme|jamais revenu|jamais arrive|comme hier|comme la semaine derniere',
  ],
  rephrase: [
    'je reformule|je repose (?:ma|la) question',
    'je repete|encore une fois|je veux dire|je sais|ma question (?:est|etait)|oui ou non|je reformule',
  ],
  churn: [
    'tous nos (?:magasins|sites|entrepots|bureaux)|toutes nos (?:agences|boutiques|usines)',
    'resilier|annuler (?:mon|notre) (?:abonnement|contrat|compte)|(?:passer|aller) (?:chez|a) (?:un )?concurrent',
    'ne (?:pas )?renouveler',
  ],
  issue: {
    billing: [
      'retourner|retour|renvoyer',
      'montant|prelevement|echeance|carte (?:expire|se terminant)',
      'factur\\w*|debit\\w*|prelev\\w*|paiement|paye|rembours\\w*|recu|tva|carte bancaire|carte de credit|argent|frais|virement',
    ],
    sales: [
      "changer (?:d'offre|de forfait|de formule)|forfait|essai gratuit|passer a l'offre",
      'prix|tarif|devis|remise|renouvel\\w*|contrat|licences|offre|commercial|acheter|concurrent|resilier',
    ],
    technical: [
      'garantie',
      "technicien|modem|box|routeur|internet|wifi|connexion|voyant|lumieres? (?:clignot\\w*)|ecran|batterie|chargeur|ne s'allume pas|marche (?:pas|pu)|fuite|mise a jour|application|appli",
      'erreur|bug|plantage|plante|api|integration|webhook|ne (?:marche|fonctionne) pas|panne|serveur|install\\w*|application|appareil|synchronis\\w*',
    ],
    support: [
      'compte|mot de passe|livraison|commande|colis|suivi|adresse|comment (?:puis-je|faire)|donnees|confidentialite',
    ],
  },
  issueStrong: {
    billing: ['facture|rembours\\w*|prelev\\w*|debit\\w*'],
    sales: ['prix|tarif|devis|remise|offre'],
    technical: ['erreur|panne|ne (?:marche|fonctionne) pas|internet|box|modem|application|bug'],
    support: ['compte|mot de passe|livraison|colis|adresse|abonnement a mon|au nom de'],
  },
  issueNeed: {
    billing: [
      'pourquoi (?:dois-je|je dois|faut-il) payer|pre-?autoris\\w*|(?:bloque|retenu|reserve) (?:\\S+ ){0,2}sur ma carte',
      "paiement (?:\\S+ ){0,4}?(?:ne passe pas|refuse|echoue|a echoue|bloque)|carte (?:refusee|rejetee)|(?:impossible de|je n'arrive pas a) payer",
      'attestation (?:fiscale|de paiement)|fiche de paie|bulletin de (?:paie|salaire)|justificatif de paiement|facture (?:a mon nom|acquittee)',
      'recharg\\w*|solde|(?:pas|jamais) (?:ete )?credite|credit (?:pas|non)|caution|depot de garantie',
      'prelevement|mensualite|echeance|amende|penalite|majoration|indemnisation|dedommagement|rembours\\w*|je (?:ne )?(?:paierai|payerai|paie) pas',
    ],
    sales: [
      "combien (?:coute|coutent|ca coute|c'est|pour|ca fait)|c'est combien|quel est le (?:prix|tarif)|le prix d|(?:est-ce |c'est )?moins cher|y a-t-il une (?:promo|remise|reduction)",
      "resili\\w*|(?:annuler|arreter) (?:mon |ma |l')?(?:abonnement|contrat|adhesion|forfait)|me desabonner|desinscri\\w*|passer (?:au|a l'|a la) (?:forfait|offre|formule|abonnement)|changer (?:de )?(?:forfait|offre|formule)",
      "proposition|devis|offre (?:de groupe|entreprise|pour)|tarif (?:de )?groupe|pour (?:environ |une )?\\d{2,} (?:personnes|salaries|employes|collaborateurs|invites|utilisateurs)|je (?:prends|m'inscris|m'abonne)|souscrire",
    ],
    technical: [
      "(?:l'export|l'import|le telechargement|la synchro\\w*|la sauvegarde) (?:\\S+ ){0,3}(?:echoue|plante|s'arrete|bloque)|(?:ca|l'appli|l'application) plante",
      'pas de (?:son|image)|aucun son',
      "(?:quelque chose|un probleme) (?:s'est mal passe|a plante)|n'affiche (?:rien|plus)|(?:rien|aucune donnee) ne s'affiche|aucune donnee|(?:ne|n') (?:charge|s'allume|demarre|se connecte|se synchronise|fonctionne|marche) (?:pas|plus)|ne (?:marche|fonctionne) plus",
      "(?:plus|pas|sans) (?:d'eau|de courant|d'electricite|d'internet|de reseau|de connexion|de chauffage|de gaz)|coupure|panne|(?:site|appli|application|portail) (?:est )?(?:en panne|indisponible|inaccessible)|indisponible",
      'chaudiere|thermostat|manette|console|capteur|bluetooth',
    ],
    support: [
      "(?:compte|carte|acces) (?:est |a ete )?(?:bloque|suspendu|gele)e?|bloque|(?:je n'arrive pas|impossible) (?:a|de) me connecter|reinitialiser (?:mon )?mot de passe|verifi\\w* (?:mon |d')?identite|verification d'identite",
      'allergi\\w*|(?:ajouter|rattacher|inscrire) (?:ma|mon|mes) (?:fille|fils|bebe|enfant|conjoint|epoux|epouse)|changement de titulaire|telecharger (?:le |mon )?(?:contrat|attestation|certificat)',
    ],
  },
};
