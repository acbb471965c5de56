import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Issue } from '../core';

/**
 * Every refusal the service can give, with its status. The codes are part of the API:
 * clients branch on them, so they never change.
 */
export const errorStatus = {
  invalid_json: 400,
  invalid_body: 400,
  invalid_query: 400,
  invalid_params: 400,
  too_deep: 400,
  invalid_rule: 400,
  evaluation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  already_exists: 409,
  edit_conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  fixtures_failed: 422,
  precondition_required: 428,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;
export type ErrorCode = keyof typeof errorStatus;

/** One offending place in a request: a readable path and what is wrong there. */
export type ErrorIssue = Pick<Issue, 'path' | 'message'> & Record<string, unknown>;

/** The JSON body of every refusal. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: ErrorIssue[]; [extra: string]: unknown };
}

/**
 * The service's one error type: an `HTTPException` that knows its stable code and renders
 * the JSON error body.
 *
 * @example
 * throw new ApiError('not_found', 'ruleset "billing" does not exist');
 */
export class ApiError extends HTTPException {
  readonly code: ErrorCode;
  readonly issues?: ErrorIssue[];
  readonly extra?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      issues?: ErrorIssue[];
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(errorStatus[code], { message, cause: options.cause });
    this.code = code;
    this.issues = options.issues;
    this.extra = options.extra;
    this.headers = options.headers;
  }

  /** The refusal as the client receives it. */
  override getResponse(): Response {
    return errorResponse(this.code, this.message, this);
  }
}

/**
 * Renders an error body with the right status.
 *
 * @example
 * errorResponse('not_found', 'no route for GET /v2'); // 404 {"error":{...}}
 */
export const errorResponse = (
  code: ErrorCode,
  message: string,
  options: Pick<ApiError, 'issues' | 'extra' | 'headers'> = {},
): Response => {
  const body: ErrorBody = {
    error: {
      code,
      message,
      ...options.extra,
      ...(options.issues ? { issues: options.issues } : {}),
    },
  };
  return new Response(JSON.stringify(body), {
    status: errorStatus[code],
    headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
  });
};

/** An `HTTPException` thrown by Hono's own middleware, mapped to our codes. */
export const codeForStatus = (status: number): ErrorCode => {
  const byStatus: Partial<Record<number, ErrorCode>> = {
    400: 'invalid_body',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    409: 'edit_conflict',
    412: 'precondition_failed',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    428: 'precondition_required',
    429: 'rate_limited',
    503: 'unavailable',
  };
  return byStatus[status] ?? (status >= 500 ? 'internal_error' : 'invalid_body');
};
