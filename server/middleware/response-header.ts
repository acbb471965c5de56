import type { Context } from 'hono';

/**
 * Sets a response header before the handler runs. Under @hono/node-server it goes straight
 * on the Node response (Node merges it into the head), which spares Hono a `Headers`
 * object a request; elsewhere (tests with `app.request()`) it is Hono's `c.header`.
 */
export const presetHeader = (c: Context, name: string, value: string): void => {
  const outgoing = (
    c.env as { outgoing?: { setHeader?: (n: string, v: string) => unknown } } | undefined
  )?.outgoing;
  if (outgoing?.setHeader) outgoing.setHeader(name, value);
  else c.header(name, value);
};
