import type { ServerResponse } from 'node:http';
import { sendJson, type Seen } from '../../../http/test/local-server';
import * as bodies from './bodies';
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

type Filter = { propertyName: string; operator: string; value?: string; values?: string[] };

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
    const body = (req.body ?? {}) as Record<string, unknown>;
    const table = (type: string) =>
      (data as unknown as Record<string, Record<string, Record<string, string | null>>>)[type];
    let m: RegExpExecArray | null;

    if (
      req.method === 'POST' &&
      (m = /^\/crm\/(?:objects\/2026-09|v3\/objects)\/(\w+)\/search$/.exec(path))
    ) {
      const lacking = need(m[1]);
      if (lacking) return reply(403, bodies.missingScopes(lacking));
      const groups = (body.filterGroups ?? []) as Array<{ filters: Filter[] }>;
      const matches = (record: Record<string, string | null>, f: Filter) => {
        const value = (record[f.propertyName] ?? '').toLowerCase();
        if (f.operator === 'EQ') return value === String(f.value ?? '').toLowerCase();
        if (f.operator === 'IN')
          return (f.values ?? []).map((v) => v.toLowerCase()).includes(value);
        return false;
      };
      const found = Object.entries(table(m[1]) ?? {}).filter(([, r]) =>
        groups.some((g) => g.filters.every((f) => matches(r, f))),
      );
      const properties = (body.properties ?? []) as string[];
      const limit = Number(body.limit ?? 10);
      return reply(200, {
        total: found.length,
        results: found.slice(0, limit).map(([id, r]) => bodies.publicObject(id, r, properties)),
        ...(found.length > limit ? { paging: { next: { after: String(limit), link: '' } } } : {}),
      });
    }

    if (
      req.method === 'POST' &&
      (m = /^\/crm\/(?:objects\/2026-09|v3\/objects)\/(\w+)\/batch\/read$/.exec(path))
    ) {
      const lacking = need(m[1]);
      if (lacking) return reply(403, bodies.missingScopes(lacking));
      const records = table(m[1]) ?? {};
      const properties = (body.properties ?? []) as string[];
      const idProperty = body.idProperty as string | undefined;
      const results: unknown[] = [];
      const missing: string[] = [];
      for (const { id } of (body.inputs ?? []) as Array<{ id: string }>) {
        const key = idProperty
          ? Object.keys(records).find((k) => records[k][idProperty] === id)
          : id;
        if (key && records[key] && !deleted.has(key))
          results.push(bodies.publicObject(key, records[key], properties));
        else missing.push(id);
      }
      return reply(missing.length > 0 ? 207 : 200, bodies.batch(results, missing, m[1]));
    }

    if (
      req.method === 'POST' &&
      (m = /^\/crm\/(?:associations\/2026-09|v4\/associations)\/(\w+)\/(\w+)\/batch\/read$/.exec(
        path,
      ))
    ) {
      const lacking = need(m[1], m[2]);
      if (lacking) return reply(403, bodies.missingScopes(lacking));
      const to = m[2];
      const results = ((body.inputs ?? []) as Array<{ id: string; after?: string }>).map(
        ({ id, after }) => {
          const all = data.associations[to]?.[id] ?? [];
          const start = after ? Number(after) : 0;
          const page = all.slice(start, start + pageSize);
          return {
            from: { id },
            to: page.map((toId) => ({
              // The 2026-09 API spells ids as strings, v4 as numbers.
              toObjectId: dated ? toId : Number(toId),
              associationTypes: [
                {
                  category: 'HUBSPOT_DEFINED',
                  typeId: to === 'companies' ? 1 : 4,
                  label: to === 'companies' ? 'Primary' : null,
                },
              ],
            })),
            ...(start + pageSize < all.length
              ? { paging: { next: { after: String(start + pageSize), link: null } } }
              : {}),
          };
        },
      );
      return reply(200, bodies.batch(results, [], to));
    }

    if (
      req.method === 'GET' &&
      (m = /^\/crm\/(?:pipelines\/2026-09|v3\/pipelines)\/(\w+)$/.exec(path))
    ) {
      const lacking = need(m[1]);
      if (lacking) return reply(403, bodies.missingScopes(lacking));
      const stamp = '2025-01-01T00:00:00.000Z';
      return reply(200, {
        results: (data.pipelines[m[1]] ?? []).map((p, i) => ({
          id: p.id,
          label: p.label,
          displayOrder: i,
          archived: false,
          createdAt: stamp,
          updatedAt: stamp,
          stages: p.stages.map(([id, label, metadata], j) => ({
            id,
            label,
            metadata,
            displayOrder: j,
            archived: false,
            createdAt: stamp,
            updatedAt: stamp,
            writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
          })),
        })),
      });
    }

    if (
      req.method === 'GET' &&
      (m = /^\/crm\/(?:objects\/2026-09|v3\/objects)\/(\w+)$/.exec(path))
    ) {
      const lacking = need(m[1]);
      if (lacking) return reply(403, bodies.missingScopes(lacking));
      const limit = Number(new URLSearchParams(query).get('limit') ?? 10);
      const ids = Object.keys(table(m[1]) ?? {}).slice(0, limit);
      return reply(200, {
        results: ids.map((id) => bodies.publicObject(id, table(m![1])[id], [])),
      });
    }
    return reply(404, bodies.notFound(path));
  };
  return { handler, data, stats };
};
