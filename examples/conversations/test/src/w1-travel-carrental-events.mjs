// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w1-en-car-rental-bond-hold-release',
    note: 'bond pre-authorisation still pending after return, explained; customer checks with the bank and accepts: billing, no handoff',
    ch: 'web',
    cust: {
      name: 'Mitchell Hayes',
      language: 'en',
    },
    m: [
      [
        'c',
        'returned the car saturday arvo, the $500 bond is still sitting on my card as pending. whats going on',
      ],
      [
        'b',
        'We released the $500 hold on Saturday at 4:12pm when the car was checked in. Banks usually take 5-10 business days to drop an expired pre-authorisation.',
      ],
      ['c', 'right so its a bank thing'],
      ['b', "That's right. If your bank needs it, the release reference is REL-88120."],
      ['c', 'rang them with that ref, they said itll drop off tomorrow. all good'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-car-rental-damage-charge-ticket-open',
    note: 'contested damage charge already in an open ticket after an earlier handoff, still unresolved: refund_dispute + previous_handoff',
    ch: 'email',
    prev: 1,
    cust: {
      name: 'Sarah Whitcombe',
      email: 's.whitcombe@example.com',
      language: 'en',
    },
    ctx: {
      tickets: [
        {
          id: 'DMG-40772',
          subject: 'Disputed damage charge $640 - rental RA-551902',
          status: 'open',
          createdAt: '2026-10-29T13:00:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Hello,\n\nI am writing again about the $640 damage charge on rental RA-551902 (ticket DMG-40772). Three weeks ago your agent agreed to review my check-out photos, which show the scratch on the rear bumper was already there. I have heard nothing since.\n\nI do not accept this charge and expect it to be refunded.\n\nSarah Whitcombe',
      ],
      [
        'b',
        'Hi Sarah, thank you for contacting us. Damage found at return is charged according to our rental terms. You can view the damage report in your account.',
      ],
      [
        'c',
        'Hello,\n\nI have seen the report. My photos, taken at pick-up and already sent to your colleague, show the same scratch. Please have the person handling DMG-40772 reply to me.\n\nSarah',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'previous_handoff'],
      t: 'billing',
      f: ['$640', 'RA-551902', 'DMG-40772'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-festival-scanners-12-gates-down',
    note: 'enterprise promoter: ticket scanners fail at every gate on event day with an unknown sync error: high_value_customer + novel_problem, urgent',
    ch: 'web',
    cust: {
      id: 'cus_ent_6602',
      name: 'Lucy Adebayo',
      email: 'lucy@example-festivals.co.uk',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 520000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Promoter Enterprise',
        event: 'Riverside Festival 2026',
        gates: 12,
      },
    },
    m: [
      [
        'c',
        'URGENT. Riverside Festival gates opened 20 min ago and scanners at all 12 gates show "TKT-SYNC-409 manifest checksum mismatch". Nothing scans. 18,000 people arriving.',
      ],
      [
        'b',
        'Sorry about that! Please make sure the scanners are connected to the internet and restart the scanning app.',
      ],
      [
        'c',
        "They are online and we've restarted 30 devices. Every one shows TKT-SYNC-409. What is it?",
      ],
      ['b', "I'm sorry, I don't have information about that error."],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'novel_problem'],
      t: 'technical',
      p: 'urgent',
      f: ['TKT-SYNC-409', '12'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-tickets-resale-fee-question',
    note: 'how reselling works and what it costs, answered: sales, no handoff',
    ch: 'web',
    m: [
      [
        'c',
        'cant go to the arctic monkeys gig anymore 😭 can i resell my 2 tickets on here and whats the fee',
      ],
      [
        'b',
        'Yes, you can list them on our Fan Resale at up to face value. Sellers pay a 10% fee, taken from the payout when the tickets sell.',
      ],
      ['c', 'ok listed them, thanks'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-package-extra-night-joke-real-person',
    note: 'joke about the bot being a real person; adding a paid night to a package at the list price: sales, no handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'can we add one more night to our tenerife package, 3 adults. how much'],
      [
        'b',
        'An extra night on 22 February in the same room with half board is £168 for the three of you. Flights stay the same if you extend at the start. Shall I add it?',
      ],
      ['c', 'hmm flights stay same? so we arrive a day earlier?'],
      [
        'b',
        'Sorry, I should have asked: the extra night can only be added at the start (arriving 21 February), because your return flight is fixed. The flight change is £45 per person.',
      ],
      ['c', 'ok fine add it all'],
      [
        'b',
        'Done: you now fly out on 21 February and the total added is £303. Updated documents are in your booking.',
      ],
      ['c', 'ha if you were a real person id buy you a drink. all showing in the booking 👍'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-car-rental-toll-admin-fee-sms',
    note: 'unexplained admin fee explained as toll handling; customer accepts: billing, no handoff',
    ch: 'sms',
    m: [
      ['c', 'whats the 12.40 charge on my card from u? returned the car last week'],
      [
        'b',
        "That's for the M7 toll you passed on 3 November ($7.40) plus our $5.00 toll admin fee. Details are in the invoice sent to your email.",
      ],
      ['c', 'ah yeah we did go on the motorway. fair enough'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-keyless-car-ble-timeout-voice',
    note: 'voice call: the car will not unlock with an app error the bot has no answer for, at night at the airport: novel_problem',
    ch: 'voice',
    m: [
      [
        'c',
        'hi im at the airport car park level two and the car wont unlock with the app it says ble handshake timeout error forty two',
      ],
      [
        'b',
        "To unlock the car, make sure Bluetooth is on and hold your phone near the driver's door handle.",
      ],
      [
        'c',
        'bluetooth is on im standing right next to it i tried my partners phone too same error forty two',
      ],
      ['b', "I'm sorry, I don't have any information about that error."],
      ['c', 'its eleven at night weve got two kids with us what do we do'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      p: 'high',
      l: 'en',
    },
  },
  {
    id: 'w1-en-flight-upgrade-business-self-serve',
    note: 'paid upgrade at the listed price, bought self-serve: sales, no handoff',
    ch: 'whatsapp',
    m: [
      ['c', "how much to upgrade to business on my flight to jo'burg next week"],
      [
        'b',
        'The upgrade on flight ZA 283 on 27 November is $1,140 per person right now. You can buy it in the app under My Trips > Upgrade.',
      ],
      ['c', 'steep but its my 40th 🥂 done, upgraded'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-corporate-travel-api-rate-limit-enterprise',
    note: 'enterprise customer asks a documented technical fact: trivial, stays with the bot',
    ch: 'web',
    cust: {
      id: 'cus_ent_8004',
      name: 'Daniel Osei',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 390000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Corporate Travel Enterprise',
        travellers: 6200,
      },
    },
    m: [
      [
        'c',
        "what's the rate limit on the bookings API for enterprise keys? our devs are building a sync job",
      ],
      [
        'b',
        'Enterprise keys allow 600 requests per minute per key, with bursts up to 100 per second. Responses include X-RateLimit-Remaining and Retry-After headers.',
      ],
      ['c', "perfect, that's what we needed"],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-flight-cancelled-voucher-only-streak',
    note: 'cancelled flight, airline offers only a voucher; three angry messages in a row demanding cash: refund_dispute + negative_sentiment + negative_streak',
    ch: 'whatsapp',
    cust: {
      name: 'Emma Richardson',
      language: 'en',
    },
    m: [
      [
        'c',
        'you cancelled my flight to Malaga and all I can get in the app is a voucher. I want my £412 back',
      ],
      [
        'b',
        'For cancelled flights we offer a travel voucher worth 110% of your booking, valid for 12 months.',
      ],
      [
        'c',
        "I don't want a voucher, I want my money. YOU cancelled, not me. I'm so angry about this",
      ],
      ['b', 'The voucher is worth 110% of your booking and can be used on any route.'],
      [
        'c',
        "stop pushing the voucher. this is a disgrace, you know full well I'm entitled to a cash refund",
      ],
      ['b', 'Is there anything else I can help with?'],
      ['c', 'absolutely fed up with you people. refund the £412 to my card'],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'negative_sentiment', 'negative_streak'],
      t: 'billing',
      f: ['£412'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-festival-vip-camping-question',
    note: 'pre-purchase question about what a ticket tier includes: sales, no handoff',
    ch: 'web',
    m: [
      ['c', 'do VIP tickets include camping or is that extra'],
      [
        'b',
        'VIP weekend tickets include a pitch in the VIP campsite with showers and phone charging. Standard tickets need a separate camping add-on (£35).',
      ],
      ['c', 'sweet, vip it is then. ordered x2'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-hotel-checkout-session-expires-resolved-long',
    note: 'checkout keeps expiring; the chat runs over 20 minutes with the customer away but ends with the booking going through: resolved, no long_session',
    ch: 'web',
    cust: {
      name: 'Siddharth Jain',
      language: 'en',
    },
    m: [
      [
        'c',
        'every time I get to payment page it says "session expired" and kicks me to homepage',
        '0s',
      ],
      ['b', 'Sorry about that! Are you using private/incognito browsing or an ad blocker?'],
      ['c', 'incognito yes', '30s'],
      [
        'b',
        'Our checkout needs cookies to keep your session during payment, and incognito mode can block them. Could you try in a normal window?',
      ],
      ['c', 'ok trying', '20s'],
      ['c', 'same', '4m'],
      ['b', 'Do you have any extensions like a cookie blocker or VPN running?'],
      ['c', 'VPN yes, office VPN', '1m'],
      [
        'b',
        'A VPN can make your IP address change between pages, which ends the session for security. Could you pause the VPN just for the checkout?',
      ],
      ['c', 'need to ask IT if I can, one sec', '40s'],
      ['c', 'back. IT said ok for 10 min', '12m'],
      ['b', 'Great. Please start the booking again without the VPN.'],
      ['c', 'room selected. payment page loaded. entering card', '3m'],
      ['c', 'bank app asked me to approve', '1m'],
      ['b', 'Please approve it in your banking app and wait on the page.'],
      ['c', 'it went through! booking ref HX-4471903', '1m'],
      ['b', 'Your booking HX-4471903 is confirmed. The confirmation is on its way to your email.'],
    ],
    nowAfter: '1m',
    x: {
      h: false,
      t: 'technical',
      f: ['HX-4471903'],
      l: 'en',
    },
  },
];
