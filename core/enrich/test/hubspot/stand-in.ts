import type { ServerResponse } from 'node:http';
import { sendJson, type Seen } from '../../../http/test/local-server';
import * as bodies from './bodies';
import { answer } from './routes';
import { hubspotData, type HubSpotData } from './data';

const scopeOf: Record<string, string> = {
  contacts: 'crm.objects.contacts.read',
  deals: 'crm.objects.deals.read',
  tickets: 'tickets',
  companies: 'crm.objects.companies.read',
};

export interface StandInOptions {
  token?: string;
  /** Granted scopes (default: all four read scopes). */
  scopes?: string[];
  /** Which API families exist (default both): an account without `2026-09` answers 404 there. */
  families?: Array<'2026-09' | 'legacy'>;
  /** A rolling window per token: past `max` requests in `intervalMs`, 429 TEN_SECONDLY_ROLLING. */
  window?: { max: number; intervalMs: number; now?: () => number };
  /** Associations per page, so `after` paging is exercised (default 100). */
  pageSize?: number;
  /** Associated ids whose records are gone: batch reads answer 207. */
  deleted?: string[];
  /** Answers to inject before the normal ones (a 429, a 500...), by request number. */
  fault?: (
    req: Seen,
    n: number,
  ) => { status: number; body: unknown; headers?: Record<string, string> } | undefined;
  data?: HubSpotData;
}

/**
 * A HubSpot stand-in built from HubSpot's published OpenAPI shapes: Bearer auth with 401
 * `INVALID_AUTHENTICATION`, 403 `MISSING_SCOPES` per object, 429 with the rate-limit
 * headers and the usage guide's body, `null` for properties a record lacks, 207
 * multi-status batch reads, `after` paging of associations, pipelines with stage metadata,
 * and the `2026-09` and `v3`/`v4` path families.
 *
 * @example
 * const hubspot = hubSpotStandIn({ scopes: ['crm.objects.contacts.read'] });
 * const server = await startServer(hubspot.handler);
 */
export const hubSpotStandIn = (options: StandInOptions = {}) => {
  const data = options.data ?? hubspotData();
  const token = options.token ?? 'pat-test';
  const scopes = new Set(options.scopes ?? Object.values(scopeOf));
  const families = new Set(options.families ?? ['2026-09', 'legacy']);
  const window = options.window;
  const pageSize = options.pageSize ?? 100;
  const deleted = new Set(options.deleted ?? []);
  const sent: number[] = [];
  let count = 0;
  const stats = { requests: 0, refused: 0 };

  const handler = (req: Seen, res: ServerResponse) => {
    count += 1;
    stats.requests += 1;
    const now = window?.now?.() ?? Date.now();
    const interval = window?.intervalMs ?? 10_000;
    const max = window?.max ?? 190;
    while (sent.length > 0 && sent[0] <= now - interval) sent.shift();
    const limited = window !== undefined && sent.length >= max;
    if (!limited) sent.push(now);
    const headers = {
      'x-hubspot-ratelimit-interval-milliseconds': String(interval),
      'x-hubspot-ratelimit-max': String(max),
      'x-hubspot-ratelimit-remaining': String(Math.max(0, max - sent.length)),
    };
    const reply = (status: number, body: unknown) => sendJson(res, status, body, headers);
    if (req.headers.authorization !== `Bearer ${token}`) return reply(401, bodies.unauthorized());
    const injected = options.fault?.(req, count);
    if (injected)
      return sendJson(res, injected.status, injected.body, { ...headers, ...injected.headers });
    if (limited) {
      stats.refused += 1;
      return reply(429, bodies.rateLimited('TEN_SECONDLY_ROLLING'));
    }

    const [path, query = ''] = req.path.split('?');
    const dated = path.includes('/2026-09/');
    if (!families.has(dated ? '2026-09' : 'legacy')) return reply(404, bodies.notFound(path));
    const need = (...types: string[]) => {
      const lacking = types.map((t) => scopeOf[t]).filter((s) => s && !scopes.has(s));
      return lacking.length > 0 ? lacking : null;
    };
    return answer({ req, path, query, dated, reply, need, data, deleted, pageSize });
  };
  return { handler, data, stats };
};
