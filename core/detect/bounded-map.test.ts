import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map';

describe('BoundedMap', () => {
  it('empties itself when a new key would pass the bound, and keeps replacing a key in place', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1).set('b', 2);
    m.set('b', 3);
    expect([...m]).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    m.set('c', 4);
    expect([...m]).toEqual([['c', 4]]);
  });
});
