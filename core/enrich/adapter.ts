import type { Context, HandoffInput } from '../contract';
import type { HttpClient } from '../http';

/** What a CRM adapter found: context to merge and notes for the agent. */
export interface CrmResult {
  context: Context;
  notes: string[];
  /** Parts of the CRM that failed while the rest came back (`tickets`, `company`...). */
  unavailable?: string[];
  /** False when a part failed: a retry a moment later may find it, so nothing is cached. */
  cacheable?: boolean;
}

/**
 * A CRM behind one interface: `key` names the lookup for the cache (null: nothing to
 * look up), `fetch` reads account, orders and tickets through the given HTTP client
 * (JSON calls, or raw answers for adapters that read the API's own errors and limits).
 */
export interface CrmAdapter {
  name: string;
  key(input: HandoffInput): string | null;
  fetch(input: HandoffInput, client: HttpClient): Promise<CrmResult>;
}
