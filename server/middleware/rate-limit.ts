import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';
import type { ApiKey } from '../store/keys';

/** Options for {@link rateLimit}. */
export interface RateLimitOptions {
  /** Requests per minute for keys without a limit of their own. */
  defaultPerMinute?: number;
  /** Seconds of traffic a key may send at once before it is throttled. */
  burstSeconds?: number;
  now?: () => number;
}

/**
 * A token bucket per API key (in this process): `perMinute / 60` tokens a second, up to
 * `burstSeconds` worth. An empty bucket gets 429 with `Retry-After`.
 *
 * @example
 * app.use('/v1/*', rateLimit({ defaultPerMinute: 6000 }));
 */
export const rateLimit = ({
  defaultPerMinute = 6000,
  burstSeconds = 10,
  now = Date.now,
}: RateLimitOptions = {}): MiddlewareHandler<{ Variables: { key: ApiKey } }> => {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async function rateLimit(c, next) {
    const key = c.get('key');
    const perMinute = key.rateLimitPerMinute ?? defaultPerMinute;
    const perMs = perMinute / 60_000;
    const capacity = Math.max(1, (perMinute / 60) * burstSeconds);
    const t = now();
    const bucket = buckets.get(key.id) ?? { tokens: capacity, at: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
    buckets.set(key.id, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new ApiError(
        'rate_limited',
        `key ${key.id} may send ${perMinute} requests a minute; retry in ${retryAfter} s`,
        {
          headers: { 'retry-after': String(retryAfter) },
          extra: { retryAfterSeconds: retryAfter },
        },
      );
    }
    bucket.tokens -= 1;
    await next();
  };
};
