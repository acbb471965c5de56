import type { MiddlewareHandler } from 'hono';
import type { KeyResolver } from '../auth/key-resolver';
import { ApiError } from '../errors';
import type { ApiKey, Scope } from '../store/keys';

/** What a route asks of the caller: a scope, any valid key, or nothing. */
export type Access = Scope | 'any' | 'public';

/** Whether a key may act with `scope`; `admin` may do everything. */
export const allows = (key: ApiKey, scope: Scope): boolean =>
  key.scopes.includes('admin') || key.scopes.includes(scope);

/**
 * Refuses requests without a valid `Authorization: Bearer <key>` (401) or whose key lacks
 * the scope (403); puts the key on the context as `key`.
 *
 * @example
 * app.post('/v1/rulesets', auth({ keys, access: 'edit' }), handler);
 */
export const auth = ({
  keys,
  access,
}: {
  keys: KeyResolver;
  access: Exclude<Access, 'public'>;
}): MiddlewareHandler<{
  Variables: { key: ApiKey };
}> =>
  async function auth(c, next) {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match) {
      throw new ApiError('unauthorized', 'send an API key as "Authorization: Bearer <key>"', {
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    const key = match[1]!.length <= 200 ? await keys.resolve(match[1]!) : undefined;
    if (!key) {
      throw new ApiError('unauthorized', 'the API key is unknown or revoked', {
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      });
    }
    if (access !== 'any' && !allows(key, access)) {
      throw new ApiError('forbidden', `this key (${key.id}) lacks the "${access}" scope`, {
        extra: { requiredScope: access },
      });
    }
    c.set('key', key);
    await next();
  };
