// Written independently from the policy only (writer w4, 2026-11-30); development split.
// More English chats: B2B SaaS renewals, telecom, marketplaces, payouts, banking, insurance,
// logistics, education, gaming, healthcare (voice), SMS. Labels follow the contract's policy.
export const defaults = { ch: 'web', l: 'en' };

export default [
  {
    id: 'w4-en-saas-enterprise-renewal-at-risk',
    note: 'enterprise account says it will not renew unless terms change after outages: churn at stake for a high-value account, a negotiation (sales_opportunity + high_value_customer)',
    cust: {
      name: 'Daniel Osei',
      email: 'd.osei@example.com',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 640000,
    },
    ctx: { account: { plan: 'Enterprise', seats: 2300, renewal: '2027-01-31', arr: 214000 } },
    m: [
      [
        'c',
        'Our renewal is due end of January. After the three incidents this quarter our CIO has asked me to evaluate alternatives.',
        '0s',
      ],
      ['b', 'Thanks for letting us know. You can see our uptime history on status.example.com.'],
      [
        'c',
        "I have seen it. To be frank, we won't renew on the current terms. We would need service credits written into the contract and a different price for year two before we sign anything.",
      ],
    ],
    x: { h: true, r: ['high_value_customer', 'sales_opportunity'], t: 'sales', p: 'high' },
  },
  {
    id: 'w4-en-telecom-spanglish-roaming-fixed',
    note: 'English with Spanish words mixed in; an in-policy roaming credit the bot applies: no handoff, language en',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'hey my bill is wrong, me cobraron $45 extra for roaming en Mexico but I have the Travel Pass',
        '0s',
      ],
      [
        'b',
        "You're right: your Travel Pass covers Mexico, so the $45.00 roaming charge should not have been added. I've credited it; you'll see it on your next bill.",
      ],
      ['c', 'ok perfecto, thanks!!'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-en-marketplace-merchant-how-to-answer-dispute',
    note: 'a merchant asks how to answer a dispute opened by its own buyer: not refund_dispute per the policy, a how-to the bot answers',
    m: [
      [
        'c',
        'one of my buyers opened a dispute saying the lamp never arrived, but I have proof of delivery. how do I respond?',
        '0s',
      ],
      [
        'b',
        'Go to Orders > Disputes, open the case and click "Respond". Upload the proof of delivery (tracking page or signed receipt) and add a short note. You have 7 days to respond.',
      ],
      ['c', 'uploaded the tracking screenshot and submitted, thanks'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-en-payments-payout-delayed-fair-enough',
    start: '2026-11-30T09:12:00Z',
    note: 'mild polite disappointment that the bot resolves with an explanation: not negative_sentiment, no handoff',
    cust: { name: 'Ruth Abebe', tier: 'pro' },
    m: [
      [
        'c',
        'hi my weekly payout usually lands monday but nothing yet today, a bit disappointing as I have suppliers to pay',
        '0s',
      ],
      [
        'b',
        "Sorry for the wait! Today is St Andrew's Day, a bank holiday in Scotland where your bank is, so payouts scheduled for today are sent tomorrow morning. Your payout of £1,842.17 is scheduled and will arrive by 10:00 tomorrow.",
      ],
      ['c', 'ah of course, forgot about the bank holiday. fair enough, thanks'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-en-bank-international-transfer-iban-pasted',
    note: 'the customer pastes a full (test) IBAN of the payee into the chat: sensitive_data, payments are billing',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'my transfer to my landlord keeps getting rejected, "beneficiary details invalid"',
        '0s',
      ],
      [
        'b',
        'Please check the beneficiary name and account details are exactly as on their bank statement.',
      ],
      [
        'c',
        'this is what they gave me: GB82 WEST 1234 5698 7654 32, name Harbour Lettings Ltd. can you check whats wrong',
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing' },
  },
  {
    id: 'w4-en-app-login-password-typed-in-chat',
    note: 'the customer types a password into the chat while asking for help signing in: sensitive_data, account support',
    m: [
      ['c', 'cant log in to the app, keeps saying invalid credentials', '0s'],
      ['b', 'You can reset your password with "Forgot password?" on the sign-in screen.'],
      [
        'c',
        'i know my password, its Sunflower!2024 and it worked yesterday. why does it say invalid',
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'w4-en-insurance-email-thread-documents-received',
    note: 'email thread spread over days that ends resolved: day-long gaps are not long_session, no handoff',
    ch: 'email',
    cust: { name: 'Fiona MacLeod', email: 'fiona.macleod@example.com' },
    m: [
      [
        'c',
        'Hello,\n\nI submitted a claim for my stolen bike (claim CL-66120) last week. The portal says "documents missing" but I uploaded the police report.\n\nBest,\nFiona',
        '0s',
      ],
      [
        'b',
        'Hello Fiona,\n\nThanks for your email. For bike theft claims we also need the purchase receipt or a bank statement showing the purchase. Could you upload one of these under Claims > CL-66120 > Documents?\n\nKind regards',
        '1h',
      ],
      ['c', 'Hi,\n\nFound the receipt in an old inbox, uploaded it now.\n\nFiona', '2d'],
      [
        'b',
        'Hello Fiona,\n\nThank you, we have everything we need. Your claim is now with an assessor and you will hear from us within 5 working days.\n\nKind regards',
        '3h',
      ],
      ['c', 'Great, thanks for the quick help!\n\nFiona', '1d'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-logistics-webhook-hmac-mismatch',
    note: 'webhook signatures fail after a key rotation with an error the bot has no answer for: novel_problem, integration is technical',
    cust: { name: 'Kenji Watanabe', tier: 'pro' },
    m: [
      [
        'c',
        'Since we rotated our webhook signing secret yesterday every shipment.updated webhook fails our check with "HMAC mismatch (v2 header present, v1 expected)".',
        '0s',
      ],
      ['b', 'You can rotate your webhook signing secret under Developers > Webhooks.'],
      [
        'c',
        "Yes, that's what we did. The issue is the new header version. Did the signature scheme change?",
      ],
      ['b', "I'm sorry, I don't have information about that."],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['HMAC mismatch'] },
  },
  {
    id: 'w4-en-edtech-refund-outside-window-contested',
    note: 'a refund the bot declines under the policy and the customer contests: refund_dispute, billing',
    cust: { name: 'Sofia Petrov' },
    m: [
      [
        'c',
        'I want a refund for the UX bootcamp, the content is nothing like the syllabus on the sales page',
        '0s',
      ],
      [
        'b',
        'Our refund window is 14 days from purchase. Your purchase was 19 days ago, so it is no longer eligible.',
      ],
      [
        'c',
        "Half the modules listed were only released last week, so I couldn't have known before day 14. I paid $1,290 for this.",
      ],
      ['b', 'Our refund window is 14 days from purchase.'],
      [
        'c',
        "That's not a fair reading of the situation. I'm asking for my money back and I expect someone to actually review it.",
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['$1,290'] },
  },
  {
    id: 'w4-en-gaming-ban-appeal-real-person',
    note: 'account suspended; the player asks whether a real person could review it: indirect human_request, account is support',
    m: [
      [
        'c',
        'my account got suspended for "third party software" but I dont use any cheats, I just have discord overlay',
        '0s',
      ],
      [
        'b',
        'Accounts are suspended automatically when our anti-cheat system detects unauthorised software. Suspensions last 14 days.',
      ],
      [
        'c',
        'i get that but its a false positive. could a real person from your team review it? 6 years on this account',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'w4-en-clinic-voice-receptionist',
    note: 'voice transcript without punctuation; the caller asks for the receptionist: human_request, booking is support',
    ch: 'voice',
    m: [
      [
        'c',
        'hi yeah im calling about my appointment on thursday i need to move it because of work',
        '0s',
      ],
      [
        'b',
        'I can help with that. You can reschedule in the patient app under Appointments. Would you like me to send you a link?',
      ],
      [
        'c',
        'no its a bit complicated its a double appointment with the nurse and the doctor could i just speak to the receptionist please',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'w4-en-telecom-if-not-fixed-supervisor-then-fixed',
    note: 'hypothetical ("if this doesn\'t work I\'ll want a supervisor") followed by a fix that works: no handoff',
    m: [
      [
        'c',
        "my new sim says no service. if this doesn't work after the third restart today I'll want a supervisor, just saying",
        '0s',
      ],
      [
        'b',
        'Understood! Your number port completed 10 minutes ago, so the SIM needs a network refresh: go to Settings > Mobile network > Network operators and choose "Select automatically".',
      ],
      ['c', "5 bars now. ok we're good haha"],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-en-saas-sarcasm-turn-it-off-and-on',
    note: "sarcasm at the bot's canned restart advice while a sync is broken: negative_sentiment",
    cust: { name: 'Oliver Grant', tier: 'pro' },
    m: [
      [
        'c',
        'Calendar sync with Outlook stopped working, meetings from today are missing in the app',
        '0s',
      ],
      ['b', 'Please sign out of the app and sign back in.'],
      [
        'c',
        "Oh brilliant, signing out and in again, why didn't I think of that. Did it twice already. Wonderful support as always.",
      ],
    ],
    x: { h: true, r: ['negative_sentiment'], t: 'technical' },
  },
  {
    id: 'w4-en-fashion-student-discount-before-buying',
    note: 'question before buying about a list discount, answered: pricing is sales, no handoff',
    m: [
      ['c', 'do you guys do student discount? want the trench coat but its a bit pricey', '0s'],
      [
        'b',
        'Yes! Students get 15% off full-price items after verifying with UNiDAYS at checkout. The trench coat is £120, so £102 with the discount.',
      ],
      ['c', 'verified, ordered 🙌'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'w4-en-retail-agent-hands-back-trivial',
    note: 'an agent resolved the issue and handed the chat back; the bot answers a new trivial question: no handoff',
    m: [
      ['c', 'my click and collect order says ready but the store says it isnt there', '0s'],
      ['b', "I'll connect you with our store team."],
      ['s', 'Aisha (Store support) joined the conversation'],
      [
        'a',
        'Hi! Found it, it was put on the wrong shelf. The store has it at the collection desk now, see you soon.',
      ],
      ['a', "I'll hand you back to our assistant for anything else."],
      ['b', 'Hi again! Is there anything else I can help with?'],
      ['c', 'yes what time does the store close on sunday'],
      ['b', 'The Westfield store is open until 18:00 on Sundays.'],
      ['c', 'great ta'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-parcel-redirect-sms-long',
    note: 'SMS chat of about 28 minutes: redirecting a parcel asked three ways while the bot loops: long_session + repeated_question + bot_not_helping',
    ch: 'sms',
    m: [
      ['c', 'can my parcel be sent to my work address instead, im not home today', '0s'],
      ['b', 'Your parcel is out for delivery and will arrive today between 12:00 and 16:00.'],
      ['c', 'yes but i wont be home. can you deliver it to my office instead', '3m'],
      ['b', 'Your parcel is out for delivery and will arrive today between 12:00 and 16:00.'],
      ['c', 'is there a way to change the address', '5m'],
      ['b', 'You can track your parcel at our website with your tracking number.'],
      ['c', 'im not asking where it is. how do i get it delivered somewhere else', '6m'],
      ['b', 'Your parcel is out for delivery and will arrive today between 12:00 and 16:00.'],
      ['c', 'hello??', '8m'],
      ['c', 'driver will be there in an hour and nobody is home', '5m'],
    ],
    x: { h: true, r: ['long_session', 'repeated_question', 'bot_not_helping'], t: 'support' },
  },
  {
    id: 'w4-en-energy-back-billing-ombudsman',
    note: 'back-billed three years and says the complaint has gone to the Energy Ombudsman, politely: compliance_legal + refund_dispute',
    ch: 'email',
    cust: { name: 'Peter Lawson', email: 'p.lawson@example.com' },
    m: [
      [
        'c',
        'Hello,\n\nI have received a catch-up bill of £1,964.55 covering electricity from 2023. Suppliers cannot back-bill more than 12 months when the delay is their fault, and I gave readings every quarter.\n\nPlease cancel the part of the bill older than 12 months.\n\nRegards,\nPeter Lawson',
        '0s',
      ],
      [
        'b',
        'Thank you for your email. Your bill is based on the actual meter reading taken in October.',
      ],
      [
        'c',
        "Hello,\n\nSince your reply does not address the back-billing rule, I have today referred my complaint to the Energy Ombudsman. I'd appreciate a proper response in the meantime.\n\nRegards,\nPeter Lawson",
        '2d',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute'],
      t: 'billing',
      f: ['£1,964.55'],
      p: 'high',
    },
  },
  {
    id: 'w4-en-logistics-enterprise-labels-all-warehouses',
    note: 'enterprise shipper: label printing down across all 60 warehouses: an outage across many sites, high_value_customer',
    cust: {
      name: 'Laura Jennings',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 890000,
    },
    ctx: { account: { plan: 'Enterprise', warehouses: 60 } },
    m: [
      [
        'c',
        'Label generation is failing at every one of our 60 warehouses since 06:10. Trucks are waiting at the docks.',
        '0s',
      ],
      [
        'b',
        "I'm sorry to hear that. There are no known incidents at the moment. Please try generating the label again.",
      ],
      ['c', "We've retried thousands of times across all sites. Every request times out."],
    ],
    x: { h: true, r: ['high_value_customer'], t: 'technical', f: ['60 warehouses'], p: 'urgent' },
  },
  {
    id: 'w4-en-order-late-yaar-tracking-shown',
    note: 'Indian English with "yaar"; a late order the bot explains with tracking: no handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'pls check my order yaar, headphones were supposed to come yesterday', '0s'],
      [
        'b',
        "Sorry for the delay! Order 4410-2291 was held at the Pune hub because of the festival rush. It's out for delivery today, expected before 19:00.",
      ],
      ['c', 'ok got it, will wait. thanks'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-no-need-for-a-human-opening-hours',
    note: '"no need for a human": the customer only wants opening hours, answered: no handoff',
    m: [
      [
        'c',
        'no need for a human, just tell me until when the pharmacy counter is open on saturdays',
        '0s',
      ],
      ['b', 'The pharmacy counter is open 09:00-17:00 on Saturdays.'],
      ['c', 'cheers'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-events-cancelled-concert-refunded',
    note: 'the organiser cancelled the concert and the bot refunds in policy; "went through": no handoff, billing',
    m: [
      [
        'c',
        'the Bristol show on the 12th got cancelled, how do I get my money back for the 2 tickets',
        '0s',
      ],
      [
        'b',
        "Sorry about the cancellation! Refunds for cancelled events are automatic. I've just processed £98.00 for your two tickets to the card you paid with.",
      ],
      ['c', 'refund went through already, thanks 👍'],
    ],
    x: { h: false, t: 'billing' },
  },
];
