import { type Bag, INHERITED_NAMES, notOwn } from './getters';
import { isBlockedSegment } from './path';
import type { Closure } from './types';

/**
 * Getters with an inline cache of their own. V8 keeps the inline caches of a function
 * literal once, shared by every closure made from it: one getter literal serving every
 * `var` of every rule sees all their object shapes, its property loads go megamorphic, and
 * its own-property check (`Object.getPrototypeOf`) stays a builtin call. A literal that
 * serves one path sees the one or few shapes of the objects on that path, so V8 inlines its
 * loads and folds the prototype check into the map check it makes anyway: own-property
 * safety at no cost. Hence the identical copies below, one per distinct path (first come,
 * first served, for the life of the process); further paths get the shared getters of
 * getters.ts, which behave the same. `site-getters.test.ts` keeps the copies identical.
 */

/** `value` when it was read from an own property `key` of `holder`, else undefined. */
function own(holder: unknown, key: string, value: unknown): unknown {
  return value === undefined || notOwn(holder, key) ? undefined : value;
}

/** Makes the getter of a path of `n` (1 to 3) segments `a.b.c`. */
type Site = (a: string, b: string, c: string, n: number, fallback: unknown) => Closure;

/**
 * The copies; do not edit one without the others (the test compares their source). 64:
 * the builder catalogue's 17 fields, the 10 signal codes and `strength` leave room for
 * rules' own paths.
 */
export const SITES: readonly Site[] = [
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
  (a, b, c, n, f) => (d) => {
    const x = d === null || d === undefined ? undefined : own(d, a, (d as Bag)[a]);
    if (n === 1 || x === undefined || x === null) return n === 1 && x !== undefined ? x : f;
    const y = own(x, b, (x as Bag)[b]);
    if (n === 2 || y === undefined || y === null) return n === 2 && y !== undefined ? y : f;
    const v = own(y, c, (y as Bag)[c]);
    return v === undefined ? f : v;
  },
];

const assigned = new Map<string, Site>();

/**
 * A getter of its own for a constant `var` path of 1 to 3 plain segments, the same result
 * as `lookup`; undefined for other paths and once every copy is taken.
 */
export function siteGetter(path: readonly string[], fallback: unknown): Closure | undefined {
  if (path.length < 1 || path.length > 3) return undefined;
  if (path.some((s) => isBlockedSegment(s) || INHERITED_NAMES.has(s))) return undefined;
  const id = path.join('.');
  let site = assigned.get(id);
  if (site === undefined) {
    if (assigned.size >= SITES.length) return undefined;
    site = SITES[assigned.size];
    assigned.set(id, site);
  }
  return site(path[0], path[1] ?? '', path[2] ?? '', path.length, fallback);
}
