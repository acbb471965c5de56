// Support in English: account, shipping, how-to, privacy requests. See ../README.md for the format.
export const defaults = { l: 'en' };

export default [
  {
    id: 'support-track-order',
    note: 'routine order tracking',
    cust: { id: 'cus_1301', name: 'Jack Wilson' },
    m: [
      ['c', "Hi, where's my order BC-80451? Ordered on Saturday."],
      [
        'b',
        'Hi Jack! BC-80451 shipped yesterday with UPS, tracking 1Z999AA10123456784. Estimated delivery: Thursday by 8pm.',
      ],
      ['c', 'Great, thanks!'],
    ],
    x: { h: false, t: 'support', f: ['BC-80451'] },
  },
  {
    id: 'support-change-address-before-ship',
    note: 'address change before shipping, done by the bot',
    ch: 'whatsapp',
    cust: { id: 'cus_1302', name: 'Emma Scott' },
    m: [
      ['c', 'Can I still change the delivery address for BC-80502? I put my old flat by mistake'],
      ['b', "Yes, it hasn't shipped yet. What's the new address?"],
      ['c', '22 Elm Road, Flat 3, Leeds LS6 2AB'],
      ['b', 'Updated! BC-80502 will go to 22 Elm Road, Flat 3, Leeds LS6 2AB.'],
      ['c', 'lifesaver, thank you'],
    ],
    x: { h: false, t: 'support', f: ['BC-80502'] },
  },
  {
    id: 'support-reset-password-howto',
    note: 'password reset how-to, no password shared',
    cust: { id: 'cus_1303' },
    m: [
      ['c', "I can't remember my password"],
      [
        'b',
        'No problem. Click "Forgot password" on the login page and enter your email; the reset link is valid for 1 hour.',
      ],
      ['c', 'Got the link, reset it, logged in. Thanks'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-password-typed-in-chat',
    note: 'customer types their actual password into the chat',
    cust: { id: 'cus_1304', name: 'Mike Harding' },
    m: [
      [
        'c',
        "Can't log in to my account. Username mike.harding, password is Summer2026!Blue, it says wrong credentials",
      ],
      [
        'b',
        "Please never share your password in chat. For your security, reset it now via 'Forgot password'.",
      ],
      ['c', "The reset email doesn't come though. What now?"],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'support-anyone-real',
    note: 'indirect request for a person: "is there anyone real I can speak with?"',
    cust: { id: 'cus_1305', name: 'Beth Collins' },
    m: [
      ['c', "My account shows someone else's orders in my order history."],
      ['b', 'You can view your orders under Account > Orders.'],
      [
        'c',
        "Yes, that's where I see orders that aren't mine. Is there anyone real I can speak with?",
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'support-subject-access-request',
    note: 'a subject access request for all personal data: privacy, compliance',
    ch: 'email',
    cust: { id: 'cus_1306', name: 'George Palmer' },
    m: [
      [
        'c',
        'Hello,\n\nunder the UK GDPR I am making a subject access request. Please send me a copy of all personal data you hold about me, including call recordings and any data shared with third parties.\n\nGeorge Palmer',
      ],
      [
        'b',
        'Thanks for your email! You can download your order history from Account > Orders > Export.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'support-supervisor-demand',
    note: 'asks for a supervisor: both a human request and an escalation keyword',
    cust: { id: 'cus_1307', name: 'Carl Jensen' },
    m: [
      [
        'c',
        'Your courier left my parcel BC-79120 in the rain and the contents are ruined. This is the second time.',
      ],
      ['b', "I'm sorry! Would you like to file a damage claim for BC-79120?"],
      ['c', 'I filed one last time and heard nothing. I want to speak to your supervisor.'],
    ],
    x: {
      h: true,
      r: ['human_request', 'escalation_keyword'],
      t: 'support',
      f: ['BC-79120'],
    },
  },
  {
    id: 'support-missing-parcel-streak',
    note: 'three consecutive clearly upset messages about a missing parcel',
    ch: 'sms',
    cust: { id: 'cus_1308', name: 'Tina Marsh' },
    m: [
      ['c', 'Parcel BC-78033 says delivered. It was NOT delivered.'],
      [
        'b',
        'Sometimes parcels are left with a neighbour or in a safe place. Could you check around your home?',
      ],
      ['c', "I've checked everywhere! Neighbours too! This is so frustrating"],
      ['c', "It was my mum's birthday present, I'm honestly so upset right now"],
      ['c', 'How can you say delivered when it clearly was not?? Ridiculous'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'support',
      f: ['BC-78033'],
    },
  },
  {
    id: 'support-parcel-still-missing-after-handoff',
    note: 'previous handoff promised a resend; the same parcel issue is still open',
    prev: 1,
    ch: 'whatsapp',
    cust: { id: 'cus_1309', name: 'Mohammed Ali' },
    m: [
      ['c', 'My order BC-77881 never arrived', '0s'],
      ['s', 'Conversation handed off to agent Zara (queue: support).'],
      [
        'a',
        "Hi Mohammed, I've opened an investigation with the courier and will resend the order if it isn't found in 3 days.",
      ],
      ['s', 'Agent returned the conversation to the bot.'],
      [
        'c',
        'Its been a week since Zara said that. No parcel, no resend, no email. What happened with BC-77881?',
        '7d',
      ],
      ['b', 'You can track your order under Account > Orders.'],
    ],
    x: { h: true, r: ['previous_handoff'], t: 'support', f: ['BC-77881'] },
  },
  {
    id: 'support-agents-weekend-hours',
    note: 'trap: asks whether "agents" work weekends: a support-hours question',
    cust: { id: 'cus_1310', name: 'Olga Ivanova' },
    m: [
      ['c', 'Are your agents available on weekends? Just want to know for the future.'],
      [
        'b',
        'Our support team is available Monday to Friday 8am-8pm and Saturday 9am-1pm (UK time). I am here 24/7 for most questions.',
      ],
      ['c', 'Good to know, thanks!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-email-address-change-gaps',
    note: 'email thread with day-long gaps about changing the login email, resolved',
    ch: 'email',
    cust: { id: 'cus_1311', name: 'Fiona Reid' },
    m: [
      [
        'c',
        'Hi,\n\nI got married and changed my email address. How can I change the email I log in with?\n\nFiona',
      ],
      [
        'b',
        'Hi Fiona, congratulations! Go to Account > Profile > Email, enter the new address and confirm via the link we send to it.',
        '50m',
      ],
      ['c', 'Thanks! The confirmation link says it expired, I only saw it this morning.', '2d'],
      [
        'b',
        "Links expire after 24 hours. I've sent a fresh one to your new address; it is valid until tomorrow at this time.",
        '30m',
      ],
      ['c', 'Done, I can log in with the new email now. Thank you!', '5h'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-account-takeover',
    note: 'account takeover the bot has no procedure for: novel problem, urgent',
    cust: { id: 'cus_1312', name: 'Lisa Brennan' },
    m: [
      [
        'c',
        "Someone got into my account, changed the email and turned on their own 2FA. I got an order confirmation for a laptop I didn't order!",
      ],
      ['b', 'To reset your password, click "Forgot password" on the login page.'],
      [
        'c',
        "The reset goes to THEIR email now. I can't get in at all and they are using my saved payment method.",
      ],
      ['b', "I'm sorry, I'm not able to help with that."],
    ],
    x: { h: true, r: ['novel_problem'], t: 'support', p: 'urgent' },
  },
  {
    id: 'support-complaint-form-template',
    note: 'trap: "complaint form template" is a product feature of a form builder',
    cust: { id: 'cus_1313', name: 'Nina Costa', tier: 'pro' },
    m: [
      [
        'c',
        'Where do I find the complaint form template? We want our own customers to be able to submit complaints on our website.',
      ],
      [
        'b',
        'In the form builder, click "New form" > Templates > Customer service > "Complaint form". You can edit the fields and embed it with the snippet under Share.',
      ],
      ['c', 'Found it and embedded it. Thanks!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-not-a-complaint-feedback',
    note: 'trap: "not a complaint" followed by positive feedback',
    cust: { id: 'cus_1314', name: 'Henry Ward' },
    m: [
      [
        'c',
        'Not a complaint, just feedback: the new checkout is so much faster. Well done whoever built it.',
      ],
      ['b', "Thank you Henry, that's lovely to hear! I'll pass it on to the team."],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-2fa-new-phone',
    note: 'new phone and 2FA: the bot explains backup codes, resolved',
    cust: { id: 'cus_1315', name: 'Victor Hugo Lima' },
    m: [
      ['c', 'I got a new phone and my authenticator app codes are gone. How do I log in?'],
      [
        'b',
        'Use one of the backup codes you saved when enabling 2FA: click "Use a backup code" on the login screen. Then set up 2FA again on the new phone under Security.',
      ],
      ['c', 'Found the backup codes in my password manager. In, and 2FA is set up again.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-whatsapp-delivery-slot',
    note: 'delivery slot change, done by the bot',
    ch: 'whatsapp',
    cust: { id: 'cus_1316', name: 'Priya Shah' },
    m: [
      ['c', 'can I move my grocery delivery from tomorrow morning to the evening?'],
      ['b', 'Sure, tomorrow 6-7pm and 7-8pm are free. Which one?'],
      ['c', '7-8 pls'],
      ['b', 'Done, your delivery is now tomorrow between 7 and 8pm.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-voice-store-hours',
    note: 'voice call asking for store opening hours',
    ch: 'voice',
    cust: { id: 'cus_1317' },
    m: [
      ['b', 'Hello, you are speaking with the Brightcart assistant. How can I help?', '0s'],
      ['c', 'what time does the Manchester store close today'],
      ['b', 'The Manchester Arndale store is open until 8pm today.'],
      ['c', 'great thank you'],
    ],
    x: { h: false, t: 'support', f: ['Manchester'] },
  },
  {
    id: 'support-sms-click-collect-ready',
    note: 'click and collect question by SMS, answered',
    ch: 'sms',
    cust: { id: 'cus_1318' },
    m: [
      ['c', 'Is my click and collect order BC-81220 ready yet?'],
      [
        'b',
        "Yes! BC-81220 is ready at the Bristol store's collection desk. Bring the order number and a photo ID.",
      ],
      ['c', 'on my way'],
    ],
    x: { h: false, t: 'support', f: ['BC-81220'] },
  },
  {
    id: 'support-privacy-policy-question',
    note: 'trap: a question about where data is stored, not a privacy request',
    cust: { id: 'cus_1319', name: 'Agnes Muller' },
    m: [
      [
        'c',
        'Just curious: do you store customer data in the EU? And where can I read your privacy policy?',
      ],
      [
        'b',
        'Yes, all customer data is stored in Frankfurt (EU). Our privacy policy is at /privacy; it also lists our sub-processors.',
      ],
      ['c', 'Thanks, that answers it.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-account-merge-long-session',
    note: 'web chat over 20 minutes merging two accounts, still not done: long session',
    cust: { id: 'cus_1320', name: 'Derek Fox' },
    m: [
      [
        'c',
        'I have two accounts (work and personal email) and want to merge the order history into one.',
        '0s',
      ],
      ['b', 'You can merge accounts under Account > Settings > Merge accounts.'],
      ['c', "I don't see 'Merge accounts' anywhere in Settings.", '4m'],
      ['b', 'Please make sure you are logged in to the account you want to keep.'],
      ['c', 'I am. Still no merge option. Only Profile, Addresses, Payment, Notifications.', '6m'],
      ['b', 'You can merge accounts under Account > Settings > Merge accounts.'],
      ['c', "As I said, it's not there. Tried the app too.", '7m'],
      ['b', 'Please try logging out and back in.'],
      ['c', 'Did that. Nothing. This has taken 25 minutes already.', '6m'],
    ],
    x: { h: true, r: ['long_session', 'bot_not_helping'], t: 'support' },
  },
  {
    id: 'support-wrong-item-replaced',
    note: 'wrong item delivered; the bot ships the right one and a return label: resolved',
    cust: { id: 'cus_1321', name: 'Helen Cho' },
    m: [
      [
        'c',
        'I ordered a blue kettle (BC-80777) but got a red one. Mildly annoying but not the end of the world.',
      ],
      [
        'b',
        "Sorry about that, Helen! I've sent the blue kettle by express, arriving tomorrow, and emailed a free return label for the red one.",
      ],
      ['c', 'Oh brilliant, thanks'],
    ],
    x: { h: false, t: 'support', f: ['BC-80777'] },
  },
  {
    id: 'support-damaged-replacement',
    note: 'damaged item replaced under policy by the bot',
    ch: 'whatsapp',
    cust: { id: 'cus_1322', name: 'Rob Kent' },
    m: [
      ['c', 'the mug set from BC-80310 arrived with 2 mugs broken'],
      ['b', 'Sorry about that! Could you send a photo of the broken mugs?'],
      ['c', '[photo]'],
      [
        'b',
        "Thanks. I've sent a replacement set today at no cost; no need to return the broken one.",
      ],
      ['c', 'cheers!'],
    ],
    x: { h: false, t: 'support', f: ['BC-80310'] },
  },
  {
    id: 'support-bot-ignores-move',
    note: 'the bot ignores what the customer said (moved house) and repeats a tracking answer',
    cust: { id: 'cus_1323', name: 'Anita Roy' },
    m: [
      [
        'c',
        'I moved last week and my subscription box BC-SUB-3391 is going to my old address. I updated my address but the next box still shows the old one.',
      ],
      ['b', 'Your next box BC-SUB-3391 will be delivered on December 2 to 14 Park Lane.'],
      ['c', "14 Park Lane is my OLD address. That's the problem I just described."],
      ['b', 'Your next box BC-SUB-3391 will be delivered on December 2 to 14 Park Lane.'],
    ],
    x: { h: true, r: ['bot_not_helping'], t: 'support', f: ['BC-SUB-3391'] },
  },
  {
    id: 'support-killing-it-positive',
    note: 'trap: "you guys are killing it" is praise, not anger',
    ch: 'whatsapp',
    cust: { id: 'cus_1324', name: 'Jamie Fox' },
    m: [
      [
        'c',
        'lol you guys are killing it, parcel came a day early 😂 quick q, can I reuse the box for a return?',
      ],
      [
        'b',
        'Haha, glad it arrived early! Yes, you can reuse the box for a return; just cover the old label.',
      ],
      ['c', 'perfect 👌'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-enterprise-invite-user',
    note: 'trap: enterprise tier with a trivial how-to',
    cust: {
      id: 'cus_1325',
      name: 'Robert Kline',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 560000,
    },
    m: [
      ['c', 'How do I invite a new colleague to our workspace?'],
      [
        'b',
        'Admins can invite people under Admin > Users > Invite. With SSO enabled, new colleagues can also just sign in with SSO and are added automatically.',
      ],
      ['c', 'Ah we have SSO, so she can just log in. Thanks.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-after-handoff-gift-card-balance',
    note: 'trap: previous handoff resolved a return; a new trivial gift card question stays with the bot',
    prev: 1,
    cust: { id: 'cus_1326', name: 'Sue Parker' },
    m: [
      ['c', 'My return was rejected', '0s'],
      ['s', 'Conversation handed off to agent Tom (queue: support).'],
      [
        'a',
        "Hi Sue, sorted: the warehouse scanned the wrong parcel. Your return is accepted and you'll get a gift card.",
      ],
      ['c', 'Thank you Tom!'],
      ['s', 'Agent returned the conversation to the bot.'],
      ['c', 'How do I check the gift card balance?', '2h'],
      [
        'b',
        'Enter the card number at brightcart.example/giftcard or see it under Account > Gift cards.',
      ],
      ['c', 'Found it, thanks'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-email-real-person-gift',
    note: 'email asking for a real person to look at a misdirected gift order',
    ch: 'email',
    cust: { id: 'cus_1327', name: 'Margaret Olsen' },
    m: [
      [
        'c',
        'Hello,\n\nmy gift order BC-79904 was sent to me instead of my granddaughter in Canada, although I entered her address. The parcel is still unopened.\n\nCould a real person please look at this? I am not good with these automatic answers.\n\nMargaret Olsen',
      ],
      ['b', 'Thank you for your message. You can start a return from Account > Orders.'],
    ],
    x: { h: true, r: ['human_request'], t: 'support', f: ['BC-79904'] },
  },
  {
    id: 'support-manager-role-in-manager-pro',
    note: 'trap: "Manager" role in the product "Manager Pro"',
    cust: { id: 'cus_1328', name: 'Evan Brooks', tier: 'pro' },
    m: [
      [
        'c',
        'How do I give my shift lead the Manager role in Manager Pro? She needs to approve timesheets.',
      ],
      [
        'b',
        'In Manager Pro, go to Team > select her > Role > "Manager". Managers can approve timesheets and edit schedules for their location.',
      ],
      ['c', 'Done, she can approve now. Thanks'],
    ],
    x: { h: false, t: 'support', f: ['Manager Pro'] },
  },
  {
    id: 'support-last-four-verification',
    note: 'trap: the bot asks for the last four digits of the card to verify: not sensitive data',
    cust: { id: 'cus_1329', name: 'Paul Newman' },
    m: [
      ['c', 'I want to change the email address on my guest order BC-80066.'],
      ['b', 'For security, please tell me the last 4 digits of the card used for BC-80066.'],
      ['c', '1881'],
      ['b', 'Thanks, verified. What should the new email address be?'],
      ['c', 'paul.newman@example.org'],
      ['b', 'Updated. Order updates for BC-80066 will now go to paul.newman@example.org.'],
    ],
    x: { h: false, t: 'support', f: ['BC-80066'] },
  },
  {
    id: 'support-ssn-for-tax-form',
    note: 'a full social security number typed into the chat',
    cust: { id: 'sel_1330', name: 'Brenda Hall', segment: 'seller' },
    m: [
      [
        'c',
        'The seller verification asks for my tax info. My SSN is 078-05-1120, can you add it for me? The form keeps timing out.',
      ],
      [
        'b',
        'Please do not share your social security number in chat. Please complete verification in Seller settings > Tax.',
      ],
      ['c', 'The form keeps timing out, that is why I sent it here.'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'support-return-label-asked-three-times',
    note: 'asks for the return label three times in other words while the bot goes in circles',
    cust: { id: 'cus_1331', name: 'Kim Lawson' },
    m: [
      ['c', "I started a return for BC-80199 but didn't get a return label."],
      ['b', 'You can start a return from Account > Orders > Return items.'],
      ['c', 'I already started it. Where is the label?'],
      ['b', 'You can start a return from Account > Orders > Return items.'],
      ['c', 'How do I get the shipping label for a return that is already open?'],
      ['b', "Sorry, I didn't understand. Can you rephrase?"],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'support',
      f: ['BC-80199'],
    },
  },
  {
    id: 'support-voice-formal-complaint',
    note: 'voice call: the caller wants to make a complaint about a rude driver',
    ch: 'voice',
    cust: { id: 'cus_1332', name: 'Dorothy Evans' },
    m: [
      ['b', 'Thanks for calling Brightcart. What can I help you with today?', '0s'],
      [
        'c',
        'the delivery driver was extremely rude to my husband this morning and threw the parcel over the fence',
      ],
      ['b', 'I am sorry to hear that. Was anything in the parcel damaged?'],
      ['c', 'that is not the point. I want to make a formal complaint about the driver'],
    ],
    x: { h: true, r: ['escalation_keyword'], t: 'support' },
  },
  {
    id: 'support-voice-address-change',
    note: 'voice call: a delivery address change the bot completes',
    ch: 'voice',
    cust: { id: 'cus_1333', name: 'Frank Miller' },
    m: [
      ['b', 'Thanks for calling Brightcart. What can I help you with today?', '0s'],
      ['c', 'I need my order delivered to my office instead of home, order B C 8 2 4 4 1'],
      [
        'b',
        'Order BC-82441 has not shipped yet, so I can change it. I see an office address on your account: 5 Canal Street. Shall I use that one?',
      ],
      ['c', 'yes that one'],
      ['b', 'Done. BC-82441 will go to 5 Canal Street. Anything else?'],
      ['c', 'no thanks bye'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-long-order-questions-resolved',
    note: 'a long web chat with several order questions, every one answered: no handoff',
    cust: { id: 'cus_1334', name: 'Hannah Price' },
    ctx: {
      orders: [
        { id: 'BC-83010', status: 'shipped', total: 212.5 },
        { id: 'BC-83011', status: 'processing', total: 18.99 },
      ],
    },
    m: [
      ['c', 'Hi! A few questions about my orders if that is ok'],
      ['b', 'Of course, go ahead!'],
      [
        'c',
        'First, BC-83010: the tracking page says "label created" since yesterday. Has it really left?',
      ],
      [
        'b',
        'It was handed to DPD this morning; the first scan usually shows up in the evening. Delivery is planned for Friday.',
      ],
      ['c', 'Ok good. Second, can I add something to BC-83011 before it ships?'],
      [
        'b',
        'BC-83011 is still being packed, so I can add items for another hour. What would you like to add?',
      ],
      ['c', 'The same phone case again but in black'],
      [
        'b',
        'Added: 1 x phone case, black ($18.99). I charged the card you used for the order; it will ship together.',
      ],
      ['c', 'Perfect. Last one: do you gift wrap?'],
      ['b', 'Yes, for $3.50 per item. Want me to gift wrap anything in BC-83011?'],
      ['c', 'The black case please, it is a present'],
      ['b', 'Done, the black case will be gift wrapped. Anything else?'],
      ['c', "That's everything, thanks a lot!"],
      ['b', 'Enjoy your orders, Hannah!'],
    ],
    x: { h: false, t: 'support', f: ['BC-83010', 'BC-83011'] },
  },
  {
    id: 'support-enterprise-many-trivial-questions',
    note: 'enterprise admin with a run of trivial admin questions, each answered: no handoff',
    cust: {
      id: 'cus_1335',
      name: 'Ian Fletcher',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 720000,
    },
    m: [
      ['c', 'Morning. Onboarding 30 new people next week, couple of admin questions.'],
      ['b', 'Good morning! Happy to help.'],
      ['c', 'Can I bulk-invite from a CSV?'],
      ['b', 'Yes: Admin > Users > Invite > "Upload CSV" with columns email, name and team.'],
      ['c', 'Can I set their default team in the same file?'],
      [
        'b',
        'Yes, the team column does exactly that. Unknown team names are created automatically.',
      ],
      ['c', 'And will they get a welcome email automatically?'],
      [
        'b',
        'Yes, unless you untick "Send invitations" before uploading. You can customise the email under Admin > Branding.',
      ],
      ['c', 'Great. Do invites expire?'],
      ['b', 'After 14 days. You can resend expired ones from the Users list filter "Invited".'],
      ['c', 'All clear, thanks.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'support-long-chat-escalates',
    note: 'a long chat that goes wrong: the same question three times, rising anger, then a request for a person',
    cust: { id: 'cus_1336', name: 'Adam Reeves', tier: 'pro', lifetimeValue: 3400 },
    m: [
      [
        'c',
        "Hi, my loyalty account was merged with my wife's by mistake and now I can't see my points.",
      ],
      ['b', 'You can see your loyalty points under Account > Rewards.'],
      ['c', 'Yes, and it shows her points, not mine. How do I get my own account back?'],
      ['b', 'Loyalty points can be used on any order over $20.'],
      ['c', 'That is not what I asked. How do I separate our two accounts again?'],
      ['b', 'You can see your loyalty points under Account > Rewards.'],
      ['c', 'Seriously? Third time: how do I undo the merge of two loyalty accounts?'],
      ['b', "Sorry, I didn't get that. Could you rephrase?"],
      ['c', 'This is absurd. 4,300 points just vanished and you keep sending me to the same page.'],
      ['b', 'You can see your loyalty points under Account > Rewards.'],
      ['c', "I'm getting really angry now. Years of points, gone."],
      ['c', 'Put me through to a human being, please.'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping', 'negative_sentiment', 'human_request'],
      t: 'support',
      f: ['4,300 points'],
    },
  },
];
