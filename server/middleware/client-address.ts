import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The address a request came from: the socket's peer, or with `trustProxyHops` proxies in
 * front, the `X-Forwarded-For` entry the outermost trusted proxy added (entries further
 * left were written by the client and prove nothing).
 *
 * @example
 * clientAddress(c, 1); // '203.0.113.7' behind one load balancer
 */
export const clientAddress = (c: Context, trustProxyHops = 0): string => {
  const peer =
    (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress ??
    'unknown';
  if (!trustProxyHops) return peer;
  const forwarded = c.req.header('x-forwarded-for');
  if (!forwarded) return peer;
  const hops = forwarded.split(',');
  return hops[Math.max(0, hops.length - trustProxyHops)]!.trim().slice(0, 100) || peer;
};
