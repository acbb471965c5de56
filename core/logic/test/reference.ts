import { createRequire } from 'node:module';

/**
 * json-logic-js as the fuzz reference, plus one patch per documented, intended difference.
 * Each patch is small and written against json-logic-js's own extension points
 * (`add_operation`, `truthy`) or as a check before it runs; the README lists the same
 * differences. `referenceApply(rule, data, {without})` leaves patches out, which is how
 * the fuzz test attributes every difference from stock json-logic-js to a named patch.
 */

interface Js {
  apply(rule: unknown, data?: unknown): unknown;
  add_operation(name: string, fn: never): void;
  truthy: (value: unknown) => boolean;
}

/** An error the reference raises, with the code our engine uses for the same failure. */
export class ReferenceError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const fail = (code: string): never => {
  throw new ReferenceError(code);
};

function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v === null || v === false) return 0;
  if (v === true) return 1;
  if (typeof v === 'string' && !Number.isNaN(Number(v))) return Number(v);
  return fail('nan');
}
const finite = (n: number) => (Number.isFinite(n) ? n : fail('nan'));
const textual = (v: unknown) => typeof v === 'string' || v === null;

type Cmp = (a: never, b: never) => boolean;
function chain(cmp: Cmp, loose: boolean) {
  return (...vals: unknown[]) => {
    for (let i = 1; i < vals.length; i++) {
      const [a, b] = [vals[i - 1], vals[i]];
      const ok =
        !loose || (textual(a) && textual(b))
          ? cmp(a as never, b as never)
          : cmp(num(a) as never, num(b) as never);
      if (!ok) return false;
    }
    return true;
  };
}

const OWN_BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

/** The documented differences, each as a patch of json-logic-js. */
export const patches = {
  numbers: {
    doc: '+ - * / % coerce with Number() (not parseFloat), refuse arrays, objects and non-numeric strings, fold over every argument, and refuse NaN/Infinity results (division by zero) with a `nan` error',
    ops: {
      '+': (...v: unknown[]) => finite(v.reduce<number>((s, x) => s + num(x), 0)),
      '*': (...v: unknown[]) => finite(v.reduce<number>((s, x) => s * num(x), 1)),
      '-': (...v: unknown[]) =>
        finite(
          v.length === 1 ? -num(v[0]) : v.slice(1).reduce<number>((s, x) => s - num(x), num(v[0])),
        ),
      '/': (...v: unknown[]) =>
        finite(
          v.length === 1
            ? 1 / num(v[0])
            : v.slice(1).reduce<number>((s, x) => s / num(x), num(v[0])),
        ),
      '%': (...v: unknown[]) => finite(v.slice(1).reduce<number>((s, x) => s % num(x), num(v[0]))),
    },
  },
  minMax: {
    doc: 'min and max take numbers only (no coercion) and at least one; otherwise `invalid_arguments`',
    ops: {
      min: (...v: unknown[]) =>
        v.every((x) => typeof x === 'number')
          ? Math.min(...(v as number[]))
          : fail('invalid_arguments'),
      max: (...v: unknown[]) =>
        v.every((x) => typeof x === 'number')
          ? Math.max(...(v as number[]))
          : fail('invalid_arguments'),
    },
  },
  comparisons: {
    doc: 'every comparison chains over all its arguments; loose comparisons of two strings (or null) stay string comparisons, anything else compares as numbers and a non-number is a `nan` error instead of a silent false',
    ops: {
      '==': chain((a, b) => a == b, true), // eslint-disable-line eqeqeq
      '!=': chain((a, b) => a != b, true), // eslint-disable-line eqeqeq
      '<': chain((a, b) => a < b, true),
      '<=': chain((a, b) => a <= b, true),
      '>': chain((a, b) => a > b, true),
      '>=': chain((a, b) => a >= b, true),
      '===': chain((a, b) => a === b, false),
      '!==': chain((a, b) => a !== b, false),
    },
  },
  ownProperties: {
    doc: 'var reads own properties only and never follows __proto__, constructor or prototype',
    ops: {
      var(this: unknown, path?: unknown, fallback?: unknown) {
        const missing = fallback === undefined ? null : fallback;
        if (path === undefined || path === null || path === '') return this;
        let cur: unknown = this;
        for (const key of String(path).split('.')) {
          if (
            cur === null ||
            cur === undefined ||
            OWN_BLOCKED.has(key) ||
            !Object.hasOwn(cur as object, key)
          )
            return missing;
          cur = (cur as Record<string, unknown>)[key];
          if (cur === undefined) return missing;
        }
        return cur;
      },
    },
  },
  // Always applied: it changes where the value goes, not the result.
  quietLog: {
    doc: 'log hands the value to an injected logger instead of console.log (core has no console)',
    ops: { log: (v: unknown) => (v === undefined ? null : v) },
  },
  emptyObjectFalsy: {
    doc: 'an empty object {} is falsy, like an empty array',
    truthy: (v: unknown) =>
      !(Array.isArray(v) && v.length === 0) &&
      !(v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) &&
      !!v,
  },
} as const;

export type PatchName = keyof typeof patches | 'strictShapes' | 'nullNotUndefined';

export const staticDifferences: Record<'strictShapes' | 'nullNotUndefined', string> = {
  strictShapes:
    'rules are checked before they run: unknown operations and objects with several keys are `unknown_operator` errors (also in branches never taken); if/and/or, comparisons and iteration need an argument array; argument counts are checked',
  nullNotUndefined: 'nothing evaluates to undefined: an empty and/or, and log of nothing, are null',
};

const arrayOps = new Set([
  'if',
  '?:',
  'and',
  'or',
  'map',
  'filter',
  'reduce',
  'all',
  'some',
  'none',
  'missing_some',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '===',
  '!==',
]);
const minArgs: Record<string, number> = {
  '==': 2,
  '!=': 2,
  '<': 2,
  '<=': 2,
  '>': 2,
  '>=': 2,
  '===': 2,
  '!==': 2,
  '-': 1,
  '/': 1,
  '%': 2,
  min: 1,
  max: 1,
  map: 2,
  filter: 2,
  all: 2,
  some: 2,
  none: 2,
  reduce: 2,
  missing_some: 2,
  substr: 1,
};
const maxArgs: Record<string, number> = {
  map: 2,
  filter: 2,
  all: 2,
  some: 2,
  none: 2,
  reduce: 3,
  missing_some: 2,
  substr: 3,
};
const known = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  'and',
  'or',
  '!',
  '!!',
  '==',
  '===',
  '!=',
  '!==',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
  'log',
]);

function checkShapes(rule: unknown): void {
  if (Array.isArray(rule)) return rule.forEach(checkShapes);
  if (!rule || typeof rule !== 'object') return;
  const keys = Object.keys(rule);
  if (keys.length === 0) return;
  if (keys.length > 1 || !known.has(keys[0])) fail('unknown_operator');
  const op = keys[0];
  const args = (rule as Record<string, unknown>)[op];
  if (!Array.isArray(args)) {
    if (arrayOps.has(op)) fail('invalid_arguments');
    checkShapes(args);
    if ((minArgs[op] ?? 0) > 1) fail('invalid_arguments');
    return;
  }
  args.forEach(checkShapes);
  if (args.length < (minArgs[op] ?? 0) || args.length > (maxArgs[op] ?? Infinity))
    fail('invalid_arguments');
}

/** `{"and": []}` and `{"or": []}` evaluate to undefined in json-logic-js; ours give null. */
function emptyJunctionsToNull(rule: unknown): unknown {
  if (Array.isArray(rule)) return rule.map(emptyJunctionsToNull);
  if (!rule || typeof rule !== 'object') return rule;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return rule;
  const args = (rule as Record<string, unknown>)[keys[0]];
  if ((keys[0] === 'and' || keys[0] === 'or') && Array.isArray(args) && args.length === 0)
    return null;
  return { [keys[0]]: emptyJunctionsToNull(args) };
}

/** A fresh json-logic-js instance (its operation table is private, so patches cannot be undone). */
function freshInstance(): Js {
  const load = createRequire(__filename);
  delete load.cache[load.resolve('json-logic-js')];
  return load('json-logic-js') as Js;
}

const instances = new Map<string, Js>();

/** json-logic-js with every runtime patch except those in `without`, built once per set. */
function instance(without: ReadonlySet<string>): Js {
  const key = [...without].sort().join(',');
  let js = instances.get(key);
  if (!js) {
    js = freshInstance();
    for (const [name, patch] of Object.entries(patches)) {
      if (without.has(name)) continue;
      if ('truthy' in patch) js.truthy = patch.truthy;
      if ('ops' in patch)
        for (const [op, fn] of Object.entries(patch.ops)) js.add_operation(op, fn as never);
    }
    instances.set(key, js);
  }
  return js;
}

/** json-logic-js with every documented difference applied except those in `without`. */
export function referenceApply(
  rule: unknown,
  data: unknown,
  without: readonly PatchName[] = [],
): unknown {
  const skip = new Set<string>(without);
  if (!skip.has('strictShapes')) checkShapes(rule);
  const value = instance(skip).apply(
    (skip.has('nullNotUndefined') ? rule : emptyJunctionsToNull(rule)) as never,
    data,
  );
  return value === undefined && !skip.has('nullNotUndefined') ? null : value;
}

/** Every patch name, static ones included. */
export const patchNames: PatchName[] = [
  ...(Object.keys(patches) as PatchName[]).filter((name) => name !== 'quietLog'),
  'strictShapes',
  'nullNotUndefined',
];
