import type { Context } from '../contract';
import type { CrmAdapter } from './adapter';
import type { JsonClient } from '../http';

export interface HubSpotConfig {
  /** A private app access token (sent as a Bearer token). */
  accessToken: string;
  /** Default `https://api.hubapi.com`; a test points it at a local server. */
  baseUrl?: string;
  contactProperties?: string[];
  dealProperties?: string[];
  ticketProperties?: string[];
  /** At most this many deals and tickets (default 10). */
  limit?: number;
}

interface HubSpotObject {
  id: string;
  properties?: Record<string, unknown>;
}

const defaults = {
  contactProperties: [
    'email',
    'firstname',
    'lastname',
    'company',
    'phone',
    'lifecyclestage',
    'hs_lead_status',
  ],
  dealProperties: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate'],
  ticketProperties: ['subject', 'content', 'hs_pipeline_stage', 'hs_ticket_priority', 'createdate'],
};

const objectsOf = (answer: unknown, what: string): HubSpotObject[] => {
  const results = (answer as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) throw new Error(`HubSpot ${what}: the answer has no "results" list`);
  return results.filter((r): r is HubSpotObject => typeof (r as HubSpotObject)?.id === 'string');
};

/** POST /crm/v4/associations/contacts/{to}/batch/read: ids of records associated with a contact. */
const associatedIds = async (
  client: JsonClient,
  base: string,
  headers: Record<string, string>,
  contactId: string,
  to: 'deals' | 'tickets',
  limit: number,
): Promise<string[]> => {
  const answer = await client.json(
    'POST',
    `${base}/crm/v4/associations/contacts/${to}/batch/read`,
    { inputs: [{ id: contactId }] },
    headers,
  );
  const results = (answer as { results?: Array<{ to?: Array<{ toObjectId?: unknown }> }> } | null)
    ?.results;
  if (!Array.isArray(results))
    throw new Error(`HubSpot associations to ${to}: the answer has no "results" list`);
  const ids: string[] = [];
  for (const r of results)
    for (const t of r.to ?? []) if (t.toObjectId !== undefined) ids.push(String(t.toObjectId));
  return ids.slice(0, limit);
};

/** POST /crm/v3/objects/{type}/batch/read: the records with the asked properties. */
const batchRead = async (
  client: JsonClient,
  base: string,
  headers: Record<string, string>,
  type: 'deals' | 'tickets',
  ids: string[],
  properties: string[],
): Promise<Array<Record<string, unknown>>> => {
  if (ids.length === 0) return [];
  const answer = await client.json(
    'POST',
    `${base}/crm/v3/objects/${type}/batch/read`,
    { inputs: ids.map((id) => ({ id })), properties },
    headers,
  );
  return objectsOf(answer, `${type} batch read`).map((o) => ({ id: o.id, ...o.properties }));
};

/**
 * HubSpot through its public CRM v3 API: finds the contact by email
 * (`POST /crm/v3/objects/contacts/search`), reads its associated deals and tickets
 * (`POST /crm/v4/associations/contacts/{deals|tickets}/batch/read`) and then the records
 * (`POST /crm/v3/objects/{deals|tickets}/batch/read`). Deals become `context.orders`.
 *
 * @example
 * const crm = createHubSpotCrm({ accessToken: 'pat-…' });
 * await enrich(input, { adapter: crm, transport, sleep, now: Date.now });
 */
export const createHubSpotCrm = (config: HubSpotConfig): CrmAdapter => {
  if (!config.accessToken) throw new Error('HubSpot: an access token is required');
  const base = (config.baseUrl ?? 'https://api.hubapi.com').replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${config.accessToken}` };
  const limit = config.limit ?? 10;
  const contactProperties = config.contactProperties ?? defaults.contactProperties;
  const dealProperties = config.dealProperties ?? defaults.dealProperties;
  const ticketProperties = config.ticketProperties ?? defaults.ticketProperties;
  return {
    name: 'hubspot',
    key: (input) =>
      input.customer?.email ? `hubspot|${base}|${input.customer.email.toLowerCase()}` : null,
    async fetch(input, client) {
      const email = input.customer?.email;
      if (!email) return { context: {}, notes: ['HubSpot: no customer email, lookup skipped'] };
      const search = await client.json(
        'POST',
        `${base}/crm/v3/objects/contacts/search`,
        {
          filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: email }] }],
          properties: contactProperties,
          limit: 1,
        },
        headers,
      );
      const contact = objectsOf(search, 'contact search')[0];
      if (!contact) return { context: {}, notes: [`HubSpot: no contact with email ${email}`] };
      const [dealIds, ticketIds] = await Promise.all([
        associatedIds(client, base, headers, contact.id, 'deals', limit),
        associatedIds(client, base, headers, contact.id, 'tickets', limit),
      ]);
      const [orders, tickets] = await Promise.all([
        batchRead(client, base, headers, 'deals', dealIds, dealProperties),
        batchRead(client, base, headers, 'tickets', ticketIds, ticketProperties),
      ]);
      const context: Context = {
        account: { source: 'hubspot', contactId: contact.id, ...contact.properties },
        orders,
        tickets,
      };
      return { context, notes: [] };
    },
  };
};
