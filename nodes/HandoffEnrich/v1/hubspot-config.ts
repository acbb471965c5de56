import type { IDataObject } from 'n8n-workflow';
import type { HubSpotConfig, HubSpotPart, LookupKey } from '../../../core';

const list = (value: unknown): string[] | undefined => {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
};

/**
 * The HubSpot adapter's options from the node's "HubSpot Options" collection; empty fields
 * keep the adapter's defaults, and core names any bad value (a property name with a space,
 * an unknown lookup key) when the adapter is created.
 *
 * @example
 * hubSpotOptions({ lookup: 'phone, email', ticketProperties: 'subject, customer_tier' })
 * // { lookup: ['phone', 'email'], ticketProperties: ['subject', 'customer_tier'] }
 */
export const hubSpotOptions = (options: IDataObject): Partial<HubSpotConfig> => {
  const out: Partial<HubSpotConfig> = {};
  const lookup = list(options.lookup);
  if (lookup) out.lookup = lookup as LookupKey[];
  for (const field of [
    'contactProperties',
    'dealProperties',
    'ticketProperties',
    'companyProperties',
  ] as const) {
    const names = list(options[field]);
    if (names) out[field] = names;
  }
  if (Array.isArray(options.parts)) out.parts = options.parts as HubSpotPart[];
  if (typeof options.apiVersion === 'string')
    out.apiVersion = options.apiVersion as HubSpotConfig['apiVersion'];
  if (typeof options.defaultCountry === 'string' && options.defaultCountry.trim())
    out.defaultCountry = options.defaultCountry.trim();
  if (typeof options.idProperty === 'string' && options.idProperty.trim())
    out.idProperty = options.idProperty.trim();
  if (typeof options.maxRecords === 'number') out.limit = options.maxRecords;
  return out;
};
