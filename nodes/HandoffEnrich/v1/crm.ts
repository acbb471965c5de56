import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import {
  createHttpCrm,
  createHubSpotCrm,
  runEnrichFromCrm,
  type CrmAdapter,
  type HandoffInput,
  type HttpCrmConfig,
  type HttpCrmEndpoint,
} from '../../../core';
import { parseJsonField } from '../../shared/input/read-input';
import { itemInput, withContractFields } from '../../shared/input/params';
import { n8nTransport } from '../../shared/transport';
import { hubSpotOptions } from './hubspot-config';

export const hubSpotCredential = 'handoffHubSpotApi';
export const httpCrmCredential = 'handoffCrmApi';

const joinUrl = (base: string, url: string) =>
  /^https?:\/\//.test(url) ? url : `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;

async function hubSpotAdapter(
  ctx: IExecuteFunctions,
  itemIndex: number,
  byContactId: boolean,
): Promise<CrmAdapter> {
  const credentials = await ctx.getCredentials(hubSpotCredential, itemIndex);
  const options = ctx.getNodeParameter('hubSpotOptions', itemIndex, {}) as IDataObject;
  return createHubSpotCrm({
    // The adapter's own Authorization header is dropped by n8nTransport: n8n's credential
    // authenticates each request; the token also keys the per-token rate limiter and caches.
    accessToken: String(credentials.accessToken ?? ''),
    baseUrl: String(credentials.baseUrl || 'https://api.hubapi.com').replace(/\/+$/, ''),
    ...hubSpotOptions(options),
    ...(byContactId ? { idPath: 'customer.attributes.hubspotContactId' } : {}),
  });
}

/** The lookup values the node's fields give, written into the customer the adapter reads. */
function withLookupFields(ctx: IExecuteFunctions, input: HandoffInput, itemIndex: number) {
  const field = (name: string) => String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
  const email = field('customerEmail');
  const phone = field('customerPhone');
  const contactId = field('hubSpotContactId');
  const attributes = {
    ...input.customer?.attributes,
    ...(phone ? { phone } : {}),
    ...(contactId ? { hubspotContactId: contactId } : {}),
  };
  const customer = {
    ...input.customer,
    ...(email ? { email } : {}),
    ...(phone || contactId ? { attributes } : {}),
  };
  return { input: { ...input, customer }, byContactId: contactId !== '' };
}

async function httpCrmAdapter(ctx: IExecuteFunctions, itemIndex: number): Promise<CrmAdapter> {
  const credentials = await ctx.getCredentials(httpCrmCredential, itemIndex);
  const base = String(credentials.baseUrl ?? '');
  const endpoints = parseJsonField(
    'CRM Endpoints',
    ctx.getNodeParameter('crmEndpoints', itemIndex, '{}'),
  ) as IDataObject | undefined;
  if (typeof endpoints !== 'object' || endpoints === null || Array.isArray(endpoints)) {
    throw new Error('CRM Endpoints must be an object with account, orders and/or tickets');
  }
  const config: HttpCrmConfig = { name: 'http-crm' };
  for (const kind of ['account', 'orders', 'tickets'] as const) {
    const endpoint = endpoints[kind] as HttpCrmEndpoint | undefined;
    if (!endpoint) continue;
    if (typeof endpoint.url !== 'string') {
      throw new Error(`CRM Endpoints: ${kind}.url must be a URL or a path under the base URL`);
    }
    config[kind] = { ...endpoint, url: joinUrl(base, endpoint.url) };
  }
  return createHttpCrm(config);
}

/**
 * Enriches the item's conversation from HubSpot or an HTTP CRM through core's adapters,
 * with n8n doing the HTTP. A CRM that is down does not stop the flow unless asked: the
 * item goes on with a note in `context.notes`, as core's `enrich` reports it.
 */
export async function enrichFromCrm(
  ctx: IExecuteFunctions,
  json: IDataObject,
  itemIndex: number,
  now: string,
): Promise<IDataObject> {
  const source = ctx.getNodeParameter('source', itemIndex) as string;
  const hubSpot = source === 'hubspot';
  const { input: lookup, byContactId } = withLookupFields(
    ctx,
    itemInput(ctx, json, itemIndex, now),
    itemIndex,
  );
  const adapter = hubSpot
    ? await hubSpotAdapter(ctx, itemIndex, byContactId)
    : await httpCrmAdapter(ctx, itemIndex);
  const budget = hubSpot
    ? ((ctx.getNodeParameter('hubSpotOptions', itemIndex, {}) as IDataObject).budgetSeconds as
        number | undefined)
    : undefined;
  const result = await runEnrichFromCrm(lookup, {
    adapter,
    transport: n8nTransport(ctx, hubSpot ? hubSpotCredential : httpCrmCredential),
    sleep,
    now: Date.now,
    timeoutMs: (ctx.getNodeParameter('timeoutSeconds', itemIndex, 10) as number) * 1000,
    ...(hubSpot ? { budgetMs: (budget ?? 10) * 1000 } : {}),
  });
  if (!result.ok && ctx.getNodeParameter('failWhenCrmDown', itemIndex, false) === true) {
    throw new Error(result.notes.join('; '));
  }
  return {
    ...withContractFields(json, result.input),
    enrichment: { source, ok: result.ok, notes: result.notes, unavailable: result.unavailable },
  };
}
