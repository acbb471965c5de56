// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w1-en-gp-appointment-reschedule-sms',
    note: 'appointment moved by the bot over SMS, confirmed: no handoff',
    ch: 'sms',
    m: [
      ['c', 'Hi can I move my appt tmrw 9.10 with Dr Patel, cant make it'],
      ['b', 'Dr Patel has 11:40 tomorrow or 9:10 on Friday. Reply 1 or 2.'],
      ['c', '2'],
      ['b', 'Done: Friday 9:10 with Dr Patel. Your Tuesday appointment is cancelled.'],
      ['c', 'perfect thx'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-clinic-erase-all-my-data',
    note: 'request to delete all personal and health data held by the booking service: privacy erasure, compliance_legal, support',
    ch: 'email',
    cust: {
      name: 'Samantha Lee',
      email: 'sam.lee@example.com',
      language: 'en',
    },
    m: [
      [
        'c',
        'Hello,\n\nI no longer use your booking service and I want my account closed and every bit of personal data you hold about me erased, including appointment history and any health questionnaires I filled in. Please confirm once this has been done.\n\nThanks,\nSamantha Lee',
      ],
      [
        'b',
        'Hi Samantha, you can deactivate your account at any time in the app under Settings > Account > Deactivate.',
      ],
      [
        'c',
        'Deactivating is not erasing. I am asking for my data to be deleted, not hidden. Please confirm in writing.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-telehealth-doctor-never-joined-commissioner',
    note: 'charged for a consult the doctor never joined, refund refused; "unacceptable" and a complaint to the health complaints commissioner: refund_dispute + escalation_keyword + compliance_legal',
    ch: 'web',
    cust: {
      name: 'Brendan Walsh',
      language: 'en',
    },
    m: [
      [
        'c',
        'I sat in the waiting room of my video consult for 40 minutes last night and no doctor ever joined. You still charged me $89.',
      ],
      ['b', 'Consult fees are non-refundable once the appointment start time has passed.'],
      ['c', "The appointment didn't happen. How is that non-refundable"],
      ['b', 'Consult fees are non-refundable once the appointment start time has passed.'],
      [
        'c',
        "That is unacceptable. Refund the $89 or I'll be lodging a complaint with the Health Complaints Commissioner.",
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'escalation_keyword', 'compliance_legal'],
      t: 'billing',
      f: ['$89'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-dental-group-widget-down-35-clinics',
    note: 'enterprise dental group: online booking down at all 35 clinics: outage across many sites, high_value_customer, urgent',
    ch: 'web',
    cust: {
      id: 'cus_ent_3390',
      name: 'Dr. Fiona Nel',
      email: 'fiona@example-dental.co.za',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 310000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Clinic Enterprise',
        clinics: 35,
      },
    },
    m: [
      [
        'c',
        'Morning. Online booking is down at every one of our 35 clinics since about 7am. Patients get a blank page on the booking widget. Reception phones are melting.',
      ],
      ['b', 'Sorry to hear that! Could you clear your browser cache and try again?'],
      [
        'c',
        "It's not my browser. It's the widget on 35 clinic websites, for every patient. Please get your engineers on it.",
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer'],
      t: 'technical',
      p: 'urgent',
      f: ['35'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-freeze-knee-surgery',
    note: 'membership freeze with a medical note, done by the bot: account change, support',
    ch: 'whatsapp',
    m: [
      ['c', 'hey having knee surgery next wk 😬 can i freeze my membrship for 2 months'],
      [
        'b',
        "Hope it goes well! Medical freezes are free for up to 3 months with a doctor's note. You can upload the note here or in the app.",
      ],
      ['c', '[image: letter from surgeon]'],
      [
        'b',
        'Thanks, received. Your membership is frozen from 25 November to 25 January; no payments will be taken in that time.',
      ],
      ['c', 'legend thanks'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-charged-after-cancel-bank-streak',
    note: 'charged after cancelling; three angry texts in a row and the bank will reverse it: refund_dispute + negative_sentiment + negative_streak',
    ch: 'sms',
    m: [
      [
        'c',
        "I cancelled in September and you've taken £42.99 AGAIN this month. This is the second time",
      ],
      [
        'b',
        'Our records show your membership is active. Please cancel in the app under Membership > Cancel.',
      ],
      [
        'c',
        'I HAVE the cancellation email from 14 Sept. You are taking money you have no right to',
      ],
      [
        'b',
        'Our records show your membership is active. Please cancel in the app under Membership > Cancel.',
      ],
      ['c', 'Unbelievable. Every month the same rubbish with you lot'],
      ['b', 'Is there anything else I can help with?'],
      ['c', 'Yes. Refund both payments or my bank reverses them, your choice. Sick of this'],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'negative_sentiment', 'negative_streak'],
      t: 'billing',
      f: ['£42.99'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-corporate-wellness-800-employees',
    note: 'corporate wellness membership for 800 employees over several cities, phrased as a proposal: sales_opportunity',
    ch: 'email',
    cust: {
      name: 'Naledi Khumalo',
      email: 'n.khumalo@example-insure.co.za',
      segment: 'enterprise',
      language: 'en',
    },
    m: [
      [
        'c',
        'Dear Sales Team,\n\nAs part of our 2027 wellness programme we would like to give our ~800 employees in Johannesburg, Cape Town and Durban access to your clubs, with the cost shared between the company and the employee via payroll deduction.\n\nCould you send us a proposal and let us know who will be our point of contact?\n\nKind regards,\nNaledi Khumalo\nHead of Employee Benefits',
      ],
      [
        'b',
        'Dear Naledi, thank you for your interest! Individual memberships start from R499 per month and can be purchased at any club.',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['800'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-class-booking-tier-mismatch-code',
    note: 'class booking blocked by an unexplained error code for a member whose plan includes classes: novel_problem',
    ch: 'web',
    cust: {
      name: 'Ellie Thompson',
      tier: 'pro',
      language: 'en',
    },
    ctx: {
      account: {
        membership: 'All Access',
        includesClasses: true,
      },
    },
    m: [
      [
        'c',
        'can\'t book any spin class, it says "Error 17: membership tier mismatch". I\'m on All Access which includes classes??',
      ],
      [
        'b',
        'All Access members can book unlimited classes up to 7 days in advance in the app under Classes.',
      ],
      [
        'c',
        "I know that's what it says. the app still throws Error 17 when I tap book. what is tier mismatch?",
      ],
      ['b', "Sorry, I don't have any information about that error."],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['Error 17'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-garmin-sync-fixed-long',
    note: 'long troubleshooting of a watch sync that ends with the member reporting workouts showing: resolved, no handoff',
    ch: 'web',
    cust: {
      name: 'Hamish Stewart',
      language: 'en',
    },
    m: [
      ['c', 'my garmin workouts stopped showing in the gym app about 2 weeks ago'],
      [
        'b',
        "Let's sort that out. In the gym app, go to Profile > Connected apps. Does Garmin show as connected?",
      ],
      ['c', 'says connected'],
      ['b', 'When did you last open Garmin Connect on your phone?'],
      ['c', 'this morning'],
      [
        'b',
        'Garmin changed its permissions recently, and older connections lost access to activity data. Please tap Garmin > Disconnect, then Connect again.',
      ],
      ['c', 'ok disconnected'],
      ['c', 'pressing connect opens a garmin login page'],
      [
        'b',
        'That\'s right. Log in with your Garmin account and make sure "Activities" is ticked on the permissions screen.',
      ],
      ['c', 'there are 4 tickboxes, activities was unticked'],
      ['b', "That's the one. Tick all four and tap Agree."],
      ['c', 'done. back in the gym app now'],
      ['b', 'It can take a few minutes to import your history from the last 30 days.'],
      ['c', 'ok wait'],
      ['c', 'there they are, all my runs and the sessions from this week are showing now'],
      ['b', 'Great! New workouts will sync automatically from now on.'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-was-going-to-ask-manager-guest',
    note: 'counterfactual mention of asking for the club manager; the guest-pass question is answered: no handoff',
    ch: 'web',
    m: [
      [
        'c',
        "I was going to ask for the club manager next time I'm in, but you can probably tell me: can I bring a friend on my membership?",
      ],
      [
        'b',
        'Yes! Your Plus membership includes 4 guest passes a month. Book one in the app under Guests; your friend needs to bring photo ID on the day.',
      ],
      ['c', 'nice, booked her in for saturday morning'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-pt-pack-price-voice',
    note: 'voice question about the list price of a personal training pack: sales, no handoff',
    ch: 'voice',
    m: [
      ['c', 'hi how much is personal training like if i buy a pack of ten sessions'],
      [
        'b',
        'A pack of 10 personal training sessions is £350, which works out at £35 a session. Single sessions are £42.',
      ],
      ['c', 'right ok and do they run out'],
      ['b', 'The pack is valid for 6 months from your first session.'],
      ['c', 'ok cool ill think about it cheers'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-health-app-2fa-still-broken-after-handoff',
    note: 'earlier handoff promised a 2FA reset; still unresolved, and the customer asks three times in different words whether it was done: previous_handoff + repeated_question',
    ch: 'whatsapp',
    prev: 1,
    cust: {
      name: 'Vikram Bose',
      language: 'en',
    },
    ctx: {
      tickets: [
        {
          id: 'HLP-88120',
          subject: '2FA codes rejected - reset requested',
          status: 'open',
          createdAt: '2026-11-18T16:40:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'Hello, yesterday your support person told me the 2-step verification would be reset within 24 hours. Has that been done?',
        '0s',
      ],
      ['b', 'Hi Vikram! To log in, enter the 6-digit code from your authenticator app.'],
      [
        'c',
        'the codes are being rejected, that is the whole problem. it says "invalid code" every time',
        '1m',
      ],
      [
        'b',
        'Please make sure the time on your phone is set automatically, as codes depend on the correct time.',
      ],
      [
        'c',
        "time is automatic. yesterday same thing, that's why they said they will reset it",
        '1m',
      ],
      ['b', 'You can also use one of your backup codes.'],
      ['c', "I don't have backup codes. I never got any", '1m'],
      ['b', 'Backup codes are shown once when you set up 2-step verification.'],
      ['c', 'ok. so the reset from yesterday. has it been done or not', '1m'],
      ['b', 'To log in, enter the 6-digit code from your authenticator app.'],
      ['c', "I have a specialist appointment to book and I can't get into the app", '2m'],
      ['b', 'You can also book by calling your clinic.'],
      ['c', 'the clinic told me to use the app', '1m'],
      ['b', "I'm sorry about that. Is there anything else I can help with?"],
      ['c', 'simple question: is my 2FA reset done yet or not? ticket HLP-88120', '1m'],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'repeated_question'],
      t: 'technical',
      f: ['HLP-88120'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-physio-deposit-full-card-typed',
    note: 'patient types a full card number, expiry and CVV to pay a deposit: sensitive_data',
    ch: 'web',
    m: [
      [
        'c',
        'hi the payment page wont load for my physio deposit ($60). can I just give you the card',
      ],
      [
        'b',
        "Sorry about that! For security, please don't share card details in chat. You can also pay at reception on the day.",
      ],
      [
        'c',
        'its 4012 8888 8888 1881 exp 09/28 cvv 123, just take it please I need the booking confirmed',
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      f: ['$60'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-staff-conduct-formal-complaint',
    note: 'formal complaint about a staff member and a request that someone senior contacts her: escalation_keyword + human_request',
    ch: 'email',
    cust: {
      name: 'Katie Morrison',
      email: 'katie.morrison@example.co.uk',
      language: 'en',
    },
    m: [
      [
        'c',
        'Hello,\n\nI would like to make a formal complaint about the way a personal trainer at your Leeds Kirkstall club spoke to me on Tuesday evening, in front of other members, about my weight. It was humiliating and I have not been back since.\n\nI would like someone senior to contact me about this, not an automated reply.\n\nKatie Morrison\nMembership no. 40771823',
      ],
      [
        'b',
        "Hi Katie, thanks for your feedback! We're always looking to improve our clubs. You can rate your club visit in the app under Feedback.",
      ],
      ['c', 'This is not "feedback". Please pass this to a manager.'],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'human_request'],
      t: 'support',
      f: ['40771823'],
      l: 'en',
    },
  },
];
