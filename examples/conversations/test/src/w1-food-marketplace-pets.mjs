// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w1-en-food-missing-drink-auto-refund',
    note: 'missing item refunded by the bot within policy: no handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'my diet coke is missing from the order 🙄 order 88213'],
      [
        'b',
        "Sorry about that! I can see a Diet Coke (£2.50) on order 88213. I've refunded £2.50 to your card; it shows in 3-5 days.",
      ],
      ['c', 'sorted ta'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['88213'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-office-lunches-250-staff',
    note: 'recurring corporate catering for 250 staff on two sites with monthly invoicing: sales_opportunity',
    ch: 'email',
    cust: {
      name: 'Priyanka Desai',
      email: 'p.desai@example-consulting.com',
      segment: 'mid-market',
      language: 'en',
    },
    m: [
      [
        'c',
        "Hi there,\n\nWe are looking to provide lunch for around 250 staff three days a week across our Manchester and Leeds offices from January. Ideally staff would order individually against a company allowance and we'd receive one consolidated invoice monthly.\n\nIs this something you could set up for us, and what would the arrangement look like at that scale?\n\nMany thanks,\nPriyanka Desai\nPeople & Workplace Lead",
      ],
      [
        'b',
        'Hi Priyanka! You can create a free business account at example.com/business and invite colleagues.',
      ],
      [
        'c',
        "Thanks. Before we commit to anything we'd need to talk through terms, allowances and invoicing with someone on your corporate side. Who should I contact?",
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['250'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-seller-payout-ticket-still-open',
    note: 'seller payout still missing, same open ticket in the CRM: previous_handoff',
    ch: 'web',
    cust: {
      name: 'Mariam Yusuf',
      segment: 'seller',
      tier: 'pro',
      language: 'en',
    },
    ctx: {
      account: {
        type: 'seller',
        payoutSchedule: 'weekly',
      },
      tickets: [
        {
          id: 'PAY-2281',
          subject: 'Payout of 1,382.40 not received',
          status: 'open',
          createdAt: '2026-11-04T10:12:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Hi, third week now waiting for my payout of $1,382.40. Ticket PAY-2281 has been open since the 4th and nobody has replied',
      ],
      ['b', 'Payouts are sent every Monday and can take up to 5 business days to reach your bank.'],
      [
        'c',
        'I know the schedule. This is 3 weeks, not 5 days. I need someone to actually look at PAY-2281',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'billing',
      f: ['$1,382.40', 'PAY-2281'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-seller-payout-account-iban-pasted',
    note: 'seller types a full IBAN into WhatsApp to change the payout account: sensitive_data',
    ch: 'whatsapp',
    m: [
      ['c', 'need to change where my payouts go, new bank account'],
      [
        'b',
        'You can update your payout account securely in Seller Hub > Payments > Payout method.',
      ],
      [
        'c',
        'cant log in on the laptop rn, just change it to GB29 NWBK 6016 1331 9268 19 pls, name on acct is R Patel',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-pet-booking-app-slots-spinner',
    note: 'grooming booking app shows an endless spinner, fixed by updating the app; the customer confirms',
    ch: 'sms',
    m: [
      ['c', 'trying to book a groom for my spaniel but the times page just spins forever'],
      [
        'b',
        'Sorry about that! Version 3.2 of the app fixed an issue with time slots. Could you check you have the latest version from the app store?',
      ],
      ['c', 'was on 3.0, updating now'],
      ['c', 'ok slots show now. booked saturday 10am'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-pet-food-cancel-dog-passed',
    note: 'sad but not angry: cancelling a pet food subscription after the dog died, done by the bot',
    ch: 'web',
    m: [
      ['c', 'Hi, I need to cancel my dog food subscription. Our Bella passed away on Sunday.'],
      [
        'b',
        "I'm so sorry for your loss. I've cancelled the subscription with immediate effect; the delivery planned for Friday won't be sent and you won't be charged again.",
      ],
      ['c', "Thank you, that's one less thing to think about. I can see it says cancelled."],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-vet-video-consult-crash-talk-to-vet',
    note: 'video consult app crashes on joining, cat unwell, asks to talk to the vet by phone: human_request',
    ch: 'web',
    cust: {
      name: 'Louise Carter',
      tier: 'pro',
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Pet Health Plus',
      },
      orders: [
        {
          id: 'VC-10982',
          status: 'scheduled',
          total: 0,
        },
      ],
    },
    m: [
      [
        'c',
        'my video consult VC-10982 was meant to start at 4, every time I press join the app closes',
      ],
      [
        'b',
        'Sorry about that! Please make sure the app has permission to use your camera and microphone.',
      ],
      ['c', 'it has. I checked'],
      ['b', 'Please try restarting your phone and joining again.'],
      ['c', 'restarted. still closes the second I press join'],
      ['b', 'You can also join from a computer at example.com/consult.'],
      ['c', "don't have a computer here"],
      ['b', 'I understand. Please try again in a few minutes.'],
      ['c', 'tried again same thing'],
      ['c', 'my cat has been sick 5 times today'],
      [
        'b',
        "I'm sorry to hear that. If your pet's condition is an emergency, please contact your nearest emergency vet.",
      ],
      ['c', "it's not an emergency yet, I just want advice"],
      ['b', 'Please try restarting your phone and joining again.'],
      ['c', 'honestly can the vet just phone me instead? my number is on the account'],
      ['b', 'Video consults take place in the app.'],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'technical',
      f: ['VC-10982'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-pet-sitter-no-show-agent-last',
    note: 'a person from the care team is handling the sitter no-show and wrote last: already with a person',
    ch: 'whatsapp',
    cust: {
      name: 'Zoe Lambert',
      language: 'en',
    },
    m: [
      [
        'c',
        "the sitter was supposed to come at 8 for my cats and she hasn't shown up. im at the airport",
      ],
      ['b', "I'm sorry! Let me get someone from our care team for you right away."],
      ['s', 'Amira from the Care Team joined the chat'],
      [
        'a',
        "Hi Zoe, Amira here. I've tried the sitter twice with no answer. I'm finding a replacement in your area now.",
      ],
      ['c', 'thank you. they need feeding tonight, one is on medication', '1m'],
      ['a', 'Noted. Which medication and what time?'],
      ['c', 'half a tablet of methimazole at 9pm, its in the kitchen drawer by the fridge', '1m'],
      [
        'a',
        "Got it. I've found a sitter, Grace, 1.2 km away, 4.9 stars. She can be there by 8:45.",
      ],
      ['c', 'omg yes please', '30s'],
      [
        'a',
        "Booked. She'll collect the key from the lockbox using the code on your booking. I've added the medication note.",
      ],
      ['c', 'and the original sitter?', '2m'],
      ['a', "We're looking into what happened and you won't be charged for her booking."],
      ['c', 'ok. boarding now, can you message me when grace is there', '1m'],
      ['a', "Of course. I'll message you here as soon as she checks in."],
      ['a', 'Grace has arrived and the cats have been fed. Medication given at 9:02.'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-food-where-is-order-voice',
    note: 'voice-to-text where-is-my-order, answered with the live position; the caller sees the rider: no handoff',
    ch: 'voice',
    m: [
      ['c', 'where is my order its been nearly an hour'],
      [
        'b',
        'Your order from Spice Route was picked up at 8:12 and the rider is about 4 minutes away.',
      ],
      ['c', 'oh ok yeah i can see him on the map now'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-food-tip-rider-not-a-complaint',
    note: '"not a complaint" negation; asking how to tip after delivery: billing how-to, no handoff',
    ch: 'web',
    m: [
      [
        'c',
        'not a complaint at all!! the rider carried my shopping up 4 floors because the lift was broken. can I still tip him after?',
      ],
      [
        'b',
        'That\'s lovely to hear! Yes, you can tip for up to 24 hours after delivery: open the order in Orders and tap "Add a tip". 100% goes to the rider.',
      ],
      ['c', 'done, gave him a fiver 😊'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-restaurant-partner-deductions-dispute',
    note: 'restaurant partner disputes unexplained payout deductions and asks for their account manager: refund_dispute + human_request',
    ch: 'web',
    cust: {
      name: 'Imran Qureshi',
      segment: 'restaurant_partner',
      tier: 'pro',
      lifetimeValue: 18500,
      language: 'en',
    },
    ctx: {
      account: {
        restaurant: 'Lahore Grill',
        payoutWeek: '2026-W46',
      },
    },
    m: [
      [
        'c',
        'hi, this weeks payout for Lahore Grill is £312 short. statement says "adjustments" with no detail',
      ],
      [
        'b',
        'Hi Imran! Adjustments can include refunds for missing or incorrect items reported by customers.',
      ],
      ['c', 'ok so which orders'],
      ['b', 'You can see the orders included in your payout in Partner Hub > Payouts > Statement.'],
      ['c', "I'm looking at it. it just says Adjustments -£312.00, one line, no order numbers"],
      [
        'b',
        'Adjustments can include refunds for missing or incorrect items reported by customers.',
      ],
      [
        'c',
        '£312 is like 15 orders worth of "missing items". we had zero complaints on the tablet this week',
      ],
      ['b', 'I understand. Is there anything else I can help you with?'],
      [
        'c',
        "yes, I don't accept these deductions. I want them reversed or shown to me order by order",
      ],
      ['b', 'You can see the orders included in your payout in Partner Hub > Payouts > Statement.'],
      ['c', 'going round in circles'],
      ['c', 'who is my account manager? put me in touch with her please, I dispute the £312'],
      ['b', 'Partner questions can be answered here in chat.'],
      ['c', 'clearly not'],
      ['b', 'Is there anything else I can help with?'],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'human_request'],
      t: 'billing',
      f: ['£312', 'Lahore Grill'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-marketplace-lawyer-says-business-address',
    note: 'a lawyer is only reported as the source of advice; the question is where to add a business address: how-to, no handoff',
    ch: 'web',
    cust: {
      name: 'Tomás Quinn',
      segment: 'seller',
      language: 'en',
    },
    m: [
      [
        'c',
        'my lawyer says I need to show a business address on my listings because I sell to EU customers. where do I add that?',
      ],
      [
        'b',
        "You can add it under Seller Hub > Settings > Business information > Trader details. Once saved, it's shown on every listing page and on invoices.",
      ],
      ['c', 'saved. I can see it on a listing now, good'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
];
