/** `2026-09`: HubSpot's date-versioned API, with v3/v4 as the fallback where it answers 404; `v3`: v3/v4 only. */
export type HubSpotApiVersion = '2026-09' | 'v3';
export const hubSpotApiVersions: readonly HubSpotApiVersion[] = ['2026-09', 'v3'];

/** One HubSpot endpoint in both its date-versioned and its legacy spelling. */
export interface Endpoint {
  /** For messages and for remembering which dated endpoints an account lacks. */
  what: string;
  method: 'GET' | 'POST';
  dated: string;
  legacy: string;
  /** Search endpoints have their own, lower rate limit. */
  search?: boolean;
}

type ObjectType = 'contacts' | 'deals' | 'tickets' | 'companies';

/**
 * The endpoints the adapter uses, from HubSpot's published OpenAPI files
 * (CRM objects, associations and pipelines, `2026-09` and `v3`/`v4`).
 *
 * @example
 * endpoints.search('contacts').dated // '/crm/objects/2026-09/contacts/search'
 */
export const endpoints = {
  search: (type: ObjectType): Endpoint => ({
    what: `${type} search`,
    method: 'POST',
    dated: `/crm/objects/2026-09/${type}/search`,
    legacy: `/crm/v3/objects/${type}/search`,
    search: true,
  }),
  batchRead: (type: ObjectType): Endpoint => ({
    what: `${type} batch read`,
    method: 'POST',
    dated: `/crm/objects/2026-09/${type}/batch/read`,
    legacy: `/crm/v3/objects/${type}/batch/read`,
  }),
  associations: (from: ObjectType, to: ObjectType): Endpoint => ({
    what: `${from} to ${to} associations`,
    method: 'POST',
    dated: `/crm/associations/2026-09/${from}/${to}/batch/read`,
    legacy: `/crm/v4/associations/${from}/${to}/batch/read`,
  }),
  pipelines: (type: 'deals' | 'tickets'): Endpoint => ({
    what: `${type} pipelines`,
    method: 'GET',
    dated: `/crm/pipelines/2026-09/${type}`,
    legacy: `/crm/v3/pipelines/${type}`,
  }),
  list: (type: ObjectType): Endpoint => ({
    what: `${type} list`,
    method: 'GET',
    dated: `/crm/objects/2026-09/${type}?limit=1`,
    legacy: `/crm/v3/objects/${type}?limit=1`,
  }),
};
