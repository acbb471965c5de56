import { hubSpotApiVersions, type HubSpotApiVersion } from './paths';
import type { HubSpotLimits } from './shared';

/** Ways to find the contact, tried in the configured order until one finds it. */
export type LookupKey = 'email' | 'phone' | 'id';
/** Parts of the context read after the contact; each can fail alone. */
export type HubSpotPart = 'deals' | 'tickets' | 'companies';

export interface HubSpotConfig extends HubSpotLimits {
  /** A service key, a project app's static token or a legacy private app token (Bearer). */
  accessToken: string;
  /** Default `https://api.hubapi.com`; a test points it at a local server. */
  baseUrl?: string;
  /** `2026-09` (default): date-versioned endpoints, v3/v4 where they answer 404; `v3`: v3/v4 only. */
  apiVersion?: HubSpotApiVersion;
  /** Default email, phone, id. */
  lookup?: LookupKey[];
  /** Dot paths into the input (defaults `customer.email`, `customer.attributes.phone`, `customer.id`). */
  emailPath?: string;
  phonePath?: string;
  idPath?: string;
  /** A unique contact property that holds the id (default: the HubSpot record id, digits only). */
  idProperty?: string;
  /** ISO 3166 country for phone numbers written without a country code, e.g. `DE`. */
  defaultCountry?: string;
  /** Parts read after the contact (default deals, tickets, companies). */
  parts?: HubSpotPart[];
  contactProperties?: string[];
  dealProperties?: string[];
  ticketProperties?: string[];
  companyProperties?: string[];
  /** At most this many deals and tickets, newest first (default 10, at most 100). */
  limit?: number;
  /** How long pipeline and stage labels are kept per token (default 10 minutes). */
  pipelineCacheMs?: number;
}

/** The properties read when a configuration names none: the same as before they were configurable. */
export const hubSpotDefaults = {
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
  companyProperties: ['name', 'domain', 'industry', 'numberofemployees', 'annualrevenue'],
  lookup: ['email', 'phone', 'id'] as LookupKey[],
  parts: ['deals', 'tickets', 'companies'] as HubSpotPart[],
};

const propertyName = /^[A-Za-z0-9_]{1,100}$/;

/**
 * Every problem of a HubSpot configuration, each naming its field; empty when it is usable.
 *
 * @example
 * hubSpotConfigIssues({ accessToken: 't', lookup: ['fax'] }) // ['lookup[0]: "fax" is not one of email, phone, id']
 */
export const hubSpotConfigIssues = (config: HubSpotConfig): string[] => {
  const issues: string[] = [];
  if (!config.accessToken) issues.push('accessToken: an access token is required');
  if (config.apiVersion !== undefined && !hubSpotApiVersions.includes(config.apiVersion))
    issues.push(
      `apiVersion: "${String(config.apiVersion)}" is not one of ${hubSpotApiVersions.join(', ')}`,
    );
  const oneOf = (field: string, values: unknown, allowed: readonly string[]) => {
    if (values === undefined) return;
    if (!Array.isArray(values) || values.length === 0) {
      issues.push(`${field}: must be a non-empty list`);
      return;
    }
    values.forEach((v, i) => {
      if (!allowed.includes(v as string))
        issues.push(`${field}[${i}]: "${String(v)}" is not one of ${allowed.join(', ')}`);
    });
  };
  oneOf('lookup', config.lookup, ['email', 'phone', 'id']);
  oneOf('parts', config.parts, ['deals', 'tickets', 'companies']);
  for (const field of [
    'contactProperties',
    'dealProperties',
    'ticketProperties',
    'companyProperties',
  ] as const) {
    const list = config[field];
    if (list === undefined) continue;
    if (!Array.isArray(list)) issues.push(`${field}: must be a list of property names`);
    else
      list.forEach((p, i) => {
        if (typeof p !== 'string' || !propertyName.test(p))
          issues.push(
            `${field}[${i}]: "${String(p)}" is not a HubSpot property name (letters, digits, _)`,
          );
      });
  }
  if (config.idProperty !== undefined && !propertyName.test(config.idProperty))
    issues.push(`idProperty: "${config.idProperty}" is not a HubSpot property name`);
  if (config.defaultCountry !== undefined && !/^[A-Za-z]{2}$/.test(config.defaultCountry))
    issues.push(`defaultCountry: "${config.defaultCountry}" is not a two-letter country code`);
  if (
    config.limit !== undefined &&
    !(Number.isInteger(config.limit) && config.limit >= 1 && config.limit <= 100)
  )
    issues.push(`limit: must be a whole number from 1 to 100, got ${String(config.limit)}`);
  for (const field of ['requestsPerSecond', 'searchesPerSecond', 'pipelineCacheMs'] as const) {
    const value = config[field];
    if (value !== undefined && !(typeof value === 'number' && value > 0))
      issues.push(`${field}: must be above 0`);
  }
  return issues;
};
