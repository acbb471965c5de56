// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w1-en-power-meter-reading-mprn',
    note: 'how-to about submitting a meter reading; customer reports it done; no signal',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hi there, trying to send in my meter reading but the app wants an MPRN and I have no clue what that is',
      ],
      [
        'b',
        'No problem! Your MPRN is the 11-digit number on the top right of your electricity bill, starting with 10. You can also find it in the app under Account > My meter.',
      ],
      ['c', 'ah right so its on the bill'],
      [
        'b',
        "That's it. Once it's in, type the reading from the meter display, ignoring anything after the decimal point.",
      ],
      ['c', 'grand, found it and its gone through 👍 reading accepted'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-broadband-router-purple-orange-lights',
    note: 'router light pattern the bot has no article for, restart already tried: novel_problem',
    ch: 'web',
    cust: {
      name: 'Rohit Sharma',
      language: 'en',
    },
    m: [
      [
        'c',
        'Hello, my router (FibreHub X3) is blinking purple and orange alternately since this morning, no internet at all.',
      ],
      [
        'b',
        'Sorry to hear that! Please try switching the router off at the wall, wait 30 seconds and switch it back on.',
      ],
      [
        'c',
        'Already did that 3 times before contacting you. Also did the pinhole reset. Same purple-orange blinking.',
      ],
      [
        'b',
        'Here is our guide to router lights: solid white means connected, blinking white means starting up, red means no signal from the line.',
      ],
      [
        'c',
        "Purple and orange is not in that guide at all. Manual also doesn't mention it. What does it mean?",
      ],
      ['b', "I'm sorry, I don't have information on that light pattern."],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['FibreHub X3'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-fibre-wifi-drops-long-whatsapp',
    note: 'fibre keeps dropping after half an hour of WhatsApp troubleshooting; unresolved on a live channel over 20 minutes',
    ch: 'whatsapp',
    cust: {
      name: 'Thabo Nkosi',
      language: 'en',
    },
    m: [
      [
        'c',
        'Howzit. My fibre keeps dropping every 10 min or so since Sunday. Line is with you guys, 50Mbps package',
        '0s',
      ],
      [
        'b',
        'Hi Thabo! Sorry about that. Is the ONT (the small white box on the wall) showing a red LOS light when it drops?',
      ],
      ['c', 'let me go check', '30s'],
      ['c', 'no LOS light, PON is green. its the router wifi that dies', '3m'],
      ['b', 'Thanks. Please restart the router: unplug it for 30 seconds, then plug it back in.'],
      ['c', 'ok done', '2m'],
      ['b', 'Great. Is the connection stable now?'],
      ['c', 'will have to see, it takes a few min before it drops', '20s'],
      ['c', 'nope dropped again just now', '9m'],
      [
        'b',
        "Let's try connecting a device with a network cable to rule out the Wi-Fi. Do you have a laptop with an ethernet port?",
      ],
      ['c', 'ja, plugged in the laptop now', '3m'],
      ['b', 'Thanks! Please let me know if the cable connection also drops.'],
      ['c', 'cable also dropped. so its not wifi then?', '6m'],
      [
        'b',
        'It sounds like the router may be losing its connection. Please restart the router: unplug it for 30 seconds, then plug it back in.',
      ],
      ['c', 'I already did that like 20 min ago bru', '40s'],
      ['b', 'Sorry about that. Have you checked that all cables are firmly connected?'],
      ['c', 'yes everything is plugged in properly. still dropping. what now', '2m'],
    ],
    nowAfter: '30s',
    x: {
      h: true,
      r: ['long_session'],
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-sim-swap-za-id-number',
    note: 'customer types a full South African ID number into SMS to get a SIM swap: sensitive_data',
    ch: 'sms',
    m: [
      ['c', 'Hi i lost my phone yesterday need a sim swap for my number pls'],
      [
        'b',
        'Sorry to hear that. For a SIM swap we need to verify you. Please visit a store with your ID, or reply YES to get a verification link.',
      ],
      ['c', 'cant get to a store this week. my id is 8001015009087 can u just do it'],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-business-broadband-23-branches-down',
    note: 'enterprise customer: connectivity down across 23 branches, asks for someone from the business team: high value + human request, urgent',
    ch: 'web',
    cust: {
      id: 'cus_b2b_4410',
      name: 'Fiona Gallagher',
      email: 'f.gallagher@example.ie',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 412000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Business Fibre Managed',
        sites: 23,
        sla: '4h',
      },
    },
    m: [
      [
        'c',
        "Morning. All 23 of our pharmacy branches have been offline since about 7:10. Tills can't process cards. This is the managed business service, account BF-20917.",
      ],
      ['b', "I'm sorry to hear that. Have you tried restarting the router at each location?"],
      [
        'c',
        "It's 23 sites in 4 counties, every one went down at the same minute. It's not the routers. I need someone from your business support team on the phone now please.",
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'human_request'],
      t: 'technical',
      p: 'urgent',
      f: ['23', 'BF-20917'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-mobile-contract-end-same-article',
    note: 'same question about leaving early asked three ways while the bot keeps returning the same article: repeated_question + bot_not_helping',
    ch: 'whatsapp',
    cust: {
      name: 'Sneha Iyer',
      language: 'en',
    },
    m: [
      ['c', 'hi'],
      ['b', 'Hi Sneha! How can I help you today?'],
      ['c', 'I got a better offer from another network so I want to port my number'],
      [
        'b',
        "To port your number, text PORT to 1900 and you'll receive your UPC code by SMS. Give that code to your new network.",
      ],
      ['c', 'ok but first, when does my postpaid contract finish?'],
      [
        'b',
        'You can view your plan details anytime in the app: My Account > Plan. Here\'s a guide: "Understanding your plan".',
      ],
      ['c', 'I checked, it shows plan name and data only. not the end date'],
      [
        'b',
        'You can view your plan details anytime in the app: My Account > Plan. Here\'s a guide: "Understanding your plan".',
      ],
      ['c', 'ok different question then. if i leave now how much do i pay to exit?'],
      ['b', 'Here\'s a guide that might help: "Understanding your plan".'],
      [
        'c',
        'that guide says "see your plan for your commitment period". my plan page doesnt show any commitment period',
      ],
      ['b', "To port your number, text PORT to 1900 and you'll receive your UPC code by SMS."],
      [
        'c',
        'see im asking what date my lock-in ends and what is the penalty if i break it before that. simple q',
      ],
      ['b', 'You can view your plan details anytime in the app: My Account > Plan.'],
      ['c', 'going in circles 🙄'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-voice-topup-taken-twice',
    note: 'voice call, double-charged top up, asks to be put through to someone: human_request',
    ch: 'voice',
    m: [
      [
        'c',
        'yeah hi i topped up twenty quid last night on the website and it took it twice off my card',
      ],
      ['b', 'I can help with top-ups. Can you confirm the mobile number the top-up was for?'],
      ['c', 'its oh seven seven double oh nine hundred one two three'],
      ['b', 'Thanks. I can see one top-up of twenty pounds on your number last night at 9:42 pm.'],
      [
        'c',
        'yeah but my bank shows two so where has the other one gone can you put me through to someone please',
      ],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-broadband-gdpr-call-recordings',
    note: 'formal subject access request for call recordings and notes: compliance_legal, issue type support (privacy)',
    ch: 'email',
    cust: {
      name: 'Declan Moriarty',
      email: 'declan.moriarty@example.ie',
      language: 'en',
    },
    m: [
      [
        'c',
        'To whom it may concern,\n\nUnder Article 15 of the GDPR I am requesting a copy of all personal data you hold about me, including recordings of every phone call I made to your support line between March and August of this year and any internal notes attached to my account.\n\nPlease confirm receipt and the date by which I can expect a response.\n\nRegards,\nDeclan Moriarty',
      ],
      [
        'b',
        'Hi Declan, thanks for getting in touch! You can download your account details and bills from My Account > Documents. Is there anything else I can help with?',
      ],
      [
        'c',
        'That is not what I asked for. Bills are not call recordings. Please pass this to your data protection officer and confirm receipt of the request.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-broadband-contract-home-move',
    note: 'contract is only the subject of an ordinary how-to (moving the service to a new address); resolved',
    ch: 'web',
    m: [
      [
        'c',
        'does my contract let me bring the broadband with me when I move house? 8 months left on it',
      ],
      [
        'b',
        "Yes. Your contract moves with you if we cover the new address. Enter the new Eircode under Account > Moving home to check, and give us at least 14 days' notice.",
      ],
      ['c', 'new place is covered, said fibre available'],
      [
        'b',
        'Great, then you can book the move right there. Your contract end date stays the same.',
      ],
      ['c', 'perfect, booked for the 2nd. thanks'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-mobile-billing-agent-holds-angry',
    note: 'a billing agent joined and wrote last; the customer is furious but a person already holds the chat',
    ch: 'whatsapp',
    cust: {
      name: "Liam O'Connor",
      language: 'en',
    },
    m: [
      [
        'c',
        'why have I been billed for a phone insurance add-on i never asked for, for 3 months now',
      ],
      [
        'b',
        "I can see a Device Protect add-on at £8.99 per month since August. I'll connect you with our billing team.",
      ],
      ['s', 'Tom from Billing joined the chat'],
      [
        'a',
        'Hi Liam, Tom here. I can see the add-on was added during an upgrade call on August 3. Just checking the call notes now.',
      ],
      ['c', "I never agreed to it. thats £26.97 you've taken off me for nothing", '1m'],
      [
        'a',
        "Understood. I'm raising a refund request for the three months and removing the add-on now.",
      ],
      ['c', "three weeks I've been trying to sort this. ridiculous", '40s'],
      [
        'a',
        "I know, and I'm sorry. The add-on is removed as of today and the refund of £26.97 is with our team for approval, usually 3-5 working days. I'll stay on this until it's approved.",
      ],
      ['c', 'it better be. this is a joke honestly', '1m'],
      ['c', 'and i want it in writing', '20s'],
      ['a', "I'll send a written confirmation to your email on file within the hour."],
      ['c', 'fine', '2m'],
      ['a', 'Thanks Liam. Anything else on the account while I have you?'],
      ['c', 'no. just get the money back to me', '1m'],
      ['a', "Will do. You'll have the confirmation email shortly."],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-business-broadband-holiday-hours',
    note: 'enterprise account asks only about business desk opening hours over Christmas: trivial, stays with the bot',
    ch: 'web',
    cust: {
      id: 'cus_b2b_0087',
      name: 'Gareth Price',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 260000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Business Fibre Managed',
        sites: 40,
      },
    },
    m: [
      [
        'c',
        'Quick one: is the business support desk open over Christmas? Want to know who to ring if a site goes down on the 26th.',
      ],
      [
        'b',
        "Hi Gareth! The Business Support desk runs 24/7 all year, including Christmas Day and St Stephen's Day, on 1800 555 010. Fault reporting in the portal also stays open.",
      ],
      ['c', "Great, that's all I needed."],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
];
