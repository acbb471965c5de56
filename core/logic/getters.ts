import { isBlockedSegment, lookup } from './path';
import type { Closure } from './types';

export type Bag = Record<string, unknown>;

/**
 * Names that exist on the prototypes JSON values inherit from. Reading one of them needs a
 * real own-property check; any other name found on a plain object or array is own.
 */
export const INHERITED_NAMES = new Set<string>();
for (const proto of [
  Object.prototype,
  Array.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
  Function.prototype,
]) {
  for (const name of Object.getOwnPropertyNames(proto)) INHERITED_NAMES.add(name);
}

const OBJECT_PROTO: unknown = Object.prototype;
const ARRAY_PROTO: unknown = Array.prototype;

/** True for objects whose prototype is exactly Object.prototype or Array.prototype. */
export function isPlainContainer(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === OBJECT_PROTO || proto === ARRAY_PROTO;
}

/**
 * True when a value found under a name that no builtin prototype has may still be
 * inherited: for objects that are not plain objects or arrays (class instances,
 * `Object.create(...)`), which then get a real own check.
 */
export function notOwn(d: unknown, key: string): boolean {
  if (typeof d !== 'object' && typeof d !== 'function') return false;
  return !isPlainContainer(d) && !Object.hasOwn(d as object, key);
}

/**
 * A closure reading a constant `var` path with the same result as {@link lookup}, specialised
 * by path length. Paths with a blocked segment always give the fallback; paths naming
 * inherited members use the general lookup with its own-property checks.
 */
export function makeGetter(segments: readonly string[], fallback: unknown): Closure {
  if (segments.some(isBlockedSegment)) return () => fallback;
  if (segments.some((s) => INHERITED_NAMES.has(s))) {
    return (d) => lookup(d, segments, fallback);
  }
  const [a, b, c] = segments;
  switch (segments.length) {
    case 0:
      return (d) => (d === undefined ? null : d);
    case 1:
      return (d) => {
        if (d === null || d === undefined) return fallback;
        const v = (d as Bag)[a];
        return v === undefined || notOwn(d, a) ? fallback : v;
      };
    case 2:
      return (d) => {
        if (d === null || d === undefined) return fallback;
        const x = (d as Bag)[a];
        if (x === null || x === undefined || notOwn(d, a)) return fallback;
        const v = (x as Bag)[b];
        return v === undefined || notOwn(x, b) ? fallback : v;
      };
    case 3:
      return (d) => {
        if (d === null || d === undefined) return fallback;
        const x = (d as Bag)[a];
        if (x === null || x === undefined || notOwn(d, a)) return fallback;
        const y = (x as Bag)[b];
        if (y === null || y === undefined || notOwn(x, b)) return fallback;
        const v = (y as Bag)[c];
        return v === undefined || notOwn(y, c) ? fallback : v;
      };
    default:
      return (d) => {
        let x = d;
        for (let i = 0; i < segments.length; i++) {
          if (x === null || x === undefined) return fallback;
          const key = segments[i];
          const next = (x as Bag)[key];
          if (next === undefined || notOwn(x, key)) return fallback;
          x = next;
        }
        return x;
      };
  }
}
