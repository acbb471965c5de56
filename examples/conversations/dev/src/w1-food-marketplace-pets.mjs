// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w1-en-food-marked-delivered-never-came-long',
    note: 'order marked delivered but never arrived; the bot loops for over 20 minutes on web and the customer gets angry: long_session + bot_not_helping + negative_sentiment',
    ch: 'web',
    cust: {
      name: 'Jordan Mills',
      language: 'en',
    },
    m: [
      ['c', 'app says my order was deliverd 10 min ago. nothing here. nobody rang the bell', '0s'],
      [
        'b',
        'Sorry about that! Sometimes riders leave orders at the door or with a neighbour. Could you check around your entrance?',
      ],
      ['c', "checked. nothing at the door, I'm in a flat, the buzzer works", '1m'],
      ['b', 'Could you check with your neighbours or building reception?'],
      ['c', 'there is no reception. I knocked on two doors, nothing', '5m'],
      ['b', 'Thanks for checking. The rider marked the order as delivered at 19:42.'],
      ['c', "yes I know that's what the app says, that's my point. the food isn't here", '1m'],
      [
        'b',
        'Sometimes riders leave orders at the door or with a neighbour. Could you check around your entrance?',
      ],
      ['c', 'I literally just told you I did', '30s'],
      [
        'b',
        "I understand. I've sent a message to the rider. Please wait a few minutes for a response.",
      ],
      ['c', 'ok', '20s'],
      ['c', '??', '8m'],
      ['b', "I haven't had a response from the rider yet."],
      ['c', "so now what. it's been nearly half an hour, kids haven't eaten", '4m'],
      ['b', 'Could you check with your neighbours or building reception?'],
      ['c', 'are you serious. this is pathetic', '1m'],
      ['b', "I'm sorry you feel that way. Is there anything else I can help with?"],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'bot_not_helping', 'negative_sentiment'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-food-peanut-allergy-legal-advice',
    note: 'allergy note ignored, child in hospital; asks for someone in charge and is taking legal advice: human_request + compliance_legal',
    ch: 'web',
    cust: {
      name: 'Rachel Obi',
      language: 'en',
    },
    m: [
      [
        'c',
        "I put SEVERE PEANUT ALLERGY in the notes on order 51930 from Golden Wok. The noodles had peanut sauce. My son had a reaction and we've just come back from A&E.",
      ],
      [
        'b',
        "I'm really sorry to hear that. I've refunded order 51930 in full. Allergy notes are passed on to the restaurant, but we recommend contacting the restaurant directly about allergens.",
      ],
      [
        'c',
        'A refund is not the point. He could have died. I want to speak to someone in charge of food safety at your company today, and I am taking legal advice.',
      ],
    ],
    x: {
      h: true,
      r: ['human_request', 'compliance_legal'],
      t: 'support',
      p: 'urgent',
      f: ['51930', 'Golden Wok'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-food-change-address-after-order',
    note: 'delivery address change after ordering, handled by the bot and confirmed',
    ch: 'whatsapp',
    m: [
      ['c', 'omg put my old address by accident 😩 can i change it, order hasnt left yet'],
      [
        'b',
        "No worries! The restaurant is still preparing it. What's the new address? It needs to be within 3 km of the restaurant.",
      ],
      ['c', 'flat 4, 27 Brunswick Rd'],
      [
        'b',
        'Updated: order will go to Flat 4, 27 Brunswick Rd. The rider will see the new address when they pick it up.',
      ],
      ['c', 'yay it shows the new one on the map now ty'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-marketplace-cracked-phone-return',
    note: 'item arrived damaged; the bot opens an in-policy return with refund on receipt: no handoff',
    ch: 'web',
    m: [
      ['c', 'the phone I bought arrived with a crack across the screen. order MK-40021'],
      [
        'b',
        "Sorry about that! Damaged items can be returned within 30 days for a full refund. I've opened a return for MK-40021 and emailed you a prepaid label. Your refund of $329.00 is issued as soon as the courier scans the parcel.",
      ],
      ['c', 'got the label, printed it. dropping it off tomorrow'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['MK-40021'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-wholesaler-12000-skus-commission',
    note: 'wholesaler asks for a different commission structure at high volume: sales_opportunity',
    ch: 'web',
    cust: {
      name: 'Yusuf Ebrahim',
      segment: 'wholesale',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi, we are a wholesaler in Durban looking to list abt 12,000 SKUs on your marketplace, we do roughly 4,000 orders a month on our own site',
      ],
      [
        'b',
        'Welcome! Seller commission is 12% per sale for most categories. You can register at example.com/sell.',
      ],
      [
        'c',
        'at 4k orders a month 12% is a lot. is there a different structure for sellers at this volume, maybe with an annual commitment? who can I discuss that with',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['12,000', '4,000'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-marketplace-gtin-brand-registry-error',
    note: 'listing upload blocked by an error the bot does not recognise; the customer asks what it means three ways: novel_problem + repeated_question',
    ch: 'web',
    cust: {
      name: 'Sam Okoro',
      segment: 'seller',
      language: 'en',
    },
    m: [
      [
        'c',
        'bulk upload is failing for all my listings with "Listing blocked: GTIN conflict with brand registry ID 0". what does ID 0 mean?? my brand is registered',
      ],
      [
        'b',
        'You can upload listings in bulk from Seller Hub > Listings > Bulk upload using our CSV template.',
      ],
      [
        'c',
        'yes that is what I\'m doing and it fails with that error. never seen it before. what is "brand registry ID 0"',
      ],
      ['b', "I'm sorry, I don't have information about that error."],
      ['c', 'so nobody there can tell me what registry ID 0 refers to? 300 listings stuck'],
      [
        'b',
        'You can upload listings in bulk from Seller Hub > Listings > Bulk upload using our CSV template.',
      ],
    ],
    x: {
      h: true,
      r: ['novel_problem', 'repeated_question'],
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-kennel-cancellation-fee-card-provider',
    note: 'kennel keeps a 50% cancellation fee despite its own outbreak; the customer contests and will dispute with the card provider: refund_dispute',
    ch: 'email',
    cust: {
      name: 'Andrew Fairbairn',
      email: 'a.fairbairn@example.com.au',
      language: 'en',
    },
    m: [
      [
        'c',
        "Hello,\n\nOn 2 November I cancelled our dog's 10-night boarding (booking BK-3374, $640) after your Penrith kennel told us by phone they had a kennel cough outbreak. I have now been refunded only $320 with a note about your 50% cancellation fee.\n\nWe cancelled because of your outbreak, not by choice. Please refund the remaining $320.\n\nRegards,\nAndrew Fairbairn",
      ],
      [
        'b',
        'Hi Andrew, thank you for your email. Cancellations made less than 7 days before check-in incur a 50% fee as per our terms and conditions.',
      ],
      [
        'c',
        'Hello,\n\nI understand your terms. They do not apply when you are the one who cannot safely board the dog. If the balance is not refunded this week I will dispute the $320 with my credit card provider.\n\nAndrew',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['BK-3374', '$320'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-marketplace-where-is-parcel-three-ways',
    note: 'buyer asks the same thing three ways, the bot only repeats "shipped": repeated_question + bot_not_helping',
    ch: 'sms',
    m: [
      ['c', 'where is my parcel? order 7730-2219'],
      ['b', 'Your order 7730-2219 has shipped.'],
      ['c', 'yes but where is it now? it shipped 9 days ago'],
      ['b', 'Your order 7730-2219 has shipped.'],
      ['c', 'when will it actually arrive'],
      ['b', 'Your order 7730-2219 has shipped.'],
      ['c', 'is it lost or what'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'support',
      f: ['7730-2219'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-dog-walker-lost-dog-streak',
    note: 'a walker lost the dog: three clearly distressed messages and a demand to speak to someone now: negative streak + human_request, urgent',
    ch: 'web',
    cust: {
      name: 'Natalie Brooks',
      language: 'en',
    },
    m: [
      [
        'c',
        "your walker just texted me that Milo slipped his lead in the park and she can't find him. HOW does that happen",
      ],
      ['b', "I'm so sorry. Please stay calm. Is the walker still searching?"],
      [
        'c',
        "don't tell me to stay calm. he's been missing over an hour and it's getting dark. I'm shaking",
      ],
      ['b', 'I understand. Have you contacted local shelters and vets?'],
      ['c', 'you people were trusted with him and you lost him. I am absolutely livid'],
      ['b', 'I understand. Have you contacted local shelters and vets?'],
      ['c', 'I need to speak to an actual person at your company RIGHT NOW'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'human_request'],
      t: 'support',
      p: 'urgent',
      l: 'en',
    },
  },
  {
    id: 'w1-en-corporate-food-enterprise-add-users-price',
    note: 'enterprise account asks the list price for 10 more users, a self-serve change: trivial, no handoff',
    ch: 'web',
    cust: {
      id: 'cus_ent_7781',
      name: 'Hannah Lowe',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 145000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Corporate Meals',
        users: 420,
      },
    },
    m: [
      ['c', 'what does it cost to add another 10 people to our meal plan?'],
      [
        'b',
        'Each extra user on your Corporate Meals plan is £4 per month, plus whatever allowance you give them. You can add users yourself in Admin > People > Invite.',
      ],
      ['c', "ok, invited them. they've all shown up as pending 👍"],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
];
