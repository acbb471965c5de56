import type {
  IDataObject,
  IExecuteFunctions,
  INodeCredentialDescription,
  INodeExecutionData,
  INodeProperties,
} from 'n8n-workflow';
import { Context, Customer, validate } from '../../../core';
import { mapItems } from '../../shared/items';
import { parseJsonField } from '../../shared/input/read-input';

export const credentials: INodeCredentialDescription[] = [];

const fromFields = { show: { source: ['fields'] } };

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
    ],
    default: 'fields',
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

const isObject = (value: unknown): value is IDataObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checked<T>(what: string, result: ReturnType<typeof validate>): T {
  if (!result.ok) {
    const detail = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new Error(`${what} does not match the Handoff contract: ${detail}`);
  }
  return result.value as T;
}

/** Merges new CRM data over what the item already holds: objects field by field, lists replaced. */
export function mergeContext(existing: unknown, added: IDataObject): IDataObject {
  const base = isObject(existing) ? existing : {};
  const account = isObject(added.account) && Object.keys(added.account).length > 0;
  return {
    ...base,
    ...(account
      ? {
          account: {
            ...(isObject(base.account) ? base.account : {}),
            ...(added.account as IDataObject),
          },
        }
      : {}),
    ...(Array.isArray(added.orders) && added.orders.length ? { orders: added.orders } : {}),
    ...(Array.isArray(added.tickets) && added.tickets.length ? { tickets: added.tickets } : {}),
    ...(Array.isArray(added.notes) && added.notes.length
      ? { notes: [...(Array.isArray(base.notes) ? base.notes : []), ...added.notes] }
      : {}),
  };
}

function mappedContext(ctx: IExecuteFunctions, itemIndex: number) {
  const field = (name: string, label: string) =>
    parseJsonField(label, ctx.getNodeParameter(name, itemIndex, undefined));
  const context = {
    account: field('account', 'Account'),
    orders: field('orders', 'Orders'),
    tickets: field('tickets', 'Tickets'),
  };
  for (const key of Object.keys(context) as Array<keyof typeof context>) {
    if (context[key] === undefined || context[key] === null) delete context[key];
  }
  return {
    context: checked<IDataObject>('The mapped context', validate(Context, context)),
    customer: checked<IDataObject>(
      'The mapped customer fields',
      validate(Customer, field('customerFields', 'Customer Fields') ?? {}),
    ),
  };
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
  return await mapItems(this, 1, async (item, itemIndex) => {
    const { context, customer } = mappedContext(this, itemIndex);
    const json = item.json;
    return {
      json: {
        ...json,
        customer: { ...(isObject(json.customer) ? json.customer : {}), ...customer },
        context: mergeContext(json.context, context),
      },
      output: 0,
    };
  });
}
