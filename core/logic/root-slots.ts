import { type Bag, INHERITED_NAMES, isPlainContainer, makeGetter, notOwn } from './getters';
import { isBlockedSegment, lookup } from './path';
import type { Closure } from './types';

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
