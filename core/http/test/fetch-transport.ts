import type { Sleep, Transport } from '../http';

/** The transport a server would inject: Node's fetch. */
export const fetchTransport: Transport = async (req) => {
  const res = await fetch(req.url, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    signal: req.signal,
  });
  return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
};

/** A real sleep whose timer does not hold the process open. */
export const realSleep: Sleep = (ms) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms).unref();
  });
