// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w1-en-car-insurance-renewal-match-competitor',
    note: 'long renewal chat: negotiating the premium against a competitor offer (sales_opportunity) and asking indirectly for somebody to look at it (human_request); under 20 minutes',
    ch: 'whatsapp',
    cust: {
      name: 'Gavin Doyle',
      tier: 'pro',
      lifetimeValue: 3900,
      language: 'en',
    },
    ctx: {
      account: {
        policy: 'MTR-204417',
        product: 'Comprehensive car',
        renewalDate: '2026-12-01',
        yearsAsCustomer: 7,
      },
    },
    m: [
      [
        'c',
        'Renewal letter just came. £540 last year, £891 this year?? Nothing has changed. Same car same address no claims',
      ],
      [
        'b',
        "Hi Gavin, I understand that's a big jump. Renewal prices reflect things like repair costs, claims in your area and your vehicle's theft rating, which all went up this year.",
      ],
      ['c', '65% though'],
      [
        'b',
        'I can see your policy MTR-204417 renews on 1 December. Would you like me to go through the breakdown?',
      ],
      ['c', 'go on'],
      [
        'b',
        'Your base premium went from £472 to £760, insurance premium tax is £91, and the legal cover add-on is £40.',
      ],
      ['c', 'can I drop the legal cover'],
      ['b', 'Yes, removing legal cover brings the renewal to £851.'],
      ['c', 'still mad money'],
      ['c', "I've got a quote from another insurer for £610 like for like, 7 years no claims"],
      ['b', 'Thanks for letting me know. Our renewal price is calculated by our pricing system.'],
      [
        'c',
        "so can you match it or get near it? I've been with you 7 years, I'd rather stay but not for £240 more",
      ],
      [
        'b',
        "I can't change the premium from here. You can also pay monthly if that helps with budgeting.",
      ],
      [
        'c',
        'monthly is more expensive overall lol. Is there somebody who can actually look at the price with me, or do I just go with the other lot',
      ],
      ['b', 'I understand. Is there anything else I can help with?'],
      [
        'c',
        'yes, the thing I just asked. can the renewal be brought down to something like £610 or not',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['£891', '£610'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-home-claim-handler-took-over',
    note: "a system line says a claims handler took over; the customer's impatient follow-up stays with that person: no handoff",
    ch: 'web',
    cust: {
      name: 'Helen Marsh',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi, I reported a burst pipe in the kitchen on Monday, claim HM-77120, nobody has called',
      ],
      [
        'b',
        "I'm sorry to hear about the damage, Helen. I can see claim HM-77120 is waiting for a loss adjuster. Let me bring in a member of the claims team.",
      ],
      ['s', 'Claims handler Jenna Okafor took over the conversation'],
      [
        'a',
        "Hi Helen, Jenna here from Claims. I've got your file open. The loss adjuster is booked for Thursday between 9 and 1.",
      ],
      ['c', 'Thursday?? the floor is soaked and the dehumidifier they promised never came', '1m'],
      [
        'a',
        "I understand. I'm chasing the drying company now and will come back to you within 30 minutes.",
      ],
      ['c', 'ok', '30s'],
      ['c', 'its been 45 mins', '45m'],
      ['c', 'hello??', '4m'],
      [
        'a',
        'Sorry Helen, still on the phone with them. They can deliver a dehumidifier tomorrow morning before 11.',
      ],
      ['c', 'tomorrow. great. and what do I do tonight', '1m'],
      [
        'a',
        'Keep windows open where you can and the heating on low. If you need to stay elsewhere, your policy covers alternative accommodation and I can arrange that.',
      ],
      ['c', 'no we can stay. but I want the adjuster earlier than thursday', '2m'],
      ['a', "I'll ask them for a cancellation slot and update you by email today."],
      ['c', 'please do. this whole thing has been really stressful', '1m'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['HM-77120'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-home-claim-upload-error-code',
    note: 'an upload error code the bot cannot explain on the claim form: novel_problem',
    ch: 'web',
    m: [
      [
        'c',
        'trying to upload photos for my storm claim and it keeps saying "ERR_CLMUP_0x4F2 – segment mismatch". tried 3 browsers',
      ],
      ['b', 'Photos must be JPG or PNG and under 10 MB each. Could you check the file size?'],
      ['c', 'theyre jpgs, 2-3mb each. even one photo gives the same segment mismatch error'],
      ['b', "I'm not sure what that error means. You could try again later."],
      ['c', 'tried yesterday too. what is segment mismatch? the claim deadline is friday'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['ERR_CLMUP_0x4F2'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-bank-card-ending-declined-petrol',
    note: 'only the last four digits of a card; the decline is explained and the retry works: no handoff',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'card ending 4444 got declined at the petrol pump just now, theres plenty of money in the acct??',
      ],
      [
        'b',
        'Pay-at-pump terminals place a temporary hold of up to $175. Your card has a contactless limit of $100, so the hold was declined. Paying inside at the counter, or inserting the card with your PIN, will work.',
      ],
      ['c', 'ahh that makes sense. went inside and it went through 👌'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-money-transfer-fee-card-company',
    note: 'fee kept on a failed transfer, refund refused by the bot, customer will have the card company reverse it: refund_dispute',
    ch: 'sms',
    m: [
      [
        'c',
        'My transfer to my mom in Manila failed and you still kept the $4.99 fee. Refund it please',
      ],
      ['b', 'Transfer fees cover processing and are non-refundable once a transfer is submitted.'],
      ['c', "It never arrived. You processed nothing. I'm not paying for a failed transfer"],
      ['b', 'Transfer fees cover processing and are non-refundable once a transfer is submitted.'],
      ['c', "Fine then I'll call my card company and have them pull the charge back."],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['$4.99'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-bank-app-scam-ombudsman',
    note: 'contested scam reimbursement, formal complaint and referral to the Financial Ombudsman: refund_dispute + compliance_legal + escalation_keyword',
    ch: 'email',
    cust: {
      name: 'Eleanor Hughes',
      email: 'eleanor.hughes@example.co.uk',
      language: 'en',
    },
    ctx: {
      tickets: [
        {
          id: 'FR-30551',
          subject: 'Reimbursement claim - safe account scam',
          status: 'closed',
          createdAt: '2026-10-02T09:00:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Dear Sir or Madam,\n\nOn 1 October I was deceived by a caller impersonating your fraud team and transferred £3,450 to a so-called safe account. Your letter of 21 October (ref FR-30551) declines reimbursement on the basis that I "should have had concerns".\n\nI do not accept this decision. The caller knew my account details and the call appeared to come from your number. I wish to make a formal complaint, and if it is not upheld within the statutory period I will refer the matter to the Financial Ombudsman Service.\n\nYours faithfully,\nEleanor Hughes',
      ],
      [
        'b',
        "Dear Eleanor, we're sorry to hear about this. Our records show reimbursement claim FR-30551 has been closed. You can read more about staying safe from scams at our Security Centre.",
      ],
      [
        'c',
        'I am aware it was closed; that is precisely what I am complaining about. Please register the complaint formally and confirm in writing.',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'compliance_legal', 'escalation_keyword'],
      t: 'billing',
      p: 'high',
      f: ['£3,450', 'FR-30551'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-insurance-direct-debit-date-mild',
    note: 'mild polite disappointment about a moved direct debit date, resolved by the bot: no handoff',
    ch: 'web',
    m: [
      [
        'c',
        'Hi, bit disappointed my premium came out on the 15th this month instead of the 1st with no heads up. Not a complaint as such, just awkward with payday.',
      ],
      [
        'b',
        'Sorry about that. When your policy was amended in October, the collection date moved to the amendment date. I can move it back to the 1st for you. Would you like that?',
      ],
      ['c', 'yes please'],
      [
        'b',
        "Done: from December your direct debit is collected on the 1st. You'll get an updated schedule by email.",
      ],
      ['c', "got the email, thanks that's fine now"],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
];
