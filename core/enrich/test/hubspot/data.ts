/** A small HubSpot account: one contact with a company, two deals and two tickets, and their pipelines. */
export const hubspotData = () => ({
  contacts: {
    '501': {
      email: 'anna@example.com',
      firstname: 'Anna',
      lastname: 'Berger',
      company: 'Berger GmbH',
      phone: '+49301234567',
      mobilephone: null,
      lifecyclestage: 'customer',
      hs_lead_status: null,
      customer_number: 'cus_77',
    },
  } as Record<string, Record<string, string | null>>,
  companies: {
    '301': {
      name: 'Berger GmbH',
      domain: 'berger.example',
      industry: 'MACHINERY',
      numberofemployees: '240',
    },
  } as Record<string, Record<string, string | null>>,
  deals: {
    '9001': {
      dealname: 'Annual renewal',
      amount: '18500',
      dealstage: 'closedwon',
      pipeline: 'default',
      closedate: '2026-01-15T00:00:00Z',
    },
    '9002': {
      dealname: 'Seat expansion',
      amount: '4200',
      dealstage: 'contractsent',
      pipeline: 'default',
      closedate: null,
    },
  } as Record<string, Record<string, string | null>>,
  tickets: {
    '7001': {
      subject: 'Invoice charged twice',
      content: null,
      hs_pipeline: '0',
      hs_pipeline_stage: '1',
      hs_ticket_priority: 'HIGH',
      createdate: '2026-11-18T09:00:00Z',
    },
    '6990': {
      subject: 'Password reset',
      content: 'Could not log in',
      hs_pipeline: '0',
      hs_pipeline_stage: '4',
      hs_ticket_priority: 'LOW',
      createdate: '2026-03-02T09:00:00Z',
    },
  } as Record<string, Record<string, string | null>>,
  associations: {
    deals: { '501': ['9001', '9002'] },
    tickets: { '501': ['6990', '7001'] },
    companies: { '501': ['301'] },
  } as Record<string, Record<string, string[]>>,
  // Shapes of GET /crm/pipelines/…/{objectType}: deals carry isClosed and probability, tickets ticketState.
  pipelines: {
    deals: [
      {
        id: 'default',
        label: 'Sales Pipeline',
        stages: [
          [
            'appointmentscheduled',
            'Appointment scheduled',
            { isClosed: 'false', probability: '0.2' },
          ],
          ['contractsent', 'Contract sent', { isClosed: 'false', probability: '0.9' }],
          ['closedwon', 'Closed won', { isClosed: 'true', probability: '1.0' }],
          ['closedlost', 'Closed lost', { isClosed: 'true', probability: '0.0' }],
        ],
      },
    ],
    tickets: [
      {
        id: '0',
        label: 'Support Pipeline',
        stages: [
          ['1', 'New', { ticketState: 'OPEN', isClosed: 'false' }],
          ['2', 'Waiting on contact', { ticketState: 'OPEN', isClosed: 'false' }],
          ['3', 'Waiting on us', { ticketState: 'OPEN', isClosed: 'false' }],
          ['4', 'Closed', { ticketState: 'CLOSED', isClosed: 'true' }],
        ],
      },
    ],
  } as Record<
    string,
    Array<{ id: string; label: string; stages: Array<[string, string, Record<string, string>]> }>
  >,
});

export type HubSpotData = ReturnType<typeof hubspotData>;
