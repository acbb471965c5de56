import type { Context, HandoffInput } from '../contract';
import type { CrmAdapter } from './adapter';
import type { TtlCache } from './cache';
import { createJsonClient, type HttpClientOptions } from '../http';
import { mergeContext } from './merge';

export interface EnrichOptions extends HttpClientOptions {
  adapter: CrmAdapter;
  /**
   * The most the whole lookup may take, waits for rate limits included; past it the
   * input comes back with what arrived and a note (the chat is never held longer).
   */
  budgetMs?: number;
  /** Share one across calls to skip repeated lookups of the same customer. */
  cache?: TtlCache<Context>;
}

/** The outcome of enriching: the input with `context` filled, and how it went. */
export interface EnrichResult {
  input: HandoffInput;
  ok: boolean;
  cached: boolean;
  notes: string[];
  /** Parts the CRM could not give (the rest came back): `tickets`, `company`... */
  unavailable: string[];
}

// The CRM's answer is the newest data, so it wins (see mergeContext); the notes say how it went.
const withCrm = (own: Context | undefined, crm: Context, notes: string[]): Context =>
  mergeContext(own, { ...crm, notes: [...(crm.notes ?? []), ...notes] });

/**
 * Fills the input's `context` (account, orders, tickets) from a CRM, through the
 * injected transport with timeouts, retries and an optional TTL cache. When the CRM is
 * down or answers nonsense, the input still comes back, with a note in
 * `context.notes` saying the decision was made without CRM data. The CRM's answer is the
 * newest data and wins over what the input had (`mergeContext`).
 *
 * @example
 * const { input: enriched, notes } = await enrich(input, {
 *   adapter: createHubSpotCrm({ accessToken }), transport, sleep, now: Date.now, cache,
 * });
 */
export const enrich = async (
  input: HandoffInput,
  options: EnrichOptions,
): Promise<EnrichResult> => {
  const { adapter, cache } = options;
  const key = adapter.key(input);
  if (key === null) {
    const note = `${adapter.name}: nothing to look up (no customer email, phone or id)`;
    return {
      input: { ...input, context: withCrm(input.context, {}, [note]) },
      ok: true,
      cached: false,
      notes: [note],
      unavailable: [],
    };
  }
  const hit = cache?.get(key);
  if (hit)
    return {
      input: { ...input, context: withCrm(input.context, hit, []) },
      ok: true,
      cached: true,
      notes: hit.notes ?? [],
      unavailable: [],
    };
  try {
    const deadline =
      options.budgetMs === undefined
        ? options.deadline
        : Math.min(options.deadline ?? Infinity, options.now() + options.budgetMs);
    const result = await adapter.fetch(input, createJsonClient({ ...options, deadline }));
    const crm: Context = {
      ...result.context,
      ...(result.notes.length ? { notes: result.notes } : {}),
    };
    if (result.cacheable !== false) cache?.set(key, crm);
    return {
      input: { ...input, context: withCrm(input.context, crm, []) },
      ok: true,
      cached: false,
      notes: result.notes,
      unavailable: result.unavailable ?? [],
    };
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    const note = `CRM ${adapter.name} unavailable, decided without CRM data: ${cause}`;
    return {
      input: { ...input, context: withCrm(input.context, {}, [note]) },
      ok: false,
      cached: false,
      notes: [note],
      unavailable: [],
    };
  }
};
