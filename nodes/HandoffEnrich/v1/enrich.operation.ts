import type {
  IExecuteFunctions,
  INodeCredentialDescription,
  INodeExecutionData,
  INodeProperties,
} from 'n8n-workflow';
import { inputProperties, onlyWhen } from '../../shared/descriptions';
import { mapItems } from '../../shared/items';
import { enrichFromCrm, httpCrmCredential, hubSpotCredential } from './crm';
import { hubSpotProperties } from './hubspot.description';
import { enrichFromFields } from './mapped';

export const credentials: INodeCredentialDescription[] = [
  {
    name: hubSpotCredential,
    required: true,
    // Checks every scope the node uses, which one test request cannot (see credential-test.ts).
    testedBy: 'handoffHubSpotScopes',
    displayOptions: { show: { source: ['hubspot'] } },
  },
  { name: httpCrmCredential, required: true, displayOptions: { show: { source: ['httpCrm'] } } },
];

const fromFields = { show: { source: ['fields'] } };
const fromCrm = { source: ['hubspot', 'httpCrm'] };

export const properties: INodeProperties[] = [
  {
    displayName: 'Source',
    name: 'source',
    type: 'options',
    noDataExpression: true,
    options: [
      {
        name: 'Fields From Earlier Nodes',
        value: 'fields',
        description:
          "Map what n8n's own HubSpot, Salesforce or Zendesk nodes fetched into the conversation's context",
      },
      {
        name: 'HubSpot',
        value: 'hubspot',
        description:
          'Look the customer up by email, phone or HubSpot ID: contact, company, deals and tickets',
      },
      {
        name: 'HTTP CRM',
        value: 'httpCrm',
        description: 'Any HTTP/JSON CRM, with URL templates and field mappings',
      },
    ],
    default: 'fields',
  },
  ...onlyWhen(inputProperties, fromCrm),
  {
    displayName: 'Customer Email',
    name: 'customerEmail',
    type: 'string',
    default: '',
    placeholder: 'e.g. {{ $json.metadata?.email }}',
    description: "The email to look up; empty uses the conversation's customer.email",
    displayOptions: { show: fromCrm },
  },
  ...hubSpotProperties,
  {
    displayName: 'CRM Endpoints',
    name: 'crmEndpoints',
    type: 'json',
    default:
      '{\n  "account": { "url": "/customers?email={customer.email}", "root": "data.0" },\n  "orders": { "url": "/orders?email={customer.email}", "root": "data" },\n  "tickets": { "url": "/tickets?email={customer.email}", "root": "data" }\n}',
    description:
      'For each of account, orders and tickets: a URL or a path under the base URL with {placeholders} from the conversation, the dot path of the record or list in the answer ("root"), and optional "fields" mappings',
    displayOptions: { show: { source: ['httpCrm'] } },
  },
  {
    displayName: 'Timeout (Seconds)',
    name: 'timeoutSeconds',
    type: 'number',
    typeOptions: { minValue: 1 },
    default: 10,
    description: 'Per CRM request; failed requests are retried twice with backoff',
    displayOptions: { show: fromCrm },
  },
  {
    displayName: 'Fail When the CRM Is Down',
    name: 'failWhenCrmDown',
    type: 'boolean',
    default: false,
    description:
      'Whether to stop with an error when the CRM cannot be reached. Off: the conversation goes on with a note in context.notes, so a handoff never waits on the CRM.',
    displayOptions: { show: fromCrm },
  },
  {
    displayName: 'Account',
    name: 'account',
    type: 'json',
    default: '{}',
    description: 'Account info, such as plan, company, owner and health',
    displayOptions: fromFields,
  },
  {
    displayName: 'Orders',
    name: 'orders',
    type: 'json',
    default: '[]',
    description: 'Order history, newest first',
    displayOptions: fromFields,
  },
  {
    displayName: 'Tickets',
    name: 'tickets',
    type: 'json',
    default: '[]',
    description: 'Previous support tickets',
    displayOptions: fromFields,
  },
  {
    displayName: 'Customer Fields',
    name: 'customerFields',
    type: 'json',
    default: '{}',
    description:
      'Fields merged into the customer (tier, segment, lifetimeValue, language...), for example the tier your CRM holds',
    displayOptions: fromFields,
  },
];

/** Adds CRM context to every item, from the chosen source. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
  const now = new Date().toISOString();
  return await mapItems(this, 1, async (item, itemIndex) => {
    const source = this.getNodeParameter('source', itemIndex) as string;
    const json =
      source === 'fields'
        ? enrichFromFields(this, item.json, itemIndex)
        : await enrichFromCrm(this, item.json, itemIndex, now);
    return { json, output: 0 };
  });
}
