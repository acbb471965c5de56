import type { FakeHttpCall } from './fake-context';

/** What answers a request: a Hono app's `request()`, such as the rule service's. */
type RequestHandler = (path: string, init: RequestInit) => Response | Promise<Response>;

/**
 * An HTTP double for `fakeContext` that hands the node's requests to the real rule service
 * app (no socket), with the Handoff API credential's key as n8n would add it, and answers as
 * n8n's request helper does with `returnFullResponse`.
 *
 * @example
 * const s = await testService({ engine: createCoreEngine() });
 * fakeContext({ ..., http: toService(s.app.request, apiKey) });
 */
export const toService =
  (request: RequestHandler, apiKey: string) =>
  async ({ options }: FakeHttpCall) => {
    const url = new URL(String(options.url));
    for (const [name, value] of Object.entries(options.qs ?? {})) {
      url.searchParams.set(name, String(value));
    }
    const res = await request(`${url.pathname}${url.search}`, {
      method: options.method ?? 'GET',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return { statusCode: res.status, headers: {}, body: text ? JSON.parse(text) : undefined };
  };
