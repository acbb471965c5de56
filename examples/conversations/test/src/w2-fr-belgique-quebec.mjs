// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w2-fr-be-immo-rgpd-effacement',
    note: 'formal GDPR erasure request covering documents passed to agencies; the bot only offers account deletion',
    ch: 'email',
    m: [
      [
        'c',
        "Madame, Monsieur,\n\nConformément à l'article 17 du RGPD, je vous demande d'effacer l'ensemble des données me concernant : mon compte, mes recherches sauvegardées, mes demandes de visite et les documents que j'ai transmis aux agences via votre site (fiches de paie, composition de ménage).\n\nMerci de me confirmer l'effacement endéans le mois.\n\nBien à vous,\nSébastien Dubois",
        '0s',
      ],
      [
        'b',
        'Bonjour Monsieur Dubois, vous pouvez supprimer votre compte à tout moment dans Mon profil > Paramètres > Supprimer mon compte.',
      ],
      [
        'c',
        "Bonjour,\n\nJe ne demande pas seulement la suppression du compte, mais l'effacement des documents transmis aux agences par votre intermédiaire. Merci de traiter ma demande comme une demande RGPD formelle.\n\nSébastien Dubois",
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-leasing-cable-dossier-ouvert',
    note: 'replacement charging cable for a leased car still missing; an open ticket about the same problem in the CRM: previous handoff',
    ch: 'whatsapp',
    start: '2026-11-24T07:45:00Z',
    ctx: {
      tickets: [
        {
          id: 'LS-40913',
          subject: 'Câble de recharge Type 2 défectueux - remplacement',
          status: 'open',
          createdAt: '2026-11-14T16:02:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Bonjour, toujours pas de nouveau câble de recharge pour ma voiture de leasing. Dossier LS-40913 ouvert il y a 10 jours.',
        '0s',
      ],
      ['b', 'Bonjour ! Je vois le dossier LS-40913. Il est en cours de traitement.'],
      [
        'c',
        "Ça fait 10 jours qu'il est \"en cours\". Je recharge au boulot quand je trouve une borne libre, c'est pas tenable. Qui s'occupe de mon dossier ?",
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'technical',
      f: ['LS-40913'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-logistique-contrat-cadre-direction',
    note: 'enterprise warehouse customer with a competitor offer wants to renegotiate a framework contract with sales leadership before it lapses: churn risk and negotiation',
    ch: 'email',
    cust: {
      id: 'cus_be_0420',
      name: 'Pieter Vandenbroucke',
      email: 'p.vandenbroucke@vdb-logistics.example',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 610000,
      language: 'fr',
    },
    ctx: {
      account: {
        plan: 'WMS Enterprise',
        sites: 3,
        renewalDate: '2027-03-31',
      },
    },
    m: [
      [
        'c',
        "Bonjour,\n\nNotre contrat-cadre pour la gestion d'entrepôt (3 sites : Liège, Charleroi, Gand) arrive à échéance le 31 mars. Un concurrent nous propose une migration gratuite et des conditions nettement plus avantageuses sur cinq ans.\n\nAvant de trancher, nous souhaitons rediscuter le périmètre et les conditions de notre contrat avec votre direction commerciale. Sans rendez-vous d'ici fin décembre, nous lancerons la migration.\n\nCordialement,\nPieter Vandenbroucke\nCOO, Vandenbroucke Logistics",
        '0s',
      ],
      [
        'b',
        'Bonjour Monsieur Vandenbroucke, votre contrat sera renouvelé automatiquement aux conditions en vigueur. Les tarifs sont disponibles dans votre espace client.',
      ],
      [
        'c',
        'Bonjour,\n\nJustement, nous ne souhaitons pas de renouvellement automatique. Merci de transmettre notre demande à la personne en charge de notre compte.\n\nPieter Vandenbroucke',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['31 mars', 'Vandenbroucke Logistics'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-itsme-banque-connexion',
    note: 'long setup of a digital-ID login for online banking that ends with the customer reporting a successful login',
    m: [
      [
        'c',
        'Bonjour, je n\'arrive pas à me connecter à ma banque en ligne avec itsme, ça me dit "identité non liée"',
        '0s',
      ],
      [
        'b',
        "Bonjour ! Avez-vous déjà activé itsme avec votre carte d'identité ou via une autre banque ?",
      ],
      ['c', "je l'ai activé il y a 2 ans avec mon ancienne banque"],
      [
        'b',
        "D'accord. Il faut alors lier votre compte itsme à notre banque une première fois. Dans l'app itsme, allez dans Paramètres > Partenaires > Ajouter une banque.",
      ],
      ['c', 'je vois pas "partenaires", j\'ai Profil, Activité et Réglages'],
      [
        'b',
        "Dans les versions récentes, c'est Réglages > Mes connexions. Vérifiez aussi que l'app est à jour.",
      ],
      ['c', "ah il y avait une mise à jour. c'est fait"],
      ['c', "ok je suis dans Mes connexions, notre banque n'apparaît pas dans la liste"],
      [
        'b',
        'C\'est normal : la liaison se lance depuis notre site. Sur la page de connexion, choisissez "itsme" puis "Première connexion", et entrez votre numéro de GSM.',
      ],
      ['c', 'fait. il me demande mon numéro de client'],
      [
        'b',
        "Votre numéro de client figure sur votre carte de banque, au dos, sous la forme 8 chiffres suivis d'une lettre.",
      ],
      ['c', 'trouvé, encodé'],
      [
        'b',
        "Vous allez recevoir une demande de confirmation dans l'app itsme. Validez avec votre code itsme.",
      ],
      ['c', "c'est bon, confirmé dans l'app et je suis connecté, je vois mes comptes"],
      [
        'b',
        "Parfait ! Les prochaines fois, il suffira de choisir itsme et de confirmer dans l'app.",
      ],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-horaires-conseillers-samedi',
    note: 'voice-to-text question about when the advisers can be reached on Saturday: support hours, not a human request',
    ch: 'voice',
    m: [
      ['c', "bonjour vos conseillers sont joignables jusqu'à quelle heure le samedi", '0s'],
      [
        'b',
        'Bonjour ! Le samedi, nos conseillers sont joignables par téléphone de 9h à 13h au 02 555 12 12.',
      ],
      ['c', "d'accord merci je rappellerai samedi matin alors", '6s'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-decodeur-avec-conseiller',
    note: 'CRM says a human is handling the conversation; the customer is impatient, but a person already holds it',
    ch: 'whatsapp',
    cust: {
      id: 'cus_be_3317',
      name: 'Nadia El Amrani',
      language: 'fr',
      attributes: {
        handoffState: 'human',
      },
    },
    m: [
      [
        'c',
        'Toujours personne ? mon décodeur affiche encore E-202 et le match commence dans 20 minutes',
        '0s',
      ],
      ['c', 'allôôô', '4m'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-thermostat-pas-besoin-conseiller',
    note: '"no need to pass me an adviser": a negated human request; the reset steps work',
    m: [
      [
        'c',
        "Pas besoin de me passer un conseiller, dites-moi juste comment on réinitialise le thermostat connecté s'il vous plaît",
        '0s',
      ],
      [
        'b',
        "Bien sûr ! Maintenez le bouton central enfoncé 10 secondes jusqu'à ce que l'écran affiche \"RESET\", puis reconnectez-le au Wi-Fi depuis l'app (Ajouter un appareil).",
      ],
      ['c', "c'est fait, il est de nouveau dans l'app et il chauffe. merci"],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-cliniques-dentaires-18',
    note: "voice-to-text: an enterprise dental group's booking software is down in 18 clinics with an unknown code; asks for an immediate call back",
    ch: 'voice',
    cust: {
      id: 'cus_qc_0505',
      name: 'Cliniques dentaires Boréal',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 290000,
      language: 'fr',
    },
    ctx: {
      account: {
        plan: 'Clinique Pro Réseau',
        sites: 18,
      },
    },
    m: [
      [
        'c',
        "oui bonjour ici marie-ève tremblay des cliniques dentaires boréal notre logiciel de rendez-vous est planté dans nos dix-huit cliniques depuis huit heures on a des patients dans la salle d'attente pis on voit pas les dossiers",
        '0s',
      ],
      [
        'b',
        'Bonjour. Pouvez-vous essayer de vider le cache de votre navigateur et de vous reconnecter ?',
      ],
      [
        'c',
        "on l'a fait partout ça donne le même message erreur synchronisation base clinique code quatre cent douze dans les dix-huit cliniques en même temps",
        '20s',
      ],
      ['b', "Je n'ai pas d'information sur ce code d'erreur."],
      [
        'c',
        "ok ben là faut que quelqu'un de chez vous nous rappelle tout de suite c'est une urgence",
        '8s',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'novel_problem', 'human_request'],
      t: 'technical',
      f: ['dix-huit cliniques'],
      p: 'urgent',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-gym-penalite-opc',
    note: 'Quebec gym cancellation penalty above the legal cap; the customer contests it and will complain to the consumer protection office',
    m: [
      [
        'c',
        "Bonjour, j'ai annulé mon abonnement au gym après 2 mois sur 12 et vous m'avez chargé 250$ de frais de résiliation",
        '0s',
      ],
      [
        'b',
        'Bonjour ! Selon votre contrat, la résiliation avant terme entraîne des frais équivalant à 25 % du solde restant.',
      ],
      [
        'c',
        'La Loi sur la protection du consommateur limite la pénalité à 10 % du prix des services non fournis, max 50$. Vous me devez 200$.',
      ],
      ['b', 'Les frais de résiliation sont calculés selon les conditions de votre contrat.'],
      [
        'c',
        "Vos conditions respectent pas la loi. Si vous me remboursez pas la différence, je dépose une plainte à l'Office de la protection du consommateur cette semaine.",
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute', 'escalation_keyword'],
      t: 'billing',
      f: ['250$', '200$'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-location-nas-dans-chat',
    note: 'rental application: the applicant types a social insurance number and birth date so the bot enters them: sensitive data',
    m: [
      [
        'c',
        'Salut, je remplis la demande de location pour le 4 et demi sur Saint-Denis pis le formulaire me demande une enquête de crédit',
        '0s',
      ],
      [
        'b',
        'Bonjour ! L\'enquête de crédit se fait via notre partenaire sécurisé. Cliquez sur "Autoriser la vérification" à l\'étape 3.',
      ],
      [
        'c',
        "le lien marche pas sur mon cell. mon NAS c'est 046 454 286 pis ma date de naissance 14 mars 1996, tu peux-tu le rentrer pour moi?",
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      f: ['Saint-Denis'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-esim-aucun-service',
    note: 'eSIM installed but no service for over 20 minutes; the bot keeps sending the QR-code step and a guide while the customer asks why three ways',
    start: '2026-11-08T19:10:00Z',
    m: [
      [
        'c',
        "allo, j'ai activé l'eSIM sur mon nouveau cell pis depuis j'ai pas de réseau, ça marque \"Aucun service\"",
        '0s',
      ],
      [
        'b',
        'Bonjour ! Pour activer votre eSIM, scannez le code QR reçu par courriel dans Réglages > Cellulaire > Ajouter un forfait.',
        '4s',
      ],
      [
        'c',
        "c'est déjà fait, l'eSIM est installée, elle apparaît dans mes réglages. c'est le réseau qui marche pas",
        '2m',
      ],
      [
        'b',
        'Assurez-vous que la ligne eSIM est activée et sélectionnée pour les données cellulaires.',
        '4s',
      ],
      ['c', "oui elle est activée. pourquoi j'ai pas de service?", '2m'],
      [
        'b',
        'Pour activer votre eSIM, scannez le code QR reçu par courriel dans Réglages > Cellulaire > Ajouter un forfait.',
        '4s',
      ],
      ['c', "je l'ai DÉJÀ scanné. le code QR est utilisé, je peux pas le rescanner", '3m'],
      ['b', 'Consultez notre guide eSIM : soutien.mobilia.ca/esim', '4s'],
      [
        'c',
        "le guide dit de redémarrer, j'ai redémarré 4 fois. c'est quoi qui bloque le service sur ma ligne?",
        '5m',
      ],
      ['b', "Je n'ai pas compris votre question. Pouvez-vous reformuler ?", '4s'],
      [
        'c',
        "ma ligne marche pas depuis l'eSIM. est-ce que mon numéro a été transféré correctement ou pas?",
        '3m',
      ],
      [
        'b',
        'Pour activer votre eSIM, scannez le code QR reçu par courriel dans Réglages > Cellulaire > Ajouter un forfait.',
        '4s',
      ],
      [
        'c',
        "ok on tourne en rond. pis je peux même pas appeler votre service à la clientèle, j'ai pas de réseau 🙃",
        '4m',
      ],
      ['b', 'Consultez notre guide eSIM : soutien.mobilia.ca/esim', '4s'],
      ['c', 'ça fait une demi-heure. je fais quoi astheure?', '3m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'repeated_question', 'bot_not_helping'],
      t: 'technical',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-cegeps-entente-trois-ans',
    note: 'a group of public colleges wants a three-year agreement for about 15,000 users through procurement and asks for a contact in the education team',
    ch: 'email',
    m: [
      [
        'c',
        "Bonjour,\n\nJe coordonne les technologies éducatives pour un regroupement de quatre cégeps. Nous souhaiterions offrir votre plateforme de cours en ligne à l'ensemble de nos enseignants et étudiants, soit environ 1 200 comptes enseignants et 14 000 étudiants, avec une entente de trois ans, l'authentification via notre Microsoft 365 et l'hébergement des données au Canada.\n\nQuelle serait la démarche pour établir une entente de ce genre ?\n\nCordialement,\nFrançois Gagnon",
        '0s',
      ],
      [
        'b',
        'Bonjour François ! Notre forfait Campus est à 4 $ par utilisateur par mois. Vous pouvez vous inscrire directement en ligne.',
      ],
      [
        'c',
        "Bonjour,\n\nMerci, mais pour un regroupement d'établissements publics nous devons passer par un processus d'approvisionnement et négocier les modalités. J'aurais besoin d'un contact dans votre équipe responsable des établissements d'enseignement.\n\nFrançois Gagnon",
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['1 200 comptes enseignants', '14 000 étudiants'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-billets-canadien-transfert',
    note: 'a past intention to ask for someone ("I was going to ask to talk to someone, but it is fine") after the bot solved the ticket transfer',
    m: [
      [
        'c',
        "allo, j'ai 2 billets pour la game du Canadien samedi pis je peux pu y aller, comment je les transfère à mon chum?",
        '0s',
      ],
      [
        'b',
        'Bonjour ! Dans l\'appli, ouvrez vos billets, touchez "Transférer", puis entrez le courriel ou le numéro de cell de votre ami. Il doit accepter le transfert avant l\'événement.',
      ],
      [
        'c',
        "ok c'est envoyé, il vient de l'accepter. j'allais demander à parler à quelqu'un parce que je pensais que c'était compliqué, mais finalement c'est correct 😅",
      ],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-film-recours-collectif',
    note: '"Recours collectif" (class action) is a film title; a pre-purchase seat and student-price question',
    m: [
      [
        'c',
        "Bonsoir, il reste-tu des places pour Recours collectif vendredi 19h au Quartier Latin? pis c'est combien pour un étudiant?",
        '0s',
      ],
      [
        'b',
        'Bonsoir ! Oui, il reste des places pour Recours collectif vendredi à 19 h. Le billet étudiant est à 10,50 $ avec une carte valide.',
      ],
      ['c', "parfait j'en achète deux sur le site"],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-annulation-tele-conseiller',
    note: 'a system line says an adviser took over the cancellation; the customer is curt afterwards, but a person already holds the chat',
    m: [
      [
        'c',
        "je veux canceller mon forfait télé, ça fait 3 fois que j'essaie en ligne pis ça bogue",
        '0s',
      ],
      ['b', "Je vous transfère à un conseiller de l'équipe Fidélisation."],
      ['s', 'Un conseiller a pris en charge la conversation.'],
      ['c', "enfin. j'espère que vous allez pas essayer de me vendre de quoi"],
      ['c', 'je veux juste canceller, point'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-internet-1-giga',
    note: 'self-serve speed upgrade at list price, done by the customer',
    ch: 'whatsapp',
    m: [
      ['c', "allo c'est combien pour monter à l'internet 1 Giga? j'ai le 400 présentement", '0s'],
      [
        'b',
        'Bonjour ! Internet 1 Giga est à 85 $/mois, soit 15 $ de plus que votre forfait 400. Le changement est instantané et sans frais, dans Mon compte > Internet.',
      ],
      ['c', 'parfait je viens de le changer 🙌'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-console-nat-strict',
    note: 'long troubleshooting of strict NAT for online play that ends with the customer reporting the NAT is open and the party works',
    m: [
      [
        'c',
        'allo, ma console dit "Type NAT strict" pis je peux pas rejoindre mes amis en ligne',
        '0s',
      ],
      [
        'b',
        'Bonjour ! On va régler ça. Votre console est branchée en Wi-Fi ou avec un fil sur le modem ?',
      ],
      ['c', 'avec un fil'],
      [
        'b',
        "Parfait. Première étape : activez l'UPnP sur le modem. Connectez-vous à 192.168.0.1 depuis un ordi ou un cell branché au réseau.",
      ],
      ['c', 'ça me demande un mot de passe admin'],
      [
        'b',
        'Il est imprimé sur l\'étiquette sous le modem, à la ligne "Admin". Ce n\'est pas le mot de passe Wi-Fi.',
      ],
      ['c', 'ok je suis rentré'],
      ['b', 'Allez dans Réseau avancé > UPnP et cochez "Activer", puis Appliquer.'],
      ['c', "c'est coché. je reteste sur la console"],
      ['c', 'modéré maintenant, pas ouvert'],
      [
        'b',
        "C'est déjà mieux. Avez-vous un deuxième routeur branché derrière le modem, par exemple un système mesh ?",
      ],
      ['c', 'oui un mesh que mon frère a installé'],
      [
        'b',
        'C\'est probablement un double NAT. Dans le modem, mettez le mesh en mode "Pont" : Réseau avancé > Mode passerelle > Désactiver, puis redémarrez le mesh.',
      ],
      ['c', 'fait, ça a redémarré. tout le monde a encore internet'],
      ['c', "NAT ouvert!! j'ai pu rejoindre le party de mes amis"],
      ['b', 'Excellent ! Bonne game !'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'fr',
    },
  },
];
