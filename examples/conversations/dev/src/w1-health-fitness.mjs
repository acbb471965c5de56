// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w1-en-clinic-booking-fails-confirm-long',
    note: 'booking keeps failing at the confirmation step; the same question in several wordings over more than 20 minutes on WhatsApp: long_session + repeated_question',
    ch: 'whatsapp',
    cust: {
      name: 'Deepa Menon',
      language: 'en',
    },
    m: [
      [
        'c',
        'hi trying to book physio for my mum, everytime I press confirm it says "something went wrong". pls revert asap',
        '0s',
      ],
      ['b', 'Sorry about that! Could you try again in a few minutes?'],
      ['c', 'tried 4 times now', '3m'],
      ['b', "Please make sure you're using the latest version of the app."],
      ['c', 'updated it. same thing', '4m'],
      ['b', 'Thanks. Please log out and back in, then try again.'],
      ['c', 'did that. still "something went wrong" at confirm', '3m'],
      ['b', 'Sorry to hear that. Is there anything else I can help with?'],
      ['c', 'yes the same thing. why does it fail when I press confirm?', '1m'],
      ['b', 'You can book appointments in the app under Book > Physiotherapy.'],
      ['c', "I KNOW where to book. the booking itself doesn't go through", '1m'],
      ['b', 'Could you try again in a few minutes?'],
      ['c', 'ok tried again after 10 min. same error', '10m'],
      ['c', "is there any other way to get her booked in? the app just won't confirm", '1m'],
      ['b', 'You can book appointments in the app under Book > Physiotherapy.'],
      ['c', 'so nobody can explain why confirm fails 😤', '2m'],
    ],
    nowAfter: '30s',
    x: {
      h: true,
      r: ['long_session', 'repeated_question'],
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-telehealth-bulk-billed-price',
    note: 'pre-purchase list-price question for a telehealth consult, answered: no handoff',
    ch: 'web',
    m: [
      ['c', 'how much is a telehealth gp consult and is it bulk billed? i have a medicare card'],
      [
        'b',
        "A standard telehealth GP consult is $49. It's bulk billed (no gap) for concession card holders and children under 16; otherwise you pay $49 and get $21.40 back from Medicare.",
      ],
      ['c', 'ok fair enough, booked one for 6pm'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-patient-portal-lab-results-with-human',
    note: "handoffState with_human: a person already owns this chat, the customer's frustration does not trigger a second handoff",
    ch: 'web',
    cust: {
      name: 'Grace Mokoena',
      language: 'en',
      attributes: {
        handoffState: 'with_human',
      },
    },
    m: [
      [
        'c',
        'my blood test results were released on Monday according to the SMS but the portal shows nothing',
      ],
      ['b', "I've passed this to our patient support team. Someone will reply here shortly."],
      ['c', 'thanks', '30s'],
      [
        'a',
        'Hi Grace, this is Lindiwe from patient support. Can you tell me which lab did the test?',
        '6m',
      ],
      ['c', 'the one at the Rosebank clinic', '1m'],
      ['a', 'Thanks. I can see the results on our side. Can you log out and back in?'],
      ['c', 'done. still nothing under Results', '2m'],
      ['a', 'Okay, let me check the portal permissions on your profile.'],
      ['c', 'ok', '20s'],
      ['c', 'still there?', '8m'],
      [
        'a',
        'Yes sorry, checking with our IT team. It looks like the results were linked to an old profile of yours.',
      ],
      ['c', 'I only have one profile??', '1m'],
      ['a', "There's one from 2019 with your maiden name. I'm asking IT to merge them."],
      ['c', 'how long will that take, my doctor needs them', '1m'],
      ['c', 'this is very frustrating honestly', '5m'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-cancel-30-days-notice',
    note: 'gym membership cancellation handled by the bot with the notice period: churn handled, sales, no handoff',
    ch: 'web',
    cust: {
      name: 'Connor Hayes',
      language: 'en',
    },
    m: [
      ['c', 'want to cancel my membership, moving to bristol and theres no club there'],
      [
        'b',
        'Sorry to see you go, Connor! Your membership has a 30-day notice period, so if you cancel today your last payment is on 1 December and you can use the club until 18 December. Shall I go ahead?',
      ],
      ['c', 'yep go on'],
      ['b', "Done. You'll receive a cancellation confirmation by email."],
      ['c', 'got it, ta'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-gym-upgrade-add-pool',
    note: 'self-serve upgrade at list price: not a sales opportunity, done in the app',
    ch: 'whatsapp',
    m: [
      ['c', 'whats the difference in price if I want pool access too'],
      [
        'b',
        'Your Gym Only plan is $39.99 a fortnight. Gym + Pool is $47.99, so $8 more. You can upgrade any time in the app under Membership > Change plan; it applies from your next payment.',
      ],
      ['c', 'upgraded ✅ swimming tmrw'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
];
