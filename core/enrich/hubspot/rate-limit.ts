import { formatMs, headerOf, retryAfterMs, type HttpResponse, type RetryAdvice } from '../../http';
import { parseProblem } from './errors';

const number = (value: string | undefined): number | undefined => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
};

/** HubSpot's rate-limit headers: the window, its size and what is left of it. */
export const rateLimitHeaders = (res: HttpResponse) => ({
  intervalMs: number(headerOf(res.headers, 'x-hubspot-ratelimit-interval-milliseconds')),
  max: number(headerOf(res.headers, 'x-hubspot-ratelimit-max')),
  remaining: number(headerOf(res.headers, 'x-hubspot-ratelimit-remaining')),
  dailyRemaining: number(headerOf(res.headers, 'x-hubspot-ratelimit-daily-remaining')),
});

// HubSpot's search endpoints answer this message (no policy name) past their per-second limit.
const secondlyMessage = /secondly limit/i;

/**
 * How long to wait after a HubSpot 429, as HubSpot documents its limits: the `DAILY`
 * policy does not pass during a chat (stop); a `TEN_SECONDLY_ROLLING` window is waited out
 * (`X-HubSpot-RateLimit-Interval-Milliseconds`, 10 s when absent); the search API's
 * per-second limit waits a second; Retry-After wins when HubSpot sends one. Waits get up to
 * 10% jitter (at most a second) so a burst of handoffs does not come back at once.
 * Other statuses are left to the generic backoff.
 *
 * @example
 * hubSpotAdvice({ status: 429, headers: {}, body: '{"policyName":"TEN_SECONDLY_ROLLING"}' }, () => 0)
 * // { waitMs: 10000, why: 'TEN_SECONDLY_ROLLING: the 10 s window' }
 */
export const hubSpotAdvice = (res: HttpResponse, random: () => number): RetryAdvice => {
  if (res.status !== 429) return undefined;
  const problem = parseProblem(res);
  const { intervalMs } = rateLimitHeaders(res);
  const jitter = (ms: number) => ms + Math.round(random() * Math.min(1000, ms * 0.1));
  if (problem.policyName === 'DAILY') {
    return {
      stop: "HubSpot's DAILY limit is spent (it resets at midnight in the account's time zone)",
    };
  }
  const asked = retryAfterMs(headerOf(res.headers, 'retry-after'), 0);
  if (asked !== null) return { waitMs: jitter(asked), why: `Retry-After ${formatMs(asked)}` };
  if (
    problem.policyName === 'SECONDLY' ||
    (!problem.policyName && secondlyMessage.test(problem.message ?? ''))
  ) {
    return { waitMs: jitter(1000), why: 'the search API allows a few requests per second' };
  }
  const window = intervalMs ?? 10_000;
  const policy = problem.policyName ?? 'rate limit';
  return { waitMs: jitter(window), why: `${policy}: the ${formatMs(window)} window` };
};
