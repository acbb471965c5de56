import type {
  IDataObject,
  IExecuteFunctions,
  INodeCredentialDescription,
  INodeExecutionData,
  INodeProperties,
} from 'n8n-workflow';
import { readEarlierDecision, runRoute, type HandoffInput } from '../../../core';
import {
  handoffApiCredentialDescription,
  inputProperties,
  runOnProperty,
} from '../../shared/descriptions';
import { itemInput, withContractFields } from '../../shared/input/params';
import { parseJsonField } from '../../shared/input/read-input';
import { mapItems } from '../../shared/items';
import { serviceRulesetProperty } from '../../shared/ruleset';
import { callWithRuleset } from '../../shared/service';
import { queuesFromForm } from './routing-config';
import { routingProperties } from './routing.description';

export const credentials: INodeCredentialDescription[] = [handoffApiCredentialDescription];

const onLocal = { show: { runOn: ['local'] } };

export const properties: INodeProperties[] = [
  runOnProperty,
  ...inputProperties,
  serviceRulesetProperty,
  ...routingProperties,
  {
    displayName: 'Say the Bot Is an AI',
    name: 'disclose',
    type: 'boolean',
    default: true,
    description: "Whether the customer message starts with the bot's transparency line",
    displayOptions: onLocal,
  },
  {
    displayName: 'Message Overrides',
    name: 'messageOverrides',
    type: 'json',
    default: '{}',
    description:
      'Your own wording per language, such as {"de": {"customer": {"handoffNow": "..."}}}; the rest stays as shipped',
    displayOptions: onLocal,
  },
];

interface Routed {
  route: unknown;
  customerMessage: unknown;
  missingDetails?: unknown;
}

/** A JSON parameter, with an empty text, `{}` or `[]` meaning "not given". */
function jsonParameter(ctx: IExecuteFunctions, name: string, label: string, itemIndex: number) {
  const value = parseJsonField(label, ctx.getNodeParameter(name, itemIndex, ''));
  const empty =
    value === null ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
  return empty ? undefined : (value as never);
}

/** The routing table of the node's choice: core's default (undefined), the form, or JSON. */
function routingTable(ctx: IExecuteFunctions, itemIndex: number) {
  const source = ctx.getNodeParameter('routingTableSource', itemIndex, 'default') as string;
  if (source === 'form') {
    return queuesFromForm(
      ctx.getNodeParameter('queues', itemIndex, {}),
      ctx.getNodeParameter('defaultQueue', itemIndex, ''),
    );
  }
  if (source === 'json') return jsonParameter(ctx, 'routingTable', 'Routing Table', itemIndex);
  return undefined;
}

function routeLocally(
  ctx: IExecuteFunctions,
  itemIndex: number,
  input: HandoffInput,
  json: IDataObject,
): Routed {
  // Core checks the table, roster and overrides and names the bad path (roster[0].capacity).
  const { route, customerMessage, missingDetails } = runRoute(input, {
    decision: readEarlierDecision(json),
    routing: routingTable(ctx, itemIndex),
    roster: jsonParameter(ctx, 'roster', 'Roster', itemIndex),
    messages: jsonParameter(ctx, 'messageOverrides', 'Message Overrides', itemIndex),
    disclose: ctx.getNodeParameter('disclose', itemIndex, true) as boolean,
  });
  return { route, customerMessage, missingDetails };
}

async function routeOnService(
  ctx: IExecuteFunctions,
  itemIndex: number,
  input: HandoffInput,
): Promise<Routed> {
  const body = await callWithRuleset(ctx, itemIndex, '/v1/route', input);
  if (typeof body.route !== 'object' || body.route === null) {
    throw new Error('The rule service answered /v1/route without a "route"');
  }
  return {
    route: body.route,
    customerMessage: body.customerMessage,
    missingDetails: body.missingDetails,
  };
}

/** Adds `route`, `customerMessage` and `missingDetails` to every item. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
  const now = new Date().toISOString();
  return await mapItems(this, 1, async (item, itemIndex) => {
    const input = itemInput(this, item.json, itemIndex, now);
    const routed =
      this.getNodeParameter('runOn', itemIndex, 'local') === 'service'
        ? await routeOnService(this, itemIndex, input)
        : routeLocally(this, itemIndex, input, item.json);
    const json: IDataObject = { ...withContractFields(item.json, input) };
    for (const [key, value] of Object.entries(routed)) {
      if (value !== undefined) json[key] = value as IDataObject;
    }
    return { json, output: 0 };
  });
}
