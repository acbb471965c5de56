// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w1-en-timeclock-kiosks-60-stores-ticket-open',
    note: 'enterprise retailer: clock-in kiosks offline in 60 stores, same problem as an open ticket from yesterday: high_value_customer + previous_handoff, urgent',
    ch: 'web',
    cust: {
      id: 'cus_ent_2210',
      name: 'Ravi Chandran',
      email: 'ravi.c@example-retail.com',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 640000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Workforce Enterprise',
        locations: 212,
        employees: 9400,
      },
      tickets: [
        {
          id: 'INC-44817',
          subject: 'Time clock kiosks not syncing - several stores',
          status: 'open',
          createdAt: '2026-11-17T14:20:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        "Following up on INC-44817 from yesterday. It's worse today: kiosks in 60 of our stores aren't syncing punches at all. Managers are writing times on paper.",
      ],
      [
        'b',
        'Sorry to hear that! Please make sure each kiosk is connected to Wi-Fi and restart it from Settings > Device > Restart.',
      ],
      [
        'c',
        "Store teams did that yesterday on your team's instructions, it did nothing. This is a platform issue, 60 locations, and payroll cut-off is Thursday.",
      ],
      ['b', 'I understand. Is there anything else I can help you with?'],
      ['c', 'Yes. Escalate INC-44817. Nobody has updated it in 20 hours.'],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'previous_handoff'],
      t: 'technical',
      p: 'urgent',
      f: ['INC-44817', '60'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-payroll-add-new-starter-long',
    note: 'long how-to chat adding a new employee and pension enrolment; the customer reports it worked: no handoff',
    ch: 'web',
    cust: {
      name: 'Dave Cartwright',
      segment: 'smb',
      language: 'en',
    },
    m: [
      ['c', 'hi, first time adding someone new to payroll, she starts monday. where do i start'],
      [
        'b',
        "Hi Dave! Go to People > Add employee. You'll need her name, address, date of birth, NI number, start date and her P45 if she has one.",
      ],
      ['c', 'she has a P45 from her last job'],
      [
        'b',
        'Great. On the Tax step choose "P45 provided" and copy the tax code and the pay and tax to date from it.',
      ],
      ['c', 'ok done. tax code 1257L'],
      ['b', "Perfect, that's the standard code. Next is the Pay step: salary or hourly?"],
      ['c', 'hourly, 12.50'],
      [
        'b',
        'Enter 12.50 as the hourly rate and her usual weekly hours so we can estimate holiday pay.',
      ],
      ['c', '30 hrs'],
      [
        'b',
        'Done. The last step is Pension. Based on her age and pay she\'ll be auto-enrolled. Leave "Auto-enrol" ticked and we\'ll send her the enrolment letter.',
      ],
      ['c', 'does she have to do anything?'],
      [
        'b',
        'No, the letter explains that she can opt out within a month if she wants to. Otherwise contributions start with her first pay.',
      ],
      ['c', 'ok ticked. clicked save'],
      ['b', 'She should now appear in People with the status "Starter".'],
      ['c', "yep she's there, and she's in the december pay run already. easier than i thought"],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-payroll-price-12-staff',
    note: 'list price for a small team and a self-serve trial: not a sales opportunity',
    ch: 'web',
    m: [
      ['c', 'how much is it for 12 staff, weekly pay'],
      [
        'b',
        'Our Standard plan is £6 per employee per month with a £20 base fee, so £92 a month for 12 staff. Weekly, fortnightly and monthly pay runs are all included.',
      ],
      ['c', 'free trial?'],
      ['b', 'Yes, 30 days free with no card needed. You can start at example.com/signup.'],
      ['c', 'signed up, trial started 👍'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'en',
    },
  },
  {
    id: 'w1-en-analytics-zero-yesterday-status-link',
    note: 'dashboards show zero for yesterday; same question three ways, bot repeats the status page: repeated_question + bot_not_helping',
    ch: 'web',
    cust: {
      name: 'Tom Ashby',
      tier: 'pro',
      language: 'en',
    },
    m: [
      [
        'c',
        'all my dashboards show 0 sessions for yesterday. tracking is definitely live, site had traffic',
      ],
      ['b', 'You can check the current status of all our services at status.example.com.'],
      ['c', 'status page is all green. why is yesterday empty?'],
      ['b', 'You can check the current status of all our services at status.example.com.'],
      ['c', 'is the data for nov 17 missing or just delayed? will it backfill?'],
      ['b', 'You can check the current status of all our services at status.example.com.'],
      ['c', "ok one more time: where is yesterday's data"],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-analytics-enterprise-renewal-at-risk',
    note: 'enterprise account will not renew without new terms and an SLA, evaluating competitors: high_value_customer + sales_opportunity',
    ch: 'email',
    cust: {
      id: 'cus_ent_0451',
      name: 'Caroline Boateng',
      email: 'c.boateng@example-media.com',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 780000,
      language: 'en',
    },
    ctx: {
      account: {
        plan: 'Enterprise',
        seats: 350,
        renewalDate: '2026-12-20',
        arr: 260000,
      },
    },
    m: [
      [
        'c',
        'Hi,\n\nOur contract renews on 20 December. Given the data freshness problems we had in Q3 and Q4, my leadership team is evaluating two alternatives, and as things stand we will not be renewing on the current terms.\n\nIf you want to keep our 350 seats, we would need to discuss a revised commercial arrangement and a contractual freshness SLA before the end of the month.\n\nCaroline Boateng\nVP Data',
      ],
      [
        'b',
        'Hi Caroline, thanks for your message! You can manage your subscription and renewal settings under Admin > Billing.',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'sales_opportunity'],
      t: 'sales',
      p: 'high',
      f: ['350'],
      l: 'en',
    },
  },
  {
    id: 'w1-en-analytics-api-secret-pasted',
    note: 'customer pastes a live API secret to debug a 401: sensitive_data',
    ch: 'web',
    cust: {
      name: 'Ines Carvalho',
      language: 'en',
    },
    m: [
      ['c', 'getting 401 unauthorized on every call to /v2/reports since this morning'],
      [
        'b',
        'A 401 means the key is missing or invalid. Make sure you send it in the Authorization header as "Bearer <key>".',
      ],
      [
        'c',
        "I do. here's exactly what I send: Authorization: Bearer sk_live_7Hq2LmXv9RtB0wYz4CdN8eKp3Ua6 — can you see if it's been revoked?",
      ],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'technical',
      l: 'en',
    },
  },
  {
    id: 'w1-en-analytics-retention-gdpr-howto',
    note: 'GDPR is only the subject of a settings how-to (data retention period); answered and done',
    ch: 'web',
    cust: {
      name: 'Lena Hoffmann',
      tier: 'pro',
      language: 'en',
    },
    m: [
      [
        'c',
        "how do I set event data retention to 14 months? our DPO says that's what we need for GDPR",
      ],
      [
        'b',
        'Go to Admin > Data settings > Retention, choose "14 months" from the list and save. It applies to event-level data; aggregated reports are kept.',
      ],
      ['c', 'done, shows 14 months now. thanks!'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w1-en-p60-no-need-for-a-call',
    note: 'negation: no need for anyone to call; the tax document is found self-serve',
    ch: 'web',
    m: [
      [
        'c',
        'no need for anyone to ring me or anything, just tell me where my P60 is in this thing',
      ],
      [
        'b',
        'Your P60 is under Documents > Year end in the employee app, available from 31 May each year.',
      ],
      ['c', 'found it, 2025-26 one is there. ta'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'en',
    },
  },
  {
    id: 'w1-en-course-name-change-back-after-transfer',
    note: 'returning after an earlier handoff, certificate name still wrong and the ticket still open: previous_handoff',
    ch: 'web',
    prev: 1,
    cust: {
      name: 'Olumide Adeyemi',
      language: 'en',
    },
    ctx: {
      tickets: [
        {
          id: 'SUP-60217',
          subject: 'Certificate shows wrong name (Olumide Adeymi)',
          status: 'open',
          createdAt: '2026-11-12T11:05:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        "Hi again. Last week I was transferred to your team because my certificate has my surname spelt wrong (Adeymi instead of Adeyemi). They said 48 hours. It's been 6 days",
      ],
      [
        'b',
        'Hi Olumide! You can change the name on your profile under Settings > Profile > Full name.',
      ],
      [
        'c',
        "my profile name is correct. it's the certificate that was generated with the old spelling. the agent said they would regenerate it",
      ],
      ['b', 'Certificates use the name from your profile at the time they are issued.'],
      [
        'c',
        "yes I know, that's why the agent was going to fix it. ticket SUP-60217. I need it for a job application by Friday",
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'support',
      f: ['SUP-60217'],
      l: 'en',
    },
  },
];
