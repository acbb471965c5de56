// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w1-en-parcel-redelivery-voice',
    note: 'voice-to-text redelivery booking done by the bot: no handoff',
    ch: 'voice',
    m: [
      [
        'c',
        'yeah hi i got a card saying you tried to deliver a parcel today but i was at work can i get it delivered saturday instead',
      ],
      ['b', 'Of course. Can you tell me the reference on the card? It starts with two letters.'],
      ['c', 'its c k four four seven one nine two'],
      [
        'b',
        "Thanks. I've booked a redelivery of parcel CK447192 for Saturday between 8 am and 1 pm.",
      ],
      ['c', 'brilliant thanks'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-shipper-5000-parcels-month-terms',
    note: 'e-commerce shipper moving ~5,000 parcels a month asks what terms are possible at that volume: sales_opportunity',
    ch: 'web',
    cust: {
      name: 'Ciara Flynn',
      segment: 'smb',
      language: 'en',
    },
    m: [
      [
        'c',
        "Hi, we're an online homeware shop doing around 5,000 parcels a month, mostly UK with some to Ireland. Current courier contract ends in Jan.",
      ],
      [
        'b',
        'Hi Ciara! You can send parcels from £3.49 with a business account. Sign up at example.com/business.',
      ],
      [
        'c',
        'Yes I saw the online rates. At 5,000 a month with a daily collection from our unit, what could you do for us? Happy to sign up for 12 or 24 months.',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['5,000'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-shipping-api-webhook-hmac-after-rotation',
    note: 'technical how-to: webhooks fail verification after rotating the secret; the fix works and the customer reports it',
    ch: 'web',
    cust: {
      name: 'Nate Kim',
      tier: 'pro',
      language: 'en',
    },
    m: [
      [
        'c',
        'since we rotated our API credentials yesterday all incoming tracking webhooks fail our HMAC check',
      ],
      [
        'b',
        'Rotating API credentials also generates a new webhook signing secret. The new one is under Developers > Webhooks > Signing secret; the old one stops being used right away.',
      ],
      ['c', 'ah. we only swapped the API key, not the signing secret'],
      [
        'b',
        'That would explain it. Update the signing secret in your verification code, then use "Resend" on any failed events from the last 72 hours.',
      ],
      ['c', "updated and redeployed. resent yesterday's failures, all 200 OK and verifying now"],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-rail-delay-repay-rejected-ombudsman',
    note: 'rejected delay compensation contested; formal complaint and the Rail Ombudsman: refund_dispute + escalation_keyword + compliance_legal',
    ch: 'email',
    cust: {
      name: 'Harriet Cole',
      email: 'harriet.cole@example.co.uk',
      language: 'en',
    },
    m: [
      [
        'c',
        'Dear Customer Relations,\n\nMy Delay Repay claim DR-5581207 for the 17:32 London Euston to Birmingham New Street on 6 November was rejected as "no qualifying delay". The train was cancelled and I arrived 94 minutes late on the next service. I attach the ticket and a screenshot of the cancellation.\n\nI would like the claim reviewed.\n\nHarriet Cole',
      ],
      [
        'b',
        'Dear Harriet, thank you for contacting us. Claims are assessed automatically using train running data. Your claim did not show a qualifying delay.',
      ],
      [
        'c',
        'Dear Customer Relations,\n\nYour running data is wrong; the train was cancelled. Please treat this as a formal complaint. If it is not resolved within 40 working days I will take it to the Rail Ombudsman.\n\nHarriet Cole',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'escalation_keyword', 'compliance_legal'],
      t: 'billing',
      f: ['DR-5581207'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-leap-card-missed-tap-off-adjusted-long',
    note: 'long chat about a maximum fare after a missed tap-off; the bot adjusts it in policy and the customer sees the balance: no handoff',
    ch: 'web',
    cust: {
      name: 'Siobhan Kearney',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi my travel card got charged €7.60 for one luas trip yesterday?? normally its like €2',
      ],
      [
        'b',
        "Let me check. Could you give me the card number printed on the back? It's 10 digits starting with 1.",
      ],
      ['c', '1029 448 210'],
      [
        'b',
        'Thanks. I can see a tap on at Ranelagh at 08:14 yesterday but no tap off, so the maximum fare was charged.',
      ],
      ['c', 'I definitely tapped off at st stephens green'],
      [
        'b',
        "Sometimes the validator doesn't register if the card is moved too quickly. Did you hear the beep?",
      ],
      ['c', 'honestly dont remember, was rushing'],
      ['b', 'No problem. Where did you get off?'],
      ['c', 'st stephens green'],
      [
        'b',
        "A Ranelagh to St Stephen's Green trip is €2.00 with your card. I can refund the difference of €5.60 as a one-off correction.",
      ],
      ['c', 'yes please'],
      [
        'b',
        'Done. The €5.60 will be loaded onto your card the next time you tap on, as a pending top-up.',
      ],
      ['c', 'do i need to do anything'],
      ['b', 'No, just tap on as normal. The validator screen will show "Credit applied".'],
      ['c', 'just checked in the app, balance shows the pending €5.60. grand so'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['€7.60'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-rail-school-group-discount',
    note: 'group travel list discount answered; booked online: sales, no handoff',
    ch: 'web',
    m: [
      [
        'c',
        "Hello, I'm a teacher taking 32 pupils and 4 staff to York in March. Do you do group fares?",
      ],
      [
        'b',
        'Yes! Groups of 10 or more get 30% off off-peak fares, and school groups travel with 1 free adult per 10 pupils. You can book up to 80 people online at example.com/groups.',
      ],
      ['c', "That's great. I've booked it online, the reference came through."],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-courier-reversed-into-wall-sarcasm',
    note: 'sarcastic message about a driver damaging a wall and a bot reply that ignores it: negative_sentiment + bot_not_helping',
    ch: 'web',
    m: [
      [
        'c',
        'Parcel arrived, lovely. Your driver also reversed into my garden wall on the way out and drove off. Really the full service 👏',
      ],
      ['b', 'Great to hear your parcel arrived safely! Would you like to rate your delivery?'],
      ['c', 'Oh absolutely, five stars for the wall demolition. Who pays for the wall?'],
      ['b', 'Thanks for your feedback! Is there anything else I can help with?'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'bot_not_helping'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-parcel-customs-hold-after-transfer',
    note: 'back after an earlier handoff about a parcel held in customs; still stuck: previous_handoff',
    ch: 'web',
    prev: 1,
    cust: {
      name: 'Meera Pillai',
      language: 'en',
    },
    ctx: {
      tickets: [
        {
          id: 'CUS-19031',
          subject: 'Parcel held in customs - documents requested',
          status: 'open',
          createdAt: '2026-11-10T09:30:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Hi, I spoke to your customs team last Tuesday about parcel RR118270542IN. I sent them the invoice they asked for the same day.',
        '0s',
      ],
      ['b', 'Hi Meera! Parcel RR118270542IN is currently held by customs.'],
      [
        'c',
        'yes I know. it has been held for 12 days now. they said 2-3 days after the invoice',
        '1m',
      ],
      ['b', 'Customs clearance can take 3-10 working days.'],
      ['c', 'it is 12. the agent said she would follow up', '1m'],
      ['b', 'You may need to provide an invoice for the goods.'],
      ['c', 'I ALREADY DID. on the 10th. case CUS-19031', '40s'],
      ['b', 'Thanks. You can upload documents at example.com/customs.'],
      ['c', 'uploaded there too. and emailed. what is happening with it', '1m'],
      ['b', 'Parcel RR118270542IN is currently held by customs.'],
      ['c', "it's medicine for my father", '1m'],
      ['b', "I'm sorry to hear that. Customs clearance can take 3-10 working days."],
      ['c', 'please can the same team look at it again', '1m'],
      ['b', 'Is there anything else I can help you with?'],
      ['c', 'no. just the parcel', '30s'],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'support',
      f: ['RR118270542IN', 'CUS-19031'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-fulfilment-msa-dpa-redlines',
    note: 'prospect returns a redlined master services agreement and DPA for a 3-year fulfilment deal: compliance_legal (contract/DPA redlines) + sales_opportunity',
    ch: 'email',
    cust: {
      name: 'Jonathan Pryce',
      email: 'j.pryce@example-brands.com',
      segment: 'mid-market',
      language: 'en',
    },
    m: [
      [
        'c',
        'Hi,\n\nFurther to our call, please find attached our redlines to your Master Services Agreement and Data Processing Addendum for the proposed three-year fulfilment arrangement (approx. 22,000 orders/month). Our main points are the liability cap in clause 11, the sub-processor notice period in DPA schedule 2, and termination for convenience.\n\nCould your legal and commercial teams review and come back to us by 5 December?\n\nBest,\nJonathan Pryce\nCOO',
      ],
      [
        'b',
        'Hi Jonathan, thank you for your email! You can view our standard terms at example.com/legal.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'sales_opportunity'],
      t: 'sales',
      f: ['22,000'],
      l: 'en',
    },
  },
];
