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
    /** The last answer, when there was one, so an adapter can read the API's error body. */
    readonly response?: HttpResponse,
  ) {
    super(message);
    this.name = 'HttpCallError';
  }
}

/**
 * What an API-aware caller says about a retryable answer: wait this long (and why), or
 * stop now (and why). Undefined leaves the generic backoff and Retry-After in charge.
 */
export type RetryAdvice = { waitMs: number; why: string } | { stop: string } | undefined;

export interface RetryPolicy {
  /** Per attempt (default 5000 ms); cut to the time left before `deadline`. */
  timeoutMs?: number;
  /** Retries after the first attempt, on 429, 5xx, timeouts and network errors (default 2). */
  retries?: number;
  /** First backoff, doubled each retry, with jitter (default 250 ms). */
  baseDelayMs?: number;
  /** Longest wait between attempts; a longer Retry-After gives up instead (default 10 s). */
  maxDelayMs?: number;
  /**
   * Epoch milliseconds by which the caller needs an answer: no attempt runs past it and
   * no wait ends after it; the call gives up instead, saying what it would have waited for.
   */
  deadline?: number;
}

export interface HttpClientOptions extends RetryPolicy {
  transport: Transport;
  sleep: Sleep;
  now: Clock;
  /** A number in [0, 1) for jitter (default Math.random); tests pass a constant. */
  random?: () => number;
  /** Reads an API's own rate-limit answer (policy names, window headers) before the generic backoff. */
  advise?: (res: HttpResponse, attempt: number) => RetryAdvice;
}
