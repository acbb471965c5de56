import { backoffMs, headerOf, retryAfterMs } from './backoff';
import {
  HttpCallError,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
} from './types';

export * from './types';
export { backoffMs, headerOf, retryAfterMs } from './backoff';

const retryable = (status: number): boolean => status === 429 || status >= 500;

/** "750 ms" or "10 s": waits in messages people read. */
export const formatMs = (ms: number): string =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`;

/**
 * Sends a request with a per-attempt timeout and retries with jittered exponential backoff
 * on 429, 5xx, timeouts and network errors. An `advise` hook reads the API's own
 * rate-limit answer first; otherwise Retry-After is honoured. No attempt and no wait runs
 * past `deadline`: the call gives up instead, saying what it would have waited for.
 * Resolves with the last response (which may be an error status) or throws
 * `HttpCallError` when no answer came or waiting was refused.
 *
 * @example
 * const res = await sendWithRetry({ method: 'GET', url, headers: {} }, { transport, sleep, now: Date.now });
 */
export const sendWithRetry = async (
  req: HttpRequest,
  options: HttpClientOptions,
): Promise<HttpResponse> => {
  const { transport, sleep, now, deadline, advise, random = Math.random } = options;
  const { timeoutMs = 5000, retries = 2, baseDelayMs = 250, maxDelayMs = 10_000 } = options;
  const where = `${req.method} ${req.url}`;
  let lastProblem = '';
  let lastStatus: number | null = null;
  let lastResponse: HttpResponse | undefined;
  const fail = (message: string, attempts: number) =>
    new HttpCallError(message, req.url, lastStatus, attempts, lastResponse);
  for (let attempt = 0; attempt <= retries; attempt++) {
    const left = deadline === undefined ? Infinity : deadline - now();
    if (left <= 0) {
      const last = lastProblem ? ` after ${lastProblem}` : '';
      throw fail(`${where}: the deadline passed${last}`, attempt);
    }
    const attemptTimeout = Math.min(timeoutMs, left);
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    let delay = backoffMs(baseDelayMs, attempt, random);
    let why = '';
    // undefined: the transport threw; null: the timeout won the race.
    let result: HttpResponse | null | undefined;
    try {
      result = await Promise.race([
        transport({ ...req, signal: controller?.signal }),
        sleep(attemptTimeout).then(() => null),
      ]);
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
      lastStatus = null;
    }
    if (result === null) {
      controller?.abort();
      lastProblem = `timed out after ${formatMs(attemptTimeout)}`;
      lastStatus = null;
    } else if (result !== undefined) {
      if (!retryable(result.status) || attempt === retries) return result;
      lastProblem = `HTTP ${result.status}`;
      lastStatus = result.status;
      lastResponse = result;
      const advice = advise?.(result, attempt);
      if (advice && 'stop' in advice)
        throw fail(`${where}: HTTP ${result.status}, ${advice.stop}`, attempt + 1);
      const asked = advice
        ? advice.waitMs
        : retryAfterMs(headerOf(result.headers, 'retry-after'), now());
      why = advice ? advice.why : asked === null ? '' : `Retry-After ${formatMs(asked)}`;
      if (asked !== null && asked > maxDelayMs) {
        throw fail(
          `${where}: HTTP ${result.status}, ${why} is longer than the ${maxDelayMs} ms we wait`,
          attempt + 1,
        );
      }
      if (asked !== null) delay = advice ? asked : Math.max(delay, asked);
    }
    if (attempt < retries) {
      const wait = Math.min(delay, maxDelayMs);
      const remaining = deadline === undefined ? Infinity : deadline - now();
      if (wait >= remaining) {
        const reason = why ? `${lastProblem} (${why})` : lastProblem;
        throw fail(
          `${where}: ${reason}; waiting ${formatMs(wait)} would pass the deadline (${formatMs(Math.max(0, remaining))} left)`,
          attempt + 1,
        );
      }
      await sleep(wait);
    }
  }
  throw fail(
    `${where} failed after ${retries + 1} attempt${retries === 0 ? '' : 's'}: ${lastProblem}`,
    retries + 1,
  );
};
