import { LRUCache } from 'lru-cache';
import type { Ruleset } from '../../core';
import type { Queryable } from '../db/types';
import { getPublished } from '../store/rulesets';

/** A published ruleset ready to evaluate. */
export interface Published<P> {
  id: string;
  version: string;
  ruleset: Ruleset;
  prepared: P;
}

/** The published rulesets this replica evaluates, read once and kept until a change. */
export interface PublishedCache<P> {
  /** The published version of `id`, or `undefined` when it has none. */
  get(id: string): Promise<Published<P> | undefined>;
  clear(): void;
}

/**
 * Caches each ruleset's published version, prepared once (compiled) with `prepare`, in a
 * bounded LRU cache (ids that have no ruleset are remembered too, so it must be bounded).
 * `clear()` is wired to the change watcher, so a publish anywhere is seen here within
 * the watcher's poll interval at most.
 *
 * @example
 * const cache = createPublishedCache(db, (r) => compileRuleset(r));
 * (await cache.get('billing'))?.version; // 'sha256:...'
 */
export const createPublishedCache = <P>(
  db: Queryable,
  prepare: (ruleset: Ruleset) => P,
  { maxEntries = 1000 }: { maxEntries?: number } = {},
): PublishedCache<P> => {
  const fresh = () => new LRUCache<string, Promise<Published<P> | undefined>>({ max: maxEntries });
  let entries = fresh();
  return {
    get(id) {
      let entry = entries.get(id);
      if (!entry) {
        const owner = entries;
        entry = getPublished(db, id).then((v) =>
          v
            ? { id, version: v.version, ruleset: v.content, prepared: prepare(v.content) }
            : undefined,
        );
        // A failed read is not remembered; the next request tries again.
        entry.catch(() => owner.delete(id));
        owner.set(id, entry);
      }
      return entry;
    },
    clear() {
      // A read in flight fills the old map, which nobody looks at any more.
      entries = fresh();
    },
  };
};
