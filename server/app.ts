import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { createApiApp, type Env, type MountContext, type Operation } from './api/operation';
import { ApiError, codeForStatus, errorResponse } from './errors';
import { observe } from './middleware/observe';
import { presetHeader } from './middleware/response-header';
import { clientAddress } from './middleware/client-address';
import { memoryLimiters, type Limiters } from './middleware/limiters';
import { rateLimit } from './middleware/rate-limit';
import { staticFiles } from './middleware/static-files';
import type { Deps } from './routes/deps';
import { auditRoutes } from './routes/audit';
import { decisionRoutes } from './routes/decisions';
import { qualityRoutes } from './routes/quality';
import { evaluateRoutes } from './routes/evaluate';
import { keyRoutes } from './routes/keys';
import { pipelineRoutes } from './routes/pipeline';
import { publishRoutes } from './routes/publish';
import { rulesetRoutes } from './routes/rulesets';
import { replayRoutes } from './routes/replay';
import { systemRoutes } from './routes/system';
import { versionRoutes } from './routes/versions';

/** HTTP settings of the app. */
export interface AppOptions {
  /** Origins allowed to call the API from a browser; empty (the default) turns CORS off. */
  corsOrigins?: string[];
  /** Requests per minute for keys without a limit of their own. */
  rateLimitPerMinute?: number;
  /** Where rate limits are counted (default: in this process). */
  limiters?: Limiters;
  /** Proxies in front whose `X-Forwarded-For` entries name the client (default 0). */
  trustProxyHops?: number;
  /** The built builder, served at `/` when it has an `index.html`. */
  builderDir?: string;
}

/**
 * Builds the rule service's Hono app from its dependencies. No socket: serve it with
 * `@hono/node-server`, or drive it in tests with `app.request()`.
 *
 * @example
 * const { app } = createApp(deps);
 * const res = await app.request('/healthz'); // 200 {"status":"ok"}
 */
export const createApp = (
  deps: Deps,
  {
    corsOrigins = [],
    rateLimitPerMinute,
    builderDir,
    limiters = memoryLimiters(),
    trustProxyHops = 0,
  }: AppOptions = {},
) => {
  const app = createApiApp();
  const operations: Operation[] = [];
  app.use(observe({ log: deps.log, metrics: deps.metrics }) as MiddlewareHandler);
  if (corsOrigins.length) {
    app.use(
      cors({
        origin: corsOrigins.includes('*') ? '*' : corsOrigins,
        allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'X-Request-Id'],
        exposeHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id'],
        maxAge: 600,
      }),
    );
  }
  app.use(async function securityHeaders(c, next) {
    presetHeader(c, 'x-content-type-options', 'nosniff');
    await next();
  });

  const limit = rateLimit({ limiters, defaultPerMinute: rateLimitPerMinute }) as MiddlewareHandler;
  const ctx: MountContext = {
    app,
    keys: deps.keys,
    limit,
    guard: { throttle: limiters.address, addressOf: (c) => clientAddress(c, trustProxyHops) },
    onMount: (op) => operations.push(op),
  };
  keyRoutes(ctx, deps);
  rulesetRoutes(ctx, deps);
  publishRoutes(ctx, deps);
  versionRoutes(ctx, deps);
  auditRoutes(ctx, deps);
  replayRoutes(ctx, deps);
  evaluateRoutes(ctx, deps);
  pipelineRoutes(ctx, deps);
  decisionRoutes(ctx, deps);
  qualityRoutes(ctx, deps);
  systemRoutes(ctx, deps);

  if (builderDir) app.use(staticFiles({ root: builderDir }));
  app.get('/', (c) => c.redirect('/docs', 302));

  // Error responses are built whole, so they get the headers other responses were prepared with.
  const refusal = (c: Context<Env>, res: Response) => {
    res.headers.set('x-content-type-options', 'nosniff');
    const id = c.get('requestId');
    if (id) res.headers.set('x-request-id', id);
    return res;
  };
  app.notFound((c) =>
    refusal(
      c,
      errorResponse(
        'not_found',
        `there is no ${c.req.method} ${c.req.path.slice(0, 200)}; see /docs for the API`,
      ),
    ),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return refusal(c, error.getResponse());
    if (error instanceof HTTPException)
      return refusal(c, errorResponse(codeForStatus(error.status), error.message || 'refused'));
    (c.get('log') ?? deps.log).error('unhandled error', { path: c.req.path, err: error });
    return refusal(
      c,
      errorResponse(
        'internal_error',
        `an internal error occurred; quote request id ${c.get('requestId')} when reporting it`,
      ),
    );
  });
  return { app, operations };
};
