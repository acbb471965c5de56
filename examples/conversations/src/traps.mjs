// Traps for keyword matching, in English: negations, look-alikes, praise that sounds harsh, and
// the reverse (polite words that still mean a handoff). See ../README.md for the format.
export const defaults = { l: 'en' };

export default [
  {
    id: 'trap-no-need-for-a-manager',
    note: '"no need for a manager" is a negation; a CSV export how-to',
    cust: { id: 'cus_1401', name: 'Yvonne Hart', tier: 'pro' },
    m: [
      ['c', 'No need for a manager or anything, just tell me how to export my contacts as CSV.'],
      [
        'b',
        'Go to Contacts, click the checkbox at the top to select all, then Export > CSV. The file is emailed to you when ready.',
      ],
      ['c', 'Got it, thanks'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-not-complaint-shipping-cost',
    note: '"not a complaint, just a question" about shipping costs',
    cust: { id: 'cus_1402' },
    m: [
      [
        'c',
        'This is not a complaint, just a question: why was shipping $7.95 on my last order when the one before was free?',
      ],
      [
        'b',
        'Shipping is free on orders over $50. Your last order was $38.20, so standard shipping of $7.95 applied.',
      ],
      ['c', 'Ah that explains it, thanks.'],
    ],
    x: { h: false, t: 'support', f: ['$7.95'] },
  },
  {
    id: 'trap-lawsuit-drama-catalog',
    note: '"lawsuit" is the topic of a TV series, not a legal threat',
    cust: { id: 'cus_1403', name: 'Olivia Grant' },
    m: [
      [
        'c',
        "I just finished season 1 of that legal drama about the big tobacco lawsuit, 'The Verdict Room'. Is season 2 on your service?",
      ],
      [
        'b',
        "Yes! 'The Verdict Room' season 2 is available in your plan. All 10 episodes are in your library now.",
      ],
      ['c', 'Yay, weekend sorted 😄'],
    ],
    x: { h: false, t: 'support', f: ['The Verdict Room'] },
  },
  {
    id: 'trap-manager-pro-second-computer',
    note: '"Manager Pro" is a product; installing it on a second computer',
    cust: { id: 'cus_1404', name: 'Dennis Webb', tier: 'pro' },
    m: [
      ['c', 'Can I install Manager Pro on my laptop as well as the office PC?'],
      [
        'b',
        'Yes, one Manager Pro licence covers up to 3 devices. Download it from your account page and sign in with the same account.',
      ],
      ['c', 'Installed and synced. Nice.'],
    ],
    x: { h: false, t: 'technical', f: ['Manager Pro'] },
  },
  {
    id: 'trap-human-readable-export',
    note: '"human-readable" is a format, not a request for a human',
    cust: { id: 'cus_1405', name: 'Rita Lopez' },
    m: [
      ['c', 'Is there a human-readable export of my chat history? The JSON one is hard to read.'],
      [
        'b',
        'Yes, choose "PDF" or "HTML" instead of JSON in Settings > Data > Export chat history.',
      ],
      ['c', 'HTML is perfect, thank you!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-refund-policy-gifts',
    note: 'question about the refund policy for gifts: not a refund request',
    ch: 'whatsapp',
    cust: { id: 'cus_1406', name: 'Beatrice Young' },
    m: [
      [
        'c',
        "If I buy a gift and my nephew doesn't like it, can he return it himself? What's the refund policy for gifts?",
      ],
      [
        'b',
        'Yes: tick "This is a gift" at checkout and he gets a gift receipt. He can return it within 60 days for store credit, and the price is never shown to him.',
      ],
      ['c', 'Perfect, ticking that box'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'trap-merchant-chargeback-fee',
    note: 'a merchant asks about the fee when its own customers file chargebacks: a how-it-works question',
    cust: { id: 'mer_1407', name: 'Urban Threads', tier: 'pro', segment: 'merchant' },
    m: [
      ['c', 'What do you charge me when one of my customers files a chargeback against a payment?'],
      [
        'b',
        'A $15 dispute fee per chargeback. It is refunded if you win the dispute. You can respond to disputes under Payments > Disputes.',
      ],
      ['c', 'Clear, thanks.'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'trap-usps-tracking-digits',
    note: 'a long all-digit tracking number is not a card number',
    ch: 'sms',
    cust: { id: 'cus_1408' },
    m: [
      ['c', 'USPS tracking 9400 1118 9922 3397 4218 31 hasnt moved since Friday. normal?'],
      [
        'b',
        'Your parcel is at the USPS regional facility in Memphis. Weekend scans are often skipped; the expected delivery is still Wednesday.',
      ],
      ['c', 'ok will wait till wed'],
    ],
    x: { h: false, t: 'support', f: ['9400 1118 9922 3397 4218 31'] },
  },
  {
    id: 'trap-card-ending-expiry',
    note: 'last four digits and an expiry date are not sensitive data',
    cust: { id: 'cus_1409', name: 'Gordon Hale', tier: 'pro' },
    m: [
      [
        'c',
        'My card ending 0005 expires 03/27. My bank is sending a new one with the same number. Will you update it automatically?',
      ],
      [
        'b',
        'Yes, for most banks we receive the new expiry date automatically. If a payment fails, we will email you to update it.',
      ],
      ['c', 'Great, thanks'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'trap-where-to-enter-iban',
    note: 'asks where to enter an IBAN without sharing one',
    cust: { id: 'sel_1410', name: 'Hugo Fontaine', segment: 'seller' },
    m: [
      ['c', 'Where do I enter my IBAN for payouts? I only see a field for a card.'],
      [
        'b',
        'Go to Shop settings > Payouts > "Add bank account". The card field on the Billing page is for paying your own subscription.',
      ],
      ['c', 'There it is. Added, thanks!'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'trap-gdpr-consent-checkbox',
    note: '"GDPR" in a how-to about a form builder feature, not a privacy request',
    cust: { id: 'cus_1411', name: 'Mila Horvat', tier: 'pro' },
    m: [
      ['c', 'How do I add a GDPR consent checkbox to my signup form?'],
      [
        'b',
        'In the form editor, drag the "Consent" field onto the form, set it to required and link your privacy policy in its settings. Submissions store the consent text and timestamp.',
      ],
      ['c', 'Perfect, exactly what I needed.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-delete-old-project',
    note: '"delete" an old project, not erasure of personal data',
    cust: { id: 'cus_1412', name: 'Owen Banks' },
    m: [
      ['c', "How can I delete an old project I don't need anymore?"],
      [
        'b',
        'Open the project, go to Settings > General and click "Delete project" at the bottom. It stays in Trash for 30 days in case you change your mind.',
      ],
      ['c', 'Done, ty'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-sue-is-a-name',
    note: '"Sue" is the customer\'s name',
    cust: { id: 'cus_1413', name: 'Sue Harper', segment: 'smb' },
    m: [
      ['c', "Hi, it's Sue from Green Bakery. When will our flour order BC-82001 ship?"],
      ['b', 'Hi Sue! BC-82001 ships tomorrow morning and arrives Thursday.'],
      ['c', 'Lovely, thanks!'],
    ],
    x: { h: false, t: 'support', f: ['BC-82001'] },
  },
  {
    id: 'trap-angry-birds-plush',
    note: '"Angry Birds" is a product name',
    cust: { id: 'cus_1414' },
    m: [
      ['c', 'Is the Angry Birds plush back in stock? And how fast can you ship it?'],
      [
        'b',
        'Yes, the Angry Birds plush is back in stock! Standard delivery takes 2-3 days, express arrives tomorrow if you order before 3pm.',
      ],
      ['c', 'Ordering express, my son will be thrilled'],
    ],
    x: { h: false, t: 'support', f: ['Angry Birds plush'] },
  },
  {
    id: 'trap-sad-sold-out-restock',
    note: 'mild polite disappointment about a sold-out item; the bot gives a restock date',
    cust: { id: 'cus_1415', name: 'Clara Stein' },
    m: [
      ['c', 'A bit sad the green Nordic throw is sold out 😕 will it come back?'],
      [
        'b',
        'It will! The green Nordic throw is expected back on December 4. Want me to email you when it is in stock?',
      ],
      ['c', "Yes please, that's fine then. Thanks"],
      ['b', "Done, you'll get an email as soon as it's back."],
    ],
    x: { h: false, t: 'support', f: ['Nordic throw'] },
  },
  {
    id: 'trap-update-is-sick',
    note: 'slang praise ("sick", "insane") that sounds negative to a keyword list',
    cust: { id: 'cus_1416', name: 'Tyler Brooks', tier: 'free' },
    m: [
      [
        'c',
        'yo the new update is sick 🔥 the speed is insane. how do I turn on the new keyboard shortcuts tho',
      ],
      [
        'b',
        'Glad you like it! Press ? anywhere in the app to see all shortcuts, and enable them under Settings > Accessibility > Keyboard shortcuts.',
      ],
      ['c', 'found it, legend'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'trap-escalation-rules-feature',
    note: '"Escalation Rules" is a feature name in a configuration question',
    cust: { id: 'cus_1417', name: 'Ines Alvarez', tier: 'pro' },
    m: [
      [
        'c',
        'Does the Escalation Rules feature support time-based triggers, like escalate if no reply in 2 hours?',
      ],
      [
        'b',
        'Yes. In Escalation Rules choose the trigger "No agent reply for..." and set 2 hours. You can also restrict it to business hours.',
      ],
      ['c', 'Set up, works in my test ticket. Thanks!'],
    ],
    x: { h: false, t: 'technical', f: ['Escalation Rules'] },
  },
  {
    id: 'trap-unacceptable-old-vendor',
    note: '"unacceptable" describes a former vendor; the customer is happy and asks a how-to',
    cust: { id: 'cus_1418', name: 'Bruce Allen', tier: 'pro' },
    m: [
      [
        'c',
        "Our old vendor's uptime was unacceptable, that's why we moved to you. How do I import our contacts from their CSV?",
      ],
      [
        'b',
        'Welcome aboard! Go to Contacts > Import, upload the CSV and map the columns. We remember the mapping for next time.',
      ],
      ['c', 'Imported 4,200 contacts without a hitch.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-configure-human-handoff-feature',
    note: 'asks how to let their own customers reach a human: a configuration how-to',
    cust: { id: 'cus_1419', name: 'Daria Kowalski', tier: 'pro' },
    m: [
      ['c', 'Can my website visitors ask your chatbot to speak to a human? How do I set that up?'],
      [
        'b',
        'Yes. In Bot settings > Handoff, turn on "Offer a human" and choose the team that receives the chats. Outside business hours visitors can leave an email instead.',
      ],
      ['c', 'Turned it on, tested it, works. Thanks!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-assign-sales-representative',
    note: '"representative" is a CRM field, not a request for one',
    cust: { id: 'cus_1420', name: 'Neil Patel', tier: 'pro' },
    m: [
      ['c', 'How do I assign a sales representative to an account in the CRM?'],
      [
        'b',
        'Open the account, click the "Owner" field and pick the representative. To assign many at once, select accounts in the list and use Bulk edit > Owner.',
      ],
      ['c', 'Bulk edit, nice. Done.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-lawyer-asks-plan',
    note: 'the customer is a lawyer asking about a plan: no legal threat',
    cust: { id: 'lead_1421', name: 'Andrea Klein' },
    m: [
      [
        'c',
        "I'm a lawyer with a two-person practice. Do you have a plan that fits small law firms?",
      ],
      [
        'b',
        'Our Starter plan ($29/month for 2 users) is popular with small practices. It includes client portals and encrypted file sharing.',
      ],
      ['c', "Sounds right, I'll start the trial."],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'trap-password-requirements',
    note: 'asks about password rules without sharing a password',
    cust: { id: 'cus_1422' },
    m: [
      ['c', 'What are the password requirements? Mine keeps getting rejected.'],
      [
        'b',
        'At least 12 characters, and it must not appear in known data breaches. Symbols are optional. A passphrase of 3-4 random words works well.',
      ],
      ['c', 'A passphrase worked. Thanks'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-one-fallback-then-answer',
    note: 'a single fallback followed by a good answer is not a bot that loops',
    cust: { id: 'cus_1423', name: 'Pam Whitley' },
    m: [
      ['c', 'pls chng my newsletter thing'],
      ['b', "Sorry, I didn't get that. Could you tell me a bit more?"],
      ['c', 'I want fewer newsletter emails, like once a month'],
      [
        'b',
        'Sure! Go to Account > Email preferences and choose "Monthly digest". I can also change it for you now.',
      ],
      ['c', 'do it for me pls'],
      ['b', "Done, you'll get one digest a month from now on."],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'trap-urgent-subject-invoice-copy',
    note: 'an "URGENT" email for an invoice copy that the bot sends: urgency is not anger',
    ch: 'email',
    cust: { id: 'cus_1424', name: 'Walter Kim', tier: 'pro' },
    m: [
      [
        'c',
        'URGENT!!! Our auditor needs the September invoice today. Can you send INV-2026-0931 please?\n\nWalter',
      ],
      [
        'b',
        'Hi Walter, INV-2026-0931 is attached to this reply and also available under Billing > Invoices.',
      ],
      ['c', 'Received. Thanks for the quick turnaround.', '20m'],
    ],
    x: { h: false, t: 'billing', f: ['INV-2026-0931'] },
  },
  {
    id: 'trap-whatsapp-gap-then-resolved',
    note: "a WhatsApp chat stretched over 40 minutes by the customer's own break, ending resolved",
    ch: 'whatsapp',
    cust: { id: 'cus_1425', name: 'Jade Morris' },
    m: [
      ['c', 'hi my smart plug wont connect to the app', '0s'],
      [
        'b',
        'Hi Jade! Hold the plug button for 5 seconds until it blinks fast, then add it in the app under + > Smart plug.',
      ],
      ['c', 'ok gotta run to pick up my kid, will try later'],
      ['c', "back. did the 5 seconds thing and it's connected now!", '40m'],
      ['b', 'Great! You can now set schedules under the plug settings.'],
      ['c', 'perfect thx'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'trap-caps-lock-not-angry',
    note: 'all caps because of a stuck key, not shouting',
    cust: { id: 'cus_1426' },
    m: [
      ['c', 'HI SORRY MY CAPS LOCK IS STUCK. WHERE IS MY ORDER BC-82377?'],
      ['b', 'No worries! BC-82377 is out for delivery today.'],
      ['c', 'THANK YOU!'],
    ],
    x: { h: false, t: 'support', f: ['BC-82377'] },
  },
  {
    id: 'trap-thanks-for-nothing',
    note: 'sarcastic "thanks for nothing" with clapping: negative despite polite words',
    cust: { id: 'cus_1427', name: 'Ross Whelan' },
    m: [
      ['c', 'My gift card GC-5510 says "already redeemed" but I never used it.'],
      ['b', 'Gift cards can be redeemed once. This card was redeemed on November 19.'],
      ['c', 'Not by me! Thanks for nothing, really helpful 👏👏'],
    ],
    x: { h: true, r: ['negative_sentiment'], t: 'billing', f: ['GC-5510'] },
  },
  {
    id: 'trap-could-a-colleague-look',
    note: 'polite indirect request for a person: "could a colleague of yours take a look?"',
    cust: { id: 'cus_1428', name: 'Eleanor Price' },
    m: [
      ['c', 'My loyalty points from the last three orders were never added.'],
      ['b', 'Points are added 14 days after delivery, once the return window has closed.'],
      [
        'c',
        'The orders were delivered in August. Could a colleague of yours take a look at my account, please?',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'trap-polite-turns-angry',
    note: 'starts polite, then clearly loses patience: negative sentiment',
    cust: { id: 'cus_1429', name: 'Martin Blake' },
    m: [
      [
        'c',
        'Hello, the replacement filter for my Clearwater jug was supposed to arrive last week.',
      ],
      ['b', 'Your order is on its way.'],
      ['c', 'That is what I was told last week, and the week before.'],
      ['b', 'Your order is on its way.'],
      [
        'c',
        "I'm done being polite. This is the fourth time I've asked and I'm sick of getting the same useless line.",
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'bot_not_helping'],
      t: 'support',
      f: ['Clearwater'],
    },
  },
  {
    id: 'trap-not-happy-at-all',
    note: 'a negated positive ("not happy at all") is negative sentiment',
    cust: { id: 'cus_1430', name: 'Gemma Lyons', tier: 'pro' },
    m: [
      [
        'c',
        "I'm not happy at all. The new plan removed the reports we rely on and nobody told us.",
      ],
      ['b', 'Reports are available in the Business plan.'],
      ['c', 'So we pay the same and lose features. Honestly furious about this.'],
    ],
    x: { h: true, r: ['negative_sentiment'], t: 'sales' },
  },
  {
    id: 'trap-polite-solicitors',
    note: 'a very polite message that is still a legal threat',
    ch: 'email',
    cust: { id: 'cus_1431', name: 'Edward Fairfax' },
    m: [
      [
        'c',
        'Dear Sir or Madam,\n\nthank you for your previous replies. Kindly note that, as the faulty boiler installation has now caused water damage, we have passed the matter to our solicitors, who will contact you shortly.\n\nWith kind regards,\nEdward Fairfax',
      ],
      ['b', 'Thank you for your email! Our engineers can be booked online at /book.'],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'technical' },
  },
  {
    id: 'trap-card-with-dashes',
    note: 'a full card number written with dashes is still a card number',
    ch: 'whatsapp',
    cust: { id: 'cus_1432', name: 'Sean Murphy' },
    m: [
      [
        'c',
        'trying to pay for BC-82555 but it fails. card is 4012-8888-8888-1881 exp 12/28 whats wrong with it',
      ],
      [
        'b',
        'Please never send card numbers in chat. Payment failures are usually due to 3D Secure; please check your banking app for an approval request.',
      ],
      ['c', 'no approval request came. it just fails'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing', f: ['BC-82555'] },
  },
  {
    id: 'trap-iban-without-spaces',
    note: 'an IBAN written without spaces is still an IBAN',
    ch: 'email',
    cust: { id: 'cus_1433', name: 'Femke Jansen', language: 'nl' },
    m: [
      [
        'c',
        'Hi,\n\nplease refund my deposit of €150 to NL91ABNA0417164300 instead of the card, the card is closed.\n\nThanks, Femke',
      ],
      ['b', 'Thanks for your email. Refunds always go back to the original payment method.'],
      ['c', 'The original card no longer exists, so please use the bank account.', '6h'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing', f: ['€150'] },
  },
  {
    id: 'trap-someone-who-can-think',
    note: 'asks for "someone who can actually think": a person, with clear annoyance',
    cust: { id: 'cus_1434', name: 'Luke Barnes' },
    m: [
      ['c', 'My subscription shows as paused but I never paused it.'],
      ['b', 'You can pause your subscription anytime under Account > Subscription.'],
      [
        'c',
        "I didn't want to pause it. Get me someone who can actually think, please. This bot is useless.",
      ],
    ],
    x: {
      h: true,
      r: ['human_request', 'negative_sentiment', 'bot_not_helping'],
      t: 'support',
    },
  },
  {
    id: 'trap-long-chat-of-look-alikes',
    note: 'a longer chat full of look-alikes (Manager Pro, human resources, refund policy, supervisor view), all answered',
    cust: { id: 'cus_1435', name: 'Tessa Grant', tier: 'pro', segment: 'smb' },
    m: [
      [
        'c',
        "Hi, we're moving our cafés from spreadsheets to Manager Pro. Some questions before we buy.",
      ],
      ['b', 'Great! Ask away.'],
      [
        'c',
        'Does Manager Pro have a supervisor view, so shift supervisors only see their own café?',
      ],
      ['b', 'Yes, the Supervisor role sees only the locations assigned to it.'],
      ['c', 'And is the human resources module part of it, for contracts and leave?'],
      ['b', 'The HR module is included in Manager Pro: contracts, leave requests and documents.'],
      ['c', "What's your refund policy if it doesn't work out for us?"],
      [
        'b',
        'You can cancel within 30 days of your first payment for a full refund, no questions asked.',
      ],
      ['c', 'Last one: can staff swap shifts themselves without bothering the manager?'],
      [
        'b',
        'Yes, staff can request swaps in the app; you choose whether a manager must approve them.',
      ],
      ['c', 'Brilliant, that covers everything. Signing up today.'],
    ],
    x: { h: false, t: 'sales', f: ['Manager Pro'] },
  },
];
