import type { INodeProperties } from 'n8n-workflow';

const fromHubSpot = { show: { source: ['hubspot'] } };

/**
 * The Enrich node's HubSpot fields: lookup values beside the email, and the options of the
 * HubSpot adapter (lookup order, properties per object, parts, API version, time budget).
 * Empty options keep the adapter's defaults.
 */
export const hubSpotProperties: INodeProperties[] = [
  {
    displayName: 'Customer Phone',
    name: 'customerPhone',
    type: 'string',
    default: '',
    placeholder: 'e.g. {{ $json.from }}',
    description:
      'A phone number to look the contact up by (WhatsApp, SMS, voice); empty uses customer.attributes.phone. Written without a country code, it needs Default Country.',
    displayOptions: fromHubSpot,
  },
  {
    displayName: 'HubSpot Contact ID',
    name: 'hubSpotContactId',
    type: 'string',
    default: '',
    placeholder: 'e.g. {{ $json.metadata?.hubspotContactId }}',
    description:
      'The HubSpot record ID of the contact (or the value of ID Property); empty uses customer.ID when it is a HubSpot ID',
    displayOptions: fromHubSpot,
  },
  {
    displayName: 'HubSpot Options',
    name: 'hubSpotOptions',
    type: 'collection',
    placeholder: 'Add Option',
    default: {},
    displayOptions: fromHubSpot,
    options: [
      {
        displayName: 'API Version',
        name: 'apiVersion',
        type: 'options',
        options: [
          {
            name: '2026-09 (Falls Back to V3/v4)',
            value: '2026-09',
            description:
              'HubSpot’s date-versioned API; where an account answers 404, the v3/v4 endpoints',
          },
          {
            name: 'V3/v4 Only',
            value: 'v3',
            description: 'The legacy endpoints (supported until 2027)',
          },
        ],
        default: '2026-09',
      },
      {
        displayName: 'Company Properties',
        name: 'companyProperties',
        type: 'string',
        default: '',
        placeholder: 'name, domain, industry, annualrevenue',
        description: 'Comma-separated internal names; empty reads the defaults',
      },
      {
        displayName: 'Contact Properties',
        name: 'contactProperties',
        type: 'string',
        default: '',
        placeholder: 'email, firstname, lastname, company, customer_tier',
        description:
          'Comma-separated internal names, custom properties included; empty reads the defaults',
      },
      {
        displayName: 'Deal Properties',
        name: 'dealProperties',
        type: 'string',
        default: '',
        placeholder: 'dealname, amount, dealstage, pipeline, closedate',
        description: 'Comma-separated internal names; empty reads the defaults',
      },
      {
        displayName: 'Default Country',
        name: 'defaultCountry',
        type: 'string',
        default: '',
        placeholder: 'DE',
        description: 'Two-letter country code for phone numbers written without a country code',
      },
      {
        displayName: 'ID Property',
        name: 'idProperty',
        type: 'string',
        default: '',
        placeholder: 'customer_number',
        description:
          'A unique contact property that holds your own customer ID; empty means HubSpot record IDs',
      },
      {
        displayName: 'Lookup Order',
        name: 'lookup',
        type: 'string',
        default: 'email, phone, id',
        description: 'Which customer details to search by, in order, until one finds the contact',
      },
      {
        displayName: 'Max Deals and Tickets',
        name: 'maxRecords',
        type: 'number',
        typeOptions: { minValue: 1, maxValue: 100 },
        default: 10,
        description: 'Max number of deals and of tickets to read, newest first',
      },
      {
        displayName: 'Parts',
        name: 'parts',
        type: 'multiOptions',
        options: [
          { name: 'Company', value: 'companies' },
          { name: 'Deals', value: 'deals' },
          { name: 'Tickets', value: 'tickets' },
        ],
        default: ['deals', 'tickets', 'companies'],
        description: 'What to read after the contact; each part that fails leaves the others',
      },
      {
        displayName: 'Ticket Properties',
        name: 'ticketProperties',
        type: 'string',
        default: '',
        placeholder: 'subject, content, hs_pipeline_stage, hs_ticket_priority, createdate',
        description: 'Comma-separated internal names; empty reads the defaults',
      },
      {
        displayName: 'Time Budget (Seconds)',
        name: 'budgetSeconds',
        type: 'number',
        typeOptions: { minValue: 1 },
        default: 10,
        description:
          'The most the whole lookup may take, rate-limit waits included; past it the conversation goes on with what arrived and a note',
      },
    ],
  },
];
