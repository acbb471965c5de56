// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w2-fr-fr-creches-40-sites-paie',
    note: 'a 40-site nursery network wants a phased multi-year rollout with payroll-history migration and a contact person: custom deal, indirect human request',
    ch: 'email',
    m: [
      [
        'c',
        "Bonjour,\n\nNous sommes un réseau de 40 crèches (environ 900 salariés) et nous cherchons à remplacer notre logiciel de paie et de planning d'ici septembre. Nous aurions besoin d'échanger sur un déploiement progressif sur nos 40 sites, un engagement sur trois ans et la reprise de l'historique de paie depuis notre outil actuel.\n\nPourriez-vous nous faire une proposition ?\n\nBien cordialement,\nNathalie Roussel\nDirectrice administrative et financière",
        '0s',
      ],
      [
        'b',
        'Bonjour Nathalie, merci pour votre message. Notre offre Pro est à 8 € par salarié et par mois, sans engagement. Vous pouvez démarrer un essai gratuit de 30 jours depuis notre site.',
      ],
      [
        'c',
        "Bonjour,\n\nMerci, mais un essai en libre-service ne correspond pas à notre besoin : il nous faut un interlocuteur pour cadrer la migration et les conditions d'un contrat pluriannuel à cette échelle.\n\nCordialement,\nNathalie Roussel",
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['40 crèches', '900 salariés'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-emailing-black-friday-resiliation',
    note: 'enterprise e-mailing customer: all campaigns stuck for four days before Black Friday, the bot answers beside the point; calls it inadmissible and threatens to leave',
    cust: {
      id: 'cus_fr_2290',
      name: 'Julien Marchand',
      email: 'j.marchand@maisonlumen.example',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 230000,
      language: 'fr',
    },
    ctx: {
      account: {
        plan: 'Mailora Enterprise',
        contacts: 1200000,
        monthly: 4800,
      },
    },
    m: [
      [
        'c',
        'Bonjour, depuis lundi toutes nos campagnes restent bloquées en statut "En file d\'attente". On a 1,2 million de contacts et le Black Friday c\'est vendredi.',
        '0s',
      ],
      [
        'b',
        "Bonjour ! Les campagnes peuvent rester en file d'attente pendant la vérification de votre domaine d'envoi. Avez-vous validé vos enregistrements DKIM et SPF ?",
      ],
      ['c', "Oui, validés depuis 2021. Rien n'a changé de notre côté."],
      ['b', 'Merci. Vous pouvez aussi essayer de dupliquer la campagne et de la reprogrammer.'],
      [
        'c',
        "Fait trois fois. Même résultat. Les emails transactionnels partent bien, c'est uniquement le marketing.",
      ],
      [
        'b',
        'Les campagnes de plus de 500 000 contacts sont envoyées par lots. Le délai peut atteindre quelques heures.',
      ],
      ['c', 'Quelques heures oui, là ça fait 4 jours.'],
      [
        'b',
        'Je comprends. Voici notre guide sur les statuts des campagnes : aide.mailora.fr/statuts',
      ],
      ['c', 'On le connaît par cœur votre guide.'],
      ['b', 'Y a-t-il autre chose que je puisse faire pour vous ?'],
      [
        'c',
        "Oui, nous dire ce qui se passe. C'est inadmissible pour un compte comme le nôtre, on paie 4 800 € par mois.",
      ],
      ['b', 'Je suis désolé pour la gêne occasionnée.'],
      [
        'c',
        "Si rien ne part d'ici jeudi, on résilie et on bascule chez un concurrent pour le Black Friday. Notre DG est déjà au courant.",
      ],
      ['b', "J'ai bien noté votre retour."],
      ['c', 'Super. Très rassurant.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'negative_sentiment', 'escalation_keyword', 'bot_not_helping'],
      t: 'technical',
      f: ['4 800 €', '1,2 million de contacts'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-sneakers-contrefaites-banque',
    note: 'counterfeit item, the platform refuses because the order is finalised; the buyer will ask the bank to contest the payment: chargeback threat',
    ch: 'whatsapp',
    m: [
      [
        'c',
        "bonjour j'ai reçu des sneakers contrefaites, commande 84419027, 145€ avec les frais",
        '0s',
      ],
      [
        'b',
        'Bonjour ! Le délai pour signaler un problème est de 2 jours après la livraison. Votre colis a été livré il y a 5 jours, la commande est donc finalisée.',
      ],
      [
        'c',
        "j'étais en déplacement, j'ai ouvert le colis hier. c'est clairement des fausses, j'ai les photos",
      ],
      [
        'b',
        "Une fois la commande finalisée, aucun remboursement n'est possible via la plateforme. Vous pouvez contacter directement le vendeur.",
      ],
      [
        'c',
        "le vendeur m'a bloqué. bon ben tant pis, j'appelle ma banque demain pour contester le paiement, ils récupéreront les 145€ eux",
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['84419027', '145€'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-demenagement-casse-avocat',
    note: 'removal damage compensation capped by the bot; the customer rejects it and says her lawyer will send a formal notice: legal threat',
    ch: 'email',
    m: [
      [
        'c',
        'Bonjour,\n\nLors de mon déménagement du 8 novembre (dossier DEM-2026-3381), vos déménageurs ont cassé le plateau en verre de ma table et rayé une armoire ancienne. Les réserves sont notées sur la lettre de voiture. Votre service sinistres me propose 120 € pour un préjudice estimé à 1 450 €.\n\nCordialement,\nAurélie Vasseur',
        '0s',
      ],
      [
        'b',
        "Bonjour Madame Vasseur, conformément à nos conditions générales, l'indemnisation est plafonnée selon la valeur déclarée. La proposition de 120 € correspond à ce plafond.",
      ],
      [
        'c',
        "Bonjour,\n\nJe n'ai jamais signé de déclaration de valeur. Je refuse cette proposition et j'ai transmis le dossier à mon avocat, qui vous adressera une mise en demeure si aucune offre sérieuse ne m'est faite sous quinze jours.\n\nAurélie Vasseur",
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      f: ['DEM-2026-3381', '1 450 €'],
      p: 'high',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-pension-chien-carte',
    note: 'paying the balance of a dog-boarding stay by typing the full card number, expiry and security code: sensitive data',
    ch: 'whatsapp',
    m: [
      [
        'c',
        "coucou, je récupère Oslo (mon golden) samedi à la pension, il reste 210€ à payer c'est ça ?",
        '0s',
      ],
      [
        'b',
        "Bonjour ! Oui, le solde du séjour d'Oslo est de 210 €, payable sur place ou en ligne via le lien envoyé par email.",
      ],
      [
        'c',
        'le lien marche pas chez moi 😕 tiens ma carte tu peux débiter direct : 4012 8888 8888 1881 exp 04/28 crypto 737',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      f: ['210€', 'Oslo'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-jeu-save-cloud-ecrasee',
    note: 'a cloud sync error wiped 200 hours of progress; the bot has no answer for the code and the history is empty: novel problem',
    m: [
      [
        'c',
        'wsh j\'ai perdu toute ma save de Vallée d\'Ombre après la synchro cloud, 200h de jeu 😭 ça me met "Erreur SYNC-0xE3 : conflit de version non résolu"',
        '0s',
      ],
      [
        'b',
        'Salut ! En cas de conflit de sauvegarde, va dans Paramètres > Sauvegardes et choisis "Conserver la version locale".',
      ],
      [
        'c',
        "y a plus de version locale, la synchro l'a écrasée. il me reste juste une save niveau 1",
      ],
      [
        'b',
        'Tu peux essayer de restaurer une sauvegarde précédente depuis Paramètres > Sauvegardes > Historique.',
      ],
      [
        'c',
        "l'historique est vide. c'est quoi cette erreur SYNC-0xE3 ?? y a moyen de récup ma save côté serveur ?",
      ],
      ['b', "Je n'ai pas d'information sur ce code d'erreur."],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['SYNC-0xE3', '200h'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-rdv-annule-pourquoi',
    note: 'cancelled pregnancy check-up; the patient asks why in four wordings while the bot repeats the rebooking line and falls back; ends in sarcasm',
    m: [
      [
        'c',
        'bonjour mon rdv chez le Dr Benali le 3 décembre a été annulé ce matin, j\'ai juste reçu un sms "rendez-vous annulé"',
        '0s',
      ],
      [
        'b',
        'Bonjour ! Vous pouvez reprendre un rendez-vous en recherchant votre praticien dans la barre de recherche.',
      ],
      ['c', "oui mais pk il a été annulé ? je l'avais pris il y a 2 mois"],
      [
        'b',
        'Pour reprendre un rendez-vous, recherchez votre praticien dans la barre de recherche.',
      ],
      ['c', "je vous demande la raison de l'annulation, c'est vous ou le cabinet qui a annulé ?"],
      [
        'b',
        "Les rendez-vous peuvent être annulés par le praticien ou par le patient. Consultez l'historique dans Mes rendez-vous.",
      ],
      ['c', "dans l'historique c'est marqué \"annulé\" c'est tout. qui a annulé et pourquoi ?"],
      ['b', "Je n'ai pas compris votre demande. Pouvez-vous reformuler ?"],
      ['c', "mon rdv. annulé. pourquoi. c'est plus clair ?"],
      [
        'b',
        'Pour reprendre un rendez-vous, recherchez votre praticien dans la barre de recherche.',
      ],
      [
        'c',
        "le prochain créneau dispo est en mars. c'est un suivi de grossesse, je peux pas attendre mars",
      ],
      ['b', 'Vous pouvez activer les alertes pour être prévenue si un créneau se libère.'],
      ['c', "donc personne peut me dire ce qui s'est passé avec ce rdv ?"],
      ['b', 'Les rendez-vous peuvent être annulés par le praticien ou par le patient.'],
      ['c', 'super utile. merci hein'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping', 'negative_sentiment'],
      t: 'support',
      f: ['Dr Benali', '3 décembre'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-hotel-lisbonne-reservation-introuvable',
    note: 'late at night the hotel cannot find a paid booking; over 20 minutes the bot loops, the traveller asks how to get a room three ways, gets upset and asks for an adviser',
    ch: 'whatsapp',
    start: '2026-11-14T22:40:00Z',
    m: [
      [
        'c',
        "bonsoir, je suis à la réception de l'hôtel Baixa Garden à Lisbonne et ils trouvent pas ma réservation. réf LX-552871, 3 nuits payées",
        '0s',
      ],
      [
        'b',
        "Bonsoir ! Je vois votre réservation LX-552871 confirmée pour 3 nuits à partir d'aujourd'hui. Vous pouvez présenter le bon de réservation envoyé par email.",
        '4s',
      ],
      ['c', "je leur ai montré le mail, ils disent qu'ils ont rien reçu de votre part", '3m'],
      [
        'b',
        'Votre réservation est confirmée. Vous pouvez présenter le bon de réservation envoyé par email.',
        '4s',
      ],
      ['c', 'oui elle est confirmée chez vous mais pas chez eux. vous pouvez les appeler ?', '2m'],
      [
        'b',
        "Je ne peux pas passer d'appels. Vous trouverez les coordonnées de l'hôtel dans votre bon de réservation.",
        '4s',
      ],
      [
        'c',
        "je suis DEVANT l'hôtel, le problème c'est pas leurs coordonnées. il est 23h30, j'ai deux enfants crevés",
        '3m',
      ],
      ['b', 'Je comprends. Voulez-vous que je renvoie le bon de réservation par email ?', '4s'],
      ['c', 'non !! comment je fais pour avoir une chambre ce soir ?', '1m'],
      ['b', "Vous pouvez consulter nos conditions d'annulation dans votre espace voyageur.", '4s'],
      [
        'c',
        "je veux pas annuler, je veux dormir. qui peut régler ça avec l'hôtel maintenant ?",
        '4m',
      ],
      ['b', "Je n'ai pas compris votre demande. Pouvez-vous reformuler ?", '4s'],
      [
        'c',
        "ça fait 20 min que je tourne en rond avec vous. l'hôtel dit qu'il reste une chambre à 240€ la nuit, je la prends ou pas ? vous me remboursez après ?",
        '5m',
      ],
      ['b', 'Les remboursements sont traités selon les conditions de votre réservation.', '4s'],
      ['c', "passez moi un conseiller svp, n'importe qui, c'est urgent", '3m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: [
        'long_session',
        'human_request',
        'repeated_question',
        'bot_not_helping',
        'negative_sentiment',
        'negative_streak',
      ],
      t: 'support',
      f: ['LX-552871', 'Baixa Garden'],
      p: 'high',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-attestation-tribunal-divorce',
    note: 'a court case is only why the customer needs a home-insurance certificate: an ordinary how-to, answered',
    m: [
      [
        'c',
        "Bonjour, je dois fournir une attestation d'assurance habitation au tribunal dans le cadre de mon divorce, où je peux la télécharger ?",
        '0s',
      ],
      [
        'b',
        'Bonjour ! Dans votre espace client, rubrique Mes contrats > Habitation > Documents, cliquez sur "Attestation d\'assurance". Elle est datée du jour et signée électroniquement.',
      ],
      ['c', 'Parfait, téléchargée. Merci beaucoup'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-parapharmacie-remboursement-fait',
    note: 'missing item in an online pharmacy order; the bot refunds it within policy and the customer sees the confirmation',
    m: [
      [
        'c',
        "bonjour il manque la crème solaire dans ma commande PH-204417, j'ai bien reçu le reste",
        '0s',
      ],
      [
        'b',
        'Bonjour ! Désolé pour cet oubli. Je vous ai remboursé les 14,90 € de la crème solaire sur votre carte, vous allez recevoir un email de confirmation.',
      ],
      ['c', 'ah super, le mail est arrivé. merci !'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-suivi-colis-numero',
    note: 'a tracking number is not sensitive data; delivery estimate answered',
    ch: 'sms',
    m: [
      [
        'c',
        'Bonjour, mon colis 6A23456789012 est bloqué sur "en cours d\'acheminement" depuis lundi, c\'est normal ?',
        '0s',
      ],
      [
        'b',
        'Bonjour ! Le colis 6A23456789012 a été scanné ce matin à la plateforme de Bonneuil. Livraison prévue demain avant 13h.',
      ],
      ['c', 'Ok nickel merci'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-enterprise-version-tls',
    note: 'an enterprise customer asks a trivial API question the bot answers: tier does not change the decision',
    ch: 'other',
    cust: {
      id: 'cus_fr_0015',
      name: 'Sophie Lemaire',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 175000,
      language: 'fr',
    },
    m: [
      ['c', 'Bonjour, votre API accepte encore TLS 1.1 ? notre RSSI veut couper', '0s'],
      [
        'b',
        "Bonjour Sophie ! Non, l'API n'accepte que TLS 1.2 et 1.3 depuis mars 2025. Vous pouvez couper TLS 1.1 sans impact.",
      ],
      ['c', 'Parfait, merci'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-train-remboursement-avec-agent',
    note: 'long refund chat handled by an agent after a system join line; the customer grumbles after the agent, but a person already holds the conversation',
    m: [
      [
        'c',
        'bonjour mon train Paris-Lyon du 12/11 a eu 2h40 de retard, je voudrais la compensation',
        '0s',
      ],
      [
        'b',
        'Bonjour ! Je vous mets en relation avec un conseiller pour traiter votre demande de compensation.',
      ],
      ['s', 'Karim (Service Client) a rejoint la conversation'],
      [
        'a',
        'Bonjour, Karim du service client. Pouvez-vous me donner la référence de votre dossier de voyage ?',
      ],
      ['c', 'QXPT7R'],
      [
        'a',
        'Merci. Je vois bien un retard de 2h40 sur le train 6611. Vous avez droit à 50 % du prix du billet, soit 43,50 €.',
      ],
      ['c', "seulement 50% ? j'ai raté un rdv pro à cause de ça"],
      [
        'a',
        'Je comprends. Au-delà de 2 heures de retard, la compensation prévue est de 50 %. Les frais indirects ne sont malheureusement pas couverts.',
      ],
      ['c', "bon. c'est versé comment ?"],
      ['a', "En bon d'achat sous 48h, ou en virement sous 15 jours si vous préférez."],
      ['c', 'virement'],
      ['a', "C'est noté. Le virement de 43,50 € sera fait sur la carte utilisée pour l'achat."],
      ['c', '15 jours pour 43 balles, franchement…'],
      ['a', 'Je vous envoie la confirmation par email dans un instant.'],
      [
        'c',
        'et la prochaine fois prévenez avant que le train parte, on était coincés à Mâcon sans info',
      ],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'fr',
    },
  },
];
