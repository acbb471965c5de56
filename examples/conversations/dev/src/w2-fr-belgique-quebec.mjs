// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w2-fr-be-internet-responsable-tout-de-suite',
    note: 'five days without internet, technician no-show, new slot weeks away; three angry messages in a row and a demand for a manager',
    m: [
      [
        'c',
        "Bonjour, ça fait 5 jours qu'on n'a plus internet ni télé à la maison. Le technicien devait passer mardi, personne n'est venu.",
        '0s',
      ],
      [
        'b',
        'Bonjour ! Je suis désolé. Avez-vous essayé de redémarrer votre modem en le débranchant 30 secondes ?',
      ],
      [
        'c',
        "Évidemment que oui !! Je l'ai déjà dit à vos collègues lundi, mardi et mercredi. Le voyant est rouge, c'est la ligne. J'en ai marre.",
      ],
      [
        'b',
        'Un voyant rouge peut indiquer un problème de ligne. Je vous propose un nouveau rendez-vous technicien le 4 décembre entre 8h et 13h.',
      ],
      [
        'c',
        "Le 4 décembre ?! Je travaille à domicile, je paie septante-cinq euros par mois pour rien. C'est scandaleux.",
      ],
      [
        'b',
        'Je comprends votre frustration. Souhaitez-vous confirmer le rendez-vous du 4 décembre ?',
      ],
      ['c', 'Non. Je veux parler à un responsable, pas à un robot. Tout de suite.'],
    ],
    x: {
      h: true,
      r: ['human_request', 'escalation_keyword', 'negative_sentiment', 'negative_streak'],
      t: 'technical',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-festival-dimanche-annule',
    note: 'festival day cancelled for weather, the bot offers only a voucher for next year; the customer insists on the money back: contested refund',
    m: [
      [
        'c',
        "salut, le dimanche du festival a été annulé à cause de la tempête et j'avais un pass 1 jour dimanche à 89€. je voudrais être remboursé",
        '0s',
      ],
      [
        'b',
        "Salut ! En cas d'annulation pour raisons météo (force majeure), nos conditions prévoient un bon valable pour l'édition 2027, pas de remboursement.",
      ],
      ['c', "un bon pour l'année prochaine ? je suis en Erasmus en 2027, ça me sert à rien"],
      ['b', 'Le bon est nominatif mais tu peux le transférer gratuitement à une autre personne.'],
      [
        'c',
        "non désolé mais j'ai payé pour un truc qui a pas eu lieu, je veux mes 89€ sur mon compte. c'est pas correct ce que vous faites",
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['89€'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-energie-souscription-iban-rrn',
    note: 'signing up for a fixed-price energy offer, the customer pastes an IBAN and a national register number: sensitive data, a purchase',
    m: [
      [
        'c',
        'Bonjour, je voudrais souscrire à votre offre électricité verte à prix fixe 3 ans pour mon nouvel appartement à Namur',
        '0s',
      ],
      [
        'b',
        'Bonjour ! Avec plaisir. Vous pouvez souscrire en ligne en 5 minutes via le bouton "Je souscris", muni de votre code EAN.',
      ],
      [
        'c',
        "J'ai le code EAN mais le formulaire plante à l'étape du paiement. Je vous mets tout ici : BE68 5390 0754 7034, numéro de registre national 85.07.30-033.28, Camille Lambert",
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'sales',
      f: ['Namur'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-mobib-code-47',
    note: 'a top-up bought online cannot be loaded, the machine shows a code the bot knows nothing about: novel problem',
    m: [
      [
        'c',
        'Bonjour, j\'ai rechargé mon abonnement mensuel en ligne mais à la borne de la station Montgomery ça affiche "Carte non reconnue – code 47"',
        '0s',
      ],
      [
        'b',
        "Bonjour ! Après un achat en ligne, posez votre carte MOBIB sur une borne pour charger le titre. Cela peut prendre jusqu'à 2 heures après le paiement.",
      ],
      [
        'c',
        "C'était hier soir. J'ai essayé 3 bornes différentes, même message. Et aux portiques ça passe pas non plus",
      ],
      ['b', "Vérifiez que votre carte n'est pas pliée ou endommagée."],
      [
        'c',
        "Elle est nickel. C'est quoi ce code 47 ? Je dois racheter un ticket à chaque trajet en attendant ?",
      ],
      ['b', "Je n'ai pas d'information sur ce code."],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['code 47'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-coupure-eau-sms',
    note: 'SMS chat about an unannounced water cut, over 20 minutes, the bot points to the website and repeats the estimate; three emotional messages in a row, unresolved',
    ch: 'sms',
    start: '2026-11-16T10:05:00Z',
    m: [
      [
        'c',
        "Bonjour, plus d'eau depuis ce matin 7h rue Saint-Gilles 212 à Liège, aucun avis de coupure reçu",
        '0s',
      ],
      [
        'b',
        'Bonjour. Des travaux urgents sont en cours sur une conduite de votre quartier. Rétablissement prévu vers 12h.',
        '5s',
      ],
      ['c', "12h ?? on n'a même pas été prévenus. j'ai deux petits à la maison", '2m'],
      [
        'b',
        'Nous sommes désolés pour le désagrément. Les avis de travaux urgents sont publiés sur notre site.',
        '5s',
      ],
      ['c', 'sur votre site. génial. on devait le deviner peut-être', '2m'],
      ['b', 'Vous pouvez vous abonner aux alertes SMS de votre quartier sur notre site.', '5s'],
      ['c', "c'est vraiment n'importe quoi votre service, je suis furax", '3m'],
      ['b', 'Nous comprenons votre mécontentement.', '5s'],
      [
        'c',
        "est-ce qu'il y a au moins une citerne ou des bouteilles distribuées quelque part dans le quartier ?",
        '4m',
      ],
      ['b', 'Les informations sur les travaux sont disponibles sur notre site.', '5s'],
      ['c', "je vous demande s'il y a de l'eau distribuée quelque part. oui ou non ?", '3m'],
      ['b', 'Le rétablissement est prévu vers 12h.', '5s'],
      ['c', "le voisin a parlé aux ouvriers, d'après eux ça va durer jusqu'à ce soir", '6m'],
      ['b', "Nous n'avons pas d'information supplémentaire pour le moment.", '5s'],
      ['c', 'donc personne chez vous ne sait rien. super.', '2m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'negative_sentiment', 'negative_streak', 'bot_not_helping'],
      t: 'technical',
      f: ['rue Saint-Gilles 212'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-tva-responsable-demande',
    note: 'reported speech ("my manager asked me to check"); an invoice VAT-number check the bot answers',
    m: [
      [
        'c',
        "Bonjour, mon responsable m'a demandé de vérifier si votre facture de novembre mentionne bien notre numéro de TVA intracommunautaire, on est une société luxembourgeoise",
        '0s',
      ],
      [
        'b',
        "Bonjour ! Votre facture de novembre (F-2026-11-0871) mentionne le numéro LU26375245 et l'autoliquidation de la TVA. Elle est téléchargeable dans Facturation > Historique.",
      ],
      ['c', "Parfait, c'est bien ça. Je lui transmets, merci"],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-be-promo-finie-dommage',
    note: 'mild disappointment that a promotion ended; the bot offers the current offer and the customer signs up',
    m: [
      ['c', "Dommage, la promo -30 % sur l'abonnement fitness est finie ?", '0s'],
      [
        'b',
        "Bonjour ! Elle s'est terminée dimanche, oui. Cette semaine, le premier mois est offert sur l'abonnement annuel, ce qui revient à peu près au même sur l'année.",
      ],
      ['c', "ah ok ça me va aussi, je m'inscris en ligne ce soir"],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-frais-installation-vol',
    note: 'Quebec: installation fee billed despite a 24-month deal; three heated messages in a row and a refusal to pay',
    ch: 'whatsapp',
    m: [
      [
        'c',
        "allo, j'ai reçu ma première facture internet pis y'a 99,95$ de frais d'installation. le vendeur m'avait dit que c'était gratuit",
        '0s',
      ],
      [
        'b',
        "Bonjour ! Les frais d'installation de 99,95 $ s'appliquent aux nouveaux abonnements sans entente de 24 mois.",
      ],
      ['c', "ben là, c'est exactement pour ça que j'ai signé 24 mois!! vous me niaisez-tu?"],
      [
        'b',
        "Votre contrat indique une entente de 24 mois. Les frais d'installation sont facturés selon les conditions en vigueur.",
      ],
      ['c', 'ça fait aucun sens. chu vraiment écoeurée de me faire passer des sapins de même'],
      ['b', 'Je comprends. Puis-je vous aider avec autre chose ?'],
      ['c', "oui, enlever le 99,95$ de ma facture. je le paierai pas, c'est du vol pur pis simple"],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'refund_dispute'],
      t: 'billing',
      f: ['99,95$'],
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-hotel-preautorisation-5100',
    note: 'a hold on the card identified by its last four digits; the bot explains the pre-authorisation and the customer is fine',
    m: [
      [
        'c',
        "Bonjour, l'hôtel a bloqué 300$ sur ma carte qui finit par 5100, c'est normal? J'ai déjà tout payé en ligne",
        '0s',
      ],
      [
        'b',
        "Bonjour ! Oui, c'est une préautorisation pour les frais accessoires (stationnement, minibar). Elle est libérée automatiquement 3 à 5 jours ouvrables après votre départ.",
      ],
      ['c', "Ah ok, c'est juste un dépôt. Correct, merci!"],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'fr',
    },
  },
  {
    id: 'w2-fr-qc-apres-agent-forfait-illimite',
    note: 'the billing issue was solved by an agent earlier (prev 1); a new trivial plan-price question stays with the bot',
    ch: 'sms',
    prev: 1,
    m: [
      [
        'c',
        "re-bonjour, mon problème de facture a été réglé par l'agent tantôt merci. petite question: c'est combien pour passer au forfait données illimitées?",
        '0s',
      ],
      [
        'b',
        'Le forfait Illimité 100 Go à vitesse max est à 65 $/mois, taxes en sus. Vous pouvez changer dans Mon compte > Forfait, sans frais.',
      ],
      ['c', 'ok je vais y penser, merci'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'fr',
    },
  },
];
