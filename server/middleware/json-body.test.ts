import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './json-body';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [1] }, 1)).toBe(true);
    expect(nestsDeeperThan({ a: [1] }, 2)).toBe(false);
    expect(nestsDeeperThan([1, 2, { b: { c: {} } }], 3)).toBe(true);
    expect(nestsDeeperThan([1, 2, { b: { c: {} } }], 4)).toBe(false);
  });

  it('stops early on a very deep value', () => {
    let v: unknown = [];
    for (let i = 0; i < 200_000; i++) v = [v];
    expect(nestsDeeperThan(v, 64)).toBe(true);
  });
});
