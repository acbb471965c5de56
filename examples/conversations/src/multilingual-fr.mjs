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
];
