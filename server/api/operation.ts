import {
  OpenAPIHono,
  createRoute,
  extendZodWithOpenApi,
  type RouteConfig,
} from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import {
  Fixture,
  HandoffDecision,
  HandoffInput,
  HandoffRequest,
  issuesFromZod,
  Ruleset,
} from '../../core';
import type { KeyResolver } from '../auth/key-resolver';
import { ApiError, errorStatus, type ErrorCode } from '../errors';
import type { Logger } from '../log';
import { auth, type Access, type AddressGuard } from '../middleware/auth';
import { jsonBody } from '../middleware/json-body';
import type { ApiKey } from '../store/keys';
import { ErrorBody } from './schemas';

// The library extends the zod it loads with `.openapi()`; where the contract's schemas come
// from another copy of zod (ESM beside CommonJS under vitest), that copy is extended too.
extendZodWithOpenApi(z);

/** The context variables routes can read. */
export type Env = {
  Variables: { key: ApiKey; requestId: string; log: Logger };
};

/** The service's app: Hono with routes and the OpenAPI document from `@hono/zod-openapi`. */
export type ApiApp = OpenAPIHono<Env>;

/** One documented response. */
export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * One API operation: its place, who may call it, and the zod schemas its input is
 * validated with and the OpenAPI document is generated from (both by `@hono/zod-openapi`).
 */
export interface Operation<
  B extends z.ZodType = z.ZodType,
  Q extends z.ZodObject = z.ZodObject,
  P extends z.ZodObject = z.ZodObject,
> {
  id: string;
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI style: `/v1/rulesets/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  body?: B;
  /** An empty body is allowed (it validates as `{}`). */
  bodyOptional?: boolean;
  query?: Q;
  params?: P;
  /** Request headers the operation reads, for the document (`required` ones it refuses without). */
  headers?: { name: string; description: string; required?: boolean }[];
  responses: Record<number, ResponseSpec>;
  /** Errors beyond the ones every operation of its kind can give. */
  errors?: ErrorCode[];
}

/** What a handler receives, validated. */
export interface Input<O extends Operation> {
  body: O['body'] extends z.ZodType ? z.output<O['body']> : undefined;
  query: O['query'] extends z.ZodObject ? z.output<O['query']> : Record<string, never>;
  params: O['params'] extends z.ZodObject ? z.output<O['params']> : Record<string, never>;
}

/** Everything operations need to be mounted: the key resolver and the rate limits. */
export interface MountContext {
  app: ApiApp;
  keys: KeyResolver;
  limit: MiddlewareHandler;
  /** Throttles addresses that send requests without a valid key, before authentication. */
  guard?: AddressGuard;
  /** Told of every operation (the fuzz test walks them). */
  onMount?: (op: Operation) => void;
}

/** Which refusal a failed validation target gives, and how the message names it. */
const refusals: Record<string, [ErrorCode, string]> = {
  json: ['invalid_body', 'body'],
  query: ['invalid_query', 'query string'],
  param: ['invalid_params', 'path'],
};

/**
 * The service's app. Validation failures of any operation become the contract's error
 * body: 400 with a stable code and one issue per offending path (`messages[3].text`).
 *
 * @example
 * const app = createApiApp();
 * mount({ app, keys, limit }, getRulesetOp, (c, { params }) => c.json(load(params.id)));
 */
export const createApiApp = (): ApiApp =>
  new OpenAPIHono<Env>({
    defaultHook: (result) => {
      if (result.success) return;
      const [code, what] = refusals[result.target] ?? ['invalid_body', result.target];
      const issues = issuesFromZod(result.error as z.ZodError);
      throw new ApiError(
        code,
        `the ${what} is not valid: ${issues.length} problem${issues.length > 1 ? 's' : ''}`,
        { issues: issues.slice(0, 50).map(({ path, message }) => ({ path, message })) },
      );
    },
  });

const pascal = (id: string) =>
  id.replace(/(^|[-_\s])(\w)/g, (_, __, ch: string) => ch.toUpperCase());

/** The contract's schemas the document names as components wherever an operation uses them. */
const components: [string, z.ZodType][] = [
  ['HandoffInput', HandoffInput],
  ['HandoffRequest', HandoffRequest],
  ['HandoffDecision', HandoffDecision],
  ['Ruleset', Ruleset],
  ['Fixture', Fixture],
  ['Error', ErrorBody],
];

/**
 * Names schemas for the document. zod gives a schema its methods when it is built, and the
 * contract's were built before `.openapi()` existed, so a clone (same definition, same
 * validation, same description) is what gets the name.
 */
const namer = (app: ApiApp) => {
  const named = new Map<z.ZodType, z.ZodType>();
  const name = (schema: z.ZodType, id: string): z.ZodType => {
    let copy = named.get(schema);
    if (!copy) {
      copy = app.openAPIRegistry.register(id, schema.clone());
      named.set(schema, copy);
    }
    return copy;
  };
  for (const [id, schema] of components) name(schema, id);
  return name;
};
const namers = new WeakMap<ApiApp, ReturnType<typeof namer>>();

const standardErrors = (op: Operation): ErrorCode[] => {
  const codes = new Set<ErrorCode>(op.errors ?? []);
  if (op.body)
    for (const code of [
      'invalid_json',
      'invalid_body',
      'too_deep',
      'payload_too_large',
      'unsupported_media_type',
    ] as const)
      codes.add(code);
  if (op.query) codes.add('invalid_query');
  if (op.params) codes.add('invalid_params');
  if (op.access !== 'public')
    for (const code of ['unauthorized', 'rate_limited'] as const) codes.add(code);
  if (op.access !== 'public' && op.access !== 'any') codes.add('forbidden');
  return [...codes];
};

/** The `@hono/zod-openapi` route of an operation, for the router and the document. */
const routeOf = (app: ApiApp, op: Operation, middleware: MiddlewareHandler[]): RouteConfig => {
  const name = (namers.get(app) ?? namers.set(app, namer(app)).get(app))!;
  const responses: RouteConfig['responses'] = {};
  for (const [status, spec] of Object.entries(op.responses)) {
    const headers = spec.headers
      ? Object.fromEntries(
          Object.entries(spec.headers).map(([h, d]) => [
            h,
            { description: d, schema: { type: 'string' as const } },
          ]),
        )
      : undefined;
    const content = spec.schema
      ? {
          [spec.contentType ?? 'application/json']: {
            schema: name(spec.schema, `${pascal(op.id)}Response${status === '200' ? '' : status}`),
          },
        }
      : spec.contentType
        ? { [spec.contentType]: { schema: { type: 'string' as const } } }
        : undefined;
    responses[status] = {
      description: spec.description,
      ...(headers ? { headers } : {}),
      ...(content ? { content } : {}),
    };
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of standardErrors(op))
    byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0]))
    responses[String(status)] ??= {
      description: `refused: ${codes.map((c) => `\`${c}\``).join(', ')}`,
      content: { 'application/json': { schema: name(ErrorBody, 'Error') } },
    };

  return createRoute({
    method: op.method,
    path: op.path,
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.access === 'public' ? { security: [] } : { 'x-required-scope': op.access }),
    ...(op.headers?.length
      ? {
          parameters: op.headers.map((h) => ({
            name: h.name,
            in: 'header' as const,
            required: h.required ?? false,
            description: h.description,
            schema: { type: 'string' as const },
          })),
        }
      : {}),
    request: {
      ...(op.params ? { params: op.params } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(op.body
        ? {
            body: {
              required: !op.bodyOptional,
              content: {
                'application/json': { schema: name(op.body, `${pascal(op.id)}Request`) },
              },
            },
          }
        : {}),
    },
    responses,
    middleware,
  });
};

/**
 * Registers an operation on the app with `@hono/zod-openapi`: authentication and scope,
 * rate limit, body limits and JSON parsing run first, then the library validates path,
 * query and body against the operation's schemas and documents them.
 *
 * @example
 * mount(ctx, getRulesetOp, async (c, { params }) => c.json(await load(params.id)));
 */
export const mount = <O extends Operation>(
  { app, keys, limit, guard, onMount }: MountContext,
  op: O,
  handler: (c: Context<Env>, input: Input<O>) => Response | Promise<Response>,
): void => {
  onMount?.(op as unknown as Operation);
  const chain: MiddlewareHandler[] = [];
  if (op.access !== 'public')
    chain.push(auth({ keys, access: op.access, guard }) as MiddlewareHandler, limit);
  if (op.body) chain.push(jsonBody({ optional: op.bodyOptional }) as MiddlewareHandler);
  const none = {};
  app.openapi(routeOf(app, op as unknown as Operation, chain), ((c: Context<Env>) => {
    const req = c.req as unknown as { valid: (target: string) => unknown };
    return handler(c, {
      params: op.params ? req.valid('param') : none,
      query: op.query ? req.valid('query') : none,
      body: op.body ? req.valid('json') : undefined,
    } as Input<O>);
  }) as never);
};

/**
 * The OpenAPI 3.1 document of the app's operations, generated by `@hono/zod-openapi` from
 * the schemas that also validate the requests.
 *
 * @example
 * openApiDocument(app, { version: '0.1.0' }).paths['/v1/handoff'].post.requestBody;
 */
export const openApiDocument = (app: ApiApp, { version }: { version: string }) => {
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'an API key of this service',
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Handoff rule service',
      version,
      description:
        'Decides when an AI support chatbot must hand a conversation to a person, and keeps the rulesets that make that decision. ' +
        'Send an API key as `Authorization: Bearer <key>`. Every refusal is `{"error": {"code", "message", "issues"?}}` with a stable code.',
    },
    servers: [{ url: '/' }],
    security: [{ apiKey: [] }],
  }) as unknown as Record<string, unknown> & {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
};
