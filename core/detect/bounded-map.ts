/**
 * A map that empties itself when it is full: a memory of recent results whose size stays
 * bounded, so a long-running process keeps a flat heap. Emptying all at once costs a few
 * recomputations and nothing per lookup (no recency bookkeeping).
 *
 * @example
 * const memo = new BoundedMap<string, string>(1_000);
 * memo.set('a', 'b').get('a'); // 'b'
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
