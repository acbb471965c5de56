// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w1-en-pc-game-crash-after-patch-long',
    note: 'game crashes on launch after a patch; the same question in three wordings over more than 20 minutes of live chat: long_session + repeated_question',
    ch: 'web',
    cust: {
      name: 'Ryan Costa',
      language: 'en',
    },
    m: [
      [
        'c',
        'since patch 2.3 the game crashes straight to desktop on launch. "DXGI_ERROR_DEVICE_REMOVED"',
        '0s',
      ],
      [
        'b',
        'Sorry about that! Please verify your game files: in Steam, right-click the game > Properties > Installed Files > Verify integrity.',
      ],
      ['c', 'verified, 3 files reacquired. still crashes', '6m'],
      ['b', 'Please update your graphics drivers to the latest version.'],
      ['c', 'on the latest nvidia driver from last week. 4070', '1m'],
      ['b', 'Please try lowering your graphics settings to Medium.'],
      ['c', "it crashes BEFORE the menu, I can't get to settings lol", '1m'],
      ['b', 'You can try launching with the -dx11 launch option in Steam.'],
      ['c', 'tried -dx11, crashes the same', '4m'],
      ['c', 'so why is it crashing? it worked fine on 2.2', '1m'],
      [
        'b',
        'Please verify your game files: in Steam, right-click the game > Properties > Installed Files > Verify integrity.',
      ],
      ['c', 'did that first thing. is 2.3 just broken on nvidia cards or what', '2m'],
      ['b', "We're not aware of any known issues with patch 2.3."],
      ['c', 'reddit is full of people with the same crash. is a fix coming or not?', '3m'],
      ['b', 'Please update your graphics drivers to the latest version.'],
      ['c', "ok I'll ask one last time: why does 2.3 crash on launch and what do I do", '2m'],
      ['b', "Sorry, I don't have more information on this."],
    ],
    nowAfter: '3m',
    x: {
      h: true,
      r: ['long_session', 'repeated_question'],
      t: 'technical',
      f: ['DXGI_ERROR_DEVICE_REMOVED', '2.3'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-tenant-boiler-ombudsman-after-ticket',
    note: 'tenant still without heating after an earlier handoff and open repair ticket; formal complaint and the Housing Ombudsman: previous_handoff + escalation_keyword + compliance_legal',
    ch: 'whatsapp',
    prev: 1,
    cust: {
      name: 'Adebola Johnson',
      language: 'en',
    },
    ctx: {
      account: {
        property: 'Flat 12, Merton Court',
        tenancy: 'assured shorthold',
      },
      tickets: [
        {
          id: 'REP-30112',
          subject: 'Boiler not working - no heating or hot water',
          status: 'open',
          createdAt: '2026-11-08T08:45:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        "Still no heating or hot water at Flat 12 Merton Court. It's been 12 days. REP-30112",
        '0s',
      ],
      [
        'b',
        'Hi Adebola! I can see repair REP-30112 is open. An engineer will be in touch to book a visit.',
      ],
      [
        'c',
        'Your colleague said that last Tuesday when I was put through. Nobody has been in touch',
        '1m',
      ],
      ['b', 'Repairs are usually completed within 28 days.'],
      ['c', 'I have a 2 year old. Heating is an emergency repair, not 28 days', '1m'],
      [
        'b',
        'For emergencies such as gas leaks, please call the National Gas Emergency line on 0800 111 999.',
      ],
      ['c', "it isn't a gas leak. it's a broken boiler in November", '1m'],
      ['b', 'I can see repair REP-30112 is open. An engineer will be in touch to book a visit.'],
      [
        'c',
        "I want to make a formal complaint. And if this isn't fixed this week I'm going to the Housing Ombudsman",
        '1m',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'escalation_keyword', 'compliance_legal'],
      t: 'support',
      p: 'high',
      f: ['REP-30112', 'Flat 12 Merton Court'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-deposit-return-iban-email',
    note: 'tenant writes a full IBAN into an email for the deposit return: sensitive_data',
    ch: 'email',
    cust: {
      name: 'Cormac Duffy',
      email: 'cormac.duffy@example.ie',
      language: 'en',
    },
    m: [
      [
        'c',
        'Hi,\n\nI moved out of 3 Harbour View on 31 October and handed back the keys. Could you let me know when my deposit of €1,650 will be returned?\n\nThanks,\nCormac',
      ],
      [
        'b',
        'Hi Cormac, deposits are returned within 14 days of the final inspection, which for 3 Harbour View took place on 4 November. Please add your bank details in the tenant portal under Move-out.',
      ],
      [
        'c',
        'Hi,\n\nThe portal login is not working for me since my tenancy ended. My account is IE29 AIBK 9311 5212 3456 78, Cormac Duffy. Please pay it there.\n\nCormac',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      f: ['€1,650'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-agency-portal-sync-40-branches-ticket',
    note: 'enterprise estate agency: listing feed to property portals failing across 40 branches again, with an open ticket on it: high_value_customer + previous_handoff',
    ch: 'web',
    cust: {
      id: 'cus_ent_4477',
      name: 'Priya Raman',
      email: 'priya.raman@example-homes.co.uk',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 870000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Agency Enterprise',
        branches: 40,
        listings: 6100,
      },
      tickets: [
        {
          id: 'INT-22981',
          subject: 'Portal feed not updating - new listings missing',
          status: 'open',
          createdAt: '2026-11-03T10:30:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'The portal feed has stopped again. None of the listings added since Friday across our 40 branches are showing on the portals. This is the same issue as INT-22981 which is still open.',
      ],
      ['b', 'Hi Priya! New listings can take up to 24 hours to appear on property portals.'],
      [
        'c',
        "It's been 4 days. Our branch managers are asking why vendors can't see their homes online. We need this looked at properly today.",
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'previous_handoff'],
      t: 'technical',
      p: 'high',
      f: ['INT-22981', '40'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-battle-pass-price',
    note: 'list price of a season pass and what it contains: sales, no handoff',
    ch: 'web',
    m: [
      ['c', 'how much is the season 9 battle pass and does premium include the skins from level 1'],
      [
        'b',
        'The Season 9 pass is 950 coins (about $9.99). Premium unlocks all 100 tiers of rewards, including the tier-1 Neon Ronin skin right away.',
      ],
      ['c', 'bet, bought it'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-controller-not-detected-steam-input-long',
    note: 'long troubleshooting of a controller not detected, ends with the player reporting it works: resolved, no handoff',
    ch: 'web',
    cust: {
      name: 'Liam Pretorius',
      language: 'en',
    },
    m: [
      ['c', 'my ps5 controller isnt detected in the game on pc. works in other games'],
      ['b', "Let's fix that. Is it connected by USB or Bluetooth?"],
      ['c', 'usb'],
      ['b', 'Are you launching the game through Steam?'],
      ['c', 'yeah'],
      [
        'b',
        'Open Steam > Settings > Controller and check whether "PlayStation Controller Support" is enabled.',
      ],
      ['c', 'its enabled'],
      [
        'b',
        'Now right-click the game in your library > Properties > Controller. What is "Override for this game" set to?',
      ],
      ['c', 'it says "disable steam input"'],
      [
        'b',
        'That\'s the problem. Our game reads controllers through Steam Input. Set it to "Enable Steam Input".',
      ],
      ['c', 'ok changed it'],
      ['b', 'Restart the game with the controller plugged in.'],
      ['c', 'restarting'],
      ['c', 'it works now, buttons showing as ps5 icons and all 👌'],
      ['b', 'Great! If you switch to Bluetooth later, pair it in Windows first, then start Steam.'],
      ['c', 'noted, cheers'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-game-high-ping-server-region',
    note: 'high ping explained by the server region; the player switches and reports the result: no handoff',
    ch: 'whatsapp',
    m: [
      ['c', 'why is my ping like 180 all of a sudden? im in cape town'],
      [
        'b',
        'After yesterday\'s update, matchmaking region was reset to "Auto" for some players, which can pick EU servers. Set it to "Africa (Johannesburg)" in Settings > Network > Region.',
      ],
      ['c', 'was on auto. changed to joburg'],
      ['c', 'ping 28 now 🔥 ty'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-touchline-manager-steam-deck',
    note: '"Manager" is part of a game title; a pre-purchase compatibility question: sales, no handoff',
    ch: 'web',
    m: [
      [
        'c',
        'does Touchline Manager 26 run ok on steam deck? dont want to buy it if its unplayable',
      ],
      [
        'b',
        'Touchline Manager 26 is Steam Deck Verified. It runs at 40-50 fps on default settings, and text scaling is built in for the small screen.',
      ],
      ['c', 'ok sweet, just bought it'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-save-file-corrupted-agent-holds',
    note: 'a support specialist holds the chat about a corrupted save and wrote last: already with a person',
    ch: 'web',
    cust: {
      name: 'Mia Harper',
      language: 'en',
    },
    m: [
      ['c', 'my save file says corrupted. 140 hours. please tell me it can be fixed'],
      ['b', "I'm sorry to hear that! Let me bring in a specialist from our support team."],
      ['s', 'Support specialist Owen joined the chat'],
      ['a', 'Hi Mia, Owen here. Do you have cloud saves turned on?'],
      ['c', 'i think so? how do i check', '30s'],
      ['a', 'On the title screen go to Options > Cloud. It shows the last sync time.'],
      ['c', 'last sync is yesterday 23:10', '1m'],
      ['a', 'Good news then. That backup is from before the corruption. We can restore it.'],
      ['c', 'omg please', '15s'],
      ['a', 'Click "Restore from cloud" and confirm. It will replace the local save.'],
      ['c', "its asking if im sure, it says i'll lose local progress", '1m'],
      ['a', "That's expected. You'll lose whatever happened after 23:10 yesterday."],
      ['c', 'ok thats fine, confirmed. its loading', '40s'],
      ['c', 'it loaded!! im in my base', '1m'],
      [
        'a',
        'Brilliant. I\'d also turn on "Keep 3 local backups" in Options > Saves so this can\'t happen again.',
      ],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-rent-offer-letting-agent-took-over',
    note: "a letting agent took over the negotiation of a rent offer; the customer's last message goes to that person: already with a person",
    ch: 'whatsapp',
    cust: {
      name: 'Ethan Walker',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi we viewed the 2 bed on Clifton Road yesterday and want to make an offer below the asking rent',
      ],
      [
        'b',
        "Thanks Ethan! Offers are handled by our letting agents. I'll pass you to the agent for that property.",
      ],
      ['s', 'Letting agent Chloe took over the conversation'],
      ['a', 'Hi Ethan, Chloe here. Great to hear you liked it. What would you like to offer?'],
      ['c', '£1,800 a month instead of £1,950, we can sign for 18 months', '2m'],
      [
        'a',
        'Thanks. The landlord has had a lot of interest, but the longer term may help. Can I ask about your move-in date?',
      ],
      ['c', 'anytime from 1 Jan', '1m'],
      ['a', "Lovely. I'll put £1,800 for 18 months from 1 January to the landlord this afternoon."],
      ['c', 'great', '20s'],
      ['a', "He's come back with £1,875 for 18 months. Would that work?", '2h'],
      ['c', 'hmm. can he do £1,850 if we pay 3 months up front', '10m'],
      ['a', "I'll ask him."],
      ['c', 'thanks', '30s'],
      [
        'a',
        "He's agreed to £1,850 with 3 months in advance. I'll send the holding deposit link now.",
        '45m',
      ],
      ['c', 'amazing, thank you! will pay tonight', '5m'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-tenant-app-photo-upload-fixed-sms',
    note: 'repair photos would not upload in the tenant app; fixed by granting photo permission; the tenant reports it worked',
    ch: 'sms',
    m: [
      [
        'c',
        'trying to report a leak under the sink but the app wont let me attach photos, button does nothing',
      ],
      [
        'b',
        'The app needs permission to access your photos. On iPhone go to Settings > Tenant App > Photos and choose "Full access", then try again.',
      ],
      ['c', 'it was on none. changed it'],
      ['c', 'photos attached and repair sent, got ref REP-30977'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
];
