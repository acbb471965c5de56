import type { Context, MiddlewareHandler } from 'hono';
import type { KeyResolver } from '../auth/key-resolver';
import { ApiError } from '../errors';
import type { ApiKey, Scope } from '../store/keys';
import type { Throttle } from './limiters';
import { rateLimited } from './rate-limit';

/** What a route asks of the caller: a scope, any valid key, or nothing. */
export type Access = Scope | 'any' | 'public';

/** Whether a key may act with `scope`; `admin` may do everything. */
export const allows = (key: ApiKey, scope: Scope): boolean =>
  key.scopes.includes('admin') || key.scopes.includes(scope);

/** Counts requests without a valid key by client address, and refuses an address over its limit. */
export interface AddressGuard {
  throttle: Throttle;
  addressOf: (c: Context) => string;
}

const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Refuses requests without a valid `Authorization: Bearer <key>` (401) or whose key lacks
 * the scope (403); puts the key on the context as `key`. With `guard`, an address that
 * sent too many requests without a valid key is refused (429) before its key is hashed or
 * looked up, so a flood of bad keys costs neither a hash nor a query; only keys this
 * replica verified within the last seconds still pass from it.
 *
 * @example
 * app.post('/v1/rulesets', auth({ keys, access: 'edit' }), handler);
 */
export const auth = ({
  keys,
  access,
  guard,
}: {
  keys: KeyResolver;
  access: Exclude<Access, 'public'>;
  guard?: AddressGuard;
}): MiddlewareHandler<{
  Variables: { key: ApiKey };
}> =>
  async function auth(c, next) {
    const address = guard?.addressOf(c);
    const match = bearer.exec(c.req.header('authorization') ?? '');
    if (guard) {
      const wait = guard.throttle.blockedMs(address!);
      // A blocked address still gets through with a key verified here recently (memory only),
      // so one misconfigured client does not lock out the others behind the same address.
      if (wait && !(match && keys.known(match[1]!)))
        throw rateLimited(wait, 'too many requests without a valid API key');
    }
    const refuse = async (error: ApiError): Promise<never> => {
      const wait = guard ? await guard.throttle.take(address!) : 0;
      throw wait ? rateLimited(wait, 'too many requests without a valid API key') : error;
    };
    if (!match) {
      return refuse(
        new ApiError('unauthorized', 'send an API key as "Authorization: Bearer <key>"', {
          headers: { 'www-authenticate': 'Bearer' },
        }),
      );
    }
    const key = match[1]!.length <= 200 ? await keys.resolve(match[1]!) : undefined;
    if (!key) {
      return refuse(
        new ApiError('unauthorized', 'the API key is unknown or revoked', {
          headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
        }),
      );
    }
    if (access !== 'any' && !allows(key, access)) {
      throw new ApiError('forbidden', `this key (${key.id}) lacks the "${access}" scope`, {
        extra: { requiredScope: access },
      });
    }
    c.set('key', key);
    await next();
  };
