import type { Clock } from '../http';

/**
 * A small time-to-live cache: entries expire after `ttlMs`, and the oldest entry goes
 * when `maxEntries` is reached.
 *
 * @example
 * const cache = new TtlCache<string>({ ttlMs: 60_000, now: Date.now });
 * cache.set('k', 'v'); cache.get('k') // 'v'
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: Clock;

  constructor(options: { ttlMs: number; maxEntries?: number; now: Clock }) {
    if (!(options.ttlMs > 0))
      throw new RangeError(`Cache ttlMs must be above 0, got ${options.ttlMs}`);
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 500;
    this.now = options.now;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
  }

  get size(): number {
    return this.entries.size;
  }
}
