import type { Transport } from './http';

/** The transport for a runtime with `fetch` (Node 18+, browsers): what the service injects. */
export const fetchTransport: Transport = async (req) => {
  const res = await fetch(req.url, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    signal: req.signal,
  });
  return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
};
