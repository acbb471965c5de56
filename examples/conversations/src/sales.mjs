// Sales in English: pricing, quotes, renewals, churn. See ../README.md for the format.
export const defaults = { l: 'en' };

export default [
  {
    id: 'sales-volume-quote-500-seats',
    note: 'volume quote for 500 seats with annual billing: sales opportunity',
    cust: { id: 'lead_8001', name: 'Karen Mitchell', segment: 'mid-market' },
    m: [
      [
        'c',
        "Hi, we're rolling out a helpdesk for our whole support org, about 500 seats. What kind of pricing can you do at that volume?",
      ],
      ['b', 'Our Business plan is $49 per agent per month, billed annually.'],
      [
        'c',
        "Right, that's the list price. At 500 seats we'd expect a volume discount. Can we get a custom quote?",
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['500 seats'] },
  },
  {
    id: 'sales-list-price-team-plan',
    note: 'list price question answered: not a sales opportunity',
    cust: { id: 'lead_8002' },
    m: [
      ['c', 'how much is the Team plan per user?'],
      [
        'b',
        'The Team plan is $15 per user per month, or $12 per user per month billed annually. It includes shared inboxes, automations and reporting.',
      ],
      ['c', 'and is there a minimum number of users?'],
      ['b', 'No minimum, you can start with a single user.'],
      ['c', 'nice, thanks'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-self-serve-upgrade',
    note: 'self-serve upgrade the bot walks through: not a sales opportunity',
    cust: { id: 'cus_8003', name: 'Noah Fischer', tier: 'free' },
    m: [
      ['c', 'I want to upgrade to Pro so I can add my second inbox. How do I do that?'],
      [
        'b',
        'Go to Settings > Plan and click "Upgrade to Pro". You can pay by card and the new features unlock immediately.',
      ],
      ['c', 'Done, I see the Pro badge now. Thanks!'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-three-year-prepay',
    note: 'asks for a multi-year prepaid deal: sales opportunity',
    ch: 'email',
    cust: {
      id: 'cus_8004',
      name: 'Gloria Patel',
      tier: 'pro',
      segment: 'smb',
      lifetimeValue: 14000,
    },
    m: [
      [
        'c',
        "Hello,\n\nour renewal is coming up in January. Our CFO would like to prepay three years upfront if you can offer a better rate than the annual price. Is that something you do? We're on 35 seats.\n\nThanks,\nGloria",
      ],
      [
        'b',
        'Thanks for reaching out! Annual billing saves 20% compared to monthly. You can switch in Settings > Plan.',
      ],
      ['c', "We're already on annual. The question is about a three-year prepayment.", '1d'],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['three years', '35 seats'] },
  },
  {
    id: 'sales-migration-zendesk',
    note: 'migration of 2 million tickets from another helpdesk: sales opportunity',
    cust: { id: 'lead_8005', name: 'Owen Price', segment: 'enterprise' },
    m: [
      [
        'c',
        "We're evaluating a move off Zendesk. We have about 2 million historical tickets and 120 agents. Do you handle migrations of that size?",
      ],
      ['b', 'You can import tickets with our CSV importer under Admin > Import.'],
      [
        'c',
        "A CSV import for 2 million tickets with attachments isn't realistic. We'd need an assisted migration and a plan for the cutover.",
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['2 million', '120 agents'] },
  },
  {
    id: 'sales-enterprise-competitor-renewal',
    note: 'enterprise account weighing a cheaper competitor at renewal: churn risk and negotiation',
    cust: {
      id: 'cus_8006',
      name: 'Thomas Reid',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 860000,
    },
    m: [
      [
        'c',
        'Our contract renews on January 31. A competitor has offered us the same feature set for about 30% less and frankly our leadership is leaning towards switching.',
      ],
      [
        'b',
        'We are sorry to hear that. You can review your plan and usage under Admin > Subscription.',
      ],
      [
        'c',
        "I'm not looking for the usage page. I'd like to know if there's any room on the renewal before we sign with them.",
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'sales_opportunity'],
      t: 'sales',
      f: ['30%', 'January 31'],
      p: 'high',
    },
  },
  {
    id: 'sales-small-account-cancels',
    note: 'a small customer cancels and the bot completes it: churn that stays with the bot',
    cust: { id: 'cus_8007', name: 'Ella Moore', tier: 'pro', lifetimeValue: 180 },
    m: [
      ['c', "Hi, I'd like to cancel my subscription. I finished the project I needed it for."],
      [
        'b',
        'Sorry to see you go! I can cancel it for you now. Your Pro features stay active until the end of the period on December 14. Shall I go ahead?',
      ],
      ['c', 'Yes please'],
      [
        'b',
        "Done. Your subscription is cancelled and you won't be charged again. Your data stays available on the free plan.",
      ],
      ['c', 'Great, thank you!'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-student-discount',
    note: 'asks about the published student discount: routine',
    ch: 'whatsapp',
    cust: { id: 'lead_8008', name: 'Zoe Turner' },
    m: [
      ['c', 'hey do u have a student discount?'],
      [
        'b',
        'Yes! Students get 50% off the Pro plan with a valid university email. Sign up with your .edu address and the discount is applied automatically.',
      ],
      ['c', 'sweet, signing up now'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-annual-vs-monthly',
    note: 'compares annual and monthly billing: routine pricing answer',
    cust: { id: 'cus_8009', tier: 'pro' },
    m: [
      ['c', 'If I switch to annual billing now, what happens to the month I already paid?'],
      [
        'b',
        'The unused part of your current month is credited towards the annual price, so you only pay the difference. The annual plan is 20% cheaper than paying monthly.',
      ],
      ['c', 'Makes sense, switching.'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-nonprofit-program',
    note: 'asks about the published nonprofit program: routine',
    cust: { id: 'lead_8010', name: 'Hope Street Food Bank', segment: 'nonprofit' },
    m: [
      ['c', "We're a registered nonprofit food bank. Do you have a nonprofit discount?"],
      [
        'b',
        'Yes, registered nonprofits get 40% off any plan. Apply at /nonprofit with your registration certificate; approval usually takes 2 business days.',
      ],
      ['c', 'Wonderful, applying today. Thank you!'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-dpa-msa-redlines',
    note: 'legal redlines on the DPA and MSA for a large deal: compliance and sales opportunity',
    ch: 'email',
    cust: { id: 'lead_8011', name: 'Adrian Wolfe', segment: 'enterprise' },
    m: [
      [
        'c',
        "Hi,\n\nwe're finalising the purchase of 2,000 seats. Our legal team has redlines on your DPA (sub-processor notification period, audit rights) and on the MSA liability cap. Who should they send the marked-up documents to?\n\nBest,\nAdrian Wolfe, Procurement",
      ],
      ['b', 'Thanks for your email! Our standard DPA is available at /legal/dpa.'],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'sales_opportunity'],
      t: 'sales',
      f: ['2,000 seats', 'DPA', 'MSA'],
    },
  },
  {
    id: 'sales-manager-pro-price',
    note: 'trap: "Manager Pro" is a product name, asked about its list price',
    cust: { id: 'lead_8012', name: 'Ryan Cole' },
    m: [
      ['c', 'How much is Manager Pro per month? And does it include the scheduling add-on?'],
      [
        'b',
        'Manager Pro is $29 per month per location. The scheduling add-on is included; payroll export is an extra $5 per month.',
      ],
      ['c', 'ok, great. thanks'],
    ],
    x: { h: false, t: 'sales', f: ['Manager Pro'] },
  },
  {
    id: 'sales-human-resources-module',
    note: 'trap: "human resources module" is a feature question, not a request for a human',
    cust: { id: 'cus_8013', name: 'Linda Brooks', tier: 'pro' },
    m: [
      ['c', 'Is the human resources module included in the Business plan or is it extra?'],
      [
        'b',
        'The HR module (leave requests, onboarding checklists, documents) is included in Business. On Pro it is available as an add-on for $3 per user per month.',
      ],
      ['c', "Thanks, that's what I needed to know."],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-call-me-custom-pricing',
    note: 'asks for someone from sales to call about custom pricing for 80 people',
    cust: { id: 'lead_8014', name: 'Isaac Morgan', segment: 'smb' },
    m: [
      [
        'c',
        "We're 80 people across three offices and need custom pricing with a single invoice per office. Can someone from your sales team give me a call?",
      ],
      ['b', 'You can find our plans and prices at /pricing.'],
      ['c', 'I have seen the pricing page. I would really like to talk to a person about this.'],
    ],
    x: {
      h: true,
      r: ['human_request', 'sales_opportunity'],
      t: 'sales',
      f: ['80 people', 'three offices'],
    },
  },
  {
    id: 'sales-enterprise-add-two-seats',
    note: 'trap: enterprise customer adds two seats self-serve; trivial',
    cust: {
      id: 'cus_8015',
      name: 'Samantha Lee',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 390000,
    },
    m: [
      ['c', 'Need to add 2 seats for new joiners starting Monday, how?'],
      [
        'b',
        'Go to Admin > Subscription > Seats and increase the number by 2. The prorated cost is added to your next invoice under your existing contract rate.',
      ],
      ['c', 'Done, thanks.'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-black-friday-coupon',
    note: 'asks whether a public coupon applies to an annual plan: routine',
    cust: { id: 'lead_8016', name: 'Chris Dalton' },
    m: [
      ['c', 'Does the BLACKFRIDAY25 code work on the annual Manager Pro plan too?'],
      [
        'b',
        'Yes! BLACKFRIDAY25 takes 25% off the first year of any annual plan, including Manager Pro, until November 30.',
      ],
      ['c', 'Perfect, buying it now'],
    ],
    x: { h: false, t: 'sales', f: ['BLACKFRIDAY25'] },
  },
  {
    id: 'sales-any-discount-accepts-annual',
    note: 'asks for a discount, accepts the published annual discount: no negotiation needed',
    cust: { id: 'lead_8017', name: 'Maya Singh' },
    m: [
      [
        'c',
        "We're only 3 people and money is tight. Is there any way to get the Pro plan cheaper?",
      ],
      [
        'b',
        'Annual billing brings Pro from $20 to $16 per user per month. Teams of up to 3 also qualify for the Starter bundle at $39 per month for all three users.',
      ],
      ['c', 'Oh the Starter bundle is perfect for us. Going with that.'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-price-hike-outraged',
    note: 'angry about a price increase and threatening to leave',
    cust: { id: 'cus_8018', name: 'Raymond Ortiz', tier: 'pro', lifetimeValue: 2600 },
    m: [
      ['c', 'Just got the email. You are raising our price by 40% with one month notice?'],
      [
        'b',
        'Our prices change from time to time to reflect new features. The new price applies from your next renewal.',
      ],
      [
        'c',
        "What new features? Nothing has changed for us. This is outrageous and frankly insulting after four years as customers. We'll be looking elsewhere.",
      ],
    ],
    x: { h: true, r: ['negative_sentiment'], t: 'sales', f: ['40%'] },
  },
  {
    id: 'sales-compare-competitor',
    note: 'compares with a competitor; the bot answers from the comparison page',
    cust: { id: 'lead_8019' },
    m: [
      ['c', 'How are you different from Freshdesk? Honest answer please 🙂'],
      [
        'b',
        "Honest answer: both cover ticketing well. We include AI triage and unlimited automations in every paid plan, and our reporting is more flexible. Freshdesk has a free plan with more agents. There's a side-by-side at /compare/freshdesk.",
      ],
      ['c', 'fair enough, will take a look. thanks'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-trial-extension',
    note: 'trial extension the bot grants: routine',
    cust: { id: 'cus_8020', name: 'Leo Grant', tier: 'free' },
    m: [
      [
        'c',
        "My trial ends tomorrow and I haven't had time to test the automations. Could I get a few more days?",
      ],
      [
        'b',
        "Sure! I've extended your trial by 7 days, until December 3. Everything stays as it is.",
      ],
      ['c', 'Amazing, thank you'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-sso-included',
    note: 'feature and plan question: routine',
    cust: { id: 'lead_8021', name: 'Hannah Wright' },
    m: [
      ['c', 'Is SAML SSO included in the Business plan or only Enterprise?'],
      [
        'b',
        'SAML SSO with Okta, Azure AD and Google is included in Business. Enterprise adds SCIM provisioning and audit logs.',
      ],
      ['c', 'Great, Business works for us then.'],
    ],
    x: { h: false, t: 'sales', f: ['SAML SSO'] },
  },
  {
    id: 'sales-white-label-reseller',
    note: 'a partner wants to resell under its own brand: custom deal, sales opportunity',
    ch: 'whatsapp',
    cust: { id: 'lead_8022', name: 'Tiago Mendes', segment: 'partner' },
    m: [
      [
        'c',
        "Hi! I run an agency in Lisbon and we'd like to resell your chatbot white-labelled to our clients, around 60 clients to start.",
      ],
      [
        'b',
        'Thanks for your interest! You can invite clients to your workspace from Settings > Team.',
      ],
      [
        'c',
        'Not as team members: as a reseller with our own brand and our own pricing. Do you have a partner program for that?',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['60 clients'] },
  },
  {
    id: 'sales-quote-pdf-five-seats',
    note: 'trap: "quote" for five seats at list price, made by the self-serve quote tool',
    cust: { id: 'cus_8023', name: 'Peter Young', tier: 'free' },
    m: [
      [
        'c',
        'Our purchasing department needs a formal quote before they approve 5 Pro seats. Can you send one?',
      ],
      [
        'b',
        "Yes, I've generated quote Q-55120 for 5 Pro seats at $20 per seat per month ($1,200 per year) and emailed it to you. It is valid for 30 days.",
      ],
      ['c', 'Got it, forwarding it to purchasing. Thanks!'],
    ],
    x: { h: false, t: 'sales', f: ['5 Pro seats'] },
  },
  {
    id: 'sales-enterprise-downsizing',
    note: 'large enterprise account wants to cut from 400 to 50 seats: high value at risk',
    cust: {
      id: 'cus_8024',
      name: 'Diane Foster',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 940000,
    },
    m: [
      [
        'c',
        "Heads up: after the reorganisation we'll only need 50 of our 400 seats from February. How do I reduce the seat count?",
      ],
      [
        'b',
        'You can reduce seats under Admin > Subscription > Seats. Changes take effect at your next renewal.',
      ],
      [
        'c',
        'Ok. Honestly we are also reviewing whether we keep the platform at all after the reorg.',
      ],
    ],
    x: { h: true, r: ['high_value_customer'], t: 'sales', f: ['50 of our 400 seats'] },
  },
  {
    id: 'sales-downgrade-to-free',
    note: 'small account downgrades to free, done by the bot',
    ch: 'sms',
    cust: { id: 'cus_8025', tier: 'pro', lifetimeValue: 96 },
    m: [
      ['c', 'pls downgrade me to the free plan, dont need pro anymore'],
      [
        'b',
        "Done! You'll move to Free on December 9 when your current period ends. Your data stays, but only 1 inbox will be active.",
      ],
      ['c', 'ok thx'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'sales-rfp-1500-agents',
    note: 'an RFP for 1,500 agents with a security questionnaire: sales opportunity',
    ch: 'email',
    cust: { id: 'lead_8026', name: 'Margaret Hughes', segment: 'enterprise' },
    m: [
      [
        'c',
        'Dear vendor,\n\nplease find attached our RFP for a contact-centre platform for 1,500 agents across 9 countries, including a security questionnaire. Responses are due December 15. Please confirm whether you will participate.\n\nMargaret Hughes\nStrategic Sourcing',
      ],
      ['b', 'Thanks for your message! Our plans and pricing are listed at /pricing.'],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['1,500 agents', 'December 15'] },
  },
  {
    id: 'sales-education-pricing-loop',
    note: 'asks three times about education pricing; the bot loops on the generic plans answer',
    cust: { id: 'lead_8027', name: 'Prof. Alan Hayes', segment: 'education' },
    m: [
      ['c', 'Do you have special pricing for universities?'],
      ['b', 'We have three plans: Starter, Pro and Business. See /pricing for details.'],
      ['c', 'I saw those. Is there an academic or education discount?'],
      ['b', 'We have three plans: Starter, Pro and Business. See /pricing for details.'],
      ['c', 'Let me try once more: do universities get a different price than companies?'],
      ['b', "I'm sorry, I didn't quite get that."],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'sales' },
  },
  {
    id: 'sales-quote-never-came-after-handoff',
    note: 'after a previous handoff the promised custom quote never arrived: same issue unresolved',
    prev: 1,
    ch: 'email',
    cust: { id: 'lead_8028', name: 'Victoria Shaw', segment: 'mid-market' },
    m: [
      ['c', 'Hello, we need a quote for 150 seats on a two-year term.', '0s'],
      ['s', 'Conversation handed off to sales (Jordan).'],
      [
        'a',
        'Hi Victoria, thanks! I will prepare the 150-seat two-year proposal and send it by Friday.',
      ],
      ['s', 'Agent returned the conversation to the bot.'],
      [
        'c',
        "Hi, it's been two weeks and we still have not received the proposal for 150 seats. Our budget meeting is on Monday.",
        '14d',
      ],
      ['b', 'Thanks for your message! You can find our plans and prices at /pricing.'],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'sales_opportunity'],
      t: 'sales',
      f: ['150 seats'],
    },
  },
];
