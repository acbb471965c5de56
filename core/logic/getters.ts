import { isBlockedSegment, lookup } from './path';
import type { Closure } from './types';

type Bag = Record<string, unknown>;

/**
 * Names that exist on the prototypes JSON values inherit from. Reading one of them needs a
 * real own-property check; any other name found on a plain object or array is own.
 */
const INHERITED_NAMES = new Set<string>();
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
function isPlainContainer(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === OBJECT_PROTO || proto === ARRAY_PROTO;
}

/**
 * True when a value found under a name that no builtin prototype has may still be
 * inherited: for objects that are not plain objects or arrays (class instances,
 * `Object.create(...)`), which then get a real own check.
 */
function notOwn(d: unknown, key: string): boolean {
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

/**
 * The root's first-level values, read once per evaluation. Rules read many paths under a
 * few roots (`customer.*`, `signals.*`); reading `customer` once, with its own-property
 * check, and remembering whether it is a plain object or array lets every top-scope getter
 * start from an array slot instead of a lookup in the data.
 */
export class RootSlots {
  readonly keys: string[] = [];
  readonly values: unknown[] = [];
  /** True when the slot's value is a plain object or array (its unlisted names are own). */
  readonly plain: boolean[] = [];

  /** The slot of a first-level name, or undefined for names that need the general lookup. */
  slot(key: string): number | undefined {
    if (isBlockedSegment(key) || INHERITED_NAMES.has(key)) return undefined;
    let k = this.keys.indexOf(key);
    if (k === -1) {
      k = this.keys.push(key) - 1;
      this.values.push(undefined);
      this.plain.push(false);
    }
    return k;
  }

  /** Reads every slot from the root data. */
  fill(root: unknown): void {
    const { keys, values, plain } = this;
    const held = root !== null && root !== undefined;
    // One prototype check of the root serves every slot.
    const rootOwnOnly =
      (typeof root === 'object' || typeof root === 'function') && !isPlainContainer(root);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const v = held ? (root as Bag)[key] : undefined;
      const own = v !== undefined && (!rootOwnOnly || Object.hasOwn(root as object, key));
      values[k] = own ? v : undefined;
      plain[k] = own && isPlainContainer(v);
    }
  }
}

/**
 * A top-scope getter for `[first, ...rest]` starting from the root slot of `first`; the
 * same result as {@link lookup} on the root.
 */
export function makeRootGetter(
  slots: RootSlots,
  k: number,
  rest: readonly string[],
  fallback: unknown,
): Closure {
  const { values, plain } = slots;
  if (rest.some(isBlockedSegment)) return () => fallback;
  if (rest.some((s) => INHERITED_NAMES.has(s))) {
    return () => {
      const x = values[k];
      return x === undefined ? fallback : lookup(x, rest, fallback);
    };
  }
  const [b, c] = rest;
  switch (rest.length) {
    case 0:
      return () => {
        const x = values[k];
        return x === undefined ? fallback : x;
      };
    case 1:
      return () => readSlot(values, plain, k, b, fallback);
    case 2:
      return () => {
        const x = values[k];
        if (x === null || x === undefined) return fallback;
        const y = (x as Bag)[b];
        if (y === null || y === undefined || (!plain[k] && notOwn(x, b))) return fallback;
        const v = (y as Bag)[c];
        return v === undefined || notOwn(y, c) ? fallback : v;
      };
    default: {
      const inner = makeGetter(rest, fallback);
      return () => {
        const x = values[k];
        if (x === null || x === undefined) return fallback;
        return plain[k] || !notOwn(x, b) ? inner(x) : fallback;
      };
    }
  }
}

/**
 * Reads `root.<slot k>.<key>`: the body of the most common top-scope getter, as a plain
 * function so that fused comparisons call it directly (V8 inlines a call with one known
 * target, not a call through a closure variable).
 */
export function readSlot(
  values: readonly unknown[],
  plain: readonly boolean[],
  k: number,
  key: string,
  fallback: unknown,
): unknown {
  const x = values[k];
  if (x === null || x === undefined) return fallback;
  const v = (x as Bag)[key];
  return v === undefined || (!plain[k] && notOwn(x, key)) ? fallback : v;
}

/** Where a top-scope two-segment `var` reads from, for {@link readSlot}. */
export interface SlotAccess {
  readonly values: readonly unknown[];
  readonly plain: readonly boolean[];
  readonly k: number;
  readonly key: string;
  readonly fallback: unknown;
}

/** The {@link SlotAccess} of a path, when it is a plain two-segment top-scope read. */
export function slotAccess(
  slots: RootSlots,
  k: number,
  rest: readonly string[],
  fallback: unknown,
): SlotAccess | undefined {
  if (rest.length !== 1 || isBlockedSegment(rest[0]) || INHERITED_NAMES.has(rest[0]))
    return undefined;
  return { values: slots.values, plain: slots.plain, k, key: rest[0], fallback };
}

/** A placeholder access for closures that read through their getter instead. */
export const NO_SLOT: SlotAccess = { values: [], plain: [], k: 0, key: '', fallback: null };
