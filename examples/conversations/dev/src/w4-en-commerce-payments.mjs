// Written independently from the policy only (writer w4, 2026-11-30); development split.
// English chats from payments, fashion, food delivery, telecom, travel, banking, insurance,
// utilities, gaming and SaaS. Labels follow /work/shared/contract/README.md, conservatively.
export const defaults = { ch: 'web', l: 'en' };

export default [
  {
    id: 'w4-en-payments-bank-reverse-it',
    note: 'merchant charged a cancelled subscription and the customer says the bank will reverse it: a chargeback threatened without the word, refund_dispute',
    cust: { name: 'Martin Kowalczyk', tier: 'pro' },
    m: [
      [
        'c',
        'Hi, I cancelled my Streamly Plus on the 2nd but you still took 59.90 EUR on the 9th',
        '0s',
      ],
      [
        'b',
        'Thanks for reaching out! Cancellations take effect at the end of the billing period, so the charge on the 9th may be for the period that had already started.',
      ],
      [
        'c',
        'No, my period ended on the 8th. I have the cancellation email right here, sent on the 2nd.',
      ],
      [
        'b',
        'I understand. Charges made after a cancellation are reviewed case by case. Is there anything else I can help with?',
      ],
      [
        'c',
        "Honestly if you can't give it back I'll ask my bank to reverse the payment, they said they can do that for unauthorised charges",
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['59.90 EUR'] },
  },
  {
    id: 'w4-en-fashion-return-refunded-in-policy',
    note: 'in-policy return refund the bot completes and the customer confirms: no handoff, billing',
    ch: 'whatsapp',
    m: [
      ['c', 'hiya the linen dress order FS-220914 doesnt fit, can i get my money back', '0s'],
      [
        'b',
        'Of course! FS-220914 is within the 30-day return window. I have created a return label and will refund £64.00 to your original payment method as soon as the parcel is scanned. Label sent to your email.',
      ],
      ['c', 'dropped it at the post office this morning'],
      [
        'b',
        'Thanks! The parcel was scanned at 09:12, so your refund of £64.00 has been issued. It usually shows within 3-5 working days.',
      ],
      ['c', 'just saw it in my banking app, went through 👍'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-en-fashion-rather-explain-to-your-team',
    note: 'wrong item delivered; the customer politely asks for someone on the staff rather than the bot: indirect human_request',
    m: [
      [
        'c',
        'Hello, I ordered the wool coat in camel (order 7741-SE) and received a black puffer jacket in a kids size.',
        '0s',
      ],
      ['b', 'Sorry about the mix-up! You can start a return under My orders > Return an item.'],
      [
        'c',
        'I understand, but it was a gift for Saturday and I need to know if the coat is still in stock somewhere.',
      ],
      ['b', 'You can check stock for any product on its product page.'],
      [
        'c',
        "Would it be possible for someone from your customer care team to look into this? I'd rather explain it to a member of staff.",
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support', f: ['7741-SE'] },
  },
  {
    id: 'w4-en-telecom-husband-manager-joke',
    note: 'the manager is only in a joke about the husband, and the broadband is back: no handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'internet been dropping every 10 min since lunch, router light blinking orange', '0s'],
      [
        'b',
        'Sorry about that! I can see a line fault in your area (Leeds LS6) that engineers fixed 5 minutes ago. Could you restart your router and wait for a solid white light?',
      ],
      ['c', 'restarting'],
      ['c', 'ok solid white now'],
      ['b', 'Great, your line looks stable from our side too. Anything else?'],
      [
        'c',
        'nope all good. my husband was threatening to ring your manager if it died during the match tonight lol, crisis averted 😂',
      ],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-en-food-about-to-ask-manager-sorted',
    note: '"I was about to ask for a manager but you sorted it": missing item credited in policy, no handoff',
    m: [
      ['c', 'my order came without the large fries AND without the drink, paid for both', '0s'],
      [
        'b',
        'Sorry about that! I can see order #88213 from Burger Barn. I have refunded the large fries (£3.49) and the cola (£2.29) to your card, £5.78 in total.',
      ],
      ['c', 'oh nice that was quick'],
      ['c', 'honestly I was about to ask for a manager but you sorted it, cheers'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-en-saas-regional-rollout-commitment',
    note: 'rollout to 14 offices with a three-year commitment and a better per-seat rate: a volume deal in business terms, sales_opportunity',
    cust: {
      name: 'Priya Raman',
      email: 'priya.raman@example.com',
      tier: 'pro',
      segment: 'mid-market',
    },
    m: [
      [
        'c',
        'Hi - we use InsightBoard on the Pro plan in our London office (35 users). We want to roll it out to all 14 regional offices, roughly 600 seats.',
        '0s',
      ],
      [
        'b',
        "That's great to hear! Pro is £24 per user per month. You can add seats any time under Admin > Billing.",
      ],
      [
        'c',
        'Right, but at 600 seats our procurement team will want a three-year commitment in exchange for a better per-seat rate, plus SSO and a data residency clause for the EU offices.',
      ],
      ['b', 'SSO is included on the Enterprise plan.'],
      [
        'c',
        "OK. Who do we talk to about the terms? We'd like to sign before our budget closes in January.",
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['600 seats', '14 regional offices'] },
  },
  {
    id: 'w4-en-analytics-empty-export-same-article',
    note: 'empty CSV export asked four ways while the bot repeats the same export article: repeated_question + bot_not_helping',
    cust: { name: 'Tom Okafor', tier: 'pro' },
    m: [
      [
        'c',
        'When I export the Orders report to CSV with a custom date range the file is empty, just the headers',
        '0s',
      ],
      [
        'b',
        'Here is how to export a report: open the report, click Export and choose CSV. See "Exporting reports" in our help centre.',
      ],
      [
        'c',
        'Yes I did exactly that. The CSV has headers but no rows when the date range is custom.',
      ],
      [
        'b',
        'Here is how to export a report: open the report, click Export and choose CSV. See "Exporting reports" in our help centre.',
      ],
      [
        'c',
        'Let me put it differently: with "Last 30 days" I get rows, with 1 Oct - 31 Oct I get nothing. Why?',
      ],
      ['b', 'You can find all about exporting in "Exporting reports" in our help centre.'],
      [
        'c',
        'So why would a custom range give an empty export when the report shows 412 orders on screen?',
      ],
      ['b', 'Here is how to export a report: open the report, click Export and choose CSV.'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'technical',
      f: ['custom date range'],
    },
  },
  {
    id: 'w4-en-insurance-cooling-off-ombudsman-letter',
    note: 'polite formal letter: premium kept after cancelling in the cooling-off period, ombudsman and solicitor named: compliance_legal + refund_dispute',
    ch: 'email',
    cust: { name: 'Eleanor Whitfield', email: 'e.whitfield@example.com' },
    m: [
      [
        'c',
        'Dear Sir or Madam,\n\nPolicy HX-4471920 (home contents)\n\nI cancelled the above policy on 3 November, within the 14-day cooling-off period, and was told I would receive a full refund of the annual premium of £312.40. To date I have received £0. Your renewal team has since written to say a "cancellation fee" applies.\n\nI would be grateful if you could refund the full amount within 14 days.\n\nYours faithfully,\nEleanor Whitfield',
        '0s',
      ],
      [
        'b',
        'Thank you for your email. Cancellations within the cooling-off period are refunded minus any days of cover used. Your refund will be processed in due course.',
      ],
      [
        'c',
        'Dear Sir or Madam,\n\nThank you for your reply, which unfortunately does not address my letter. No cover was used and no fee was disclosed when I bought the policy.\n\nShould the full £312.40 not be returned by 28 November, I shall refer my complaint to the Financial Ombudsman Service. I have also asked my solicitor to review the matter.\n\nYours faithfully,\nEleanor Whitfield',
        '2d',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute'],
      t: 'billing',
      f: ['HX-4471920', '£312.40'],
      p: 'high',
    },
  },
  {
    id: 'w4-en-bank-card-blocked-number-pasted',
    note: 'debit card blocked after wrong PINs; the customer pastes the full (test) card number: sensitive_data, account support',
    ch: 'whatsapp',
    m: [
      ['c', 'my card got blocked at the atm after i put the pin in wrong', '0s'],
      [
        'b',
        'Sorry to hear that! For your security, cards are blocked after 3 wrong PIN attempts. I can help you unblock it in the app under Cards > Unblock.',
      ],
      ['c', 'it doesnt show there. its this one 4012 8888 8888 1881 exp 09/28'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'w4-en-saas-board-demo-end-of-rope',
    note: 'three frustrated messages in a row without a single swear word, dashboards down before a board demo: negative_sentiment + negative_streak',
    cust: { name: 'Hannah Lindqvist', tier: 'pro' },
    m: [
      ['c', 'Dashboards are stuck on "Loading widgets" again.', '0s'],
      ['b', 'Sorry about that! Please try clearing your browser cache and reloading.'],
      [
        'c',
        'This is the third time this month. I cleared the cache the last two times as well and it did nothing.',
      ],
      ['b', 'I understand. Could you try another browser?'],
      [
        'c',
        "I have a board demo at 3pm and I cannot show them a spinner. I'm genuinely at the end of my rope with this.",
      ],
      [
        'c',
        "Every time it happens I'm told to clear my cache. I pay for this so that I don't have to babysit it.",
      ],
    ],
    x: { h: true, r: ['negative_sentiment', 'negative_streak'], t: 'technical' },
  },
  {
    id: 'w4-en-marketplace-add-lawyer-as-user',
    note: 'a lawyer is only the subject of a how-to (adding her as a read-only user): no compliance_legal, no handoff',
    m: [
      [
        'c',
        'how do i add my lawyer as a user on my seller account? she only needs to download the tax reports, not edit listings',
        '0s',
      ],
      [
        'b',
        'You can invite her under Settings > Team > Invite user and pick the "Reports only" role. She will be able to download tax and payout reports but not change listings or prices.',
      ],
      ['c', 'found it, invite sent, thank you!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-gaming-not-a-complaint-season-pass',
    note: 'negated complaint ("not a complaint") with a plain question the bot answers: no handoff',
    m: [
      [
        'c',
        'not a complaint just curious, when do the season 7 pass rewards unlock? got tier 40 already',
        '0s',
      ],
      [
        'b',
        "Nice progress! Tier rewards unlock as you reach each tier, and the tier 40 skin is delivered at the next daily reset (04:00 UTC). You'll find it under Locker > Skins.",
      ],
      ['c', 'ahh ok so tomorrow morning. ty'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-saas-enterprise-invoice-email-change',
    note: 'enterprise customer with a trivial billing how-to the bot answers: tier alone does not hand off',
    cust: {
      name: 'Olivia Brandt',
      email: 'o.brandt@example.com',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 240000,
    },
    ctx: { account: { plan: 'Enterprise', seats: 1200, renewal: '2027-06-30' } },
    m: [
      [
        'c',
        'Quick one: where do we change the email address invoices are sent to? Our AP team moved to a shared inbox.',
        '0s',
      ],
      [
        'b',
        'Admins can change it under Admin > Billing > Invoice recipients. You can add several addresses, e.g. your AP shared inbox, and remove the old one.',
      ],
      ['c', 'Done, thanks.'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-en-gaming-praise-slang-new-map',
    note: 'praise slang ("sick", "insane", "killing it") is not negative; a how-to answered: no handoff',
    m: [
      ['c', 'yo the new update is sick 🔥🔥 the harbour map is insane', '0s'],
      ['c', 'how do i turn on the new ranked mode tho, cant find it'],
      ['b', 'Glad you like it! Ranked unlocks at account level 15. Then go to Play > Ranked.'],
      ['c', 'lvl 17 so im in. yall are killing it'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-logistics-agent-holds-angry',
    note: 'an agent wrote last and holds the chat; the customer is angry but a person already has it: no handoff',
    m: [
      ['c', 'my pallet was supposed to arrive yesterday, tracking says "exception"', '0s'],
      ['b', "I'm connecting you with a member of our freight team."],
      ['s', 'Jorge (Freight support) joined the conversation'],
      [
        'a',
        "Hi, Jorge here. I see consignment PL-55810 was held at the Daventry hub because of a damaged label. I'm arranging a relabel today.",
      ],
      ['c', 'this is ridiculous, i have a shop full of customers waiting for that stock'],
      ['c', 'and nobody called me. unacceptable'],
      [
        'a',
        "I completely understand. I've asked the hub to put it on tonight's trunk, I'll confirm within the hour.",
      ],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-travel-refund-after-handoff-still-open',
    note: 'resumed after an earlier handoff (previousHandoffs 1, open ticket) about the same missing refund: previous_handoff',
    prev: 1,
    ctx: {
      tickets: [
        {
          id: 'T-90412',
          subject: 'Refund for cancelled flight VY7823',
          status: 'open',
          createdAt: '2026-11-10T09:00:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'hi again, I was passed to an agent last week about the refund for my cancelled flight VY7823, they said 7 days',
        '0s',
      ],
      [
        'b',
        'Welcome back! Refunds for cancelled flights are made to the original payment method within 7-14 days.',
      ],
      [
        'c',
        "It's been 15 days now and nothing. The ticket says open still. Can this go back to the person who had it?",
      ],
    ],
    x: { h: true, r: ['previous_handoff', 'human_request'], t: 'billing', f: ['VY7823'] },
  },
  {
    id: 'w4-en-travel-after-handoff-new-baggage-question',
    note: 'after an earlier handoff the customer asks a new trivial question the bot answers: no handoff',
    prev: 1,
    m: [
      [
        'c',
        'thanks for sorting the seat issue earlier. one more thing, how many kg can i take in the cabin?',
        '0s',
      ],
      [
        'b',
        "You're welcome! On Economy Light you can take one cabin bag up to 8 kg plus a small personal item under the seat.",
      ],
      ['c', 'perfect thx'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-utilities-smart-meter-long-loop',
    note: 'smart meter readings missing for 26 minutes on WhatsApp while the bot loops on the same two answers: long_session + bot_not_helping',
    ch: 'whatsapp',
    cust: { name: 'Gareth Pryce' },
    m: [
      [
        'c',
        'my smart meter stopped sending readings 3 weeks ago and now i got an estimated bill of £211',
        '0s',
      ],
      [
        'b',
        'Sorry about that! Smart meters can lose signal for a few days. It usually comes back by itself.',
      ],
      ['c', 'its been 3 weeks not a few days', '2m'],
      ['b', 'You can submit a meter reading in the app under Usage > Submit reading.'],
      ['c', 'the in home display says "no WAN", what does that mean', '3m'],
      ['b', 'Smart meters can lose signal for a few days. It usually comes back by itself.'],
      ['c', 'ok but the bill is based on an estimate that is double my normal usage', '2m'],
      ['b', 'You can submit a meter reading in the app under Usage > Submit reading.'],
      ['c', 'i did submit one, it still shows the estimate', '4m'],
      ['b', 'Thanks for your reading! Is there anything else I can help with?'],
      ['c', 'yes, the bill. and the meter. both still wrong', '3m'],
      ['b', 'Smart meters can lose signal for a few days. It usually comes back by itself.'],
      ['c', 'we are going round in circles here', '5m'],
      ['c', 'the display still says no WAN', '6m'],
    ],
    nowAfter: '1m',
    x: { h: true, r: ['long_session', 'bot_not_helping'], t: 'technical', f: ['£211', 'no WAN'] },
  },
  {
    id: 'w4-en-clinic-long-chat-booked-perfect',
    note: 'long chat of 32 minutes with pauses that ends resolved ("booked, perfect"): no long_session, no handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'hi i need to book a dermatology appointment for my son, 9 years old', '0s'],
      [
        'b',
        'Hi! Our paediatric dermatology clinic is at the Northside centre. Is your son registered with us?',
      ],
      ['c', 'yes under my account, Leo', '3m'],
      ['b', 'Thanks, I can see Leo on your account. Do you have a referral from your GP?'],
      ['c', 'hang on let me find it', '1m'],
      ['c', 'ok got it, referral ref R-30317', '6m'],
      [
        'b',
        'Thanks! The first free slots with Dr Ahmed are Tuesday 8 Dec at 15:40 or Thursday 10 Dec at 16:20.',
      ],
      ['c', 'need to check with school, 2 min', '1m'],
      ['c', 'thursday works better', '7m'],
      [
        'b',
        'Could you confirm the mobile number for the reminder SMS? The one on file ends in 214.',
      ],
      ['c', 'yes thats right', '2m'],
      ['b', 'Shall I book Thursday 10 Dec at 16:20 with Dr Ahmed for Leo?'],
      ['c', 'is there parking there', '4m'],
      ['b', 'Yes, the Northside centre has free parking for patients for up to 2 hours.'],
      ['c', 'great, yes book it', '3m'],
      [
        'b',
        "Done! Leo is booked for Thursday 10 Dec at 16:20 with Dr Ahmed. You'll get an SMS reminder the day before.",
      ],
      ['c', 'booked, perfect. thank you!', '1m'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-en-saas-vat-invoice-downloaded',
    note: 'B2B invoice missing the VAT number, regenerated by following the bot: "downloaded, perfect", no handoff, billing',
    cust: { name: 'Jasper de Wit', tier: 'pro' },
    m: [
      [
        'c',
        "our October invoice INV-2026-10-3318 doesn't show our VAT number and our accountant won't accept it",
        '0s',
      ],
      [
        'b',
        'You can add your VAT number under Admin > Billing > Company details. After saving, click "Regenerate" next to any invoice from the current year to get a copy with the VAT number.',
      ],
      ['c', 'added it, regenerated'],
      ['c', 'downloaded, perfect, VAT number is on it now'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-en-food-voice-charged-twice-contested',
    note: 'voice-to-text style, no punctuation: double charge the bot cannot see, the customer contests it: refund_dispute',
    m: [
      ['c', 'hey so i got charged two times for the same pizza order can you give one back', '0s'],
      [
        'b',
        'Sorry to hear that! I can only see one payment of £23.80 for order #55102. Duplicate pending payments usually disappear within 3 days.',
      ],
      [
        'c',
        'its not pending its on my bank statement twice 23.80 and 23.80 both taken on friday i want the second one back',
        '1m',
      ],
      ['b', 'I can only see one payment of £23.80 for order #55102.'],
      ['c', 'well my bank sees two so somebody needs to look at it properly'],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['23.80'] },
  },
  {
    id: 'w4-en-education-proctoring-px4412',
    note: 'an exam proctoring error code the bot has no answer for, exam starting soon: novel_problem',
    cust: { name: 'Amara Nwosu' },
    m: [
      [
        'c',
        'the proctoring extension says "PX-4412 camera handshake timeout" and wont let me start my statistics exam',
        '0s',
      ],
      ['b', 'Please make sure your camera is connected and allowed in your browser settings.'],
      [
        'c',
        'it is allowed, the camera works in zoom and in the browser test page. only the exam gives PX-4412',
      ],
      ['b', "I'm sorry, I don't have information about that error."],
      ['c', 'my exam window closes at 14:00, what do i do'],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['PX-4412'], p: 'high' },
  },
  {
    id: 'w4-en-telecom-sms-api-secret-pasted',
    note: 'a developer pastes a live API secret key into the chat: sensitive_data, technical',
    m: [
      [
        'c',
        'our SMS API calls return 401 since this morning. this is the key we use: sk_live_51TESTq7Yd2ZkXr0nLyAbCdEf9 is it revoked?',
        '0s',
      ],
      [
        'b',
        'A 401 means the key was not accepted. Please check that it is sent in the Authorization header as "Bearer <key>".',
      ],
      ['c', 'yes Bearer + key, nothing changed on our side. worked yesterday'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'technical' },
  },
];
