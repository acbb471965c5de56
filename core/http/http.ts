/** An HTTP request as the injected transport receives it. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Aborted when the request times out, for transports that can cancel (fetch). */
  signal?: AbortSignal;
}

/** An HTTP response as the injected transport returns it. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one HTTP request: `fetch` in a server, n8n's helpers in a node, a stub in a test. */
export type Transport = (req: HttpRequest) => Promise<HttpResponse>;
/** Waits the given milliseconds. */
export type Sleep = (ms: number) => Promise<void>;
/** Now, in epoch milliseconds. */
export type Clock = () => number;

/** Why an HTTP call failed after its retries: names the URL, the status or the cause. */
export class HttpCallError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'HttpCallError';
  }
}

export interface RetryPolicy {
  /** Per attempt (default 5000 ms). */
  timeoutMs?: number;
  /** Retries after the first attempt, on 429, 5xx, timeouts and network errors (default 2). */
  retries?: number;
  /** First backoff, doubled each retry (default 250 ms). */
  baseDelayMs?: number;
  /** Longest wait between attempts; a longer Retry-After gives up instead (default 10 s). */
  maxDelayMs?: number;
}

export interface HttpClientOptions extends RetryPolicy {
  transport: Transport;
  sleep: Sleep;
  now: Clock;
}

const header = (headers: Record<string, string>, name: string): string | undefined => {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key];
  return undefined;
};

/**
 * Milliseconds a Retry-After header asks to wait: delta-seconds or an HTTP date.
 *
 * @example
 * retryAfterMs('2', 0) // 2000
 */
export const retryAfterMs = (value: string | undefined, now: number): number | null => {
  if (value === undefined || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
};

const retryable = (status: number): boolean => status === 429 || status >= 500;

/**
 * Sends a request with a per-attempt timeout and retries with exponential backoff on
 * 429, 5xx, timeouts and network errors, honouring Retry-After. Resolves with the last
 * response (which may be an error status that is not retryable) or throws
 * `HttpCallError` when every attempt failed.
 *
 * @example
 * const res = await sendWithRetry({ method: 'GET', url, headers: {} }, { transport, sleep, now: Date.now });
 */
export const sendWithRetry = async (
  req: HttpRequest,
  options: HttpClientOptions,
): Promise<HttpResponse> => {
  const {
    transport,
    sleep,
    now,
    timeoutMs = 5000,
    retries = 2,
    baseDelayMs = 250,
    maxDelayMs = 10_000,
  } = options;
  let lastProblem = '';
  let lastStatus: number | null = null;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    let delay = baseDelayMs * 2 ** attempt;
    // undefined: the transport threw; null: the timeout won the race.
    let result: HttpResponse | null | undefined;
    try {
      result = await Promise.race([
        transport({ ...req, signal: controller?.signal }),
        sleep(timeoutMs).then(() => null),
      ]);
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
      lastStatus = null;
    }
    if (result === null) {
      controller?.abort();
      lastProblem = `timed out after ${timeoutMs} ms`;
      lastStatus = null;
    } else if (result !== undefined) {
      if (!retryable(result.status) || attempt === retries) return result;
      lastProblem = `HTTP ${result.status}`;
      lastStatus = result.status;
      const asked = retryAfterMs(header(result.headers, 'retry-after'), now());
      if (asked !== null && asked > maxDelayMs) {
        throw new HttpCallError(
          `${req.method} ${req.url}: HTTP ${result.status}, Retry-After ${Math.ceil(asked / 1000)} s is longer than the ${maxDelayMs} ms we wait`,
          req.url,
          result.status,
          attempt + 1,
        );
      }
      if (asked !== null) delay = Math.max(delay, asked);
    }
    if (attempt < retries) await sleep(Math.min(delay, maxDelayMs));
  }
  throw new HttpCallError(
    `${req.method} ${req.url} failed after ${retries + 1} attempt${retries === 0 ? '' : 's'}: ${lastProblem}`,
    req.url,
    lastStatus,
    retries + 1,
  );
};
