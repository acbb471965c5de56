import type { Queryable } from '../db/types';
import { findActiveKey, type ApiKey } from '../store/keys';
import { hashSecret } from './secrets';

/** Finds the key a request presents, with a short cache in front of the database. */
export interface KeyResolver {
  resolve(secret: string): Promise<ApiKey | undefined>;
  /** Drops every cached key (a key changed somewhere). */
  clear(): void;
}

/**
 * A resolver caching hits for `ttlMs`. Revocation clears it on every replica through the
 * change watcher, so the TTL only bounds how long a missed notification can matter.
 *
 * @example
 * const keys = createKeyResolver(db);
 * await keys.resolve('hk_...'); // ApiKey | undefined
 */
export const createKeyResolver = (
  db: Queryable,
  { ttlMs = 5_000, maxEntries = 10_000 }: { ttlMs?: number; maxEntries?: number } = {},
): KeyResolver => {
  const cache = new Map<string, { key: ApiKey; until: number }>();
  let generation = 0;
  return {
    async resolve(secret) {
      // Keyed by the secret itself: the hash is only needed to ask the database.
      const hit = cache.get(secret);
      if (hit && hit.until > Date.now()) return hit.key;
      const hash = hashSecret(secret);
      const started = generation;
      const key = await findActiveKey(db, hash);
      // A revocation that landed while we were reading must not be undone by this write.
      if (key && started === generation) {
        if (cache.size >= maxEntries) cache.clear();
        cache.set(secret, { key, until: Date.now() + ttlMs });
      }
      return key;
    },
    clear() {
      generation++;
      cache.clear();
    },
  };
};
