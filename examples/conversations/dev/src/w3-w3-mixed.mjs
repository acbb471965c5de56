// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w3-mx-pt-widget-es-iban-ordenado',
    note: 'widget hint Spanish (wrong), customer writes European Portuguese and sends a full IBAN for her salary payments',
    lang: 'es',
    cust: {
      id: 'cus_pt_5005',
      name: 'Carla Antunes',
    },
    m: [
      [
        'c',
        'Bom dia, mudei de banco e quero que o ordenado deste mês já caia na conta nova. O IBAN é PT50 0002 0123 1234 5678 9015 4',
        '0s',
      ],
      ['b', '¡Hola! Puedes actualizar tus datos bancarios en Perfil > Datos de pago.'],
      [
        'c',
        'Não percebo bem espanhol 😅 mas já tentei no perfil e dá erro. Podem alterar vocês com o IBAN que mandei?',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      l: 'pt',
    },
  },
  {
    id: 'w3-mx-it-widget-en-login-401-google',
    note: 'English widget, customer writes Italian with English tech terms; the bot answers in English and the login works',
    lang: 'en',
    m: [
      [
        'c',
        'ciao il login nn funziona, tipo error 401 unauthorized quando faccio sign in con Google',
        '0s',
      ],
      [
        'b',
        "Hi! A 401 with Google sign-in usually means your account was created with email and password. Try 'Sign in with email' instead, or reset your password.",
      ],
      ['c', 'ah ok, provo... sì era quello, sono dentro. grz!'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'it',
    },
  },
  {
    id: 'w3-mx-nl-en-nummeroverdracht-engels-proberen',
    note: 'Flemish customer asks the same thing three ways (one in English) while the bot misreads and falls back; ends exasperated; mostly Dutch',
    cust: {
      id: 'cus_be_7788',
      name: 'Jonas Wouters',
      language: 'nl',
    },
    m: [
      [
        'c',
        'ik heb een nieuwe simkaart gekregen maar mijn nummer is niet overgezet van mijn vorige operator',
        '0s',
      ],
      ['b', 'Wil je een nieuwe simkaart bestellen? Dat kan via Mijn Account > Simkaart.'],
      [
        'c',
        'nee, ik HEB een nieuwe sim. mijn oude nummer moest overgezet worden, nummeroverdracht',
      ],
      ['b', 'Je kunt een nieuwe simkaart bestellen via Mijn Account > Simkaart.'],
      [
        'c',
        "ok let me try in English then: my number transfer from my old provider never happened. I've had no phone for 2 days",
      ],
      ['b', 'Sorry, ik begrijp je vraag niet. Kun je het anders formuleren?'],
      [
        'c',
        'onvoorstelbaar. twee dagen zonder gsm en jullie bot snapt niet eens wat een nummeroverdracht is',
      ],
    ],
    x: {
      h: true,
      r: ['bot_not_helping', 'repeated_question', 'negative_sentiment'],
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-mx-pt-en-profile-carregamento-passe',
    note: 'English profile, Brazilian customer writing Portuguese with English words; long chat that ends with the top-up credited',
    cust: {
      id: 'cus_br_1919',
      name: 'Juliana Prado',
      language: 'en',
    },
    m: [
      [
        'c',
        'oi, fiz um top up de R$ 50 no cartão de transporte pelo app e o saldo não atualizou',
        '0s',
      ],
      [
        'b',
        'Olá! Recargas pelo app ficam pendentes até o cartão ser validado em um leitor. Você já passou o cartão em alguma catraca ou validador depois da recarga?',
      ],
      ['c', 'ainda nao, to em casa'],
      [
        'b',
        'Então é normal o saldo aparecer como pendente. Outra opção é aproximar o cartão do celular em Cartão > Atualizar saldo (NFC).',
      ],
      ['c', 'meu celular tem nfc sim. onde fica esse menu?'],
      [
        'b',
        'No app, toque em Cartão, depois nos três pontinhos e em Atualizar saldo. Depois encoste o cartão na parte de trás do celular.',
      ],
      ['c', 'nao aparece atualizar saldo, só bloquear e segunda via'],
      [
        'b',
        'Essa opção aparece na versão 4.8 do app ou superior. Pode verificar se há update na loja?',
      ],
      ['c', 'tinha update sim, baixando', '2m'],
      ['c', 'ok atualizei, agora aparece'],
      ['b', 'Ótimo! Toque em Atualizar saldo e encoste o cartão.'],
      ['c', 'deu erro de leitura na primeira, vou tentar de novo', '1m'],
      ['c', 'agora foi, saldo R$ 50 creditado 🙌'],
      ['b', 'Perfeito! Boa viagem.'],
      ['c', 'valeu, super easy no fim'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'pt',
    },
  },
  {
    id: 'w3-mx-pt-en-reembolso-agencia-prev',
    note: 'WhatsApp, back after an earlier handoff (prev 1): the refund the agent approved has still not arrived; Portuguese with English slang',
    ch: 'whatsapp',
    prev: 1,
    cust: {
      id: 'cus_br_6655',
      name: 'Bruno',
      tier: 'pro',
      lifetimeValue: 8900,
    },
    m: [
      [
        'c',
        'bro, de novo eu. ontem the agent said my refund was approved, mas até agora nada na conta',
        '0s',
      ],
      [
        'b',
        'Olá! Reembolsos aprovados são creditados em até 10 dias úteis, conforme a forma de pagamento.',
      ],
      ['c', 'ela falou que era pix e caía em 24h. pacote Cancún, pedido 88213-B, R$ 1.150'],
      ['b', 'Você pode acompanhar o status do reembolso em Minhas Viagens > Reembolsos.'],
      ['c', 'lá diz "em análise". not approved, em análise. como assim?'],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'billing',
      l: 'pt',
      f: ['88213-B', 'R$ 1.150'],
    },
  },
  {
    id: 'w3-mx-nl-en-laadpaal-ground-fault',
    note: 'Dutch with English: a charger error after a firmware update that the bot has no answer for',
    cust: {
      id: 'cus_nl_7401',
      name: 'Lars',
      tier: 'pro',
    },
    m: [
      [
        'c',
        "mijn laadpaal geeft sinds de firmware update 'CP state F - ground fault' en laadt niet meer. what does that even mean?",
        '0s',
      ],
      [
        'b',
        'Hoi! Controleer of de laadkabel goed in de auto en de laadpaal zit en probeer de laadpaal te herstarten via de app.',
      ],
      [
        'c',
        'kabel zit goed, herstart gedaan, zelfs de groep in de meterkast ff uit en aan. same error',
      ],
      ['b', 'Ik heb helaas geen informatie over deze foutmelding.'],
      ['c', 'ok so nobody knows? de auto moet morgen vol zijn voor een rit naar Parijs'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      l: 'nl',
    },
  },
  {
    id: 'w3-mx-en-it-appuntamento-mamma-persona',
    note: 'Italian profile, customer writes mostly English with Italian phrases and asks for a real person',
    lang: 'it',
    cust: {
      id: 'cus_it_3131',
      name: 'Alessandro Neri',
      language: 'it',
    },
    m: [
      [
        'c',
        "hi, I need to change my mother's cardiology appointment at the Milano clinic, she can't come on Tuesday",
        '0s',
      ],
      ['b', 'Ciao! Per modificare un appuntamento inserisci il codice di prenotazione.'],
      [
        'c',
        "I don't have the code, she booked it by phone. posso parlare con qualcuno? a real person please, it's easier",
      ],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'support',
      l: 'en',
    },
  },
];
