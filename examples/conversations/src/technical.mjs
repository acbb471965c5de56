// Technical in English: bugs, devices, integrations, API. See ../README.md for the format.
export const defaults = { l: 'en' };

export default [
  {
    id: 'tech-api-rate-limit-answered',
    note: 'API rate-limit question answered from the docs',
    cust: { id: 'dev_9001', name: 'Arjun Mehta', tier: 'pro' },
    m: [
      [
        'c',
        "We're getting HTTP 429 from /v2/contacts when we sync in bulk. What's the rate limit?",
      ],
      [
        'b',
        'The API allows 100 requests per 10 seconds per token on Pro. A 429 response includes a Retry-After header; wait that many seconds and retry. For bulk syncs, the /v2/contacts/batch endpoint takes up to 100 contacts per call.',
      ],
      ['c', 'Ah, batch endpoint, missed that. Switching to it now.'],
      ['c', 'Sync went from 20 min to 40 seconds. Thanks!'],
    ],
    x: { h: false, t: 'technical', f: ['/v2/contacts'] },
  },
  {
    id: 'tech-webhook-signature-novel',
    note: 'an unexplained webhook signature failure limited to one region: novel problem',
    cust: { id: 'dev_9002', name: 'Sven Olsen', tier: 'pro', segment: 'smb' },
    m: [
      [
        'c',
        'Since yesterday about 30% of your webhooks fail our signature check, but only those coming from the eu-west region. Same secret, same code. Anything changed?',
      ],
      [
        'b',
        'Webhook signatures use HMAC-SHA256 over the raw body. Make sure you verify the raw body before parsing JSON.',
      ],
      [
        'c',
        "We do, and 70% pass with the same code. Only eu-west ones fail. Headers show x-sig-version: 3 on those, which isn't in your docs.",
      ],
      ['b', "I'm sorry, I don't have any information about signature version 3."],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['eu-west', 'x-sig-version: 3'] },
  },
  {
    id: 'tech-api-secret-pasted',
    note: 'developer pastes a live API secret into the chat',
    cust: { id: 'dev_9003', name: 'Kai Robinson', tier: 'pro' },
    m: [
      ['c', 'My requests keep returning 401. Here is the exact header I send:'],
      ['c', 'Authorization: Bearer hs_live_2f9c1e7a8b4d4e0f9a6c3b5d7e8f1a2c'],
      [
        'b',
        "Please don't share secret keys in chat. Revoke this key in Settings > API and create a new one.",
      ],
      ['c', 'Ok but why would it be 401 in the first place? The key is active.'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'technical' },
  },
  {
    id: 'tech-rotate-api-key-howto',
    note: 'trap: talks about API keys without sharing one; the bot explains rotation',
    cust: { id: 'dev_9004', name: 'Bianca Russo', tier: 'pro' },
    m: [
      [
        'c',
        'How do I rotate our API key without downtime? Our secret was in an old repo by mistake.',
      ],
      [
        'b',
        'Go to Settings > API > Keys and click "Roll key". The old key stays valid for 24 hours (you can shorten that), so you can deploy the new one first and then revoke the old one.',
      ],
      ['c', 'Perfect, rolling it now with a 1 hour overlap.'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-sso-setup-long-session',
    note: 'web chat over 20 minutes setting up SSO, still failing: long session',
    cust: { id: 'cus_9005', name: 'Rebecca Holmes', tier: 'pro', segment: 'smb' },
    m: [
      [
        'c',
        "I'm setting up SAML SSO with Okta and users get 'Invalid audience' after logging in.",
        '0s',
      ],
      [
        'b',
        'Please check that the Audience URI in Okta matches the Entity ID shown in Admin > Security > SSO.',
      ],
      ['c', 'Copied it again character by character. Same error.', '6m'],
      ['b', 'Make sure the Name ID format is set to EmailAddress.'],
      ['c', 'It is. Also tried Unspecified. Same.', '7m'],
      ['b', 'Please try signing in from an incognito window.'],
      [
        'c',
        "Tried incognito and another browser. Still 'Invalid audience'. I've been at this for almost half an hour.",
        '9m',
      ],
    ],
    x: { h: true, r: ['long_session'], t: 'technical', f: ['Okta', 'Invalid audience'] },
  },
  {
    id: 'tech-long-chat-resolved',
    note: 'trap: a web chat over 30 minutes that ends resolved is not a long session',
    cust: { id: 'cus_9006', name: 'Martin Cruz', tier: 'pro' },
    m: [
      ['c', "My team's emails stopped arriving in the shared inbox this morning.", '0s'],
      [
        'b',
        'Let me help. Is the forwarding from your mail server still active? Check the forwarding rule for support@ on your side.',
      ],
      ['c', 'Checking with IT, give me a few minutes.', '2m'],
      ['c', 'IT says forwarding is active.', '12m'],
      [
        'b',
        'Thanks. Please send a test email to your inbound address (listed under Settings > Channels > Email) directly.',
      ],
      ['c', 'Sent. It arrived!', '3m'],
      [
        'b',
        'So the inbox works and the problem is between your mail server and us. A common cause is a changed DKIM/SPF setup that rejects forwarded mail. Did IT change DNS records recently?',
      ],
      ['c', 'They did, yesterday. Asking them.', '2m'],
      [
        'c',
        'They had removed our include from SPF. Re-added it, and the emails are flowing again. Thank you so much!',
        '15m',
      ],
      [
        'b',
        'Great to hear! Messages bounced earlier today will be retried by your mail server automatically.',
      ],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-printer-fallback-loop',
    note: 'the bot answers "Sorry, I didn\'t get that" again and again: the bot is not helping',
    cust: { id: 'cus_9007', name: 'Gail Turner' },
    m: [
      ['c', 'My label printer LP-200 prints blank labels since I changed the roll'],
      ['b', "Sorry, I didn't get that. You can ask me about orders, shipping and returns."],
      ['c', 'The LP-200 printer. Blank labels. New roll.'],
      ['b', "Sorry, I didn't get that. You can ask me about orders, shipping and returns."],
      ['c', 'This is useless.'],
    ],
    x: { h: true, r: ['bot_not_helping'], t: 'technical', f: ['LP-200'] },
  },
  {
    id: 'tech-camera-reset-resolved',
    note: 'device troubleshooting the bot resolves',
    ch: 'sms',
    cust: { id: 'cus_9008' },
    m: [
      ['c', 'my doorbell cam shows offline in the app since the router was replaced'],
      [
        'b',
        'A new router means a new Wi-Fi network. Hold the button on the back of the camera for 10 seconds until the light blinks blue, then add it again in the app under Devices > Reconnect.',
      ],
      ['c', 'that worked, its back online'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-enterprise-outage-warehouses',
    note: 'enterprise outage across 40 warehouses: high value, urgent',
    cust: {
      id: 'cus_9009',
      name: 'Graham Lowe',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 1250000,
    },
    m: [
      [
        'c',
        'Since 07:00 UTC the handheld scanners in all 40 of our warehouses cannot reach your cloud. Nothing can be shipped.',
      ],
      ['b', 'You can check the current service status at status.example.com.'],
      [
        'c',
        'Your status page says all systems operational. They are not. We need someone on this now.',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'human_request'],
      t: 'technical',
      f: ['40 of our warehouses'],
      p: 'urgent',
    },
  },
  {
    id: 'tech-known-crash-workaround',
    note: 'known app crash with a released fix the bot points to: resolved',
    cust: { id: 'cus_9010', name: 'Ruth Adler', tier: 'free' },
    m: [
      ['c', 'The Android app crashes every time I open a chat with an attachment.'],
      [
        'b',
        'That is a known issue in version 5.1.0, fixed in 5.1.2 released yesterday. Please update the app from Google Play.',
      ],
      ['c', 'Updated. No more crash. Thanks!'],
    ],
    x: { h: false, t: 'technical', f: ['Android app'] },
  },
  {
    id: 'tech-salesforce-integration-howto',
    note: 'integration how-to answered',
    cust: { id: 'cus_9011', name: 'Yusuf Demir', tier: 'pro' },
    m: [
      ['c', 'Can I link tickets to Salesforce opportunities?'],
      [
        'b',
        'Yes. Install the Salesforce integration from Apps, connect your org, then enable "Link to opportunity" in its settings. A sidebar will let agents search and link opportunities on every ticket.',
      ],
      ['c', 'Installed, the sidebar is there. Nice.'],
    ],
    x: { h: false, t: 'technical', f: ['Salesforce'] },
  },
  {
    id: 'tech-sarcastic-update-lost-filters',
    note: 'sarcasm that is clearly negative about an update that wiped saved filters',
    cust: { id: 'cus_9012', name: 'Howard Price', tier: 'pro' },
    m: [
      [
        'c',
        "Love how today's update deleted every saved filter my team built over two years. Great job guys, really. Top notch.",
      ],
      ['b', 'Glad you like the update! Is there anything else I can help you with?'],
      ['c', 'That was sarcasm. 64 filters are gone.'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'bot_not_helping'],
      t: 'technical',
      f: ['64 filters'],
    },
  },
  {
    id: 'tech-smart-lock-locked-out',
    note: 'three consecutive distressed messages: locked out by a smart lock in the cold',
    ch: 'whatsapp',
    cust: { id: 'cus_9013', name: 'Nadia Hassan' },
    m: [
      [
        'c',
        "My SecureHome lock won't open with the app and I'm standing outside in the freezing cold with my kids",
      ],
      ['b', 'Please make sure Bluetooth is enabled and you are within 2 meters of the lock.'],
      ['c', "I AM right in front of it!!! Bluetooth is on! It just says 'lock unreachable'"],
      ['c', 'This is a nightmare, my 4 year old is crying and I have no key'],
      ['c', 'Please somebody help me NOW'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'human_request'],
      t: 'technical',
      f: ['SecureHome', 'lock unreachable'],
      p: 'urgent',
    },
  },
  {
    id: 'tech-not-what-i-asked-export',
    note: '"that\'s not what I asked": the bot ignores what the customer said',
    cust: { id: 'dev_9014', name: 'Elif Kaya', tier: 'pro' },
    m: [
      ['c', 'How do I export all tickets with custom fields via the API?'],
      ['b', 'To export tickets, go to Reports > Export and choose CSV.'],
      [
        'c',
        "That's not what I asked. I need the API, not the UI. Which endpoint returns custom fields?",
      ],
      ['b', 'You can choose which columns to include in the CSV export.'],
    ],
    x: { h: true, r: ['bot_not_helping'], t: 'technical' },
  },
  {
    id: 'tech-webhook-retries-three-times',
    note: 'the same question about webhook retries asked three times in other words',
    cust: { id: 'dev_9015', name: 'Jonah Weiss', tier: 'pro' },
    m: [
      ['c', 'If our endpoint is down, how many times do you retry a webhook?'],
      ['b', 'Webhooks are sent as POST requests with a JSON body.'],
      ['c', 'Sure, but what is the retry policy when delivery fails?'],
      ['b', 'You can configure webhook URLs under Settings > Webhooks.'],
      ['c', 'Third try: after a failed delivery, do you resend, and for how long?'],
      ['b', 'Webhooks are sent as POST requests with a JSON body.'],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'technical' },
  },
  {
    id: 'tech-bug-persists-after-handoff',
    note: 'after a previous handoff the same sync bug is still there',
    prev: 1,
    cust: { id: 'cus_9016', name: 'Laura Becker', tier: 'pro', segment: 'smb' },
    ctx: {
      tickets: [{ id: 'T-7781', subject: 'Calendar sync duplicates events', status: 'solved' }],
    },
    m: [
      ['c', 'Google Calendar sync creates every appointment twice.', '0s'],
      ['s', 'Conversation handed off to agent Priya (queue: technical).'],
      [
        'a',
        "Hi Laura, I've reset the sync token on your account. New appointments should sync once from now on.",
      ],
      ['c', 'Thanks, will keep an eye on it.'],
      ['s', 'Agent returned the conversation to the bot.'],
      ['c', "It's happening again. Today's appointments are all doubled in Google Calendar.", '2d'],
      [
        'b',
        'To fix duplicate events, disconnect and reconnect Google Calendar under Settings > Integrations.',
      ],
      ['c', 'Did that before contacting you the first time. Same problem as last week.'],
    ],
    x: { h: true, r: ['previous_handoff'], t: 'technical', f: ['Google Calendar'] },
  },
  {
    id: 'tech-after-handoffs-status-page-question',
    note: 'trap: two earlier handoffs, now a new trivial question the bot answers',
    prev: 2,
    cust: { id: 'cus_9017', name: 'Ian Booth', tier: 'pro' },
    m: [
      ['c', 'Our import fails with a timeout.', '0s'],
      ['s', 'Conversation handed off to agent Sam (queue: technical).'],
      ['a', 'Fixed: the import now runs in the background. You will get an email when it is done.'],
      ['s', 'Agent returned the conversation to the bot.'],
      [
        'c',
        'Import finished, all good. Different question: where is your status page so I can subscribe to incidents?',
        '1h',
      ],
      [
        'b',
        'It is at status.example.com. Click "Subscribe to updates" to get incidents by email or Slack.',
      ],
      ['c', 'Subscribed, thanks!'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-voice-operator',
    note: 'voice call: the caller keeps saying "operator" and asks for a person',
    ch: 'voice',
    cust: { id: 'cus_9018', name: 'Harold Jenkins' },
    m: [
      [
        'b',
        'Welcome to Homly support. Please tell me in a few words what you are calling about.',
        '0s',
      ],
      ['c', 'my heating app says the boiler is offline'],
      ['b', 'I can help with that. Is the boiler display showing an error code?'],
      ['c', 'operator'],
      ['b', 'Sorry, could you describe the problem in a few words?'],
      ['c', 'operator. I want to speak to a person please'],
    ],
    x: { h: true, r: ['human_request'], t: 'technical' },
  },
  {
    id: 'tech-crawler-user-agent',
    note: 'trap: "user agent" is a technical term, not a request for an agent',
    cust: { id: 'dev_9019', name: 'Marta Nowak', tier: 'pro' },
    m: [
      [
        'c',
        'Which user agent does your link preview crawler use? Our firewall blocks it and previews are empty.',
      ],
      [
        'b',
        'Our crawler identifies as "HomlyPreview/2.1 (+https://example.com/bot)" and calls from the IP ranges listed at /docs/ip-ranges. Allow-list either one.',
      ],
      ['c', 'Added the user agent to the allow list, previews work now.'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-403-missing-scope',
    note: 'an API 403 the bot explains (missing scope): resolved',
    cust: { id: 'dev_9020', name: 'Pavel Novak', tier: 'pro' },
    m: [
      ['c', 'GET /v2/orders returns 403 Forbidden, but /v2/contacts works with the same token.'],
      [
        'b',
        'Your token is missing the orders:read scope. Edit the token in Settings > API, tick orders:read and save; the same token keeps working with the new scope.',
      ],
      ['c', 'That was it. 200 OK now.'],
    ],
    x: { h: false, t: 'technical', f: ['/v2/orders'] },
  },
  {
    id: 'tech-firmware-bricked-novel',
    note: 'a firmware update left a device in an unknown state: novel problem',
    cust: { id: 'cus_9021', name: 'Colin Burke' },
    m: [
      [
        'c',
        "The firmware update 3.8 on my AirPure 400 purifier stopped at 71% and now the ring light flashes purple and yellow. The manual doesn't mention that pattern.",
      ],
      ['b', 'To restart the AirPure 400, unplug it for 10 seconds.'],
      ['c', 'Did that three times. Same purple-yellow flashing, fan does not start.'],
      ['b', "I'm sorry, I don't know what that light pattern means."],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['AirPure 400', '3.8'] },
  },
  {
    id: 'tech-whatsapp-long-session-pos',
    note: 'WhatsApp session over 20 minutes with a receipt printer still not working: long session',
    ch: 'whatsapp',
    cust: { id: 'cus_9022', name: 'Omar Farouk', tier: 'pro', segment: 'smb' },
    m: [
      [
        'c',
        'Hi, my receipt printer stopped printing from the POS app after the tablet update',
        '0s',
      ],
      ['b', 'Please open POS Settings > Printers and tap "Test print".'],
      ['c', 'Test print says "printer not found"', '3m'],
      ['b', 'Make sure the printer and tablet are on the same Wi-Fi network.'],
      ['c', 'They are. Same network, printer has IP 192.168.1.40', '5m'],
      ['b', 'Try removing the printer and adding it again.'],
      ['c', 'Removed and added again. Search finds nothing.', '8m'],
      ['b', 'Please restart the printer.'],
      ['c', 'Restarted. Still nothing. Customers are waiting at the till for receipts', '6m'],
    ],
    x: { h: true, r: ['long_session'], t: 'technical', f: ['POS app'] },
  },
  {
    id: 'tech-data-loss-lawsuit',
    note: 'data loss, "unacceptable" and a lawsuit threat: escalation, anger and a legal threat',
    cust: {
      id: 'cus_9023',
      name: 'Patricia Vance',
      tier: 'pro',
      segment: 'smb',
      lifetimeValue: 8800,
    },
    m: [
      ['c', 'Three months of client records disappeared from our account overnight.'],
      ['b', 'I am sorry to hear that. Deleted records can be restored from Trash within 30 days.'],
      [
        'c',
        'They are not in Trash. Nobody deleted them. This is completely unacceptable, we are a law firm and these are client files. If they are not restored today we will file a lawsuit.',
      ],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'negative_sentiment', 'compliance_legal'],
      t: 'technical',
      f: ['Three months of client records'],
      p: 'urgent',
    },
  },
  {
    id: 'tech-no-need-human-ip-ranges',
    note: 'trap: "no need for a human"; a simple technical fact the bot gives',
    cust: { id: 'dev_9024', name: 'Greta Lind', tier: 'pro' },
    m: [
      ['c', 'No need for a human, I just need the IP ranges your webhooks come from.'],
      [
        'b',
        'Webhooks are sent from 203.0.113.0/24 and 198.51.100.0/24. The list is kept up to date at /docs/ip-ranges (also as JSON).',
      ],
      ['c', 'Perfect, thanks.'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-shopify-sync-resolved',
    note: 'integration problem the bot solves with a re-authorisation',
    cust: { id: 'cus_9025', name: 'Amy Lu', tier: 'pro' },
    m: [
      ['c', "New Shopify orders haven't shown up since Tuesday."],
      [
        'b',
        "Shopify revoked your app token on Tuesday after a password change on your store. Please open Apps > Shopify and click 'Re-authorize'.",
      ],
      ['c', 'Re-authorized. Orders from this week are coming in now.'],
      ['b', 'Great! Missing orders since Tuesday are being backfilled; this takes a few minutes.'],
    ],
    x: { h: false, t: 'technical', f: ['Shopify'] },
  },
  {
    id: 'tech-email-bug-fixed-gaps',
    note: 'email thread with multi-day gaps; a reported bug gets fixed and confirmed',
    ch: 'email',
    cust: { id: 'cus_9026', name: 'Dmitri Volkov', tier: 'pro' },
    m: [
      ['c', 'Hello,\n\nthe CSV export cuts off the notes column after 255 characters.\n\nDmitri'],
      [
        'b',
        'Hi Dmitri, thanks for the report. This is a known issue and a fix is scheduled for release 8.4 this Thursday. We will write back once it is live.',
        '2h',
      ],
      [
        'b',
        'Hi Dmitri, release 8.4 is live and exports now include full notes. Could you try again?',
        '3d',
      ],
      ['c', 'Confirmed, the full notes are in the export now. Thank you.', '1d'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-sdk-node-versions',
    note: 'SDK compatibility question answered',
    cust: { id: 'dev_9027', name: 'Tobias Lang' },
    m: [
      ['c', 'Which Node.js versions does your JavaScript SDK support?'],
      [
        'b',
        'SDK v4 supports Node.js 18, 20 and 22. Node 16 works with SDK v3, which gets security fixes until June 2027.',
      ],
      ['c', "We're on 20, great."],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-helm-chart-novel',
    note: 'self-hosted install fails with an error the bot has no answer for: novel problem',
    cust: { id: 'cus_9028', name: 'Ana Petrova', tier: 'enterprise', segment: 'enterprise' },
    m: [
      [
        'c',
        'Our self-hosted install with Helm chart 2.7 fails: migration job exits with \'pq: relation "ho_tenants_v2" already exists\' on a fresh database.',
      ],
      ['b', 'You can find the installation guide at docs.example.com/self-hosted.'],
      ['c', 'Followed it exactly, fresh Postgres 16. The error happens on the very first run.'],
      ['b', "I'm sorry, I couldn't find anything about that error."],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['Helm chart 2.7', 'ho_tenants_v2'] },
  },
  {
    id: 'tech-bluetooth-headphones-pairing',
    note: 'pairing how-to for headphones, resolved; polite thanks',
    cust: { id: 'cus_9029', name: 'Sara Holm' },
    m: [
      ['c', "My new Zenith X2 headphones won't show up on my laptop's Bluetooth list."],
      [
        'b',
        'Hold the power button for 7 seconds until the light flashes blue and red: that is pairing mode. Then search again on the laptop.',
      ],
      ['c', 'I was only holding it for 3 seconds 🙈 Found them now.'],
    ],
    x: { h: false, t: 'technical', f: ['Zenith X2'] },
  },
  {
    id: 'tech-mild-disappointment-dark-mode',
    note: 'trap: mild polite disappointment about a missing feature, answered with a workaround',
    cust: { id: 'cus_9030', name: 'Lily Evans', tier: 'pro' },
    m: [
      ['c', "Shame the desktop app doesn't have a dark mode yet, my eyes at night 😅"],
      [
        'b',
        "It's coming in the next release! Until then, the web app has one: Profile > Appearance > Dark. The desktop app follows it if you enable 'Use system theme'.",
      ],
      ['c', "Oh nice, didn't know that. Works. Thanks"],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'tech-long-resolved-under-20-min',
    note: 'a long, many-step troubleshooting chat resolved within 15 minutes: no handoff',
    cust: { id: 'cus_9031', name: 'Leon Hardy' },
    m: [
      ['c', 'My SoundBar 500 has no sound from the TV since I moved it to another room.'],
      ['b', 'Which cable connects it to the TV: HDMI or optical?'],
      ['c', 'HDMI'],
      ['b', 'Is it plugged into the TV port labelled "HDMI ARC" or "eARC"?'],
      ['c', 'Just checked, it was in HDMI 2. Moved it to HDMI 3 which says ARC.'],
      ['b', 'Good. Now in the TV settings, go to Sound > Sound output and choose "HDMI ARC".'],
      ['c', 'Done, the TV says "receiver connected" but still no sound.'],
      [
        'b',
        'Please also enable HDMI-CEC on the TV (on some brands it is called Anynet+, SimpLink or Bravia Sync).',
      ],
      ['c', 'It was off! Turned it on.'],
      ['b', 'Now switch the soundbar off and on with its remote.'],
      ['c', 'SOUND! Finally. Thank you!'],
      ['b', 'Great! The soundbar will now also turn on and off with the TV.'],
    ],
    x: { h: false, t: 'technical', f: ['SoundBar 500'] },
  },
];
