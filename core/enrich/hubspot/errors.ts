import { HttpCallError, type HttpResponse } from '../../http';

/**
 * What HubSpot said when it refused a call, read from its error body
 * (`{status, message, correlationId, category, errors[].context, policyName}`).
 */
export interface HubSpotProblem {
  status: number | null;
  category?: string;
  message?: string;
  correlationId?: string;
  /** For 429s: `TEN_SECONDLY_ROLLING`, `SECONDLY`, `DAILY`. */
  policyName?: string;
  /** For 403 `MISSING_SCOPES`: the scopes the call needs. */
  scopes?: string[];
  /** Our own words for what happened next (a wait refused, a deadline passed). */
  detail?: string;
}

/** A HubSpot call that failed, with HubSpot's own reason parsed. */
export class HubSpotError extends Error {
  constructor(readonly problem: HubSpotProblem) {
    super(`HubSpot ${describeProblem(problem)}`);
    this.name = 'HubSpotError';
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

// Scopes sit in errors[].context (requiredGranularScopes, requiredScopes) or in the
// top-level context (missingScopes), depending on the API that answered.
const scopesIn = (body: Record<string, unknown>): string[] => {
  const found = new Set<string>();
  const contexts = [
    body.context,
    ...(Array.isArray(body.errors) ? body.errors : []).map(
      (e) => (e as { context?: unknown })?.context,
    ),
  ];
  for (const context of contexts) {
    if (!context || typeof context !== 'object') continue;
    const c = context as Record<string, unknown>;
    for (const key of ['requiredGranularScopes', 'requiredScopes', 'missingScopes'])
      for (const scope of strings(c[key])) found.add(scope);
  }
  return [...found];
};

/**
 * Reads HubSpot's error body from an answer; a body that is not HubSpot's JSON still gives
 * the status and the start of the text.
 *
 * @example
 * parseProblem({ status: 403, headers: {}, body: '{"category":"MISSING_SCOPES","errors":[{"context":{"requiredGranularScopes":["tickets"]}}]}' })
 * // { status: 403, category: 'MISSING_SCOPES', scopes: ['tickets'], ... }
 */
export const parseProblem = (res: HttpResponse): HubSpotProblem => {
  let body: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(res.body) as unknown;
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    return { status: res.status, message: res.body.slice(0, 200) || undefined };
  }
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
  const scopes = scopesIn(body);
  return {
    status: res.status,
    category: text('category') ?? text('errorType'),
    message: text('message'),
    correlationId: text('correlationId'),
    policyName: text('policyName'),
    ...(scopes.length > 0 ? { scopes } : {}),
  };
};

/**
 * The problem behind any error a HubSpot call can throw: HubSpot's own, an HTTP failure
 * whose answer we can still read, or a network error, timeout or deadline.
 */
export const problemOf = (error: unknown): HubSpotProblem => {
  if (error instanceof HubSpotError) return error.problem;
  if (error instanceof HttpCallError) {
    const base = error.response ? parseProblem(error.response) : { status: error.status };
    return { ...base, detail: error.message };
  }
  return { status: null, detail: error instanceof Error ? error.message : String(error) };
};

/**
 * A short line for notes: the category and what matters in it (`MISSING_SCOPES: tickets`,
 * `RATE_LIMIT TEN_SECONDLY_ROLLING`), then HubSpot's message or our detail.
 *
 * @example
 * describeProblem({ status: 403, category: 'MISSING_SCOPES', scopes: ['tickets'] }) // 'MISSING_SCOPES: tickets'
 */
export const describeProblem = (p: HubSpotProblem): string => {
  if (p.category === 'MISSING_SCOPES')
    return `MISSING_SCOPES: ${p.scopes?.join(', ') || 'scope not named'}`;
  // No answer (network, timeout, deadline): our own words say it all.
  if (p.status === null) return p.detail ?? p.message ?? 'no answer';
  const status = `HTTP ${p.status}`;
  const head =
    p.status === 429
      ? `RATE_LIMIT${p.policyName ? ` ${p.policyName}` : ''}`
      : p.category
        ? `${status} ${p.category}`
        : status;
  const why = p.detail ?? p.message;
  const id =
    p.correlationId && p.status !== null && p.status >= 500
      ? ` [correlationId ${p.correlationId}]`
      : '';
  return `${head}${why ? `: ${why}` : ''}${id}`;
};
