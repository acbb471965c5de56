import type { Seen } from '../../../http/test/local-server';
import * as bodies from './bodies';
import type { HubSpotData } from './data';

type Filter = { propertyName: string; operator: string; value?: string; values?: string[] };

/** What the stand-in's router needs from one request. */
export interface RouteRequest {
  req: Seen;
  path: string;
  query: string;
  dated: boolean;
  reply: (status: number, body: unknown) => void;
  /** The scopes a call on these object types lacks, or null. */
  need: (...types: string[]) => string[] | null;
  data: HubSpotData;
  deleted: Set<string>;
  pageSize: number;
}

/**
 * The stand-in's endpoints, answering in HubSpot's published shapes: search, batch read
 * (207 for missing ids), associations (paged with `after`), pipelines and list.
 */
export const answer = ({
  req,
  path,
  query,
  dated,
  reply,
  need,
  data,
  deleted,
  pageSize,
}: RouteRequest): void => {
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
      if (f.operator === 'IN') return (f.values ?? []).map((v) => v.toLowerCase()).includes(value);
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
      const key = idProperty ? Object.keys(records).find((k) => records[k][idProperty] === id) : id;
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

  if (req.method === 'GET' && (m = /^\/crm\/(?:objects\/2026-09|v3\/objects)\/(\w+)$/.exec(path))) {
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
