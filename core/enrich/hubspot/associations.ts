import { hubSpotCall, type HubSpotCallContext } from './call';
import { endpoints } from './paths';

type ObjectType = 'contacts' | 'deals' | 'tickets' | 'companies';

interface AssociationPage {
  results?: Array<{
    to?: Array<{ toObjectId?: unknown; associationTypes?: Array<{ label?: unknown }> }>;
    paging?: { next?: { after?: string } };
  }>;
}

/**
 * Ids of the records associated with one record, following `paging.next.after` (HubSpot
 * pages associations; the cursor goes back beside the id). Newest first: HubSpot record
 * ids grow over time, so the largest ids are the latest records. At most `maxPages`
 * pages are read; `truncated` says when more were left.
 *
 * @example
 * const { ids } = await associatedIds(ctx, 'contacts', '501', 'tickets');
 */
export const associatedIds = async (
  ctx: HubSpotCallContext,
  from: ObjectType,
  fromId: string,
  to: ObjectType,
  maxPages = 5,
): Promise<{ ids: string[]; truncated: boolean; primary?: string }> => {
  const ids = new Set<string>();
  let primary: string | undefined;
  let after: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = (await hubSpotCall(ctx, endpoints.associations(from, to), {
      inputs: [{ id: fromId, ...(after ? { after } : {}) }],
    })) as AssociationPage | null;
    if (!Array.isArray(answer?.results))
      throw new Error(`HubSpot ${from} to ${to} associations: the answer has no "results" list`);
    after = undefined;
    for (const result of answer.results) {
      // v4 answers toObjectId as a number, 2026-09 as a string.
      for (const t of result.to ?? []) {
        if (t.toObjectId === undefined || t.toObjectId === null) continue;
        ids.add(String(t.toObjectId));
        // A contact's primary company carries the "Primary" association label.
        if (t.associationTypes?.some((a) => a.label === 'Primary'))
          primary ??= String(t.toObjectId);
      }
      after ??= result.paging?.next?.after;
    }
    if (!after) return { ids: newestFirst([...ids]), truncated: false, primary };
  }
  return { ids: newestFirst([...ids]), truncated: true, primary };
};

const newestFirst = (ids: string[]): string[] =>
  ids.sort((a, b) => (a.length !== b.length ? b.length - a.length : b < a ? -1 : b > a ? 1 : 0));
