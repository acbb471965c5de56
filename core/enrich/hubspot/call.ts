import {
  HttpCallError,
  parseJsonText,
  takeToken,
  type HttpClient,
  type HttpResponse,
} from '../../http';
import { HubSpotError, parseProblem, problemOf } from './errors';
import type { Endpoint, HubSpotApiVersion } from './paths';
import { hubSpotAdvice, rateLimitHeaders } from './rate-limit';
import { cached, remember, type HubSpotShared } from './shared';

/** Everything one HubSpot lookup needs to make calls. */
export interface HubSpotCallContext {
  client: HttpClient;
  base: string;
  headers: Record<string, string>;
  version: HubSpotApiVersion;
  shared: HubSpotShared;
}

// An account without a dated endpoint is asked again after an hour, not on every call.
const datedMissingMs = 60 * 60 * 1000;

const observe = (ctx: HubSpotCallContext, endpoint: Endpoint, res: HttpResponse, now: number) => {
  const bucket = endpoint.search ? ctx.shared.searchBucket : ctx.shared.bucket;
  const { remaining, intervalMs, max } = rateLimitHeaders(res);
  // The window is spent: hold for one mean request spacing of it (10 s / 100 = 100 ms) rather
  // than all of it, since a rolling window frees its oldest slot first; a 429 after that
  // still holds every handoff for the whole window.
  const spent =
    remaining === 0 && intervalMs !== undefined
      ? now + intervalMs / Math.max(1, max ?? 1)
      : undefined;
  bucket.observe(now, remaining, spent);
};

const answerOf = (endpoint: Endpoint, res: HttpResponse): unknown => {
  if (res.status < 200 || res.status >= 300) throw new HubSpotError(parseProblem(res));
  const parsed = parseJsonText(res.body);
  if (!parsed.ok)
    throw new HubSpotError({
      status: res.status,
      detail: `${endpoint.what}: the answer is not JSON`,
    });
  return parsed.value;
};

/**
 * One HubSpot call: waits for the token's shared rate limiter, sends with HubSpot-aware
 * retries (429 policies and window headers, bounded by the caller's deadline), tells the
 * limiter what HubSpot reported, tries the dated endpoint first and the legacy one when
 * the dated one answers 404, and turns refusals into `HubSpotError` with HubSpot's reason.
 *
 * @example
 * const page = await hubSpotCall(ctx, endpoints.search('contacts'), { filterGroups, properties, limit: 1 });
 */
export const hubSpotCall = async (
  ctx: HubSpotCallContext,
  endpoint: Endpoint,
  body?: unknown,
): Promise<unknown> => {
  const { now, sleep, deadline, random = Math.random } = ctx.client.options;
  const missingKey = `dated-missing|${endpoint.what}`;
  const tryDated = ctx.version === '2026-09' && !cached(ctx.shared, missingKey, now());
  const paths = tryDated ? [endpoint.dated, endpoint.legacy] : [endpoint.legacy];
  const bucket = endpoint.search ? ctx.shared.searchBucket : ctx.shared.bucket;
  for (const [i, path] of paths.entries()) {
    // A search counts against the search limit and the account's general one.
    if (endpoint.search)
      await takeToken(bucket, { now, sleep, deadline, what: `HubSpot ${endpoint.what}` });
    await takeToken(ctx.shared.bucket, { now, sleep, deadline, what: `HubSpot ${endpoint.what}` });
    let res: HttpResponse | undefined;
    let failure: unknown;
    try {
      res = await ctx.client.send(
        {
          method: endpoint.method,
          url: `${ctx.base}${path}`,
          headers: {
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...ctx.headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        {
          advise: (answer) => {
            const advice = hubSpotAdvice(answer, random);
            // Every handoff on this token holds back while HubSpot's window refills.
            if (advice && 'waitMs' in advice) bucket.observe(now(), 0, now() + advice.waitMs);
            return advice;
          },
        },
      );
    } catch (error) {
      failure = error;
    }
    // HubSpot's reason rides on the failed answer; other failures (network, deadline) stay as they are.
    if (res === undefined)
      throw failure instanceof HttpCallError ? new HubSpotError(problemOf(failure)) : failure;
    observe(ctx, endpoint, res, now());
    if (res.status === 404 && i < paths.length - 1) {
      remember(ctx.shared, missingKey, true, now(), datedMissingMs);
      continue;
    }
    return answerOf(endpoint, res);
  }
  throw new HubSpotError({ status: null, detail: `${endpoint.what}: no endpoint answered` });
};
