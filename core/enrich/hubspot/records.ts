import { hubSpotCall, type HubSpotCallContext } from './call';
import { endpoints } from './paths';

/** A CRM record as HubSpot returns it (`SimplePublicObject`). */
export interface HubSpotObject {
  id: string;
  properties?: Record<string, unknown>;
}

type ObjectType = 'contacts' | 'deals' | 'tickets' | 'companies';

/** The records of an answer's `results`, or an error naming the endpoint. */
export const objectsOf = (answer: unknown, what: string): HubSpotObject[] => {
  const results = (answer as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) throw new Error(`HubSpot ${what}: the answer has no "results" list`);
  return results
    .filter(
      (r): r is HubSpotObject =>
        typeof (r as HubSpotObject)?.id === 'string' ||
        typeof (r as HubSpotObject)?.id === 'number',
    )
    .map((r) => ({ ...r, id: String(r.id) }));
};

/**
 * A record's properties without HubSpot's `null`s (properties the record has no value
 * for), its id first: an absent field reads as unknown, not as an empty value.
 *
 * @example
 * flatten({ id: '1', properties: { amount: null, dealname: 'Renewal' } }) // { id: '1', dealname: 'Renewal' }
 */
export const flatten = (o: HubSpotObject): Record<string, unknown> => {
  const out: Record<string, unknown> = { id: o.id };
  for (const [key, value] of Object.entries(o.properties ?? {}))
    if (value !== null && value !== undefined && key !== 'hs_object_id') out[key] = value;
  return out;
};

/** Errors of a 207 multi-status answer, as `CATEGORY (n)`. */
const batchErrors = (answer: unknown): string[] => {
  const errors = (
    answer as { errors?: Array<{ category?: string; context?: { ids?: string[] } }> } | null
  )?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map(
    (e) => `${e.category ?? 'error'}${e.context?.ids ? ` (${e.context.ids.length})` : ''}`,
  );
};

/**
 * `POST …/{type}/batch/read`: the records with the asked properties. A 207 multi-status
 * answer keeps the records it has and reports the others (deleted since they were
 * associated, say) in `problems`.
 *
 * @example
 * const { records } = await batchRead(ctx, 'tickets', ['7001'], ['subject']);
 */
export const batchRead = async (
  ctx: HubSpotCallContext,
  type: ObjectType,
  ids: string[],
  properties: string[],
  idProperty?: string,
): Promise<{ records: HubSpotObject[]; problems: string[] }> => {
  if (ids.length === 0) return { records: [], problems: [] };
  const answer = await hubSpotCall(ctx, endpoints.batchRead(type), {
    inputs: ids.map((id) => ({ id })),
    properties,
    propertiesWithHistory: [],
    ...(idProperty ? { idProperty } : {}),
  });
  return { records: objectsOf(answer, `${type} batch read`), problems: batchErrors(answer) };
};
