import { RuleError } from '../errors';
import { lookup, splitVarPath } from '../path';
import type { LazyOperator, Operator } from '../types';
import { show, toNumberish } from '../values';
import { listOf, readablePath, readableValue } from '../words';

/**
 * `var`: reads a dot path from the data in scope, with an optional default. Only own
 * properties are read; `__proto__`, `constructor` and `prototype` are never followed.
 * The compiler turns constant paths into specialised getters (see getters.ts).
 */
export const varOperator: LazyOperator = {
  lazy: true,
  deterministic: false,
  evaluate(args, data) {
    const path = args.length > 0 ? args[0](data) : null;
    const fallback = args.length > 1 ? args[1](data) : null;
    return lookup(data, splitVarPath(path), fallback);
  },
  scopedArgs: [],
  compile(args, _ctx, env) {
    if (args.length > 2 || !args.every((a) => a.constant)) return undefined;
    const varPath = splitVarPath(args[0]?.value);
    const varDefault = args.length > 1 ? args[1].value : null;
    return { fn: env.getter(varPath, varDefault), varPath, varDefault };
  },
  describe([path, fallback]) {
    const name =
      path === undefined
        ? 'the value'
        : path.node.kind === 'literal'
          ? readablePath(path.node.value)
          : `the value at ${path.text}`;
    return fallback ? `${name} (or ${fallback.text} when missing)` : name;
  },
};

function missingKeys(keys: readonly unknown[], data: unknown): unknown[] {
  const missing: unknown[] = [];
  for (const key of keys) {
    const value = lookup(data, splitVarPath(key), null);
    if (value === null || value === '') missing.push(key);
  }
  return missing;
}

/** `missing`: the keys (paths) whose value is null, missing or "". */
const missing: LazyOperator = {
  lazy: true,
  scopedArgs: [],
  deterministic: false,
  evaluate(args, data) {
    const values = args.map((arg) => arg(data));
    return missingKeys(Array.isArray(values[0]) ? values[0] : values, data);
  },
  describe: (args) =>
    `the missing ones of ${listOf(
      args.map((a) => (a.node.kind === 'literal' ? readablePath(a.node.value) : a.text)),
      'and',
    )}`,
};

/** `missing_some`: [] when at least `need` of the keys are present, else the missing keys. */
const missingSome: LazyOperator = {
  lazy: true,
  scopedArgs: [],
  deterministic: false,
  requiresArray: true,
  minArgs: 2,
  maxArgs: 2,
  evaluate(args, data, ctx) {
    const need = args[0](data);
    const keys = args[1](data);
    if (!Array.isArray(keys)) {
      throw new RuleError(
        'invalid_arguments',
        `"missing_some" needs an array of keys, got ${show(keys)}`,
        ctx.path,
      );
    }
    const found = missingKeys(keys, data);
    return keys.length - found.length >= toNumberish(need) ? [] : found;
  },
  describe: ([need, keys]) =>
    `the missing ones of ${keys.node.kind === 'array' || keys.node.kind === 'literal' ? readableValue(keys.node.kind === 'array' ? keys.node.items.map((i) => (i.kind === 'literal' ? i.value : '…')) : keys.node.value) : keys.text}, unless at least ${need.text} are present`,
};

/** Reading the data: `var`, `missing`, `missing_some`. */
export const dataOperators: Record<string, Operator> = {
  var: varOperator,
  missing,
  missing_some: missingSome,
};
