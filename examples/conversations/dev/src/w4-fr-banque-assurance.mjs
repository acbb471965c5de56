// Written independently from the policy only (writer w4, 2026-11-30); development split.
// French chats (France, Belgium, Québec): banking, insurance, payments, fashion, SaaS,
// telecom, healthcare booking, gaming, training. Labels follow the contract's policy, conservatively.
export const defaults = { ch: 'web', l: 'fr' };

export default [
  {
    id: 'w4-fr-banque-echanger-avec-un-conseiller',
    note: "changement de titulaire d'un compte joint; demande polie d'échanger avec un conseiller de la banque: human_request indirect",
    cust: { name: 'Nathalie Garnier', language: 'fr' },
    m: [
      [
        'c',
        'Bonjour, suite à mon divorce je dois transformer notre compte joint en compte individuel à mon nom.',
        '0s',
      ],
      [
        'b',
        "Vous pouvez ouvrir un nouveau compte individuel en ligne en quelques minutes depuis l'onglet Ouvrir un compte.",
      ],
      [
        'c',
        "Je ne veux pas un nouveau compte, je veux garder celui-ci avec les prélèvements en cours. Mon ex-mari est d'accord.",
      ],
      ['b', 'Vous pouvez ouvrir un nouveau compte individuel en ligne en quelques minutes.'],
      [
        'c',
        "Serait-il possible d'échanger avec un conseiller de l'agence ? Je pense que ce sera plus simple.",
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'w4-fr-mode-retour-remboursement-effectue',
    note: 'retour dans les délais remboursé par le bot, la cliente confirme: pas de handoff, billing',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'coucou j ai renvoyé le jean commande 55-80412 la semaine derniere, le remboursement c est pour quand ?',
        '0s',
      ],
      [
        'b',
        'Bonjour ! Votre retour a bien été réceptionné hier. Je viens de lancer le remboursement de 59,99 € sur votre carte, il apparaîtra sous 3 à 5 jours ouvrés.',
      ],
      ['c', 'top c est deja visible sur mon compte, merci 🙏'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-fr-paiement-contester-aupres-de-ma-banque',
    note: 'prélèvement après résiliation; menace de le contester auprès de la banque (rétrofacturation sans le mot): refund_dispute',
    m: [
      [
        'c',
        "Bonjour, vous m'avez prélevé 34,90 € le 5 novembre alors que j'ai résilié mon abonnement le 20 octobre.",
        '0s',
      ],
      ['b', "La résiliation prend effet à la fin de la période d'engagement en cours."],
      [
        'c',
        "Il n'y avait aucun engagement, c'est une offre sans engagement. Je demande le remboursement.",
      ],
      ['b', 'Je ne suis pas en mesure de rembourser ce prélèvement.'],
      [
        'c',
        'Très bien, je vais contester le prélèvement auprès de ma banque, ils le font sans problème pour un prélèvement non autorisé.',
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['34,90 €'] },
  },
  {
    id: 'w4-fr-saas-deploiement-neuf-filiales',
    note: 'déploiement sur neuf filiales, environ 350 postes, engagement pluriannuel et conditions: affaire en volume sans le mot devis, sales_opportunity',
    cust: { name: 'Olivier Fabre', email: 'o.fabre@example.com', tier: 'pro' },
    m: [
      [
        'c',
        'Bonjour, nous utilisons votre outil de signature électronique au siège. Nous souhaitons le déployer dans nos neuf filiales, soit environ 350 postes.',
        '0s',
      ],
      [
        'b',
        "Avec plaisir ! L'offre Pro est à 15 € par utilisateur et par mois, vous pouvez ajouter des utilisateurs depuis la console d'administration.",
      ],
      [
        'c',
        'À ce volume, notre direction des achats souhaite un engagement sur trois ans avec des conditions adaptées et une facturation centralisée. Qui peut nous accompagner sur ce point ?',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['350 postes'] },
  },
  {
    id: 'w4-fr-mutuelle-lettre-mediateur-avocat',
    note: "lettre courtoise: remboursement de soins refusé, saisine du médiateur de l'assurance et avocat évoqués: compliance_legal, billing",
    ch: 'email',
    cust: { name: 'Bernard Lefèvre', email: 'b.lefevre@example.com' },
    m: [
      [
        'c',
        "Madame, Monsieur,\n\nJe vous ai adressé le 2 octobre la facture de mes soins dentaires (devis n° DV-20931) pour un montant de 1 240 €, accompagnée de l'accord préalable que vous m'aviez délivré. Vous m'opposez aujourd'hui un refus de prise en charge.\n\nJe vous remercie de bien vouloir réexaminer ce dossier.\n\nVeuillez agréer mes salutations distinguées.\nBernard Lefèvre",
        '0s',
      ],
      [
        'b',
        'Bonjour, les garanties de votre contrat sont détaillées dans votre tableau de garanties, disponible dans votre espace adhérent.',
      ],
      [
        'c',
        "Madame, Monsieur,\n\nVotre réponse ne tient aucun compte de l'accord préalable que vous m'aviez remis. À défaut de règlement sous quinze jours, je saisirai le Médiateur de l'Assurance et je confierai le dossier à mon avocat.\n\nVeuillez agréer mes salutations distinguées.\nBernard Lefèvre",
        '2d',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'billing', f: ['DV-20931', '1 240 €'], p: 'high' },
  },
  {
    id: 'w4-fr-rgpd-effacement-donnees',
    note: "demande d'effacement au titre de l'article 17 du RGPD: compliance_legal; les demandes de confidentialité sont support",
    cust: { name: 'Chloé Marchand' },
    m: [
      [
        'c',
        "Bonjour, je souhaite que vous supprimiez l'ensemble de mes données personnelles, conformément à l'article 17 du RGPD, et que vous me le confirmiez par écrit.",
        '0s',
      ],
      ['b', 'Vous pouvez supprimer votre compte depuis Paramètres > Compte > Supprimer.'],
      [
        'c',
        "Je l'ai supprimé, mais je reçois toujours vos newsletters et SMS. Je demande l'effacement complet, y compris de vos fichiers marketing.",
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'w4-fr-jeu-jallais-demander-un-responsable',
    note: 'hypothèse ("j\'allais demander un responsable") suivie d\'une solution qui marche: pas de handoff',
    m: [
      ['c', 'mes gemmes achetées ce matin ne sont pas arrivées sur mon compte', '0s'],
      [
        'b',
        "Désolé ! Je vois l'achat de 500 gemmes à 9h12 en attente de synchronisation. Je viens de le relancer : redémarrez le jeu.",
      ],
      [
        'c',
        "c'est bon je les ai ! j'allais demander un responsable mais pas besoin finalement, merci",
      ],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-fr-ce-nest-pas-une-reclamation-livraison',
    note: '"ce n\'est pas une réclamation": simple question de délai de livraison, répondue: pas de handoff',
    m: [
      [
        'c',
        "Bonjour, ce n'est pas une réclamation, juste une question : le canapé commandé (n° 77102) sera livré avant Noël ?",
        '0s',
      ],
      [
        'b',
        'Oui, votre canapé est en préparation et la livraison est prévue entre le 14 et le 18 décembre. Le transporteur vous appellera pour fixer un créneau.',
      ],
      ['c', 'Parfait, merci beaucoup.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-fr-qc-internet-coupe-chu-tanne',
    note: 'registre québécois; trois messages de suite clairement exaspérés, sans injure, par des coupures répétées: negative_sentiment + negative_streak',
    ch: 'sms',
    cust: { name: 'Maxime Tremblay', language: 'fr' },
    m: [
      ['c', 'Internet coupe encore ce soir, 4e fois cette semaine', '0s'],
      ['b', "Désolé pour l'inconvénient. Avez-vous essayé de redémarrer votre modem?"],
      ['c', 'ben oui 4 fois cette semaine, chu vraiment tanné', '40s'],
      ['c', 'je travaille de la maison pis je perds mes appels clients à chaque fois', '30s'],
      [
        'c',
        'franchement je paye 95$ par mois pour un service qui marche une journée sur deux',
        '30s',
      ],
    ],
    x: { h: true, r: ['negative_sentiment', 'negative_streak'], t: 'technical' },
  },
  {
    id: 'w4-fr-rdv-medical-numero-secu-colle',
    note: 'prise de rendez-vous: le patient colle son numéro de sécurité sociale complet (fictif): sensitive_data, support',
    m: [
      [
        'c',
        "bonjour je n'arrive pas à lier ma carte vitale à mon compte pour réserver chez le cardiologue",
        '0s',
      ],
      [
        'b',
        "Vous pouvez ajouter vos informations d'assuré dans Mon profil > Informations administratives.",
      ],
      [
        'c',
        "ça me dit numéro invalide. mon numéro de sécurité sociale c'est le 1 84 05 75 112 233 45, c'est bon non ?",
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'w4-fr-attestation-fiscale-article-en-boucle',
    note: 'attestation fiscale de services à la personne demandée trois fois autrement, le bot renvoie le même article: repeated_question + bot_not_helping, billing',
    cust: { name: 'Sylvie Rousseau' },
    m: [
      [
        'c',
        "Bonjour, je n'ai pas reçu l'attestation fiscale 2025 pour le ménage à domicile, j'en ai besoin pour ma déclaration.",
        '0s',
      ],
      ['b', 'Vos factures sont disponibles dans votre espace client, rubrique Mes factures.'],
      [
        'c',
        "Ce n'est pas une facture que je cherche mais l'attestation annuelle pour le crédit d'impôt.",
      ],
      ['b', 'Vos factures sont disponibles dans votre espace client, rubrique Mes factures.'],
      [
        'c',
        'Autrement dit : où est le document récapitulatif des sommes versées en 2025 pour les impôts ?',
      ],
      ['b', 'Vos factures sont disponibles dans votre espace client, rubrique Mes factures.'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'billing',
      f: ['attestation fiscale 2025'],
    },
  },
  {
    id: 'w4-fr-enterprise-lien-doc-api',
    note: 'client enterprise avec une question triviale (lien de la documentation API) répondue: pas de handoff',
    cust: {
      name: 'Julien Perrin',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 410000,
    },
    m: [
      ['c', "Bonjour, où trouve-t-on la doc de l'API v3 pour les webhooks ?", '0s'],
      [
        'b',
        "La documentation des webhooks de l'API v3 est sur developers.example.com/v3/webhooks, avec des exemples de signature.",
      ],
      ['c', 'Trouvé, merci !'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-fr-conseillere-a-rejoint-client-agace',
    note: "une conseillère a rejoint la conversation et a écrit en dernier: pas de second handoff malgré l'agacement",
    m: [
      ['c', 'ma box ne capte plus la TV depuis 3 jours', '0s'],
      ['b', 'Je vous mets en relation avec une conseillère.'],
      ['s', 'Camille (support technique) a rejoint la conversation'],
      ['a', 'Bonjour, Camille du support. Je lance un diagnostic à distance de votre décodeur.'],
      ['c', "c'est quand même inadmissible, 3 jours sans télé et personne ne me rappelle"],
      [
        'a',
        'Je comprends tout à fait. Le diagnostic montre une carte réseau défaillante : je vous envoie un décodeur neuf en express, livraison demain.',
      ],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-fr-esim-activation-longue-boucle',
    note: 'activation eSIM qui échoue pendant plus de 20 minutes sur WhatsApp, le bot tourne en rond: long_session + bot_not_helping',
    ch: 'whatsapp',
    m: [
      [
        'c',
        "bonjour j'ai scanné le QR code de l'eSIM et mon téléphone dit \"impossible d'activer\"",
        '0s',
      ],
      ['b', 'Vérifiez que votre téléphone est connecté au Wi-Fi et réessayez.'],
      ['c', 'je suis en wifi', '3m'],
      ['b', 'Redémarrez votre téléphone puis scannez à nouveau le QR code.'],
      ['c', 'fait, même message', '4m'],
      ['b', 'Vérifiez que votre téléphone est connecté au Wi-Fi et réessayez.'],
      ['c', 'oui wifi, redémarré, toujours "impossible d\'activer"', '3m'],
      ['b', "Le QR code ne peut être utilisé qu'une fois. Avez-vous déjà scanné ce QR code ?"],
      ['c', "une seule fois tout à l'heure et ça a échoué", '4m'],
      ['b', 'Redémarrez votre téléphone puis scannez à nouveau le QR code.'],
      ['c', "ça fait 20 minutes, je n'ai plus de ligne depuis ce matin", '6m'],
    ],
    nowAfter: '1m',
    x: { h: true, r: ['long_session', 'bot_not_helping'], t: 'technical' },
  },
  {
    id: 'w4-fr-be-formulaire-inscription-long-resolu',
    note: 'longue conversation de plus de 30 minutes qui se termine résolue ("c\'est bon ça marche"): ni long_session ni handoff',
    ch: 'whatsapp',
    m: [
      [
        'c',
        "bonjour je n'arrive pas à finir l'inscription de ma fille au stage de natation, la page tourne",
        '0s',
      ],
      ['b', 'Bonjour ! Quel navigateur utilisez-vous ?'],
      ['c', 'safari sur iphone', '4m'],
      ['b', 'Pouvez-vous désactiver le mode navigation privée et réessayer ?'],
      ['c', 'je ne sais pas comment on fait 😅', '3m'],
      [
        'b',
        'Dans Safari, appuyez sur l\'icône des onglets en bas à droite, puis sur "Privée" et choisissez un groupe d\'onglets normal.',
      ],
      ['c', 'ok fait, je recommence', '6m'],
      ['c', "il me demande le numéro d'affiliation de la mutuelle, c'est obligatoire ?", '5m'],
      [
        'b',
        'Non, ce champ est facultatif ; il sert seulement au remboursement partiel par certaines mutuelles.',
      ],
      ['c', "d'accord, je le mettrai plus tard", '2m'],
      ['c', "c'est bon ça marche, j'ai reçu le mail de confirmation", '9m'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-fr-resiliation-abonnement-faite',
    note: 'résiliation que le bot enregistre: churn traité, sales, pas de handoff',
    m: [
      ['c', 'je voudrais résilier mon abonnement au magazine, trop de choses à lire 😅', '0s'],
      [
        'b',
        "C'est noté : votre abonnement prendra fin après le numéro de janvier, et aucun prélèvement ne sera effectué ensuite. Voulez-vous confirmer ?",
      ],
      ['c', 'oui je confirme'],
      ['b', "C'est fait, vous recevrez la confirmation par e-mail."],
      ['c', 'reçu merci'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'w4-fr-tpe-erreur-inconnue',
    note: "un commerçant voit un code d'erreur de terminal de paiement que le bot ne connaît pas: novel_problem, technical",
    cust: { name: 'Karim Benali' },
    m: [
      [
        'c',
        'mon TPE affiche "E-TPE-451 clé de session expirée" depuis ce midi, aucun paiement carte ne passe',
        '0s',
      ],
      ['b', 'Essayez de redémarrer votre terminal de paiement.'],
      ['c', 'redémarré deux fois, toujours E-TPE-451'],
      ['b', "Je n'ai malheureusement pas d'information sur ce code d'erreur."],
      ['c', "j'ai un restaurant plein ce soir, je fais comment"],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['E-TPE-451'], p: 'high' },
  },
  {
    id: 'w4-fr-be-parler-a-un-responsable-inadmissible',
    note: 'colis jamais livré, le client exige un responsable et juge la situation inadmissible: human_request + escalation_keyword',
    m: [
      ['c', "Mon colis 9982-BE est marqué livré depuis lundi, je n'ai rien reçu.", '0s'],
      [
        'b',
        'Il arrive que le livreur dépose le colis chez un voisin. Avez-vous vérifié autour de chez vous ?',
      ],
      ['c', "Oui, j'ai fait tout le quartier."],
      ['b', 'Il arrive que le livreur dépose le colis chez un voisin.'],
      ['c', "C'est inadmissible. Je veux parler à un responsable, pas à un robot."],
    ],
    x: { h: true, r: ['human_request', 'escalation_keyword'], t: 'support', f: ['9982-BE'] },
  },
  {
    id: 'w4-fr-formation-prix-avant-achat',
    note: "question avant achat sur le prix public d'une formation, répondue: sales sans handoff",
    m: [
      [
        'c',
        'Bonsoir, combien coûte la formation Excel avancé et est-elle finançable avec le CPF ?',
        '0s',
      ],
      [
        'b',
        "La formation Excel avancé (14 heures, en ligne) coûte 490 € et elle est éligible au CPF : vous pouvez l'acheter directement depuis Mon Compte Formation.",
      ],
      ['c', "Génial, je m'inscris ce soir."],
    ],
    x: { h: false, t: 'sales' },
  },
];
