// French (France, Belgium, Quebec), formal and colloquial. See ../README.md for the format.
export const defaults = { l: 'fr' };

export default [
  {
    id: 'fr-pas-une-reclamation',
    note: 'trap: "ce n\'est pas une réclamation"; a question about gift wrapping, answered',
    cust: { id: 'cus_4001', name: 'Camille Laurent', language: 'fr' },
    m: [
      [
        'c',
        "Bonjour, ce n'est pas une réclamation, juste une question : est-ce que vous proposez l'emballage cadeau pour la commande CMD-30877 ?",
      ],
      [
        'b',
        "Bonjour Camille ! Oui, l'emballage cadeau est possible tant que la commande n'est pas expédiée. Je l'ai ajouté à CMD-30877 (2,90 €). Souhaitez-vous un message sur la carte ?",
      ],
      ['c', 'Oui : « Joyeux anniversaire Léa ! » Merci beaucoup'],
      ['b', "C'est noté, la carte sera jointe au colis."],
    ],
    x: { h: false, t: 'support', f: ['CMD-30877'] },
  },
  {
    id: 'fr-parler-conseiller-facture',
    note: 'asks for an advisor about an invoice the bot cannot explain',
    cust: { id: 'cus_4002', name: 'Philippe Moreau', tier: 'pro' },
    m: [
      [
        'c',
        'Bonjour, ma facture FA-11207 comporte des frais de « mise en service » de 75 € que je ne comprends pas.',
      ],
      ['b', 'Vos factures sont disponibles dans votre espace client, rubrique Factures.'],
      [
        'c',
        "Je l'ai sous les yeux justement. Je voudrais parler à un conseiller, s'il vous plaît.",
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'billing', f: ['FA-11207', '75 €'] },
  },
  {
    id: 'fr-rgpd-effacement',
    note: "erasure request under GDPR (droit à l'effacement): compliance, support issue type",
    ch: 'email',
    cust: { id: 'cus_4003', name: 'Isabelle Fournier' },
    m: [
      [
        'c',
        "Madame, Monsieur,\n\nConformément au RGPD, j'exerce mon droit à l'effacement et vous demande de supprimer l'ensemble de mes données personnelles, y compris mon historique de commandes.\n\nCordialement,\nIsabelle Fournier",
      ],
      [
        'b',
        'Merci pour votre message. Vous pouvez modifier vos préférences de communication dans votre compte.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'fr-contester-banque',
    note: 'threatens to contest the payment with the bank after a refused refund: refund dispute',
    cust: { id: 'cus_4004', name: 'Nicolas Girard' },
    m: [
      [
        'c',
        "J'ai renvoyé le casque audio Zenith X2 il y a un mois et toujours pas de remboursement.",
      ],
      ['b', 'Le remboursement est effectué sous 14 jours après réception du retour.'],
      [
        'c',
        "Vous l'avez reçu le 28 octobre, j'ai la preuve de dépôt. Si les 189 € ne sont pas remboursés cette semaine, je conteste le paiement auprès de ma banque.",
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['Zenith X2', '189 €'] },
  },
  {
    id: 'fr-sarcasme-colis',
    note: 'sarcasm that is clearly negative about a three-week-late parcel',
    ch: 'whatsapp',
    cust: { id: 'cus_4005', name: 'Julien Petit' },
    m: [
      ['c', 'Ma commande CMD-29120 devait arriver le 4 novembre.'],
      ['b', 'Votre colis est en cours de livraison.'],
      [
        'c',
        "Bravo, vraiment. Trois semaines « en cours de livraison ». Chapeau, un service digne d'une médaille. Il est où mon colis ?",
      ],
    ],
    x: { h: true, r: ['negative_sentiment'], t: 'support', f: ['CMD-29120'] },
  },
  {
    id: 'fr-inadmissible-porter-plainte',
    note: '"inadmissible" and "porter plainte": escalation keyword and legal threat',
    cust: { id: 'cus_4006', name: 'Sylvie Bonnet' },
    m: [
      ['c', "On m'a prélevé un abonnement que je n'ai jamais souscrit, 3 mois de suite."],
      ['b', "Pouvez-vous me donner l'adresse e-mail du compte concerné ?"],
      [
        'c',
        "sylvie.bonnet@example.fr. C'est inadmissible. Si ce n'est pas réglé je vais porter plainte.",
      ],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'compliance_legal', 'negative_sentiment'],
      t: 'billing',
    },
  },
  {
    id: 'fr-devis-trois-ans',
    note: 'three-year quote for 120 seats: sales opportunity',
    cust: { id: 'lead_4007', name: 'Hélène Rousseau', segment: 'mid-market' },
    m: [
      [
        'c',
        'Bonjour, nous souhaitons équiper nos 120 postes de votre solution de téléphonie. Pourriez-vous nous faire un devis pour un engagement de 3 ans ?',
      ],
      ['b', "Merci pour votre intérêt ! L'offre Business est à 24 € par utilisateur et par mois."],
      [
        'c',
        "D'accord, mais sur 3 ans et 120 postes, nous attendons une remise. Qui peut nous faire une proposition ?",
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['120 postes', '3 ans'] },
  },
  {
    id: 'fr-horaires-service-client',
    note: 'trap: asks about support opening hours, not for a person now',
    cust: { id: 'cus_4008' },
    m: [
      ['c', 'Bonsoir, votre service client est ouvert le samedi ?'],
      [
        'b',
        'Bonsoir ! Nos conseillers sont disponibles du lundi au samedi, de 9 h à 18 h. Le dimanche, seul le chat automatique répond.',
      ],
      ['c', 'Parfait, merci'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'fr-mot-de-passe-oublie',
    note: 'forgotten password how-to, solved by the bot',
    cust: { id: 'cus_4009', name: 'Chantal Mercier' },
    m: [
      ['c', "J'ai oublié mon mot de passe et le lien de réinitialisation n'arrive pas."],
      [
        'b',
        'Le lien peut mettre quelques minutes. Pouvez-vous vérifier vos courriers indésirables ?',
      ],
      ['c', 'Ah oui, il était dans les spams. Merci, ça marche !'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'fr-numero-carte',
    note: 'customer writes a full Luhn-valid card number into the chat',
    cust: { id: 'cus_4010', name: 'Bernard Lefèvre' },
    m: [
      [
        'c',
        'Le paiement de ma commande CMD-31002 ne passe pas. Voici ma carte : 5555 5555 5555 4444, expire 11/27.',
      ],
      ['b', 'Merci de ne jamais partager vos données bancaires dans le chat.'],
      ['c', "Bon, alors comment je paie ? Ça bloque à chaque fois à l'étape 3D Secure."],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing', f: ['CMD-31002'] },
  },
  {
    id: 'fr-qc-modem-redemarre',
    note: 'Quebec colloquial French; modem fixed by a restart',
    ch: 'sms',
    cust: { id: 'cus_4011', name: 'Maxime Tremblay' },
    m: [
      ['c', 'allo, mon modem marche pu depuis à matin, les lumières clignotent orange'],
      [
        'b',
        'Bonjour Maxime ! Débranchez le modem 30 secondes puis rebranchez-le. Les voyants devraient passer au blanc en 2 à 3 minutes.',
      ],
      ['c', "c'est beau, c'est revenu. merci ben!"],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'fr-bot-comprend-rien',
    note: 'the bot falls back repeatedly and the customer says it understands nothing',
    cust: { id: 'cus_4012', name: 'Antoine Garnier' },
    m: [
      ['c', "Je veux transférer mon abonnement à mon fils, c'est possible ?"],
      ['b', "Désolé, je n'ai pas compris. Pouvez-vous reformuler ?"],
      ['c', 'Mettre mon abonnement au nom de mon fils.'],
      ['b', "Désolé, je n'ai pas compris. Pouvez-vous reformuler ?"],
      ['c', "Vous ne comprenez rien, c'est pénible."],
    ],
    x: { h: true, r: ['bot_not_helping', 'negative_sentiment'], t: 'support' },
  },
  {
    id: 'fr-be-panne-apres-intervention',
    note: 'Belgian customer back after a handoff: the same internet outage is still unresolved',
    prev: 1,
    cust: { id: 'cus_4013', name: 'Sophie Claes' },
    m: [
      ['c', "Bonjour, j'ai plus internet depuis hier soir. Box Fibra 3.", '0s'],
      ['s', "Conversation transférée à l'agent Karim (file : technique)."],
      ['a', "Bonjour Sophie, j'ai relancé la ligne à distance. Ça devrait revenir dans l'heure."],
      ['s', "L'agent a rendu la conversation au robot."],
      [
        'c',
        "Re-bonjour, ça n'est jamais revenu. Toujours pas d'internet, le voyant de la Box Fibra 3 est rouge.",
        '20h',
      ],
      ['b', 'Avez-vous essayé de redémarrer votre box ?'],
      ['c', "Oui, comme hier. L'agent devait régler le problème, c'est toujours en panne."],
    ],
    x: { h: true, r: ['previous_handoff'], t: 'technical', f: ['Box Fibra 3'] },
  },
  {
    id: 'fr-pas-besoin-conseiller',
    note: 'trap: "pas besoin d\'un conseiller" is a negation; an exchange the bot arranges',
    ch: 'whatsapp',
    cust: { id: 'cus_4014', name: 'Léa Fontaine' },
    m: [
      [
        'c',
        "Pas besoin d'un conseiller, je veux juste échanger la robe de la commande CMD-31450 contre une taille 38.",
      ],
      [
        'b',
        "C'est fait ! La taille 38 est disponible, l'échange est enregistré et l'étiquette de retour vous a été envoyée par e-mail.",
      ],
      ['c', 'Top, merci 😊'],
    ],
    x: { h: false, t: 'support', f: ['CMD-31450'] },
  },
  {
    id: 'fr-suivi-colis-numero',
    note: 'trap: a long tracking number is not sensitive; routine tracking',
    ch: 'sms',
    cust: { id: 'cus_4015' },
    m: [
      ['c', 'Bonjour, mon colis 6A12345678901 est bloqué « en attente » depuis lundi, c normal ?'],
      [
        'b',
        'Bonjour ! Le colis 6A12345678901 est au centre de tri de Chilly-Mazarin. Un retard régional est signalé ; la livraison est prévue jeudi.',
      ],
      ['c', 'ok merci'],
    ],
    x: { h: false, t: 'support', f: ['6A12345678901'] },
  },
  {
    id: 'fr-session-longue-imprimante',
    note: 'web chat over 20 minutes with a printer still offline: long session',
    cust: { id: 'cus_4016', name: 'Gérard Lambert' },
    m: [
      [
        'c',
        "Bonjour, mon imprimante PrintJet 5200 n'imprime plus depuis que j'ai changé de box internet.",
        '0s',
      ],
      [
        'b',
        "Sur l'imprimante, allez dans Paramètres > Wi-Fi > Assistant de configuration et choisissez votre nouveau réseau.",
      ],
      [
        'c',
        "Fait. L'imprimante est connectée au Wi-Fi, mais l'ordinateur la voit « hors ligne ».",
        '6m',
      ],
      [
        'b',
        "Supprimez l'imprimante dans les paramètres de l'ordinateur puis ajoutez-la de nouveau.",
      ],
      ['c', 'Supprimée et rajoutée. Toujours hors ligne.', '8m'],
      ['b', "Redémarrez l'imprimante et l'ordinateur."],
      ['c', "Redémarrés tous les deux. Rien. Ça fait presque une demi-heure que j'y suis.", '9m'],
    ],
    x: { h: true, r: ['long_session'], t: 'technical', f: ['PrintJet 5200'] },
  },
  {
    id: 'fr-grand-compte-resiliation',
    note: 'enterprise account considering termination: high value at risk of churning',
    cust: {
      id: 'cus_4017',
      name: 'Christine Marchand',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 480000,
    },
    m: [
      [
        'c',
        'Bonjour, notre contrat arrive à échéance en mars. Vu les lenteurs répétées sur nos 25 agences, la direction envisage sérieusement de résilier.',
      ],
      ['b', 'Vous pouvez consulter les détails de votre contrat dans Admin > Abonnement.'],
      ['c', "Je connais les détails. Je vous préviens que nous regardons d'autres solutions."],
    ],
    x: { h: true, r: ['high_value_customer'], t: 'sales', f: ['25 agences'] },
  },
  {
    id: 'fr-remboursement-dans-les-delais',
    note: 'in-policy refund that the bot completes',
    cust: { id: 'cus_4018', name: 'Aurélie Blanc' },
    m: [
      [
        'c',
        'Bonjour, je voudrais retourner la bouilloire de la commande CMD-30990, elle ne me plaît pas finalement.',
      ],
      [
        'b',
        "Pas de souci, vous êtes dans le délai de 30 jours. J'ai créé le retour : l'étiquette est dans votre boîte mail et le remboursement de 39,90 € sera fait dès réception.",
      ],
      ['c', 'Parfait, merci beaucoup !'],
    ],
    x: { h: false, t: 'billing', f: ['CMD-30990'] },
  },
  {
    id: 'fr-ras-le-bol',
    note: 'three consecutive clearly exasperated messages about repeated technician no-shows',
    cust: { id: 'cus_4019', name: 'Didier Roux' },
    m: [
      ['c', "Le technicien n'est pas venu. Encore."],
      ['b', 'Nous sommes désolés. Souhaitez-vous un nouveau rendez-vous ?'],
      [
        'c',
        "J'en ai ras le bol ! Trois rendez-vous, trois absences, trois jours de congé perdus !",
      ],
      ['c', 'Vous vous moquez de vos clients, franchement.'],
      ['c', 'Je suis furieux. Plus jamais je ne recommanderai votre entreprise.'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'technical',
    },
  },
  {
    id: 'fr-meme-question-trois-fois',
    note: 'asks three times in other words how to add a second driver; the bot keeps answering something else',
    cust: { id: 'cus_4020', name: 'Mathieu Perrin' },
    m: [
      ['c', 'Comment ajouter un deuxième conducteur sur ma location de voiture LOC-55821 ?'],
      ['b', 'Vous pouvez modifier les dates de votre location dans Mes réservations.'],
      [
        'c',
        "Je ne veux pas changer les dates. Ma femme doit pouvoir conduire aussi, c'est possible ?",
      ],
      ['b', 'Vous pouvez modifier les dates de votre location dans Mes réservations.'],
      ['c', 'Encore une fois : comment déclarer un conducteur supplémentaire pour LOC-55821 ?'],
      ['b', "Désolé, je n'ai pas compris votre demande."],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'support',
      f: ['LOC-55821'],
    },
  },
  {
    id: 'fr-widget-en-client-ecrit-fr',
    note: 'the widget hint says English and the profile says Dutch, but the customer writes French; routine answer',
    lang: 'en',
    cust: { id: 'cus_4021', name: 'Pieter Claes', language: 'nl' },
    m: [
      ['c', 'Bonjour, est-ce que je peux payer ma commande en trois fois sans frais ?'],
      [
        'b',
        'Bonjour ! Oui, le paiement en 3 fois sans frais est proposé pour les commandes de 100 € à 2 000 €. Choisissez-le à la dernière étape du paiement.',
      ],
      ['c', 'Super, merci !'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'fr-fil-email-resolu-jours',
    note: 'French email thread over several days, resolved by the bot: gaps are not a long session',
    ch: 'email',
    cust: { id: 'cus_4022', name: 'Véronique Garnier' },
    m: [
      [
        'c',
        "Bonjour,\n\nj'ai commandé un canapé (commande CMD-30655) et j'aimerais savoir si la livraison peut se faire à l'étage, nous sommes au 3e sans ascenseur.\n\nVéronique Garnier",
      ],
      [
        'b',
        "Bonjour Madame Garnier, la livraison à l'étage est possible avec l'option « Livraison confort » (39 €), qui inclut le montage. Souhaitez-vous l'ajouter ?",
        '2h',
      ],
      [
        'c',
        "Oui, ajoutez-la s'il vous plaît. Le canapé passe-t-il dans un escalier de 90 cm de large ?",
        '1d',
      ],
      [
        'b',
        "C'est ajouté. Le canapé est livré en deux modules de 85 cm, il passe donc sans problème dans votre escalier.",
        '1h',
      ],
      ['c', 'Parfait, merci pour ces précisions.', '2d'],
    ],
    x: { h: false, t: 'support', f: ['CMD-30655'] },
  },
];
