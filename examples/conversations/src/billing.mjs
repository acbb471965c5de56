// Billing in English: charges, invoices, refunds, payouts. See ../README.md for the format.
export const defaults = { l: 'en' };

export default [
  {
    id: 'billing-double-charge-cleared',
    note: 'two cleared charges for one subscription and the bot cannot reverse them: a billing dispute',
    cust: { id: 'cus_1201', name: 'Dana Whitfield', tier: 'pro', lifetimeValue: 1068 },
    m: [
      ['c', "Hi, I've been charged $89.00 twice this month for my Pro subscription."],
      [
        'b',
        'Sorry about that! Sometimes a second charge is just a pending authorization. It usually disappears within 3 business days.',
      ],
      [
        'c',
        "They're not pending. Both $89.00 payments cleared on my bank statement on Nov 3. I need one of them reversed.",
      ],
      [
        'b',
        'I can see your subscription is active and paid. Is there anything else I can help you with?',
      ],
      ['c', 'Yes, the part where you took my money twice. Please reverse the duplicate.'],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['$89.00'] },
  },
  {
    id: 'billing-in-policy-refund-done',
    note: 'refund inside the 30-day window that the bot completes itself: no handoff',
    cust: { id: 'cus_1202', name: 'Priya Raman', tier: 'free' },
    ctx: {
      orders: [{ id: 'ORD-58213', total: 34.5, status: 'delivered', deliveredAt: '2026-11-10' }],
    },
    m: [
      ['c', 'Hello, I want to return the desk lamp from order ORD-58213, it flickers.'],
      [
        'b',
        "I'm sorry the lamp flickers. Order ORD-58213 was delivered on November 10, so it's within our 30-day return window. Would you like a refund to your original payment method or store credit?",
      ],
      ['c', 'Refund to my card please'],
      [
        'b',
        "Done! I've issued a refund of $34.50 to your card. A prepaid return label has been emailed to you; please drop the lamp off within 14 days.",
      ],
      ['c', 'Perfect, thanks a lot'],
      ['b', "You're welcome! Anything else I can help with?"],
      ['c', "nope that's all"],
    ],
    x: { h: false, t: 'billing', f: ['ORD-58213'] },
  },
  {
    id: 'billing-chargeback-threat',
    note: 'customer threatens a chargeback over an order refund that never arrived',
    ch: 'whatsapp',
    cust: { id: 'cus_1203', name: 'Marcus Bell' },
    m: [
      ['c', 'hey, i returned order BC-44120 three weeks ago and still no refund'],
      [
        'b',
        'Thanks for reaching out! Refunds are issued within 5-7 business days after we receive your return.',
      ],
      ['c', 'the tracking says you received it on the 2nd. thats way more than 7 days'],
      [
        'b',
        'I understand. Refunds are issued within 5-7 business days after we receive your return.',
      ],
      ['c', "if the $212.40 isn't back on my card by friday i'm doing a chargeback with my bank"],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['BC-44120', '$212.40'] },
  },
  {
    id: 'billing-merchant-dispute-howto',
    note: 'trap: a merchant asks how to answer a dispute from its own customer; the bot explains the steps',
    cust: { id: 'mer_5520', name: 'Olive & Oak Ceramics', tier: 'pro', segment: 'merchant' },
    m: [
      [
        'c',
        'One of my buyers opened a dispute on a €120 payment from last week. How do I respond to it? I have the delivery confirmation.',
      ],
      [
        'b',
        "You can respond from Payments > Disputes. Open the dispute, click 'Submit evidence' and upload the delivery confirmation, the order receipt and any messages with the buyer. You have 7 days left to respond.",
      ],
      ['c', 'Is there a size limit for the uploads?'],
      [
        'b',
        'Each file can be up to 5 MB, and the evidence bundle up to 20 MB in total. PDF, JPG and PNG are accepted.',
      ],
      ['c', "Great, I'll upload it now. Thanks!"],
    ],
    x: { h: false, t: 'billing', f: ['€120'] },
  },
  {
    id: 'billing-enterprise-invoice-pdf',
    note: 'trap: enterprise customer with a trivial invoice question the bot answers',
    cust: {
      id: 'cus_1205',
      name: 'Helen Okafor',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 240000,
    },
    m: [
      [
        'c',
        'Hi there, finance is asking for the PDF of invoice INV-2026-1043. Where do I find it?',
      ],
      [
        'b',
        'You can download it from Admin > Billing > Invoices. Click INV-2026-1043 and choose "Download PDF". Billing admins on your account can also have invoices emailed automatically.',
      ],
      ['c', 'Found it, thanks. How do I add our finance mailbox to the automatic emails?'],
      [
        'b',
        'On the same page, open "Invoice recipients" and add the address. It will receive every new invoice from the next billing cycle.',
      ],
      ['c', 'Done. Appreciate it!'],
    ],
    x: { h: false, t: 'billing', f: ['INV-2026-1043'] },
  },
  {
    id: 'billing-last-four-digits',
    note: 'trap: last four digits of a card are not sensitive data; the bot explains which card is charged',
    cust: { id: 'cus_1206', name: 'Tom Reyes', tier: 'pro' },
    m: [
      [
        'c',
        "The renewal of $19.99 went to my old card ending in 4242. I added a new card ending 1881 last week, why wasn't that one used?",
      ],
      [
        'b',
        "Adding a card doesn't make it the default automatically. In Settings > Payment methods, click the card ending 1881 and choose 'Make default'. Future charges will go there.",
      ],
      ['c', 'Oh I see, I never clicked that. Done now. The old card still works so no harm done.'],
      ['b', 'Great! Would you like me to remove the card ending 4242 from your account?'],
      ['c', 'Yes please'],
      ['b', 'Removed. Your card ending 1881 is now the only payment method on file.'],
    ],
    x: { h: false, t: 'billing', f: ['$19.99'] },
  },
  {
    id: 'billing-card-number-in-chat',
    note: 'customer pastes a full Luhn-valid card number into the chat',
    cust: { id: 'cus_1207', name: 'Gary Lund', tier: 'free' },
    m: [
      ['c', 'My payment failed for the Basic plan upgrade. Can you just charge this card instead'],
      ['c', '4111 1111 1111 1111 exp 09/28 cvc 123'],
      [
        'b',
        "Please don't share card details in chat. You can update your payment method securely under Settings > Billing.",
      ],
      ['c', "I tried that, it just spins. Can't you put it in for me?"],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing', f: ['Basic plan'] },
  },
  {
    id: 'billing-payout-iban-change',
    note: 'seller shares a full IBAN to redirect payouts: sensitive data about payouts',
    ch: 'email',
    cust: { id: 'sel_3310', name: 'Jonas Richter', segment: 'seller', language: 'de' },
    m: [
      [
        'c',
        'Hello,\n\nmy shop payouts are still going to my old bank. Please send future payouts to DE89 3704 0044 0532 0130 00 (Jonas Richter). The payout of €1,430.00 scheduled for Friday should go there already.\n\nThanks,\nJonas',
      ],
      [
        'b',
        'Thanks for your email. This is an automated reply: payout details can be changed under Shop settings > Payouts.',
      ],
      [
        'c',
        "The payout page says my account is locked for changes. That's why I'm writing to you.",
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'billing', f: ['€1,430.00'] },
  },
  {
    id: 'billing-refund-policy-page',
    note: 'trap: a question about the refund policy page, not a refund request',
    cust: { id: 'cus_1209' },
    m: [
      [
        'c',
        'quick one: where is your refund policy page? want to know how long I have before buying',
      ],
      [
        'b',
        'Our refund policy is at brightcart.example/refunds. In short: 30 days from delivery for unused items, 14 days for electronics.',
      ],
      ['c', 'and headphones count as electronics I guess?'],
      ['b', 'Yes, headphones fall under electronics, so 14 days from delivery.'],
      ['c', 'cool, thx'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'billing-legal-entity-on-invoice',
    note: 'trap: "legal" is a company name on an invoice; the bot explains how to edit billing details',
    cust: { id: 'cus_1210', name: 'Sofia Marsh', tier: 'pro' },
    m: [
      [
        'c',
        'Our invoices need to show the company name Brightwater Legal GmbH instead of my personal name. Can that be changed?',
      ],
      [
        'b',
        'Yes. Go to Settings > Billing > Billing details, enter "Brightwater Legal GmbH" as the company name and add the VAT ID if you have one. You can then regenerate past invoices from the Invoices tab.',
      ],
      ['c', 'Even the ones from last year?'],
      ['b', 'Yes, every invoice from the last 24 months can be regenerated with the new details.'],
      ['c', 'Brilliant, that did it.'],
    ],
    x: { h: false, t: 'billing', f: ['Brightwater Legal GmbH'] },
  },
  {
    id: 'billing-sarcastic-charge-after-cancel',
    note: 'sarcasm that is negative, about being charged after cancelling, wants the money back',
    cust: { id: 'cus_1211', name: 'Ben Carter', tier: 'pro' },
    m: [
      ['c', 'I cancelled my plan on October 28 and you charged me $29 on November 1.'],
      [
        'b',
        'Your plan renews automatically each month unless cancelled before the renewal date. Is there anything else I can help with?',
      ],
      [
        'c',
        'Oh wonderful. I love paying for things I cancelled. Truly stellar service, ten out of ten. I want the $29 back.',
      ],
    ],
    x: { h: true, r: ['negative_sentiment', 'refund_dispute'], t: 'billing', f: ['$29'] },
  },
  {
    id: 'billing-payout-delay-streak',
    note: 'three consecutive angry messages about payouts held for two weeks',
    ch: 'whatsapp',
    cust: { id: 'sel_3312', name: 'Rosa Jimenez', segment: 'seller', lifetimeValue: 5400 },
    m: [
      ['c', 'Where is my payout?? It was due on the 10th, it is the 24th'],
      ['b', 'Payouts are usually sent within 2 business days of the scheduled date.'],
      ['c', 'This is ridiculous. I have rent to pay and you are sitting on my money'],
      [
        'b',
        'I understand your concern. Payouts are usually sent within 2 business days of the scheduled date.',
      ],
      ['c', 'Every single week the same copy paste answer. Are you even reading this?!'],
      ['b', 'Is there anything else I can help with?'],
      ['c', 'Unbelievable. $2,310 of MY money and nobody can tell me where it is'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'bot_not_helping'],
      t: 'billing',
      f: ['$2,310'],
    },
  },
  {
    id: 'billing-wrong-vat-complaint',
    note: 'explicit formal complaint and "unacceptable" about repeated VAT errors',
    ch: 'email',
    cust: { id: 'cus_1213', name: 'Liam Fraser', tier: 'pro', segment: 'smb' },
    m: [
      [
        'c',
        'Hello,\n\nfor the third month in a row our invoice (INV-77310) charges 23% VAT although we gave you our valid EU VAT number. This is unacceptable and I want to file a formal complaint.\n\nLiam Fraser',
      ],
      [
        'b',
        'Thank you for contacting us. You can add a VAT number under Settings > Billing details.',
      ],
      ['c', 'It IS there and has been since March. Read the email.'],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'negative_sentiment'],
      t: 'billing',
      f: ['INV-77310', '23%'],
    },
  },
  {
    id: 'billing-discount-mild-disappointment',
    note: 'trap: mild polite disappointment that the bot resolves with a credit',
    cust: { id: 'cus_1214', name: 'Grace Kim', tier: 'free' },
    m: [
      [
        'c',
        'Hi! I used the code WELCOME10 but my order BC-50177 was charged full price. A bit disappointing, but maybe I did something wrong?',
      ],
      [
        'b',
        "Sorry about that! The code wasn't applied because it was entered after payment. I've added a $6.80 credit (10% of the order) back to your card.",
      ],
      ['c', 'Oh that was quick. Thank you!'],
    ],
    x: { h: false, t: 'billing', f: ['WELCOME10', 'BC-50177'] },
  },
  {
    id: 'billing-price-went-up',
    note: 'customer asks why the charge went up; the bot explains the announced price change and the customer accepts',
    ch: 'sms',
    cust: { id: 'cus_1215', tier: 'pro' },
    m: [
      ['c', 'Why did my monthly charge go from $12 to $15?'],
      [
        'b',
        'Hi! Our Starter plan price changed from $12 to $15 on November 1. We emailed all customers about it on September 30. Your features stay the same.',
      ],
      ['c', 'Ah ok I must have missed that email. Fine, thanks'],
    ],
    x: { h: false, t: 'billing', f: ['$12', '$15'] },
  },
  {
    id: 'billing-card-declined-howto',
    note: 'declined card: the bot walks the customer through updating it, resolved',
    cust: { id: 'cus_1216', name: 'Ahmed Saleh', tier: 'pro' },
    m: [
      ['c', 'I got an email that my payment was declined. What do I do?'],
      [
        'b',
        'This usually happens when a card expires. Go to Settings > Billing > Payment methods, add a new card and click "Retry payment".',
      ],
      ['c', 'Yeah my card expired last month. Added the new one.'],
      ['c', 'Retry worked, it says paid now'],
      ['b', 'Great, your account is all set. Your next renewal is on December 16.'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'billing-email-refund-resolved-gaps',
    note: 'email thread with day-long gaps that the bot resolves: no long session, no handoff',
    ch: 'email',
    cust: { id: 'cus_1217', name: 'Nora Blake' },
    m: [
      [
        'c',
        'Hi, I was charged for 3 seats on invoice INV-66021 but we only have 2 users. Could you refund the extra seat?',
      ],
      [
        'b',
        'Hi Nora, I checked: a third user (temp@nblake.example) was active from Oct 2 to Oct 4, which is why 3 seats were billed. Since the user was removed within the first week, the extra seat qualifies for a prorated refund of $8.33. Shall I issue it?',
        '3h',
      ],
      ['c', 'Oh right, that was our intern. Yes please issue it.', '2d'],
      [
        'b',
        'Done, $8.33 is on its way to your card and a credit note has been added to your invoices.',
        '40s',
      ],
      ['c', 'Received, thank you!', '4d'],
    ],
    x: { h: false, t: 'billing', f: ['INV-66021'] },
  },
  {
    id: 'billing-promised-refund-after-handoff',
    note: 'after a previous handoff the refund the agent promised still has not arrived',
    prev: 1,
    cust: { id: 'cus_1218', name: 'Ivy Chen', tier: 'pro' },
    ctx: { tickets: [{ id: 'T-9021', subject: 'Refund ORD-77120', status: 'pending' }] },
    m: [
      ['c', 'Hi, I need a refund for ORD-77120, the blender arrived broken.', '0s'],
      ['b', "I'm sorry to hear that. Let me connect you with a colleague who can help."],
      ['s', 'Conversation handed off to agent Mia (queue: billing).'],
      [
        'a',
        "Hi Ivy, I'm Mia. I've approved a refund of $240.00 for ORD-77120. It will reach your card within 5 business days.",
      ],
      ['c', 'Thanks Mia!'],
      ['s', 'Agent returned the conversation to the bot.'],
      ['c', "Hi again. It's been 9 business days and the $240.00 still isn't on my card.", '12d'],
      ['b', 'Refunds take 5-10 business days to show up depending on your bank.'],
      [
        'c',
        'Mia promised 5 days. Can you check what happened with the refund please? Nothing on my statement.',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'refund_dispute'],
      t: 'billing',
      f: ['ORD-77120', '$240.00'],
    },
  },
  {
    id: 'billing-after-handoff-new-trivial',
    note: 'trap: previous handoff solved the issue; a new trivial question stays with the bot',
    prev: 1,
    cust: { id: 'cus_1219', name: 'Oscar Diaz', tier: 'pro' },
    m: [
      ['c', 'My invoice shows the wrong address', '0s'],
      ['s', 'Conversation handed off to agent Leo (queue: billing).'],
      ['a', "Hi Oscar, I've corrected the address on INV-40112 and re-sent it."],
      ['c', 'Perfect'],
      ['s', 'Agent returned the conversation to the bot.'],
      ['c', 'One more thing: what day of the month are invoices due?', '3m'],
      [
        'b',
        'Invoices are due 14 days after the issue date, which is the 1st of each month for your account.',
      ],
      ['c', 'Great, thanks'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'billing-payment-plan-ask-person',
    note: 'asks for someone from the billing team to arrange a payment plan',
    cust: { id: 'cus_1220', name: 'Frank Osei', tier: 'pro', segment: 'smb' },
    m: [
      [
        'c',
        "Our account is overdue by two invoices ($1,840 total). Cash flow is tight this quarter and I'd like to set up a payment plan.",
      ],
      ['b', 'You can pay outstanding invoices any time under Billing > Invoices.'],
      [
        'c',
        'I understand, but I need to split it. Could I speak with someone from your billing team about that?',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'billing', f: ['$1,840'] },
  },
  {
    id: 'billing-reserve-hold-unknown',
    note: 'a payout report line the bot has no answer for: novel problem',
    cust: { id: 'mer_5521', name: 'Lucia Verde', segment: 'merchant', tier: 'pro' },
    m: [
      [
        'c',
        "My payout report for November has a line 'rolling reserve hold' of -€1,250. I've never seen this before. What is it and when do I get it back?",
      ],
      [
        'b',
        'Your payout report lists all payments, fees and refunds for the period. You can export it as CSV from Payouts > Reports.',
      ],
      ['c', 'Yes I know, I exported it. The question is about the rolling reserve line.'],
      ['b', "I'm sorry, I don't have information about a rolling reserve on your account."],
    ],
    x: { h: true, r: ['novel_problem'], t: 'billing', f: ['€1,250'] },
  },
  {
    id: 'billing-lawyer-auto-renewal',
    note: 'a lawyer is threatened over an auto-renewal charge the customer contests',
    ch: 'email',
    cust: { id: 'cus_1222', name: 'Rachel Stone', tier: 'pro' },
    m: [
      [
        'c',
        'To whom it may concern,\n\nyou auto-renewed my annual plan for $1,188 without any reminder, which is required where I live. I requested a refund twice. If it is not refunded within 7 days my lawyer will be in touch.\n\nRachel Stone',
      ],
      [
        'b',
        'Thank you for your message. Annual plans renew automatically; you can turn off auto-renewal in Settings.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute'],
      t: 'billing',
      f: ['$1,188'],
      p: 'high',
    },
  },
  {
    id: 'billing-never-sue-two-lines',
    note: 'trap: "I\'d never sue" is a joke; the bot explains the two invoice lines',
    cust: { id: 'cus_1223', name: 'Kevin Ng', tier: 'pro' },
    m: [
      [
        'c',
        "Relax, I'd never sue over this 😄 but why does INV-88412 have two lines for the Team plan?",
      ],
      [
        'b',
        'The first line is your regular Team plan for November. The second is a prorated charge for the 2 seats you added on November 12, covering Nov 12-30.',
      ],
      ['c', 'Ahh, the new hires. Makes sense, thanks'],
    ],
    x: { h: false, t: 'billing', f: ['INV-88412'] },
  },
  {
    id: 'billing-currency-loop',
    note: 'asks three times how to change the billing currency; the bot repeats an unrelated answer',
    cust: { id: 'cus_1224', name: 'Amelia Hart', tier: 'pro', segment: 'smb' },
    m: [
      ['c', 'How can I change the billing currency from USD to GBP?'],
      ['b', 'You can view all your invoices under Billing > Invoices.'],
      ['c', "I don't want to see invoices. I want to be billed in pounds instead of dollars."],
      ['b', 'You can view all your invoices under Billing > Invoices.'],
      ['c', 'Is it possible to switch my account currency to GBP, yes or no?'],
      ['b', "Sorry, I didn't get that. Could you rephrase?"],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'billing', f: ['GBP'] },
  },
  {
    id: 'billing-voice-refund-status',
    note: 'voice call: the bot reads out the refund status and the customer is satisfied',
    ch: 'voice',
    cust: { id: 'cus_1225', name: 'Walter Briggs' },
    m: [
      ['b', 'Thanks for calling Brightcart. How can I help you today?', '0s'],
      [
        'c',
        'yes hello I am calling about my refund for the coffee machine order number BC 61 7 70',
      ],
      [
        'b',
        'Thank you. I found order BC-61770. The refund of $149 was issued on November 12 and should appear on your statement within 5 to 10 business days.',
      ],
      ['c', 'okay so it is on its way then'],
      ['b', 'Yes, it has been sent. Is there anything else?'],
      ['c', 'no that is all thank you goodbye'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'billing-sms-payment-reminder-legit',
    note: 'asks whether a payment reminder text is genuine; the bot confirms and explains',
    ch: 'sms',
    cust: { id: 'cus_1226', tier: 'free' },
    m: [
      ['c', 'Got a text saying my invoice of $42.00 is due tomorrow. Is that really from you?'],
      [
        'b',
        'Yes, that reminder is from us. Invoice INV-30551 for $42.00 is due on Nov 26. You can pay it at the link in the text or in the app under Billing.',
      ],
      ['c', 'ok paid in the app. thx'],
    ],
    x: { h: false, t: 'billing', f: ['$42.00'] },
  },
  {
    id: 'billing-enterprise-invoice-disputed',
    note: 'enterprise customer refuses to pay an invoice for seats it says it never used',
    ch: 'email',
    cust: {
      id: 'cus_1227',
      name: 'Victor Aalders',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 410000,
    },
    m: [
      [
        'c',
        'Hi,\n\ninvoice INV-2026-2210 bills us for 600 seats (€48,600). We reduced to 450 seats in September, confirmed in writing by your account team. We will not pay the invoice as issued and dispute the difference.\n\nRegards,\nVictor Aalders, Procurement',
      ],
      ['b', 'Thank you for your email. Seat changes take effect at the next billing cycle.'],
      ['c', 'The reduction was effective September 1, two cycles ago. Please correct it.', '1d'],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['INV-2026-2210', '€48,600'] },
  },
  {
    id: 'billing-tax-exempt-certificate',
    note: 'how-to about uploading a tax exemption certificate, answered',
    cust: { id: 'cus_1228', name: 'Riverside School District', tier: 'pro', segment: 'education' },
    m: [
      [
        'c',
        "We're a public school district and tax exempt. How do I upload our exemption certificate so we stop being charged sales tax?",
      ],
      [
        'b',
        'Go to Settings > Billing > Tax, choose "Tax exempt" and upload the certificate (PDF). Once our team verifies it, usually within 1 business day, future invoices will be tax-free.',
      ],
      ['c', 'And the tax we already paid this year?'],
      [
        'b',
        "Once the certificate is verified, tax on invoices dated after the certificate's start date is credited automatically to your account.",
      ],
      ['c', 'Great, uploading now.'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'billing-refund-outside-window-contested',
    note: 'contests a refused refund outside the window: a contested refund',
    cust: { id: 'cus_1229', name: 'Chloe Adams', tier: 'pro' },
    m: [
      ['c', "I'd like a refund for the annual plan I bought, I barely used it."],
      [
        'b',
        'Your annual plan was purchased 45 days ago. Refunds are available within 30 days of purchase, so this purchase is no longer eligible.',
      ],
      [
        'c',
        "I was travelling for a month and couldn't use it at all. I logged in twice. I don't think it's fair to keep $299 for that.",
      ],
      ['b', 'I understand. Unfortunately refunds are available within 30 days of purchase.'],
      ['c', 'Then I want to dispute that decision. Who reviews exceptions?'],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['$299'] },
  },
  {
    id: 'billing-whatsapp-resend-receipt',
    note: 'routine: resend a receipt',
    ch: 'whatsapp',
    cust: { id: 'cus_1230', name: 'Mei Tanaka' },
    m: [
      ['c', 'hi can you resend the receipt for ORD-30918? cant find the email'],
      [
        'b',
        'Sure! I just re-sent the receipt for ORD-30918 to m.tanaka@example.com. It can take a minute to arrive.',
      ],
      ['c', 'got it 👍'],
    ],
    x: { h: false, t: 'billing', f: ['ORD-30918'] },
  },
  {
    id: 'billing-payout-schedule',
    note: 'seller asks when payouts arrive; routine answer',
    cust: { id: 'sel_3320', name: 'Felix Baum', segment: 'seller' },
    m: [
      ['c', 'New seller here. When do I get paid for sales? I made my first 3 sales yesterday.'],
      [
        'b',
        'Congratulations on your first sales! Payouts are sent every Tuesday for all sales that cleared by the previous Sunday. New sellers have a one-time 7-day hold on their first payout.',
      ],
      ['c', 'So my first payout would be the Tuesday after next?'],
      ['b', 'Exactly, on December 8, and weekly from then on.'],
      ['c', 'Got it, thank you'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'billing-preauth-hold-explained',
    note: 'trap: looks like a double charge but the bot explains the authorization hold and the customer accepts',
    cust: { id: 'cus_1232', name: 'Lena Park' },
    m: [
      ['c', 'I see two charges of $54.20 from you today for the same order, BC-70233?'],
      [
        'b',
        'One of them is a temporary authorization hold placed when the order was created; the other is the actual charge at shipping. The hold is released automatically within 3 business days and will never be collected.',
      ],
      ['c', 'Ah okay, that makes sense. I will check again on Friday then. Thanks'],
    ],
    x: { h: false, t: 'billing', f: ['$54.20', 'BC-70233'] },
  },
  {
    id: 'billing-fraud-charges-angry',
    note: 'unknown charges, the customer is upset and calls it fraud; disputes the charges',
    cust: { id: 'cus_1233', name: 'Derek Holt', tier: 'free' },
    m: [
      [
        'c',
        'There are three charges from you on my card I never made. $39.99 each. What the hell is going on??',
      ],
      ['b', "I'm sorry for the worry. Could you share the email address on your account?"],
      [
        'c',
        "derek.holt@example.com. I've never even bought anything from you, this is fraud and I want every cent back NOW",
      ],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'refund_dispute'],
      t: 'billing',
      f: ['$39.99'],
      p: 'high',
    },
  },
  {
    id: 'billing-invoice-split-resolved',
    note: 'long but resolved web chat about splitting invoices by department',
    cust: { id: 'cus_1234', name: 'Paula Brandt', tier: 'pro', segment: 'smb' },
    m: [
      ['c', 'Can we get separate invoices for marketing and sales? Each team has its own budget.'],
      [
        'b',
        'Yes! You can create billing groups under Admin > Billing > Groups. Each group gets its own invoice.',
      ],
      ['c', 'Ok, I created "Marketing" and "Sales".'],
      [
        'b',
        'Now assign users to each group from the Users tab: select users, then "Move to billing group".',
      ],
      ['c', 'Hmm, I only see "Move to team", not billing group.', '4m'],
      ['b', 'That option appears after the groups are saved. Please refresh the Users page.'],
      ['c', 'Refreshed, there it is. Moving 14 people to Marketing and 9 to Sales now.', '3m'],
      ['c', 'Done. Will the December invoice already be split?', '6m'],
      ['b', 'Yes, the next invoice on December 1 will be issued as two invoices, one per group.'],
      ['c', 'Perfect, that is exactly what finance wanted. Thank you!'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'billing-long-mild-disappointment-resolved',
    note: 'a longer chat where mild polite disappointment about a late credit note is resolved by the bot',
    cust: { id: 'cus_1235', name: 'Judith Warren', tier: 'pro', segment: 'smb' },
    m: [
      [
        'c',
        'Hello. I was promised a credit note for the outage in October but it is not on my November invoice INV-91022.',
      ],
      [
        'b',
        'Let me check. The outage credit for October was approved on November 20, after INV-91022 was issued on November 1.',
      ],
      ['c', "Ah. That's a little disappointing, I was told it would be on this invoice."],
      [
        'b',
        'I understand, sorry for the mix-up. You have two options: I can refund the credit of $45.00 to your card now, or apply it to the December invoice.',
      ],
      ['c', 'Which is quicker for our accounting?'],
      [
        'b',
        'The December invoice: the credit would appear as a line on it, so your books show one document. A refund creates a separate credit note.',
      ],
      ['c', "Then let's put it on December."],
      [
        'b',
        'Done. The $45.00 credit will appear on your December invoice, and I have emailed you a confirmation.',
      ],
      ['c', 'Got the email. Thanks, that works.'],
    ],
    x: { h: false, t: 'billing', f: ['INV-91022'] },
  },
];
