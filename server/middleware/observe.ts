import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../log';
import { presetHeader } from './response-header';
import type { ServiceMetrics } from '../metrics/service-metrics';

const saneRequestId = /^[\w.:-]{1,100}$/;

/**
 * Gives every request an id (`X-Request-Id`, kept when the caller sends a sane one) and a
 * logger that writes it on every line (`log` on the context), counts the request in the
 * metrics and writes one access log line.
 *
 * @example
 * app.use(observe({ log, metrics }));
 */
export const observe = ({
  log,
  metrics,
}: {
  log: Logger;
  metrics: ServiceMetrics;
}): MiddlewareHandler<{
  Variables: { requestId: string; log: Logger; key?: { id: string } };
}> => {
  // A random prefix per process and a counter: unique across replicas, and cheaper than a UUID a request.
  const prefix = randomBytes(6).toString('base64url');
  let counter = 0;
  const access = log.level === 'debug' || log.level === 'info';
  return async function observe(c, next) {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId =
      incoming && saneRequestId.test(incoming) ? incoming : `${prefix}-${(++counter).toString(36)}`;
    c.set('requestId', requestId);
    c.set('log', log.child({ requestId }));
    // Set before the handler runs: a header added to a finished response makes Hono copy it.
    presetHeader(c, 'x-request-id', requestId);
    await next();
    const seconds = (performance.now() - started) / 1000;
    const status = c.res.status;
    // Unmatched paths share one label, so scanners cannot grow the metrics without bound.
    const route = status === 404 && c.req.routePath === '/*' ? '(unmatched)' : c.req.routePath;
    metrics.countRequest(c.req.method, route, status, seconds);
    if (access) {
      log.info('request', {
        requestId,
        method: c.req.method,
        path: c.req.path.slice(0, 300),
        route,
        status,
        ms: Math.round(seconds * 100_000) / 100,
        keyId: c.get('key')?.id,
      });
    }
  };
};
