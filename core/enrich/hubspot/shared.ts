import { TokenBucket } from '../../http';

/** Requests per second and burst for one token; HubSpot's own client keeps to 9 a second. */
export interface HubSpotLimits {
  requestsPerSecond?: number;
  /** The search endpoints have a lower per-second limit of their own. */
  searchesPerSecond?: number;
}

/**
 * What all adapters for one token share in this process: its rate limiters, its pipeline
 * labels and the dated endpoints its account lacks. HubSpot counts limits per app and
 * account, so every handoff using the token draws on the same buckets.
 */
export interface HubSpotShared {
  bucket: TokenBucket;
  searchBucket: TokenBucket;
  cache: Map<string, { value: unknown; expires: number }>;
}

// FNV-1a: a map key that does not keep the token itself around in another structure.
const fingerprint = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16)}.${text.length}`;
};

const registry = new Map<string, HubSpotShared>();
const maxTokens = 200;

/**
 * The shared state of a token at a base URL, created on first use.
 *
 * @example
 * const shared = sharedFor('https://api.hubapi.com', token, {});
 */
export const sharedFor = (base: string, token: string, limits: HubSpotLimits): HubSpotShared => {
  const key = `${base}|${fingerprint(token)}`;
  let shared = registry.get(key);
  if (!shared) {
    const perSecond = limits.requestsPerSecond ?? 9;
    const searches = limits.searchesPerSecond ?? 4;
    shared = {
      bucket: new TokenBucket({
        capacity: Math.max(1, Math.ceil(perSecond)),
        refillPerSecond: perSecond,
      }),
      searchBucket: new TokenBucket({
        capacity: Math.max(1, Math.ceil(searches)),
        refillPerSecond: searches,
      }),
      cache: new Map(),
    };
    if (registry.size >= maxTokens) registry.delete(registry.keys().next().value as string);
    registry.set(key, shared);
  }
  return shared;
};

/** A value from the shared cache, or undefined when absent or expired. */
export const cached = <T>(shared: HubSpotShared, key: string, now: number): T | undefined => {
  const hit = shared.cache.get(key);
  if (!hit) return undefined;
  if (hit.expires <= now) {
    shared.cache.delete(key);
    return undefined;
  }
  return hit.value as T;
};

/** Keeps a value in the shared cache until `now + ttlMs`. */
export const remember = (
  shared: HubSpotShared,
  key: string,
  value: unknown,
  now: number,
  ttlMs: number,
): void => {
  shared.cache.set(key, { value, expires: now + ttlMs });
};
