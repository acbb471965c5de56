// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w1-en-course-certificate-quiz-score',
    note: 'missing certificate explained (final quiz below pass mark); the customer retakes and downloads it',
    ch: 'web',
    cust: {
      name: 'Ananya Krishnan',
      language: 'en',
    },
    m: [
      [
        'c',
        'Hello sir, I have completed all modules of Python for Data Analysis but certificate is not coming in my profile. Kindly check',
      ],
      [
        'b',
        'Hi Ananya! Certificates are issued once every module is complete and the final quiz is passed with 70% or more. Your best final quiz score is 68%.',
      ],
      ['c', 'oh I thought 68 is ok. can I retake?'],
      [
        'b',
        'Yes, you can retake it as many times as you like. Go to the course page > Final quiz > Retake.',
      ],
      ['c', 'retook it, got 84 this time. certificate is showing, downloaded the pdf. thank u'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-course-refund-within-14-days',
    note: 'refund inside the 14-day window that the bot completes: in-policy, no dispute',
    ch: 'web',
    m: [
      [
        'c',
        'hey, bought the UX bootcamp 5 days ago ($199) but honestly its not for me. can i get a refund pls',
      ],
      [
        'b',
        "Sure. Purchases can be refunded within 14 days, and you've watched under 30% of the content, so you qualify. I've started a refund of $199.00 to your original payment method.",
      ],
      ['c', 'oh that was quick. it says processing in my orders'],
      ['b', "That's right, it usually lands in 5-10 business days depending on your bank."],
      ['c', 'cool ty'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['$199'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-course-refund-live-sessions-paypal',
    note: 'refund refused outside the window; customer contests it (advertised live sessions never ran) and will go through PayPal: refund_dispute',
    ch: 'whatsapp',
    cust: {
      name: 'Callum Reid',
      language: 'en',
    },
    m: [
      [
        'c',
        "Hi, I want a refund for the Digital Marketing Diploma, £249. The page said weekly live Q&A sessions with the tutor. There hasn't been a single one in 6 weeks",
      ],
      [
        'b',
        "Refunds are available within 30 days of purchase. Your purchase was 42 days ago, so it's no longer eligible.",
      ],
      [
        'c',
        'Im not asking becuase I changed my mind, Im asking because you didnt deliver what you sold me',
      ],
      [
        'b',
        "Refunds are available within 30 days of purchase. Your purchase was 42 days ago, so it's no longer eligible.",
      ],
      [
        'c',
        'right. then I\'ll open a claim with PayPal for "item not as described" and let them decide',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['£249'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-university-3000-students-procurement',
    note: 'institution-wide licence for ~3,000 students, procurement paperwork and SSO: sales_opportunity',
    ch: 'email',
    cust: {
      name: 'Prof. Alison McKay',
      email: 'a.mckay@example.ac.uk',
      segment: 'education',
      language: 'en',
    },
    m: [
      [
        'c',
        'Dear team,\n\nThe School of Engineering is considering institution-wide access to your platform for approximately 3,000 undergraduate students from September 2027. Before this can go to our procurement board we would need a formal proposal covering licensing, SSO via Shibboleth, accessibility conformance and data processing arrangements.\n\nWould someone be able to meet with us in January?\n\nKind regards,\nAlison McKay\nDirector of Digital Learning',
      ],
      [
        'b',
        'Hi Alison, thanks for reaching out! Students can sign up individually at example.com/pricing, and we offer a 20% student discount with a valid .ac.uk email.',
      ],
      [
        'c',
        'Thank you, but individual sign-ups are not what we are after. We need an institutional agreement. Please route this to whoever handles university partnerships.',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['3,000'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-course-videos-chromebook-long',
    note: 'videos stop at the same point on a school Chromebook; the bot runs out of steps after more than 20 minutes on web: long_session + novel_problem',
    ch: 'web',
    cust: {
      name: 'Megan Foster',
      language: 'en',
    },
    m: [
      [
        'c',
        "none of the lesson videos play on my daughter's school chromebook, they load to about 5 seconds then just freeze",
        '0s',
      ],
      [
        'b',
        'Sorry about that! Please try clearing the browser cache: Settings > Privacy > Clear browsing data.',
      ],
      ['c', 'ok cleared. same thing', '3m'],
      ['b', 'Could you try lowering the quality to 480p using the gear icon on the player?'],
      ['c', 'tried 480p and 360p, freezes at 5 sec every time', '2m'],
      ['b', 'Please check if your browser is up to date: Settings > About ChromeOS.'],
      ['c', 'it says up to date. version 128', '4m'],
      ['b', 'Do videos play on another device?'],
      ['c', "yes on my phone they play fine. it's only the chromebook", '1m'],
      ['b', 'Please try disabling browser extensions and reload the page.'],
      [
        'c',
        'its a school managed chromebook I cant disable anything, the extensions are locked by the school',
        '2m',
      ],
      ['b', 'Please try clearing the browser cache: Settings > Privacy > Clear browsing data.'],
      ['c', 'already did that at the start', '1m'],
      ['b', "I'm sorry, I don't have any other troubleshooting steps for this."],
      ['c', "so what do we do? her homework is due friday and it's all video based", '5m'],
      ['b', 'I understand. Is there anything else I can help with?'],
      ['c', 'the videos. not working. on a managed chromebook', '2m'],
    ],
    nowAfter: '3m',
    x: {
      h: true,
      r: ['long_session', 'novel_problem'],
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-course-contract-law-gdpr-preview',
    note: 'contract law and GDPR are the subject of a pre-purchase course question, not a legal matter: no handoff',
    ch: 'web',
    m: [
      [
        'c',
        'does the Intro to Contract Law course cover GDPR at all? and how long do I keep access after buying',
      ],
      [
        'b',
        'Intro to Contract Law doesn\'t cover GDPR; data protection is in our separate "Data Protection Essentials" course. Either course gives lifetime access once purchased, including updates.',
      ],
      ['c', 'ok cool, bought both in the bundle. cheers'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-payslip-portal-ni-number',
    note: 'employee types a full National Insurance number to get into the payslip portal: sensitive_data',
    ch: 'web',
    cust: {
      name: 'Shannon Pike',
      language: 'en',
    },
    m: [
      ['c', 'hiya I cant log in to see my payslips, it says my details dont match'],
      [
        'b',
        'Hi Shannon! The payslip portal uses the email your employer registered for you. Have you tried "Forgot password"?',
      ],
      ['c', 'i dont know which email they used. can you look me up, my NI number is QQ 12 34 56 C'],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-payroll-stp-lodgement-ato-error',
    note: 'Single Touch Payroll lodgement rejected with an error code the bot has no answer for, pay day tomorrow: novel_problem',
    ch: 'web',
    cust: {
      name: 'Bec Harrington',
      tier: 'pro',
      segment: 'smb',
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Payroll Pro',
        employees: 18,
        country: 'AU',
      },
    },
    m: [
      [
        'c',
        'STP pay event got rejected by the ATO this arvo with "CMN.ATO.GEN.XML03 - the message could not be processed". Never had this before. Payday\'s tomorrow',
      ],
      [
        'b',
        'To lodge a pay event, go to Payroll > Pay runs, open the pay run and click "Lodge with ATO".',
      ],
      [
        'c',
        "yeah I know how to lodge it, I've done it every fortnight for 2 years. It's REJECTING with that code. What does XML03 mean and how do I fix it",
      ],
      ['b', "I'm sorry, I couldn't find anything about that error."],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['CMN.ATO.GEN.XML03'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-payroll-1500-staff-migration-terms',
    note: 'migration of 1,500 employees from a legacy system with a multi-year commitment: sales_opportunity',
    ch: 'web',
    cust: {
      name: 'Gráinne Walsh',
      segment: 'mid-market',
      language: 'en',
    },
    m: [
      [
        'c',
        "Hi, we're about 1,500 employees across the UK and Ireland, currently on an on-prem payroll system that goes out of support next year.",
      ],
      [
        'b',
        'Hi Gráinne! Our Business plan covers multi-country payroll for the UK and Ireland. You can see the plans at example.com/pricing.',
      ],
      [
        'c',
        "I've seen the page. At our size we'd be looking at a 3-year commitment and would need help migrating 6 years of payroll history. What would a migration project look like and what commercial terms could you offer?",
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['1,500'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-analytics-assigned-customer-upset',
    note: 'customer.attributes.handoffState is assigned: a person already owns the chat, so no second handoff however annoyed',
    ch: 'web',
    cust: {
      name: 'Marcus Webb',
      tier: 'pro',
      language: 'en',
      attributes: {
        handoffState: 'assigned',
        assignedTo: 'agent_1187',
      },
    },
    m: [
      ['c', 'scheduled report emails stopped going out on monday'],
      [
        'b',
        "Thanks Marcus, I've passed this to our technical team, someone will pick it up shortly.",
      ],
      ['c', 'ok', '1m'],
      ['c', 'any news? clients asking where their weekly report is', '25m'],
      ['c', 'this is getting silly now. hello?', '10m'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-cert-exam-crash-q14-streak',
    note: 'paid certification exam crashes on the same question; three clearly angry messages in a row: negative_sentiment + negative_streak',
    ch: 'whatsapp',
    cust: {
      name: 'Karthik Subramanian',
      language: 'en',
    },
    m: [
      [
        'c',
        'exam page crashes every single time i reach question 14. white screen and it logs me out',
      ],
      [
        'b',
        "Sorry to hear that! Please make sure you're using the latest Chrome and a stable connection.",
      ],
      [
        'c',
        'latest chrome, wired internet. 3 attempts wasted now!! I have paid 8,000 rupees for this certification',
      ],
      ['b', 'Each candidate gets 3 attempts. You can purchase more attempts from your dashboard.'],
      [
        'c',
        'purchase MORE?? your exam is broken and you want more money from me. this is cheating honestly',
      ],
      ['b', 'I understand. Is there anything else I can help with?'],
      ['c', 'so angry right now. weeks of preparation wasted because of your buggy page'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'technical',
      f: ['question 14'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-course-lawsuit-lab-self-paced',
    note: '"Lawsuit" is part of a course title; an ordinary access question: no handoff',
    ch: 'web',
    m: [
      [
        'c',
        'is The Lawsuit Lab: Civil Procedure for Paralegals self paced or are there set class times?',
      ],
      [
        'b',
        "The Lawsuit Lab is fully self-paced. There are optional live review sessions on the first Tuesday of each month, and recordings are posted for anyone who can't attend.",
      ],
      ['c', 'perfect that suits me'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-tutoring-pause-over-christmas-voice',
    note: 'voice-to-text request to pause a tutoring subscription over the holidays, done by the bot: support, no handoff',
    ch: 'voice',
    m: [
      [
        'c',
        'hi yeah id like to pause my sons maths tutoring over christmas hes away with his dad for three weeks',
      ],
      [
        'b',
        "Of course. I can pause the subscription from December 20 to January 10. You won't be charged during the pause. Shall I do that?",
      ],
      ['c', 'yes please that would be great'],
      [
        'b',
        "Done. The subscription is paused and restarts automatically on January 10. You'll get a confirmation email.",
      ],
      ['c', 'lovely got the email thank you'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
];
