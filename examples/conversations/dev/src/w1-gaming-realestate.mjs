// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w1-en-gems-not-credited-after-handoff',
    note: 'in-game currency paid for but never credited; an earlier handoff promised it within 24h and it is still missing after 20+ minutes of live chat: previous_handoff + long_session',
    ch: 'web',
    prev: 1,
    cust: {
      name: 'Kayla Jordaan',
      language: 'en',
    },
    ctx: {
      orders: [
        {
          id: 'GP-99120447',
          status: 'paid',
          total: 49.99,
        },
      ],
      tickets: [
        {
          id: 'PAY-77013',
          subject: '5000 gems not credited',
          status: 'open',
          createdAt: '2026-11-15T18:05:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'hey its been 3 days since your support guy said my 5000 gems would be added in 24h. still not there',
        '0s',
      ],
      ['b', 'Hi Kayla! Purchases can take a few minutes to appear. Try restarting the game.'],
      ['c', '3 DAYS not minutes. restarted like 50 times', '40s'],
      ['b', "Please make sure you're logged into the same account you used for the purchase."],
      ['c', 'same account, only have one. order GP-99120447, $49.99', '1m'],
      ['b', 'Thanks. I can see order GP-99120447 was paid.'],
      ['c', 'yes so where are the gems', '20s'],
      ['b', 'Purchases can take a few minutes to appear. Try restarting the game.'],
      ['c', 'omg', '15s'],
      ['c', "the guy on friday said he'd add them manually. ticket PAY-77013", '4m'],
      ['b', 'I can see ticket PAY-77013 is open.'],
      ['c', 'ok so can someone finish it', '30s'],
      ['b', 'Is there anything else I can help you with?'],
      ['c', 'still waiting. the gems!!', '14m'],
      ['b', "Please make sure you're logged into the same account you used for the purchase."],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['previous_handoff', 'long_session'],
      t: 'billing',
      f: ['GP-99120447', '$49.99', 'PAY-77013'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-studio-backend-launch-lag-churn',
    note: 'enterprise studio on the multiplayer backend: launch-week failures across regions, calls it unacceptable and will move providers unless terms change: high_value_customer + escalation_keyword',
    ch: 'email',
    cust: {
      id: 'cus_ent_9310',
      name: 'Ingrid Halvorsen',
      email: 'ingrid@example-studio.com',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 1150000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Multiplayer Enterprise',
        regions: 5,
        contractEnd: '2027-03-31',
      },
    },
    m: [
      [
        'c',
        'Hello,\n\nOur launch weekend was badly hit by matchmaking timeouts in five regions on your platform. Player reviews on Steam dropped to "Mixed" as a direct result. Frankly, this is unacceptable for a service we pay seven figures a year for.\n\nUnless we can agree service credits and a revised SLA this month, our tech director has been asked to plan a migration to another provider before our contract ends in March.\n\nIngrid Halvorsen\nExecutive Producer',
      ],
      [
        'b',
        'Hi Ingrid, thanks for reaching out! You can monitor service health for all regions at status.example.com.',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'escalation_keyword'],
      t: 'sales',
      p: 'high',
      l: 'en',
    },
  },
  {
    id: 'w1-en-ban-appeal-voice-streak',
    note: 'voice call about a wrongful cheating ban: three clearly angry turns in a row: negative_sentiment + negative_streak',
    ch: 'voice',
    cust: {
      name: 'Jake Murray',
      language: 'en',
    },
    m: [
      [
        'c',
        'yeah my account just got banned for cheating and ive never cheated in my life ive played this game four years',
      ],
      ['b', 'Bans are issued by our anti-cheat system. You can appeal at example.com/appeal.'],
      [
        'c',
        'i did appeal and it got rejected in like two minutes so clearly nobody even looked this is a joke',
      ],
      ['b', 'Appeals are reviewed carefully and decisions are final.'],
      [
        'c',
        'carefully in two minutes yeah right four years and hundreds of quid on skins gone absolutely disgusting',
      ],
      ['b', 'I understand your frustration.'],
      ['c', 'no you dont im so angry right now this is theft honestly'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-landlord-premium-listing-price',
    note: 'landlord asks the list price of a premium listing and buys it: self-serve sales, no handoff',
    ch: 'web',
    cust: {
      name: 'Helen Naidoo',
      segment: 'private_landlord',
      language: 'en',
    },
    m: [
      ['c', "what's the difference between a standard and premium listing and how much is premium"],
      [
        'b',
        'Standard listings are free for 30 days. Premium is R650 for 30 days: your listing appears at the top of search results, gets a "Featured" badge and up to 40 photos instead of 15.',
      ],
      ['c', 'ok upgraded the listing to premium, paid'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-middleware-sdk-unity6-enterprise',
    note: 'enterprise studio asks which SDK version supports Unity 6: trivial documented answer, stays with the bot',
    ch: 'web',
    cust: {
      id: 'cus_ent_9311',
      name: 'Tobias Lind',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 1150000,
      language: 'en',
    },
    m: [
      ['c', 'which version of your multiplayer SDK supports Unity 6?'],
      [
        'b',
        'Unity 6 is supported from SDK 4.2.0 onwards. The current release is 4.4.1, available from the Unity Asset Store or our package registry.',
      ],
      ['c', 'great, upgrading to 4.4.1'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-flat-service-charge-estate-agent-hypothetical',
    note: 'a counterfactual complaint about an estate agent ("if the agent had told me...") with an ordinary pre-purchase question answered: no handoff',
    ch: 'web',
    m: [
      [
        'c',
        "if the agent had mentioned the service charge at the viewing I wouldn't have to ask, but hey. what is the annual service charge and ground rent on flat 4B at Wharfside?",
      ],
      [
        'b',
        'For Flat 4B, Wharfside: the service charge is £2,140 a year (reviewed each April) and the ground rent is a peppercorn, so effectively £0. The lease has 989 years remaining.',
      ],
      ['c', "ok that's fine actually, still interested. thanks"],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-game-pass-downgrade-sms',
    note: 'downgrading a game subscription tier, done self-serve: sales, no handoff',
    ch: 'sms',
    m: [
      ['c', 'how do i go from ultimate down to standard? dont need cloud gaming anymore'],
      [
        'b',
        'Reply DOWNGRADE to switch from Ultimate ($19.99/month) to Standard ($14.99/month) from your next billing date, 1 December. You keep Ultimate until then.',
      ],
      ['c', 'DOWNGRADE'],
      ['b', "Done. From 1 December you're on Standard at $14.99/month."],
      ['c', 'cool thx'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
];
