import type { Context } from '../contract';

/**
 * The one way context is merged, wherever it comes from (a CRM, fields mapped in n8n):
 * **the newest data wins**. The account merges field by field with the newer value
 * winning; a newer non-empty list of orders or tickets replaces the older one (an empty
 * list adds nothing, so an unmapped field never wipes what was there); notes add up.
 *
 * @example
 * mergeContext({ account: { plan: 'pro', seats: 3 } }, { account: { plan: 'enterprise' } });
 * // { account: { plan: 'enterprise', seats: 3 } }
 */
export const mergeContext = (older: Context | undefined, newer: Context | undefined): Context => {
  const out: Context = { ...older, ...newer };
  if (older?.account || newer?.account) out.account = { ...older?.account, ...newer?.account };
  else delete out.account;
  for (const list of ['orders', 'tickets'] as const) {
    const fresh = newer?.[list];
    const kept = fresh && fresh.length > 0 ? fresh : older?.[list];
    if (kept) out[list] = kept;
    else delete out[list];
  }
  const notes = [...(older?.notes ?? []), ...(newer?.notes ?? [])];
  if (notes.length > 0) out.notes = notes;
  else delete out.notes;
  return out;
};
