import { createJsonClient, type Clock, type Sleep, type Transport } from '../../http';
import { hubSpotCall } from './call';
import type { HubSpotConfig, HubSpotPart } from './config';
import { HubSpotError, describeProblem, problemOf } from './errors';
import { endpoints } from './paths';
import { sharedFor } from './shared';

/** The read scope each object needs (HubSpot's OpenAPI files: contacts, deals, tickets, companies). */
export const hubSpotScopes = {
  contacts: 'crm.objects.contacts.read',
  deals: 'crm.objects.deals.read',
  tickets: 'tickets',
  companies: 'crm.objects.companies.read',
} as const;

/** What a token may read, as `checkHubSpotAccess` found it. */
export interface HubSpotAccess {
  ok: boolean;
  /** One line for people: what works, or what is missing and where to add it. */
  message: string;
  missing: Array<{ object: string; scopes: string[] }>;
}

/**
 * Checks every scope the adapter will use with one cheap read per object (`?limit=1`),
 * because a token's scopes can only be seen by using them: a service key, a project app's
 * static token and a legacy private app token all answer 403 `MISSING_SCOPES` naming the
 * scope. A refused token (401) or an unreachable HubSpot stops the check at once.
 *
 * @example
 * const access = await checkHubSpotAccess({ accessToken, parts: ['deals', 'tickets'] }, { transport, sleep, now: Date.now });
 * access.message // 'The token lacks tickets (for tickets): add it to the key in HubSpot'
 */
export const checkHubSpotAccess = async (
  config: Pick<HubSpotConfig, 'accessToken' | 'baseUrl' | 'apiVersion' | 'parts'>,
  io: { transport: Transport; sleep: Sleep; now: Clock },
): Promise<HubSpotAccess> => {
  const base = (config.baseUrl ?? 'https://api.hubapi.com').replace(/\/+$/, '');
  const objects: Array<'contacts' | HubSpotPart> = [
    'contacts',
    ...(config.parts ?? ['deals', 'tickets', 'companies']),
  ];
  const ctx = {
    client: createJsonClient({ ...io, timeoutMs: 10_000, retries: 1 }),
    base,
    headers: { authorization: `Bearer ${config.accessToken}` },
    version: config.apiVersion ?? '2026-09',
    shared: sharedFor(base, config.accessToken, {}),
  };
  const missing: HubSpotAccess['missing'] = [];
  for (const object of objects) {
    try {
      await hubSpotCall(ctx, endpoints.list(object));
    } catch (error) {
      const problem = problemOf(error);
      if (error instanceof HubSpotError && problem.category === 'MISSING_SCOPES') {
        missing.push({
          object,
          scopes: problem.scopes?.length ? problem.scopes : [hubSpotScopes[object]],
        });
        continue;
      }
      const why = describeProblem(problem);
      const message =
        problem.status === 401
          ? `HubSpot refused the token (${why}): check that it is a current service key or app access token`
          : `HubSpot could not be checked while reading ${object} (${why})`;
      return { ok: false, message, missing };
    }
  }
  if (missing.length === 0) {
    return {
      ok: true,
      message: `Connection successful: the token can read ${objects.join(', ')}`,
      missing,
    };
  }
  const list = missing.map((m) => `${m.scopes.join(' or ')} (for ${m.object})`).join(', ');
  return {
    ok: false,
    message: `The token lacks ${list}: add ${missing.length === 1 ? 'it' : 'them'} to the service key or app in HubSpot (Development → Keys), or leave those parts out`,
    missing,
  };
};
