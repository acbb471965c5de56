import { sendWithRetry } from './http';
import {
  HttpCallError,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
} from './types';

/** Calls that send JSON and read JSON, with retries. */
export interface JsonClient {
  json(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<unknown>;
}

/**
 * A JSON client that also hands out raw answers, for adapters that read an API's own
 * error bodies and rate-limit headers. `options` are what the caller configured (transport,
 * clock, retry policy, deadline); `send` may add API-specific advice per call.
 */
export interface HttpClient extends JsonClient {
  readonly options: HttpClientOptions;
  send(req: HttpRequest, extra?: Partial<HttpClientOptions>): Promise<HttpResponse>;
}

/**
 * JSON text as data (an empty text is null), or `ok: false`. Callers throw their own error
 * outside any catch block: n8n's lint reads throws in catch blocks as unwrapped errors.
 *
 * @example
 * parseJsonText('{"a":1}') // { ok: true, value: { a: 1 } }
 */
export const parseJsonText = (text: string): { ok: true; value: unknown } | { ok: false } => {
  if (text === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

/**
 * Parses a JSON answer, refusing non-2xx statuses and bodies that are not JSON with errors
 * naming the URL (the answer rides along on the error for callers that read error bodies).
 *
 * @example
 * readJson({ status: 200, headers: {}, body: '{"a":1}' }, 'GET', url) // { a: 1 }
 */
export const readJson = (res: HttpResponse, method: string, url: string): unknown => {
  if (res.status < 200 || res.status >= 300) {
    throw new HttpCallError(
      `${method} ${url}: HTTP ${res.status} ${res.body.slice(0, 200)}`,
      url,
      res.status,
      1,
      res,
    );
  }
  const parsed = parseJsonText(res.body);
  if (!parsed.ok)
    throw new HttpCallError(`${method} ${url}: the answer is not JSON`, url, res.status, 1, res);
  return parsed.value;
};

/**
 * A JSON client over a transport: sends with retries, refuses non-2xx answers and bodies
 * that are not JSON with errors naming the URL.
 *
 * @example
 * const client = createJsonClient({ transport, sleep, now: Date.now });
 * await client.json('GET', 'https://crm.example/customers?email=a%40b.c');
 */
export const createJsonClient = (options: HttpClientOptions): HttpClient => ({
  options,
  send: (req, extra) => sendWithRetry(req, { ...options, ...extra }),
  async json(method, url, body, headers = {}) {
    const res = await sendWithRetry(
      {
        method,
        url,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
      options,
    );
    return readJson(res, method, url);
  },
});
