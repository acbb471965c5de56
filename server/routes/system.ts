import { z } from 'zod';
import { mount, openApiDocument, type MountContext } from '../api/operation';
import { referencePage } from '../docs/reference-page';
import { serveScalar } from '../docs/scalar';
import { SyncStateView } from '../api/sync-schemas';
import type { Deps } from './deps';

/** Health, readiness, metrics, the OpenAPI document and its reference page. */
export const systemRoutes = (ctx: MountContext, deps: Deps) => {
  let doc: ReturnType<typeof openApiDocument> | undefined;
  const document = () => (doc ??= openApiDocument(ctx.app, { version: deps.version }));
  const scalar = serveScalar(ctx.app);

  mount(
    ctx,
    {
      id: 'healthz',
      method: 'get',
      path: '/healthz',
      tag: 'Operations',
      summary: 'Liveness: the process answers',
      access: 'public',
      responses: { 200: { description: 'alive', schema: z.object({ status: z.literal('ok') }) } },
    },
    (c) => c.json({ status: 'ok' }),
  );

  mount(
    ctx,
    {
      id: 'readyz',
      method: 'get',
      path: '/readyz',
      tag: 'Operations',
      summary: 'Readiness: the database answers and the service is not shutting down',
      description:
        'Also says how this replica hears of changes made through the others: `changes.listener.status` is `listening` ' +
        '(LISTEN/NOTIFY is up) or `reconnecting` (it dropped and is being reopened with backoff; meanwhile the replica ' +
        'polls the change counter every `changes.pollMs`, so it stays ready).',
      access: 'public',
      responses: {
        200: {
          description: 'ready',
          schema: z.object({
            status: z.literal('ready'),
            database: z.string(),
            changes: SyncStateView,
          }),
        },
        503: { description: 'not ready (starting, shutting down, or the database is unreachable)' },
      },
    },
    async (c) => {
      if (!deps.readiness.ready)
        return c.json(
          { error: { code: 'unavailable', message: 'the service is starting or shutting down' } },
          503,
        );
      try {
        await deps.db.query('select 1');
      } catch (error) {
        return c.json(
          {
            error: {
              code: 'unavailable',
              message: `the database does not answer: ${(error as Error).message}`,
            },
          },
          503,
        );
      }
      return c.json({ status: 'ready', database: deps.db.kind, changes: deps.changes.state() });
    },
  );

  mount(
    ctx,
    {
      id: 'metrics',
      method: 'get',
      path: '/metrics',
      tag: 'Operations',
      summary: 'Prometheus metrics',
      description:
        'Requests and latency by route, decisions by ruleset and outcome, reasons and queues, and the handoff rate per ruleset.',
      access: 'public',
      responses: {
        200: {
          description: 'the text exposition format',
          contentType: 'text/plain; version=0.0.4',
        },
      },
    },
    async (c) =>
      c.body(await deps.metrics.registry.metrics(), 200, {
        'content-type': deps.metrics.registry.contentType,
      }),
  );

  mount(
    ctx,
    {
      id: 'openapi',
      method: 'get',
      path: '/openapi.json',
      tag: 'Operations',
      summary: 'This API as an OpenAPI 3.1 document',
      access: 'public',
      responses: { 200: { description: 'the document', contentType: 'application/json' } },
    },
    (c) => c.json(document()),
  );

  mount(
    ctx,
    {
      id: 'docs',
      method: 'get',
      path: '/docs',
      tag: 'Operations',
      summary: 'The API reference (Scalar), with a client to try requests',
      description:
        'Scalar renders `/openapi.json` in the browser; its script is served by this service (`/docs/scalar.js`). `/docs/plain` is the same reference without scripts.',
      access: 'public',
      responses: { 200: { description: 'an HTML page', contentType: 'text/html' } },
    },
    (c) => scalar(c),
  );

  mount(
    ctx,
    {
      id: 'docsPlain',
      method: 'get',
      path: '/docs/plain',
      tag: 'Operations',
      summary: 'The API reference as one page without scripts',
      access: 'public',
      responses: { 200: { description: 'an HTML page', contentType: 'text/html' } },
    },
    (c) => c.html(referencePage(document())),
  );
};
