import { HttpCallError, sendWithRetry, type HttpClientOptions } from './http';

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
 * A JSON client over a transport: sends with retries, refuses non-2xx answers and bodies
 * that are not JSON with errors naming the URL.
 */
export const createJsonClient = (options: HttpClientOptions): JsonClient => ({
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
    if (res.status < 200 || res.status >= 300) {
      throw new HttpCallError(
        `${method} ${url}: HTTP ${res.status} ${res.body.slice(0, 200)}`,
        url,
        res.status,
        1,
      );
    }
    if (res.body === '') return null;
    let parsed: unknown;
    let isJson = true;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      isJson = false;
    }
    if (!isJson)
      throw new HttpCallError(`${method} ${url}: the answer is not JSON`, url, res.status, 1);
    return parsed;
  },
});
