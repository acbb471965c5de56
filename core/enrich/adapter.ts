import type { Context, HandoffInput } from '../contract';
import type { JsonClient } from '../http';

/** What a CRM adapter found: context to merge and notes for the agent. */
export interface CrmResult {
  context: Context;
  notes: string[];
}

/**
 * A CRM behind one interface: `key` names the lookup for the cache (null: nothing to
 * look up), `fetch` reads account, orders and tickets through the given JSON client.
 */
export interface CrmAdapter {
  name: string;
  key(input: HandoffInput): string | null;
  fetch(input: HandoffInput, client: JsonClient): Promise<CrmResult>;
}
