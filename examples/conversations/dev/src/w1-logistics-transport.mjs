// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w1-en-parcel-tracking-number-out-for-delivery',
    note: 'a tracking number is not sensitive data; status answered: no handoff',
    ch: 'sms',
    m: [
      ['c', 'JD014600006281234567 where is it'],
      ['b', 'Parcel JD014600006281234567 is out for delivery today, estimated 13:10-14:10.'],
      ['c', 'ok 👍'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['JD014600006281234567'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-retailer-missed-sla-14-dcs-tender',
    note: 'enterprise shipper will re-tender its contract after missed SLAs across 14 distribution centres: churn at stake, high_value_customer',
    ch: 'email',
    cust: {
      id: 'cus_ent_5120',
      name: 'Paul Venter',
      email: 'paul.venter@example-retail.co.za',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 2300000,
      language: 'en',
    },
    ctx: {
      account: {
        contract: 'National Distribution 2024-2027',
        distributionCentres: 14,
      },
    },
    m: [
      [
        'c',
        'Dear Account Team,\n\nIn October you missed the agreed next-day SLA on 18% of consignments out of our 14 distribution centres, against a contractual 97%. This is the third month running.\n\nOur board has instructed us to put the contract out to tender in January unless we see a recovery plan and service credits by the end of this month. Please treat this as formal notice of our concern.\n\nPaul Venter\nHead of Logistics',
      ],
      [
        'b',
        'Dear Paul, thank you for your email. You can track the status of all your consignments in the Business Portal under Shipments.',
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
    id: 'w1-en-lost-parcel-compensation-small-claims',
    note: 'compensation capped below the item value, contested with a small claims court threat: refund_dispute + compliance_legal',
    ch: 'whatsapp',
    cust: {
      name: 'Ben Whitaker',
      language: 'en',
    },
    m: [
      [
        'c',
        'parcel LP220918GB has been "in transit" for 3 weeks. it was a pair of headphones worth £180',
      ],
      [
        'b',
        "I'm sorry your parcel hasn't arrived. It has now been marked as lost and we've paid compensation of £25, the standard cover for your service.",
      ],
      ['c', '£25?? for £180 headphones you lost'],
      ['b', 'Standard cover is £25 unless extra cover was bought when sending.'],
      [
        'c',
        "you lost it, not me. I want the full £180 or I'm filing a small claims case, I've already looked it up",
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'compliance_legal'],
      t: 'billing',
      f: ['LP220918GB', '£180'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-parcel-customs-charge-explained-paid',
    note: 'why an import charge applies, explained; the customer pays: billing, no handoff',
    ch: 'web',
    m: [
      ['c', 'why do I have to pay €18.40 to get a parcel from the UK? never had to before'],
      [
        'b',
        "Since the UK left the EU, goods sent from the UK to Ireland are imports. The €18.40 is Irish VAT on the item's value plus our €3 handling fee.",
      ],
      ['c', 'ah right that makes sense. paid it now on the link'],
      ['b', 'Thanks! Your parcel will be released and delivered within 2 working days.'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['€18.40'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-rail-season-ticket-refund-unused',
    note: 'in-policy refund of the unused part of an annual season ticket, processed by the bot',
    ch: 'web',
    cust: {
      name: 'Oliver Grant',
      language: 'en',
    },
    ctx: {
      orders: [
        {
          id: 'ST-884102',
          status: 'active',
          total: 4212,
        },
      ],
    },
    m: [
      [
        'c',
        "Hi, I've been made redundant so won't be commuting any more. Can I get money back on my annual season ticket? ST-884102",
      ],
      [
        'b',
        'Sorry to hear that, Oliver. Annual tickets can be refunded for the unused months, minus a £10 admin fee. Your refund would be £1,754.00. Shall I process it?',
      ],
      ['c', 'yes please'],
      [
        'b',
        'Done. Your refund of £1,754.00 is on its way to the card you paid with, and the ticket is cancelled from today.',
      ],
      ['c', 'confirmation email received, thank you'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['ST-884102'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-bus-ticket-device-binding-error',
    note: 'mobile ticket refuses to activate with an error the bot has never seen; customer is on the bus: novel_problem',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'my weekly ticket won\'t activate, says "Ticket cannot be activated on this device (binding 0xE3)". I\'m literally on the bus now',
      ],
      ['b', 'To activate a ticket, open My Tickets, select the ticket and tap Activate.'],
      ['c', 'yes and that is when the binding 0xE3 thing pops up. same phone I bought it on'],
      ['b', "I'm not able to find anything about that message. Please try again later."],
      ['c', 'the driver is looking at me. what does binding 0xE3 mean'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['0xE3'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-bus-pass-vanished-agent-holds',
    note: 'the app lost a bus pass after an update; a person from the app team took over and wrote last: already with a person',
    ch: 'whatsapp',
    cust: {
      name: 'Tyler James',
      language: 'en',
    },
    m: [
      [
        'c',
        'updated the app this mornin and my monthly bus pass is just gone. paid £68 for it on the 1st',
      ],
      ['b', "Sorry about that! I'll bring in someone from our app team."],
      ['s', 'Sophie from the App Support team joined the chat'],
      ['a', 'Hi Tyler, Sophie here. Can you tell me the email you use to log in?'],
      ['c', 'tyler.j@example.com', '40s'],
      [
        'a',
        'Thanks. I can see your pass on our side, valid until 30 November. Try Settings > Restore purchases.',
      ],
      ['c', 'did that. nothing', '1m'],
      [
        'a',
        "Okay. Are you logged into the same account you bought it on? There's a second account with a similar email.",
      ],
      ['c', 'oh no idea. maybe i made one ages ago', '1m'],
      ['a', "I'll move the pass to the account you're using now. One moment."],
      ['c', 'ok', '20s'],
      ['c', 'bus is in 10 min lol', '3m'],
      ['a', 'Done. Close the app completely and open it again.'],
      ['c', 'still not there 😬', '1m'],
      [
        'a',
        "It can take a couple of minutes to sync. If it isn't there when the bus arrives, show the driver this chat. I'll keep checking.",
      ],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-rail-offpeak-vs-anytime-friday',
    note: 'ticket type and list price question before buying: sales, no handoff',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'london to manchester friday, back sunday. whats cheaper off peak or anytime? leaving around 3pm',
      ],
      [
        'b',
        'An Off-Peak Return is £118.60 and an Anytime Return is £392.20. On Fridays, off-peak trains from Euston run until 15:59 and again after 19:00, so a 3pm departure is off-peak.',
      ],
      ['c', 'oh nice, off peak it is then. bought'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-label-printer-blank-labels-long-streak',
    note: 'shipping labels print blank for over 20 minutes of live chat; the last three messages are clearly angry: long_session + negative_sentiment + negative_streak',
    ch: 'web',
    cust: {
      name: 'Lauren Mitchell',
      segment: 'smb',
      tier: 'pro',
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Shipper Pro',
        integration: 'Shopify',
      },
    },
    m: [
      [
        'c',
        'all shipping labels from the Shopify app are printing blank on our Zebra printer since this morning. 140 orders waiting',
        '0s',
      ],
      [
        'b',
        'Sorry about that! Please make sure the label size in Settings > Printing is set to 4x6.',
      ],
      ['c', "it is 4x6, hasn't changed in a year", '2m'],
      ['b', 'Could you try downloading a label as PDF and printing it from your computer?'],
      [
        'c',
        'PDF opens fine and has the label on it. printing the PDF gives a blank label too',
        '4m',
      ],
      ['b', 'Please check the printer has labels loaded and the ribbon is not empty.'],
      [
        'c',
        "we print labels for the other courier on the same printer, fine. it's only yours",
        '2m',
      ],
      ['b', 'Thanks. Please try reinstalling the printer driver.'],
      ['c', 'reinstalled. blank', '7m'],
      ['b', 'Please make sure the label size in Settings > Printing is set to 4x6.'],
      ['c', 'I told you already. 4x6', '1m'],
      ['b', 'Could you try downloading a label as PDF and printing it from your computer?'],
      ['c', 'did that too 15 minutes ago. collection is at 4 and nothing is labelled', '2m'],
      ['b', 'I understand. Is there anything else I can help with?'],
      [
        'c',
        "this is honestly infuriating. half an hour and you've suggested the same 3 things twice",
        '1m',
      ],
      ['b', "I'm sorry for the inconvenience."],
      ['c', "sorry doesn't ship 140 orders. absolutely fuming here", '1m'],
      ['b', 'I understand.'],
      ['c', 'useless. completely useless', '30s'],
    ],
    nowAfter: '2m',
    x: {
      h: true,
      r: ['long_session', 'negative_sentiment', 'negative_streak'],
      t: 'technical',
      f: ['140'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-missed-delivery-supervisor-voicenote',
    note: 'third failed delivery, lowercase voice-note style, asks for a supervisor: human_request + escalation_keyword',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hi so this is the third time your driver says nobody home and i was literally sitting by the door all day',
      ],
      [
        'b',
        'Sorry we missed you! You can book a redelivery or pick the parcel up from your local depot.',
      ],
      [
        'c',
        'no i was home the driver didnt even knock theres no card nothing the doorbell camera shows nobody came',
      ],
      [
        'b',
        'Sorry we missed you! You can book a redelivery or pick the parcel up from your local depot.',
      ],
      ['c', 'ok put me through to a supervisor please i want to report the driver'],
    ],
    x: {
      h: true,
      r: ['human_request', 'escalation_keyword'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-parcel-2kg-to-australia-price',
    note: 'list price for sending a parcel abroad, answered: sales, no handoff',
    ch: 'web',
    m: [
      ['c', 'how much to send 2kg to my sister in perth australia? christmas pressie 🎄'],
      [
        'b',
        'A 2 kg parcel to Australia is £34.50 with Economy (8-12 working days) or £51.20 with Express (3-5 working days). For Christmas delivery to Perth, the last Economy date is 28 November.',
      ],
      ['c', 'economy then. booked and printed the label 👍'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
];
