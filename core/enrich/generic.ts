import type { Context } from '../contract';
import type { CrmAdapter } from './adapter';
import { fillUrl, getPath } from './path';

/** One CRM call of the generic adapter. */
export interface HttpCrmEndpoint {
  /** URL with placeholders from the input: `https://crm.example/api/customers?email={customer.email}`. */
  url: string;
  method?: 'GET' | 'POST';
  /** JSON body for POST; string values may hold placeholders. */
  body?: Record<string, unknown>;
  /** Dot path to the record (account) or the list (orders, tickets) in the answer; default the whole answer. */
  root?: string;
  /** Output field -> dot path inside the record; without it the record is copied as is. */
  fields?: Record<string, string>;
}

export interface HttpCrmConfig {
  name?: string;
  /** Sent with every call, e.g. `{ authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  account?: HttpCrmEndpoint;
  orders?: HttpCrmEndpoint;
  tickets?: HttpCrmEndpoint;
  /** At most this many orders and tickets (default 10). */
  limit?: number;
}

type Row = Record<string, unknown>;

const mapRecord = (record: unknown, fields?: Record<string, string>): Row => {
  if (!fields)
    return record !== null && typeof record === 'object' && !Array.isArray(record)
      ? { ...(record as Row) }
      : { value: record };
  const out: Row = {};
  for (const [field, path] of Object.entries(fields)) {
    const value = getPath(record, path);
    if (value !== undefined) out[field] = value;
  }
  return out;
};

const fillBody = (body: unknown, data: unknown): unknown => {
  if (typeof body === 'string') {
    const exact = /^\{([\w.[\]]+)\}$/.exec(body);
    if (exact) return getPath(data, exact[1]);
    return body.replace(/\{([\w.[\]]+)\}/g, (_, p: string) => String(getPath(data, p) ?? ''));
  }
  if (Array.isArray(body)) return body.map((b) => fillBody(b, data));
  if (body !== null && typeof body === 'object') {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fillBody(v, data)]));
  }
  return body;
};

/**
 * A CRM reached over plain HTTP/JSON, configured with URL templates and field mappings
 * (dot paths). Each of account, orders and tickets is optional.
 *
 * @example
 * createHttpCrm({
 *   headers: { authorization: 'Bearer …' },
 *   account: { url: 'https://crm.example/customers?email={customer.email}', root: 'data.0',
 *              fields: { id: 'id', plan: 'subscription.plan' } },
 *   orders: { url: 'https://crm.example/orders?customer={customer.id}', root: 'items' },
 * })
 */
export const createHttpCrm = (config: HttpCrmConfig): CrmAdapter => {
  const name = config.name ?? 'http-crm';
  const limit = config.limit ?? 10;
  const endpoints: Array<['account' | 'orders' | 'tickets', HttpCrmEndpoint]> = [];
  for (const kind of ['account', 'orders', 'tickets'] as const) {
    const ep = config[kind];
    if (ep) endpoints.push([kind, ep]);
  }
  if (endpoints.length === 0)
    throw new Error(`CRM "${name}": configure at least one of account, orders, tickets`);
  return {
    name,
    key(input) {
      const urls = endpoints.map(([, ep]) => fillUrl(ep.url, input));
      return urls.every((u) => u === null) ? null : `${name}|${urls.join('|')}`;
    },
    async fetch(input, client) {
      const context: Context = {};
      const notes: string[] = [];
      await Promise.all(
        endpoints.map(async ([kind, ep]) => {
          const url = fillUrl(ep.url, input);
          if (url === null) {
            notes.push(`${name}: ${kind} skipped, the input lacks a value its URL needs`);
            return;
          }
          const method = ep.method ?? 'GET';
          const body = method === 'POST' ? fillBody(ep.body ?? {}, input) : undefined;
          const answer = await client.json(method, url, body, config.headers);
          const root = getPath(answer, ep.root ?? '');
          if (kind === 'account') {
            if (root === undefined || root === null) notes.push(`${name}: no account found`);
            else context.account = mapRecord(root, ep.fields);
            return;
          }
          if (!Array.isArray(root)) {
            throw new Error(`${name}: ${kind} at "${ep.root ?? '(root)'}" is not a list`);
          }
          context[kind] = root.slice(0, limit).map((r) => mapRecord(r, ep.fields));
        }),
      );
      return { context, notes };
    },
  };
};
