import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Context, Customer, formatIssues, mergeContext, validate } from '../../../core';
import { parseJsonField } from '../../shared/input/read-input';

const isObject = (value: unknown): value is IDataObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checked(what: string, result: ReturnType<typeof validate>): IDataObject {
  if (!result.ok) {
    throw new Error(`${what} does not match the Handoff contract: ${formatIssues(result.issues)}`);
  }
  return result.value as IDataObject;
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
    // Core's one merge: the newest data (what was mapped now) wins.
    context: mergeContext(
      isObject(json.context) ? (json.context as Context) : undefined,
      context as Context,
    ) as IDataObject,
  };
}
