import type { HandoffInput } from '../../contract';
import { getPath } from '../path';
import { toE164 } from '../phone';
import { hubSpotCall, type HubSpotCallContext } from './call';
import type { HubSpotConfig, LookupKey } from './config';
import { endpoints } from './paths';
import { batchRead, objectsOf, type HubSpotObject } from './records';

/** A lookup value the input holds, ready to search with. */
export interface LookupValue {
  key: LookupKey;
  value: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;

/**
 * The lookup values the input holds, in the configured order, with the reason for each one
 * that cannot be used (a phone number without a country code, an id that is not HubSpot's).
 *
 * @example
 * lookupValues(input, config) // { values: [{ key: 'email', value: 'anna@example.com' }], skipped: [] }
 */
export const lookupValues = (input: HandoffInput, config: HubSpotConfig) => {
  const values: LookupValue[] = [];
  const skipped: string[] = [];
  for (const key of config.lookup ?? ['email', 'phone', 'id']) {
    if (key === 'email') {
      const email = text(getPath(input, config.emailPath ?? 'customer.email'));
      if (email) values.push({ key, value: email.toLowerCase() });
    } else if (key === 'phone') {
      const raw = text(getPath(input, config.phonePath ?? 'customer.attributes.phone'));
      if (!raw) continue;
      const phone = toE164(raw, {
        defaultCountry: config.defaultCountry,
        international: input.conversation.channel === 'whatsapp',
      });
      if (phone.ok) values.push({ key, value: phone.e164 });
      else skipped.push(`phone ${phone.why}`);
    } else {
      const id = text(getPath(input, config.idPath ?? 'customer.id'));
      if (!id) continue;
      // HubSpot record ids are digits; anything else is some other system's id, unless a property holds it.
      if (config.idProperty || /^\d+$/.test(id)) values.push({ key, value: id });
      else
        skipped.push(
          `id "${id}" is not a HubSpot record id (set idProperty to look it up by a property)`,
        );
    }
  }
  return { values, skipped };
};

const phoneProperties = ['phone', 'mobilephone'];

const search = async (ctx: HubSpotCallContext, filterGroups: unknown[], properties: string[]) => {
  const answer = await hubSpotCall(ctx, endpoints.search('contacts'), {
    filterGroups,
    properties,
    limit: 2,
  });
  const total = Number((answer as { total?: unknown } | null)?.total);
  return { found: objectsOf(answer, 'contact search'), total };
};

/**
 * Finds the contact by one lookup value: email and phone through the search API (phones
 * as E.164, the form HubSpot's phone validation stores, in `phone` or `mobilephone`), an
 * id through a batch read (by record id, or by `idProperty`). Says how many matched.
 */
export const findBy = async (
  ctx: HubSpotCallContext,
  lookup: LookupValue,
  config: HubSpotConfig,
  properties: string[],
): Promise<{ contact?: HubSpotObject; total: number }> => {
  if (lookup.key === 'id') {
    const { records } = await batchRead(
      ctx,
      'contacts',
      [lookup.value],
      properties,
      config.idProperty,
    );
    return { contact: records[0], total: records.length };
  }
  const filterGroups =
    lookup.key === 'email'
      ? [{ filters: [{ propertyName: 'email', operator: 'EQ', value: lookup.value }] }]
      : phoneProperties.map((propertyName) => ({
          filters: [{ propertyName, operator: 'EQ', value: lookup.value }],
        }));
  const { found, total } = await search(ctx, filterGroups, properties);
  return { contact: found[0], total: Number.isFinite(total) ? total : found.length };
};
