import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { validate } from '../../core';
import type { KeyResolver } from '../auth/key-resolver';
import { ApiError, type ErrorCode } from '../errors';
import type { Logger } from '../log';
import { auth, type Access, type AddressGuard } from '../middleware/auth';
import { jsonBody } from '../middleware/json-body';
import type { ApiKey } from '../store/keys';

/** The context variables routes can read. */
export type Env = {
  Variables: { key: ApiKey; body: unknown; requestId: string; log: Logger };
};

/** One documented response. */
export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * One API operation: its place, who may call it, and the zod schemas its input is
 * validated with and the OpenAPI document is generated from.
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
  /** An empty body is allowed (it validates as `undefined`). */
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
  app: Hono<Env>;
  keys: KeyResolver;
  limit: MiddlewareHandler;
  /** Throttles addresses that send requests without a valid key, before authentication. */
  guard?: AddressGuard;
  /** Told of every operation, for the OpenAPI document. */
  onMount?: (op: Operation) => void;
}

const check = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: ErrorCode,
  what: string,
): z.output<S> => {
  const r = validate(schema, value);
  if (r.ok) return r.value;
  throw new ApiError(
    code,
    `the ${what} is not valid: ${r.issues.length} problem${r.issues.length > 1 ? 's' : ''}`,
    {
      issues: r.issues.slice(0, 50).map(({ path, message }) => ({ path, message })),
    },
  );
};

/** Hono's path syntax for an OpenAPI path. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Registers an operation on the app: authentication and scope, rate limit, body limits
 * and JSON parsing, then validation of body, query and path against its schemas.
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
  chain.push(async (c) => {
    const input = {
      params: op.params ? check(op.params, c.req.param(), 'invalid_params', 'path') : {},
      query: op.query ? check(op.query, c.req.query(), 'invalid_query', 'query string') : {},
      body: op.body ? check(op.body, c.get('body'), 'invalid_body', 'body') : undefined,
    } as Input<O>;
    return handler(c as Context<Env>, input);
  });
  app.on(op.method.toUpperCase(), honoPath(op.path), ...(chain as [MiddlewareHandler]));
};
