import { toText } from './values';

/**
 * Paths: where a node sits inside a rule (for error messages), and safe `var` lookups
 * into the data.
 */

/** The path of a child: `rule.and[1]`, `rule.var`, `rule["!"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** Segments `var` never follows, even as own properties: they lead to prototypes. */
const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

/** True when a `var` path segment is refused outright. */
export function isBlockedSegment(segment: string): boolean {
  return BLOCKED.has(segment);
}

/**
 * Splits a `var` path: `"customer.tier"` → `["customer", "tier"]`. An empty, null or
 * missing path means the whole data (returns an empty list).
 */
export function splitVarPath(path: unknown): string[] {
  if (path === undefined || path === null || path === '') return [];
  return (typeof path === 'string' ? path : toText(path)).split('.');
}

/**
 * Reads own properties only: never inherited members, never `__proto__`, `constructor`
 * or `prototype`. Missing steps give `fallback`; a stored null stays null.
 */
export function lookup(data: unknown, segments: readonly string[], fallback: unknown): unknown {
  let current = data;
  for (let i = 0; i < segments.length; i++) {
    if (current === null || current === undefined) return fallback;
    current = ownValue(current, segments[i]);
    if (current === undefined) return fallback;
  }
  return current === undefined ? null : current;
}

/** `value[key]` when `key` is an own, unblocked property of `value`; otherwise undefined. */
export function ownValue(value: unknown, key: string): unknown {
  if (value === null || value === undefined || BLOCKED.has(key)) return undefined;
  return Object.hasOwn(value as object, key) ? (value as Record<string, unknown>)[key] : undefined;
}
