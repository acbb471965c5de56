import { LRUCache } from 'lru-cache';
import type { Queryable } from '../db/types';
import { findActiveKey, type ApiKey } from '../store/keys';
import { hashSecret } from './secrets';

/** Finds the key a request presents, with a short cache in front of the database. */
export interface KeyResolver {
  resolve(secret: string): Promise<ApiKey | undefined>;
  /** The key for `secret` if this replica verified it within the time to live; never asks the database. */
  known(secret: string): ApiKey | undefined;
  /** Drops every cached key (a key changed somewhere). */
  clear(): void;
  /** Database look-ups made so far (each costs a hash and a query). */
  readonly lookups: number;
}

/**
 * A resolver caching answers for `ttlMs` in a bounded LRU cache: found keys, and unknown or
 * revoked secrets too, so a client repeating a bad key costs neither a hash nor a query.
 * Revocation clears it on every replica through the change watcher, so the TTL only
 * bounds how long a missed notification can matter.
 *
 * @example
 * const keys = createKeyResolver(db);
 * await keys.resolve('hk_...'); // ApiKey | undefined
 */
export const createKeyResolver = (
  db: Queryable,
  { ttlMs = 5_000, maxEntries = 10_000 }: { ttlMs?: number; maxEntries?: number } = {},
): KeyResolver => {
  // Keyed by the secret itself: the hash is only needed to ask the database. `false` is a miss.
  const cache = new LRUCache<string, ApiKey | false>({ max: maxEntries, ttl: ttlMs });
  let generation = 0;
  let lookups = 0;
  return {
    async resolve(secret) {
      const hit = cache.get(secret);
      if (hit !== undefined) return hit || undefined;
      const started = generation;
      lookups++;
      const key = await findActiveKey(db, hashSecret(secret));
      // A revocation that landed while we were reading must not be undone by this write.
      if (started === generation) cache.set(secret, key ?? false);
      return key;
    },
    known(secret) {
      return cache.get(secret) || undefined;
    },
    clear() {
      generation++;
      cache.clear();
    },
    get lookups() {
      return lookups;
    },
  };
};
