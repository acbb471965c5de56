import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';
import type { ApiKey } from '../store/keys';
import type { Limiters } from './limiters';

/** Options for {@link rateLimit}. */
export interface RateLimitOptions {
  limiters: Limiters;
  /** Requests per minute for keys without a limit of their own. */
  defaultPerMinute?: number;
}

/** The 429 a throttled caller gets, saying when to come back. */
export const rateLimited = (ms: number, message: string): ApiError => {
  const retryAfter = Math.max(1, Math.ceil(ms / 1000));
  return new ApiError('rate_limited', `${message}; retry in ${retryAfter} s`, {
    headers: { 'retry-after': String(retryAfter) },
    extra: { retryAfterSeconds: retryAfter },
  });
};

/**
 * Limits each API key (after authentication) to its requests a minute, counted in
 * 10-second windows in the limiters' store, so the limit holds across replicas when the
 * store is shared. Over it: 429 with `Retry-After`.
 *
 * @example
 * app.use('/v1/*', auth({ keys, access: 'any' }), rateLimit({ limiters, defaultPerMinute: 6000 }));
 */
export const rateLimit = ({
  limiters,
  defaultPerMinute = 6000,
}: RateLimitOptions): MiddlewareHandler<{ Variables: { key: ApiKey } }> =>
  async function rateLimit(c, next) {
    const key = c.get('key');
    const perMinute = key.rateLimitPerMinute ?? defaultPerMinute;
    const wait = await limiters.key(perMinute).take(key.id);
    if (wait) throw rateLimited(wait, `key ${key.id} may send ${perMinute} requests a minute`);
    await next();
  };
