import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Context, Customer, validate } from '../../../core';
import { parseJsonField } from '../../shared/input/read-input';

const isObject = (value: unknown): value is IDataObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checked(what: string, result: ReturnType<typeof validate>): IDataObject {
  if (!result.ok) {
    const detail = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new Error(`${what} does not match the Handoff contract: ${detail}`);
  }
  return result.value as IDataObject;
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
  };
}

/**
 * Enriches from fields that earlier nodes fetched (n8n's HubSpot, Salesforce, Zendesk
 * nodes...), mapped with expressions: the item keeps its fields and gains `context`
 * and the mapped `customer` fields, both checked against the contract.
 */
export function enrichFromFields(
  ctx: IExecuteFunctions,
  json: IDataObject,
  itemIndex: number,
): IDataObject {
  const field = (name: string, label: string) =>
    parseJsonField(label, ctx.getNodeParameter(name, itemIndex, undefined));
  const mapped: IDataObject = {
    account: field('account', 'Account') as IDataObject,
    orders: field('orders', 'Orders') as IDataObject[],
    tickets: field('tickets', 'Tickets') as IDataObject[],
  };
  for (const key of Object.keys(mapped)) {
    if (mapped[key] === undefined || mapped[key] === null) delete mapped[key];
  }
  const context = checked('The mapped context', validate(Context, mapped));
  const customer = checked(
    'The mapped customer fields',
    validate(Customer, field('customerFields', 'Customer Fields') ?? {}),
  );
  return {
    ...json,
    customer: { ...(isObject(json.customer) ? json.customer : {}), ...customer },
    context: mergeContext(json.context, context),
  };
}
