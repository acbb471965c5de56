// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w1-en-water-bill-ombudsman-direct-debit',
    note: 'contested quarterly water bill after the bot refused an adjustment; threatens to reverse the direct debit via the bank and go to the ombudsman',
    ch: 'email',
    cust: {
      name: 'Margaret Ellison',
      email: 'm.ellison@example.com.au',
      language: 'en',
    },
    ctx: {
      account: {
        accountNumber: 'WA-7730-1184',
        type: 'residential',
      },
    },
    m: [
      [
        'c',
        'Dear Sir/Madam,\n\nI have received a water account for the September quarter of $1,240.60 (account WA-7730-1184). My bills for the last three years have never exceeded $190. There is no pool, no garden irrigation and only two of us in the house. I request that the meter be checked and the account adjusted.\n\nKind regards,\nMargaret Ellison',
      ],
      [
        'b',
        "Dear Margaret, thank you for your email. Our records show the meter was read correctly on 14 October. High usage is often caused by a concealed leak. Under our hardship and leak policy, adjustments are only possible when a licensed plumber's report confirms a repaired leak. As no report is on file, we are unable to adjust this account.",
      ],
      [
        'c',
        'Thank you for the reply, but it does not address my request. A plumber attended on Friday and found no leak whatsoever; I can provide his invoice. I will not be paying $1,240.60 for water we did not use. If the amount is debited on the due date I will instruct my bank to reverse the direct debit, and I will be lodging the matter with the Energy and Water Ombudsman.\n\nMargaret Ellison',
      ],
      [
        'b',
        'Dear Margaret, we understand your concern. As explained, adjustments require a report confirming a repaired leak.',
      ],
      [
        'c',
        'That is the same answer again. The point is that there was NO leak. Please have this reviewed properly.',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'compliance_legal'],
      t: 'billing',
      p: 'high',
      f: ['$1,240.60', 'WA-7730-1184'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-telecom-travel-pass-unused-day-refunded',
    note: 'in-policy refund of an unused roaming day pass that the bot completes; no dispute left',
    ch: 'web',
    cust: {
      name: 'Kyle Brennan',
      tier: 'pro',
      language: 'en',
    },
    m: [
      [
        'c',
        'hey so i got charged the $10 travel pass on oct 28 but my phone was literally off that whole day, on a flight',
      ],
      [
        'b',
        'Let me check. I can see a Travel Pass charge of $10.00 on October 28 and no data, calls or texts from your line that day.',
      ],
      [
        'b',
        "Travel Pass days with no usage are refundable automatically. I've issued a $10.00 credit to your account; it will appear on your next bill.",
      ],
      ['c', 'oh nice ok, i see it as pending credit now. that was easy'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['$10'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-telecom-invoice-my-manager-asked',
    note: '"my manager asked me" is reported speech, not an escalation; invoice download answered and done',
    ch: 'web',
    cust: {
      name: 'Jess Whitfield',
      segment: 'smb',
      language: 'en',
    },
    m: [
      [
        'c',
        "Hi, my manager asked me to get a copy of last month's invoice for our company phones, where do I find that?",
      ],
      [
        'b',
        'Hi Jess! Invoices are under Billing > Invoices in your business account. Each one has a PDF download button on the right.',
      ],
      ['c', 'I only see September there'],
      [
        'b',
        "October's invoice is generated on the 3rd of the following month, so it will appear from November 3. September's is the most recent one issued.",
      ],
      ['c', "ah ok it's September she wanted anyway. downloaded, cheers"],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-broadband-cancel-moving-abroad',
    note: 'cancellation because the customer emigrates, handled by the bot with the notice period; no reason to escalate',
    ch: 'web',
    cust: {
      name: 'Aoife Byrne',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi im moving to canada in december so i need to cancel my broadband. im out of contract i think?',
      ],
      [
        'b',
        "Hi Aoife! Yes, your minimum term ended in June, so there's no early exit fee. We need 30 days' notice. Would you like the service to end on a specific date?",
      ],
      ['c', 'december 14th would be perfect'],
      [
        'b',
        "Done: your broadband will end on December 14. You'll get a prepaid bag to return the router. Your final bill will be pro-rated to that date.",
      ],
      ['c', 'brilliant, got the confirmation email'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-energy-time-of-use-vs-flat',
    note: 'pre-switch question about list tariffs, answered; the customer switches self-serve',
    ch: 'web',
    m: [
      [
        'c',
        'whats the actual difference between your time of use plan and the flat rate one? got solar + a battery now',
      ],
      [
        'b',
        'Flat rate charges the same per kWh all day (currently 31.2c). Time of Use charges 18.9c overnight and 11am-3pm, and 45.1c from 4-9pm. With a battery you can usually avoid the peak window, so Time of Use tends to be cheaper.',
      ],
      ['c', 'and is there a fee to switch'],
      [
        'b',
        'No fee. You can switch in the app under Plan > Change plan, and it takes effect from your next meter read.',
      ],
      ['c', 'righto, switched to TOU in the app. cheers mate'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-power-estimated-bill-sarcasm',
    note: 'sarcastic frustration about an estimated bill and a bot that ignores the problem: negative_sentiment + bot_not_helping',
    ch: 'web',
    cust: {
      name: 'Dana Kowalski',
      language: 'en',
    },
    m: [
      [
        'c',
        'Oh great, another "estimated" bill for $412 when I literally uploaded a photo of my meter last week. Love that for me.',
      ],
      ['b', 'Glad I could help! Is there anything else I can do for you today?'],
      ['c', 'wow. amazing. truly world class service'],
      ['b', "Thank you! We're always happy to hear from our customers. 😊"],
      [
        'c',
        "the bill. is wrong. it's an estimate even though you have my actual reading. can anyone there actually read",
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'bot_not_helping'],
      t: 'billing',
      f: ['$412'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-company-mobiles-180-handsets-proposal',
    note: 'volume, multi-year business deal phrased as terms and a proposal, no price/quote word: sales_opportunity',
    ch: 'email',
    cust: {
      name: 'Richard Hale',
      email: 'r.hale@example.co.uk',
      segment: 'mid-market',
      language: 'en',
    },
    m: [
      [
        'c',
        'Hello,\n\nWe are consolidating our company mobiles, currently 180 handsets split across two networks, onto a single provider when our existing agreements lapse in March. We would be looking at a 36-month term with a pooled data allowance and MDM support.\n\nCould someone put together a proposal setting out what terms you could offer at this volume? Happy to arrange a call.\n\nBest regards,\nRichard Hale\nHead of Facilities',
      ],
      [
        'b',
        'Hi Richard, thanks for your interest! Our Business Unlimited plan is £22 per line per month. You can sign up online at business.example.co.uk/plans.',
      ],
      [
        'c',
        'Thank you, but with 180 lines and a 36-month commitment we would expect something tailored rather than the online rate. Please could this be passed to your business sales team.',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['180', '36-month'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-smart-meter-no-show-third-time',
    note: 'three angry SMS in a row about a third missed install appointment and a formal complaint: negative streak + escalation',
    ch: 'sms',
    m: [
      ['c', 'Nobody turned up for the smart meter install AGAIN today. Thats the 3rd time'],
      ['b', 'Sorry about that. Would you like to rebook? Reply 1 for mornings, 2 for afternoons.'],
      ['c', 'I took a day off work unpaid for this. Third time. Do you understand that'],
      ['b', 'Sorry about that. Would you like to rebook? Reply 1 for mornings, 2 for afternoons.'],
      ['c', 'Absolutely useless company. I want to make a formal complaint'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'escalation_keyword'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-broadband-slow-speeds-fixed-long',
    note: 'long troubleshooting chat that ends with the customer reporting the outcome (speed fixed on 5 GHz), under 20 minutes: no handoff',
    ch: 'web',
    cust: {
      name: 'Priya Nair',
      language: 'en',
    },
    m: [
      ['c', 'hi, paying for 500mb but getting like 40 on my laptop. its been like this for a week'],
      ['b', "Let's look at it. Are you testing over Wi-Fi or with a cable?"],
      ['c', 'wifi'],
      ['b', 'Could you run a test at speedtest.example.net while standing next to the router?'],
      ['c', 'ok next to router its 61'],
      [
        'b',
        'Thanks. Can you check which network name your laptop is on? Our routers broadcast two: one ending in -2G and one ending in -5G.',
      ],
      ['c', 'it says HOME-8841-2G'],
      [
        'b',
        "That's the 2.4 GHz band, which tops out well below your plan speed. Please connect to HOME-8841-5G (same password) and test again.",
      ],
      ['c', 'i dont see a 5G one in the list'],
      [
        'b',
        "It may be switched off. Open 192.168.1.1 in your browser, log in with the admin password on the router sticker, go to Wi-Fi > 5 GHz and make sure it's enabled.",
      ],
      ['c', 'ok im in. 5ghz was turned OFF?? no idea who did that lol'],
      [
        'b',
        'It sometimes gets disabled after a factory reset. Switch it on, save, and give it a minute to appear.',
      ],
      ['c', 'its showing now. connecting'],
      ['c', 'ok on the 5G one now getting 286 down next to router and 190 in the bedroom'],
      [
        'b',
        "That's in line with what we expect over Wi-Fi on your plan. A cabled connection should get close to 500.",
      ],
      ['c', 'sorted then, way better. ty'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
];
