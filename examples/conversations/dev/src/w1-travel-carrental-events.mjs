// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w1-en-hotel-confirmation-resent',
    note: 'missing booking confirmation email resent by the bot; customer confirms: no handoff',
    ch: 'web',
    m: [
      [
        'c',
        'never recieved a confirmation email for my hotel in lisbon, booked last nite. worried it didnt go through',
      ],
      [
        'b',
        "Your booking HB-662190 at Casa do Rio for 12-15 December is confirmed. I've resent the confirmation to the email on your account.",
      ],
      ['c', 'got it now, was in promotions tab 🙈 thanks'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-flight-checkin-seat-map-long-repeat',
    note: 'online check-in fails for over 20 minutes on WhatsApp; the customer asks the same thing in several wordings: long_session + repeated_question',
    ch: 'whatsapp',
    cust: {
      name: 'Aditya Rao',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi, cant do web checkin for tomorrow 6am flight BLR-DEL. it says seat map unavailable. kindly check and revert',
        '0s',
      ],
      [
        'b',
        'Online check-in opens 48 hours before departure. You can check in in the app under My Trips.',
      ],
      ['c', 'yes I am in My Trips. it says seat map unavailable and doesnt go further', '2m'],
      ['b', 'Please try again later, the seat map may be temporarily unavailable.'],
      ['c', 'ok', '20s'],
      ['c', 'tried again, same message', '9m'],
      [
        'b',
        'Online check-in opens 48 hours before departure. You can check in in the app under My Trips.',
      ],
      ['c', "why can't I check in? what is wrong with my booking", '1m'],
      ['b', 'Please make sure your passport details are added to the booking.'],
      ['c', 'domestic flight, no passport needed. added aadhaar already', '2m'],
      ['b', 'Please try again later, the seat map may be temporarily unavailable.'],
      ['c', 'how do I get my boarding pass then?', '5m'],
      ['b', 'Boarding passes are available after check-in in My Trips.'],
      ['c', 'but I CANNOT check in. that is my question. is there some problem on my PNR', '1m'],
      ['b', 'Online check-in opens 48 hours before departure.'],
      ['c', 'so what to do, should I just go early to airport and queue?', '1m'],
    ],
    nowAfter: '30s',
    x: {
      h: true,
      r: ['long_session', 'repeated_question'],
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-tickets-qr-not-showing-app-fixed-long',
    note: 'long chat about QR codes not showing in the app, fixed by update and re-login; customer reports them showing: no handoff',
    ch: 'web',
    cust: {
      name: 'Ashleigh Botha',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi my tickets for saturday show in the app but when i tap them the QR code is just a grey box',
      ],
      [
        'b',
        'Sorry about that! QR codes appear 48 hours before the event. Your event is on Saturday, so they should be visible from Thursday evening.',
      ],
      ['c', 'its thursday 9pm here, doors are saturday 6pm'],
      [
        'b',
        "You're right, they should be available now. Which version of the app do you have? It's in Settings > About.",
      ],
      ['c', '5.8.1'],
      ['b', 'QR codes need version 6.0 or later since last month. Please update from the store.'],
      ['c', 'updating'],
      ['c', 'updated to 6.2. still grey'],
      ['b', 'Please log out (Settings > Log out) and log back in so the tickets download again.'],
      ['c', 'logging out'],
      ['c', 'it asked for a code sent to my email'],
      ['b', "That's expected after an update. Enter the 6-digit code from the email."],
      ['c', 'ok in'],
      ['c', 'QR codes are showing now for both tickets 🙌'],
      ['b', "Great! Tip: add them to your phone wallet in case there's no signal at the venue."],
      ['c', 'done, in the wallet now'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-tour-cancelled-refund-agent-last',
    note: 'a travel consultant holds the chat about a cancelled tour refund and wrote last: already with a person',
    ch: 'web',
    cust: {
      name: 'Robert Ng',
      tier: 'pro',
      language: 'en',
    },
    m: [
      [
        'c',
        'our Ha Long Bay cruise on the 4th was cancelled by the operator. we paid $1,280 for two',
      ],
      ['b', "I'm sorry about that. Let me connect you with one of our travel consultants."],
      ['s', 'Travel consultant Mai joined the chat'],
      [
        'a',
        'Hi Robert, Mai here. I can see the operator cancelled because of weather. You can choose a full refund or rebook on another date.',
      ],
      ['c', 'we fly home on the 6th so refund please', '1m'],
      ['a', 'Of course. The operator needs to confirm the refund on their side first.'],
      ['c', 'how long does that take', '40s'],
      ['a', 'Usually 2-3 working days, then 5-7 days to your card.'],
      ['c', 'hmm. we already had this with another booking and it took 6 weeks', '1m'],
      ['a', "I understand. I'll flag it as priority and chase them daily."],
      ['c', 'ok. and the $1,280 comes back in full? no fees?', '1m'],
      ['a', 'Yes, in full, since the operator cancelled.'],
      ['c', "ok please email me when it's confirmed", '30s'],
      ['c', 'the total was $1,280 by the way, two people, booking TR-771045', '1m'],
      ['a', "Noted, TR-771045 for $1,280. I'll email you as soon as the operator confirms."],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-concert-cancelled-auto-refund-landed',
    note: 'automatic refund for a cancelled concert, confirmed by the bot; customer sees it: no handoff',
    ch: 'web',
    m: [
      ['c', 'the concert on dec 2 got cancelled, do i have to do anything to get my money back?'],
      [
        'b',
        'No action needed: refunds for cancelled events are automatic. Your refund of $178.50 was issued on November 14 to the card ending 1881.',
      ],
      ['c', 'oh yeah just checked, its already back in my account. nice'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-tickets-wheelchair-seating-same-faq',
    note: 'wheelchair seating question before buying, asked three ways while the bot repeats the same FAQ: repeated_question + bot_not_helping',
    ch: 'web',
    m: [
      [
        'c',
        'my dad uses a wheelchair. can we book wheelchair spaces for the panto on dec 20 plus a seat next to him for me?',
      ],
      [
        'b',
        'You can find information about accessibility at our venues on our Accessibility page: example.com/access.',
      ],
      ['c', "I read the page. It doesn't say how to book a wheelchair space for this show"],
      [
        'b',
        'You can find information about accessibility at our venues on our Accessibility page: example.com/access.',
      ],
      ['c', 'ok, put simply: how do I buy a wheelchair space + companion seat for Dec 20?'],
      [
        'b',
        'You can find information about accessibility at our venues on our Accessibility page: example.com/access.',
      ],
      ['c', 'are there ANY wheelchair spaces left on the 20th and where do I get them'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-car-rental-aadhaar-for-verification',
    note: 'customer sends a full Aadhaar number to verify a rental booking: sensitive_data',
    ch: 'whatsapp',
    m: [
      ['c', 'Hi, the app is asking for ID verification for my self-drive booking in Goa on 28th'],
      [
        'b',
        'Please upload a photo of your driving licence and an ID document in the app under Bookings > Verify.',
      ],
      [
        'c',
        'upload is not working. my aadhaar number is 4918 3726 5100, please verify from your side',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      l: 'en',
    },
  },
];
