// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w2-fr-fr-mutuelle-ajout-bebe',
    note: 'adding a newborn to a health-insurance contract; the bot repeats the same menu path and the customer politely asks to talk with someone from the company',
    m: [
      [
        'c',
        "Bonjour, ma fille est née le 2 novembre et je voudrais l'ajouter sur ma mutuelle",
        '0s',
      ],
      [
        'b',
        'Bonjour et félicitations ! 🎉 Pour ajouter un bénéficiaire, rendez-vous dans votre espace adhérent, rubrique Mes bénéficiaires > Ajouter.',
      ],
      [
        'c',
        'Merci ! J\'ai essayé mais le formulaire demande son numéro de sécu, et elle n\'en a pas encore, elle est rattachée au mien. Le bouton "Valider" reste grisé.',
      ],
      [
        'b',
        'Pour ajouter un bénéficiaire, rendez-vous dans votre espace adhérent, rubrique Mes bénéficiaires > Ajouter.',
      ],
      [
        'c',
        "Oui c'est là que je suis… Est-ce qu'il serait possible d'échanger avec quelqu'un de chez vous, par téléphone ou ici ? J'ai déjà des frais de pédiatre à me faire rembourser",
      ],
    ],
    x: {
      h: true,
      r: ['human_request', 'bot_not_helping'],
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-energie-mediateur-regularisation',
    note: 'formal complaint about an estimated catch-up bill, open complaint ticket unanswered; will refer to the national energy ombudsman',
    ch: 'email',
    start: '2026-11-18T08:30:00Z',
    cust: {
      id: 'cus_fr_8801',
      name: 'Philippe Garnier',
      language: 'fr',
    },
    ctx: {
      tickets: [
        {
          id: 'REC-771902',
          subject: 'Contestation facture de régularisation',
          status: 'open',
          createdAt: '2026-10-02T09:10:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        "Madame, Monsieur,\n\nJe conteste depuis le 2 octobre la facture de régularisation de 1 318,62 € (réf. client 30041187652), établie sur un index estimé alors que mon compteur Linky transmet ses relevés chaque jour. Ma réclamation, enregistrée sous le n° REC-771902, est toujours sans réponse.\n\nSans réponse écrite satisfaisante sous huit jours, je saisirai le Médiateur national de l'énergie.\n\nCordialement,\nPhilippe Garnier",
        '0s',
      ],
      [
        'b',
        "Bonjour Monsieur Garnier, votre facture de régularisation correspond à l'écart entre vos mensualités et votre consommation réelle. Le détail est disponible dans votre espace client.",
      ],
      [
        'c',
        'Bonjour,\n\nVotre réponse ne traite pas ma réclamation : la consommation retenue est estimée, pas réelle. Je maintiens ma contestation et saisirai le Médiateur si nécessaire.\n\nPhilippe Garnier',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute', 'previous_handoff', 'escalation_keyword'],
      t: 'billing',
      f: ['1 318,62 €', 'REC-771902'],
      p: 'high',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-point-relais-meme-lien',
    note: 'parcel missing at the relay point, the bot sends the same help link twice; sarcastic reply asking what to actually do',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'bonjour mon colis est marqué "disponible en point relais" depuis hier mais le relais me dit qu\'il l\'a pas',
        '0s',
      ],
      [
        'b',
        'Bonjour ! Pour savoir comment retirer votre colis en point relais, consultez : aide.relaiscolis.fr/retrait',
      ],
      [
        'c',
        "j'ai lu, j'y suis allé avec le code et ma pièce d'identité, le commerçant a cherché partout, il l'a pas",
      ],
      [
        'b',
        'Pour savoir comment retirer votre colis en point relais, consultez : aide.relaiscolis.fr/retrait',
      ],
      [
        'c',
        "génial, merci pour ce lien que j'ai déjà ouvert 3 fois, vraiment ça change tout 👏 je fais quoi concrètement ??",
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'bot_not_helping'],
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-index-corrige-promis-hier',
    note: 'an agent promised yesterday (prev 1) to correct the meter index; today the old amount is debited again: same issue unresolved, disputed debit',
    prev: 1,
    m: [
      [
        'c',
        "re bonjour, hier une conseillère m'a dit qu'elle corrigeait mon index et que je recevrais une facture rectificative",
        '0s',
      ],
      [
        'c',
        "ce matin j'ai eu un nouveau prélèvement de 312,40€ sur l'ancienne facture, rien n'a été corrigé",
        '25s',
      ],
      ['b', 'Bonjour ! Vos factures sont disponibles dans votre espace client, rubrique Factures.'],
      [
        'c',
        "je sais où sont mes factures. ce que je veux c'est la correction qu'on m'a promise hier et qu'on arrête de me prélever ce montant",
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'refund_dispute'],
      t: 'billing',
      f: ['312,40€'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-autopartage-conseiller-bancaire',
    note: "a joke comparing the bot to the customer's bank adviser; the question is a list price, answered",
    m: [
      ['c', "salut, l'abonnement autopartage à 9€/mois il inclut des heures ou pas ?", '0s'],
      [
        'b',
        "Salut ! L'abonnement à 9 €/mois n'inclut pas d'heures, mais il baisse le tarif horaire à 4,50 € au lieu de 6 €, et le km à 0,29 €. Rentable dès 6 heures de location par mois.",
      ],
      ['c', "ok clair et net. franchement t'es plus efficace que mon conseiller bancaire 😂"],
      ['c', "je prends l'abonnement du coup"],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-streaming-pas-une-reclamation',
    note: '"not a complaint, just a question": a self-serve family-plan price question, answered',
    ch: 'whatsapp',
    m: [
      [
        'c',
        "hello, c'est pas une réclamation hein, juste une question : le forfait famille c'est combien et on peut être combien dessus ?",
        '0s',
      ],
      [
        'b',
        'Hello ! Le forfait Famille est à 17,99 €/mois pour 6 comptes maximum, vivant à la même adresse. Tu peux passer dessus depuis Compte > Abonnement.',
      ],
      ['c', 'top, on est 5 donc ça passe. je change ce soir'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-retour-bot-nouvelle-question',
    note: 'an agent resolved the earlier issue and returned the chat to the bot (prev 1); a new trivial question stays with the bot',
    ch: 'whatsapp',
    prev: 1,
    m: [
      [
        'a',
        'Voilà, votre nouvelle carte est commandée, vous la recevrez sous 5 jours. Je vous laisse avec notre assistant, bonne journée !',
        '0s',
      ],
      ['b', 'Re-bonjour ! Puis-je vous aider pour autre chose ?'],
      ['c', 'oui, je peux payer sans contact avec mon tel en attendant ?'],
      [
        'b',
        "Oui : ajoutez votre carte virtuelle dans Apple Pay ou Google Pay depuis l'appli, rubrique Cartes > Carte virtuelle. Elle est active tout de suite.",
      ],
      ['c', "c'est fait, elle est dans le wallet 👍"],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-studio-yoga-opposition-client',
    note: "a yoga-studio merchant asks how to answer a chargeback opened by one of its own customers: how-to, not the merchant's own dispute",
    m: [
      [
        'c',
        "Bonjour, une de mes élèves a fait opposition sur un paiement de 120 € pour un carnet de cours qu'elle a pourtant utilisé. Comment je réponds à la contestation ?",
        '0s',
      ],
      [
        'b',
        'Bonjour ! Dans votre tableau de bord, onglet Paiements > Litiges, ouvrez le litige et cliquez sur "Fournir des preuves". Joignez l\'historique des réservations et des présences de l\'élève. Vous avez 10 jours.',
      ],
      ['c', "ok, j'ai exporté les présences, elle est venue 8 fois. c'est envoyé"],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-demenagement-contrat-electricite',
    note: 'long chat moving an electricity contract to a new flat; ends with the customer reporting the confirmation email with the start date',
    m: [
      [
        'c',
        "bonjour je déménage le 1er décembre à Nantes et je voudrais transférer mon contrat d'électricité",
        '0s',
      ],
      [
        'b',
        "Bonjour ! Je peux vous aider. Avez-vous le numéro PDL du nouveau logement ? Il figure sur le compteur Linky ou sur l'ancienne facture du logement.",
      ],
      [
        'c',
        "jsp, je suis pas encore dedans. l'agence m'a donné un papier avec l'adresse et \"compteur 14\"",
      ],
      [
        'b',
        "Pas de souci, on peut le retrouver avec l'adresse exacte. Pouvez-vous me donner le numéro, la rue, l'étage et la porte ?",
      ],
      ['c', '12 rue Crébillon, 3e étage, porte gauche'],
      [
        'b',
        "Merci. J'ai trouvé deux compteurs au 3e étage. Le nom de l'ancien occupant vous dit quelque chose ?",
      ],
      ['c', "oui sur la boîte aux lettres c'était marqué Leroux"],
      [
        'b',
        "Parfait, c'est le compteur 14 au nom de M. Leroux. Je le note. Voulez-vous garder la même offre et la même puissance (6 kVA) ?",
      ],
      ['c', "c'est un T2 avec chauffage électrique, 6 kVA ça suffit ?"],
      [
        'b',
        "Pour un T2 chauffé à l'électricité, 9 kVA est plus confortable pour éviter les coupures. L'abonnement passe de 13,21 € à 16,58 € par mois.",
      ],
      ['c', 'ok va pour 9 kVA'],
      [
        'b',
        "C'est noté. Pour l'ancien logement, je programme la résiliation au 1er décembre. Pensez à relever l'index le jour du départ.",
      ],
      ['c', 'ça marche. et le prélèvement ça reste sur le même compte ?'],
      [
        'b',
        'Oui, le mandat de prélèvement reste le même. Vous allez recevoir un récapitulatif par email.',
      ],
      ['c', "c'est bon j'ai reçu le mail avec la mise en service au 01/12, merci"],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-fr-expose-rgpd-hebergement',
    note: 'GDPR only as the topic of a student presentation: where the app hosts data; no personal-data request, answered',
    m: [
      [
        'c',
        'Bonjour, je prépare un exposé sur le RGPD pour mon BTS, vos serveurs sont hébergés en Europe ou aux US ?',
        '0s',
      ],
      [
        'b',
        'Bonjour ! Toutes les données de nos utilisateurs sont hébergées en France, à Roubaix et Gravelines, chez un hébergeur français. Notre politique de confidentialité détaille les sous-traitants : appli.fr/confidentialite',
      ],
      ['c', "top, c'est exactement ce qu'il me fallait. merci !"],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'fr',
    },
  },
];
