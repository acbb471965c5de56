// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w1-en-insurance-claim-paid-status',
    note: 'claim status question answered from the record; the customer sees the payment: no handoff',
    ch: 'whatsapp',
    cust: {
      name: 'Tasha Greene',
      language: 'en',
    },
    m: [
      ['c', 'hi!! any update on my claim? CLM-558120 the hail damage one'],
      [
        'b',
        'Hi Tasha! Claim CLM-558120 was approved on Monday and a payment of $2,180.00 was sent to your checking account ending 0912 on Tuesday.',
      ],
      ['c', 'omg wait let me look'],
      ['c', 'yep its there!! 🙌 thank youuu'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['CLM-558120'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-car-insurance-young-named-driver',
    note: 'list-price question about adding a named driver, done self-serve: no handoff',
    ch: 'web',
    m: [
      [
        'c',
        'how much extra would it be to add my daughter as named driver, shes 19 and just passed',
      ],
      [
        'b',
        'It depends on her details and your car. You can get an exact price in the app: Policy > Drivers > Add driver. Nothing is charged until you confirm.',
      ],
      ['c', 'ok did it, €312 extra for the rest of the year. bit steep but fine, confirmed'],
      [
        'b',
        "Done! She's covered from today and your updated certificate is in the app under Documents.",
      ],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-fleet-insurance-40-vans',
    note: 'fleet cover for 40 vans over three years, custom terms: sales_opportunity',
    ch: 'email',
    cust: {
      name: 'Sipho Dlamini',
      email: 'sipho@example.co.za',
      segment: 'smb',
      language: 'en',
    },
    m: [
      [
        'c',
        'Good day,\n\nWe run a courier company in Gauteng with 40 light delivery vans (mostly 2021-2023 Toyota Hiace and Nissan NV200). Our current fleet policy ends on 28 February.\n\nWe would like to discuss a three-year fleet arrangement with you, including goods-in-transit cover and driver telematics. Please let us know what you could put on the table and who we should speak to.\n\nThanks and regards,\nSipho Dlamini\nOperations Manager',
      ],
      [
        'b',
        'Hi Sipho, thank you for your message! You can get a quote for one vehicle at a time on our website under Car Insurance > Get a quote.',
      ],
      [
        'c',
        'Hi, one at a time for 40 vans is not workable. We need a fleet policy on negotiated terms. Please forward this to your commercial team.',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['40'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-bank-card-number-declined-abroad',
    note: 'customer pastes a full card number while asking why international payments fail: sensitive_data',
    ch: 'web',
    cust: {
      name: 'Arjun Mehta',
      language: 'en',
    },
    m: [
      [
        'c',
        'Hi, my debit card is not working for international transaction. Trying to pay hotel in Dubai',
      ],
      [
        'b',
        'International use can be switched on in the app under Cards > Manage > International usage. Have you enabled it?',
      ],
      [
        'c',
        'yes enabled since last week. card no is 5555 5555 5555 4444 please check why it is declining',
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
    id: 'w1-en-merchant-how-to-answer-chargeback',
    note: 'a merchant asks how to respond to a chargeback from its own customer: how-to, explicitly not refund_dispute',
    ch: 'web',
    cust: {
      name: 'Olivia Tran',
      segment: 'smb',
      tier: 'pro',
      language: 'en',
    },
    ctx: {
      account: {
        product: 'Card terminals',
        terminals: 2,
      },
    },
    m: [
      [
        'c',
        'Hi! one of my customers disputed a $64 charge with their bank and I got an email about a chargeback. How do I send you the receipt and proof of delivery?',
      ],
      [
        'b',
        'Hi Olivia! In your dashboard go to Payments > Disputes, open the case, and click "Submit evidence". You can attach receipts, delivery confirmation and any messages with the customer. You have 10 days from the notice.',
      ],
      ['c', 'found the Disputes tab. uploaded the receipt and the tracking screenshot'],
      [
        'b',
        'Great, the case now shows "Evidence submitted". The card network usually decides within 30-60 days and we\'ll email you the outcome.',
      ],
      ['c', 'perfect thanks'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-bank-interest-certificate-tax',
    note: 'formal email asking for a tax document; the bot answers and the customer confirms: billing, no handoff',
    ch: 'email',
    cust: {
      name: 'Dr. Nikhil Rao',
      email: 'n.rao@example.co.uk',
      language: 'en',
    },
    m: [
      [
        'c',
        'Dear Sir or Madam,\n\nFor my self-assessment return I require a certificate of interest paid on my savings accounts for the tax year ending 5 April 2026. Could you kindly advise how I may obtain this?\n\nYours faithfully,\nNikhil Rao',
      ],
      [
        'b',
        'Dear Dr Rao, thank you for your email. Your certificate of interest is available in online banking under Documents > Tax certificates > 2025/26. You can download it as a PDF, or we can post a copy, which takes 5-7 working days.',
      ],
      [
        'c',
        'Dear Sir or Madam,\n\nThank you. I have located and downloaded the certificate; no postal copy is required.\n\nYours faithfully,\nNikhil Rao',
      ],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-bank-face-id-joke-manager',
    note: 'manager mentioned only as a joke/hypothetical; Face ID fixed by re-enrolling: no handoff',
    ch: 'web',
    m: [
      [
        'c',
        "if your app logs me out one more time I swear I'm marching into the branch to find a manager lol. anyway face ID stopped working since the update",
      ],
      [
        'b',
        "Ha, let's avoid that trip! After some updates the biometric key needs refreshing. Go to Settings > Security, turn Face ID off, then on again and confirm with your passcode.",
      ],
      ['c', 'ok done that'],
      ['b', 'Now close the app fully and open it again.'],
      ['c', 'yep face id works now 👍'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-bank-reset-link-never-arrives-long',
    note: 'locked out, reset email never arrives, the bot loops for over 20 minutes on web: long_session + bot_not_helping',
    ch: 'web',
    cust: {
      name: 'Kwame Asante',
      language: 'en',
    },
    m: [
      [
        'c',
        'locked out of online banking after 3 wrong passwords. the reset email never comes',
        '0s',
      ],
      [
        'b',
        'I can help you reset your password. Click "Forgot password" on the login page and we\'ll email you a link.',
      ],
      ['c', 'yes thats what I did. email never arrives', '40s'],
      [
        'b',
        'Please check your spam or junk folder, the email comes from no-reply@example-bank.com.',
      ],
      ['c', 'checked spam, nothing. tried twice', '1m'],
      ['b', 'Links can take up to 10 minutes to arrive.'],
      ['c', 'ok will wait', '20s'],
      ['c', 'nothing after 10 min', '11m'],
      [
        'b',
        'I can help you reset your password. Click "Forgot password" on the login page and we\'ll email you a link.',
      ],
      ['c', 'again?? ok did it a third time', '1m'],
      [
        'b',
        'Please check your spam or junk folder, the email comes from no-reply@example-bank.com.',
      ],
      [
        'c',
        'still nothing. is my email even right on ur side? its kwame.asante@ example mail',
        '6m',
      ],
      ['b', "For security reasons I can't show the email on your account."],
      ['c', 'then how am I supposed to get in. I need to pay rent today', '1m'],
      [
        'b',
        'I can help you reset your password. Click "Forgot password" on the login page and we\'ll email you a link.',
      ],
      ['c', 'going round in circles here', '1m'],
    ],
    nowAfter: '20s',
    x: {
      h: true,
      r: ['long_session', 'bot_not_helping'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-travel-insurance-hospital-bali-voice',
    note: 'voice call from a hospital abroad; the caller needs somebody from assistance to speak to the hospital: indirect human_request, urgent',
    ch: 'voice',
    cust: {
      name: 'Chloe Barker',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi im calling from a hospital in bali my husband came off a scooter hes got a broken leg they need surgery and theyre asking for a guarantee of payment before they operate',
      ],
      [
        'b',
        "I'm sorry to hear that. To start a medical claim, please submit the claim form in the app with receipts once you're home.",
      ],
      [
        'c',
        'no we cant wait till were home they wont operate without the guarantee i need someone from your emergency team to ring the hospital please the policy is TRV-88231-AU',
      ],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'support',
      p: 'urgent',
      f: ['TRV-88231-AU'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-corporate-banking-review-providers',
    note: 'enterprise treasury client announces it is moving its accounts elsewhere: churn at stake, high_value_customer',
    ch: 'email',
    cust: {
      id: 'cus_corp_118',
      name: 'Martin Schalkwyk',
      email: 'treasury@example-logistics.co.za',
      tier: 'enterprise',
      segment: 'corporate',
      lifetimeValue: 950000,
      language: 'en',
    },
    ctx: {
      account: {
        product: 'Corporate Transact',
        entities: 6,
        monthlyPayrollRuns: 4,
      },
      tickets: [
        {
          id: 'CT-9912',
          subject: 'Payroll bulk file rejected',
          status: 'closed',
          createdAt: '2026-09-12T08:00:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Good afternoon,\n\nFollowing the third rejected payroll bulk file this quarter, our CFO has decided we will move our six operating entities to another bank at the end of Q1.\n\nPlease advise the notice period and the closure process for all Corporate Transact accounts under our group, and the timeline for releasing our guarantees.\n\nRegards,\nMartin Schalkwyk\nGroup Treasurer',
      ],
      [
        'b',
        'Good afternoon Martin, thank you for your email. To close an account, please complete the account closure form available on our website and return it signed by an authorised signatory.',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer'],
      t: 'sales',
      p: 'high',
      l: 'en',
    },
  },
  {
    id: 'w1-en-insurance-portal-password-typed',
    note: 'customer shares the portal password in the chat: sensitive_data',
    ch: 'whatsapp',
    m: [
      ['c', 'hey cant get into the policy portal, it says incorrect details'],
      ['b', 'Sorry about that! Are you logging in with your email address or your policy number?'],
      [
        'c',
        'email. its shauna.k@example.com and password is Summer2024!!glen it worked last month',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-bank-branch-hours-after-handoff',
    note: 'earlier handoff settled the disputed transaction and returned to the bot; the new question (branch hours) is trivial: no handoff',
    ch: 'web',
    prev: 1,
    cust: {
      name: 'Niamh Kelly',
      language: 'en',
    },
    m: [
      ['c', "There's a €230 payment to a site I've never used on my current account"],
      ['b', "I've connected you with our card disputes team."],
      ['s', 'Conor from Disputes joined the chat'],
      [
        'a',
        "Hi Niamh, Conor here. I've blocked the card and raised a dispute for the €230. A temporary credit will show within 2 working days and a new card is on the way.",
      ],
      ['c', 'ok brilliant, thank you', '1m'],
      ['a', "You're welcome. I'll hand you back to our assistant in case there's anything else."],
      ['b', 'Hi again Niamh! Is there anything else I can help you with?'],
      [
        'c',
        'actually yeah, what time does the Dundrum branch close on Saturdays? want to pick up the new card there if possible',
        '30s',
      ],
      [
        'b',
        "Dundrum branch is open 10:00-16:00 on Saturdays. Replacement cards are posted to your home address though, they can't be collected in branch.",
      ],
      ['c', 'ah ok, no bother so', '20s'],
      ['b', 'Your new card should arrive within 5 working days.'],
      ['c', 'grand', '15s'],
      ['b', 'Anything else today?'],
      ['c', 'no thats it', '10s'],
      ['b', 'Have a good day!'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-bank-card-blocked-tokyo-streak',
    note: 'stranded abroad with a blocked card, three clearly emotional messages in a row: negative_sentiment + negative_streak',
    ch: 'whatsapp',
    cust: {
      name: 'Jack Munro',
      language: 'en',
    },
    m: [
      ['c', 'hi, card not working in japan'],
      ['b', 'Hi Jack, sorry to hear that. Is it your debit card ending 7702?'],
      ['c', 'yeah'],
      ['b', 'Thanks. Is it being declined in shops, at ATMs or online?'],
      ['c', 'everywhere. declined at every ATM in tokyo and at the hotel desk. I have zero cash'],
      [
        'b',
        'For your security, unusual overseas activity can trigger a temporary block. Have you received a text asking you to confirm recent transactions?',
      ],
      ['c', 'no text no'],
      ['b', 'Please check that your mobile number is up to date in the app under Profile.'],
      ['c', 'it is. same number for 10 years'],
      ['b', 'Thanks. Please check the app for a notification.'],
      [
        'c',
        "nothing there either. I'm standing in a train station in a foreign country with no money mate. this is a disgrace",
      ],
      ['b', 'I understand this is stressful. Please check the app for a notification.'],
      [
        'c',
        'the app shows NOTHING. i told your branch i was travelling. seriously furious right now',
      ],
      ['b', 'I understand this is stressful. Please check the app for a notification.'],
      ['c', 'are you even reading what i write?? this is beyond a joke'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'billing',
      p: 'high',
      l: 'en',
    },
  },
];
