import { RuleError } from './errors';
import type { OpContext } from './types';

/**
 * JSON-logic truthiness: false, 0, NaN, "", null, undefined, an empty array and an empty
 * plain object are falsy; everything else is truthy.
 */
export function truthy(value: unknown): boolean {
  if (value === true) return true;
  if (!value) return false;
  if (typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.length > 0;
  return !isPlainObject(value) || hasOwnKey(value);
}

function hasOwnKey(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

/** True for `{}`-style objects (prototype Object.prototype or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Coerces an arithmetic operand: numbers stay, booleans are 0/1, null is 0, strings parse
 * as whole numbers (`"1e2"` is 100, `""` is 0). Anything else, or a string that is not a
 * number, is a `nan` error.
 */
export function toNumber(value: unknown, ctx: OpContext): number {
  if (typeof value === 'number') return value;
  if (value === null || value === false) return 0;
  if (value === true) return 1;
  if (typeof value === 'string') {
    const n = Number(value);
    if (n === n) return n;
  }
  throw new RuleError('nan', `${ctx.op} needs numbers, got ${show(value)}`, ctx.path);
}

/** Refuses NaN and ±Infinity as arithmetic results. */
export function finite(n: number, ctx: OpContext): number {
  if (n - n === 0) return n;
  throw new RuleError('nan', `${ctx.op} produced ${n}, which is not a finite number`, ctx.path);
}

/**
 * A loose comparison operand. Two strings (or null) compare as JavaScript does; otherwise
 * both sides compare as numbers, and a side that is no number is a `nan` error.
 */
export function isTextual(value: unknown): boolean {
  return typeof value === 'string' || value === null;
}

/** Deep-freezes a constant so callers cannot change a compiled rule through its result. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A short rendering of a value for error messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * A value as text, the way JavaScript's `String`/`Array.prototype.join` would write it, but
 * never throwing: null and undefined are "", arrays join their items with ",", and an
 * object that cannot be converted (no prototype, or a throwing `toString`) is
 * "[object Object]".
 */
export function toText(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Like Array.prototype.join, a cycle (or absurd nesting) writes nothing instead of looping.
  if (Array.isArray(value)) {
    return depth > 32 ? '' : value.map((item) => toText(item, depth + 1)).join(',');
  }
  if (typeof value === 'object' || typeof value === 'function') {
    try {
      return String(value);
    } catch {
      return '[object Object]';
    }
  }
  return String(value);
}

/** A primitive as a number the way `Number()` does; objects are NaN (no conversion hooks run). */
export function toNumberish(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
    return Number(value);
  }
  return Number.NaN;
}
