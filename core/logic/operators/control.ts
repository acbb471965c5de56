import type { CompiledArg, Closure, CompiledOp, LazyOperator, Operator } from '../types';
import { truthy } from '../values';
import { grouped } from '../words';

/** `if` / `?:`: condition, value, [condition, value, ...], [else]. */
const ifOp: LazyOperator = {
  lazy: true,
  scopedArgs: [],
  deterministic: true,
  requiresArray: true,
  evaluate(args, data) {
    let i = 0;
    for (; i + 1 < args.length; i += 2) if (truthy(args[i](data))) return args[i + 1](data);
    return i < args.length ? args[i](data) : null;
  },
  compile(args) {
    // Pairs whose condition is a constant are decided now.
    const rest: CompiledArg[] = [];
    let otherwise: CompiledArg | undefined;
    let i = 0;
    for (; i + 1 < args.length; i += 2) {
      const cond = args[i];
      if (cond.constant && !truthy(cond.value)) continue;
      // A constant true condition ends the chain: its value is the else of what precedes.
      if (cond.constant) {
        otherwise = args[i + 1];
        break;
      }
      rest.push(cond, args[i + 1]);
    }
    if (i + 1 >= args.length && i < args.length) otherwise = args[i];
    if (rest.length === 0) {
      return otherwise ? { fn: otherwise.fn, boolean: otherwise.boolean } : { fn: () => null };
    }
    const boolean = rest.every((a, k) => k % 2 === 0 || a.boolean) && !!otherwise?.boolean;
    if (rest.length === 2) {
      const [c, t] = [rest[0].fn, rest[1].fn];
      const e: Closure = otherwise ? otherwise.fn : () => null;
      const fn: Closure = rest[0].boolean
        ? (d) => (c(d) ? t(d) : e(d))
        : (d) => (truthy(c(d)) ? t(d) : e(d));
      return { fn, boolean };
    }
    const fns = rest.map((a) => a.fn);
    const e: Closure = otherwise ? otherwise.fn : () => null;
    return {
      fn: (d) => {
        for (let k = 0; k < fns.length; k += 2) if (truthy(fns[k](d))) return fns[k + 1](d);
        return e(d);
      },
      boolean,
    };
  },
  describe(args) {
    const parts: string[] = [];
    let i = 0;
    for (; i + 1 < args.length; i += 2) {
      parts.push(`${i === 0 ? 'if' : 'else if'} ${args[i].text} then ${args[i + 1].text}`);
    }
    if (i < args.length) parts.push(i === 0 ? args[i].text : `else ${args[i].text}`);
    return parts.length ? parts.join(', ') : 'nothing';
  },
};

/**
 * `and`/`or` of 2 to 4 boolean operands: JavaScript's `&&` and `||` are then exactly
 * JSON-logic's. More operands loop.
 */
function unrolledBoolean(kind: 'and' | 'or', args: readonly CompiledArg[]): Closure {
  const fns = args.map((a) => a.fn);
  const [a, b, c, e] = fns;
  const and = kind === 'and';
  switch (fns.length) {
    case 2:
      return and ? (d) => a(d) && b(d) : (d) => a(d) || b(d);
    case 3:
      return and ? (d) => a(d) && b(d) && c(d) : (d) => a(d) || b(d) || c(d);
    case 4:
      return and ? (d) => a(d) && b(d) && c(d) && e(d) : (d) => a(d) || b(d) || c(d) || e(d);
  }
  const last = fns.length - 1;
  return and
    ? (d) => {
        for (let i = 0; i < last; i++) if (!fns[i](d)) return false;
        return fns[last](d);
      }
    : (d) => {
        for (let i = 0; i < last; i++) if (fns[i](d)) return true;
        return fns[last](d);
      };
}

/**
 * `and`/`or` of 2 to 4 operands of any type: the first value that decides (falsy for
 * `and`, truthy for `or`), else the last. More operands take the generic loop.
 */
function unrolled(kind: 'and' | 'or', args: readonly CompiledArg[]): Closure | undefined {
  const fns = args.map((a) => a.fn);
  const [a, b, c, e] = fns;
  const stop = kind === 'or';
  switch (fns.length) {
    case 2:
      return (d) => {
        const v = a(d);
        return truthy(v) === stop ? v : b(d);
      };
    case 3:
      return (d) => {
        let v = a(d);
        if (truthy(v) === stop) return v;
        v = b(d);
        return truthy(v) === stop ? v : c(d);
      };
    case 4:
      return (d) => {
        let v = a(d);
        if (truthy(v) === stop) return v;
        v = b(d);
        if (truthy(v) === stop) return v;
        v = c(d);
        return truthy(v) === stop ? v : e(d);
      };
  }
  return undefined;
}

function junction(kind: 'and' | 'or'): LazyOperator {
  const stopOn = kind === 'or';
  return {
    lazy: true,
    scopedArgs: [],
    deterministic: true,
    requiresArray: true,
    evaluate(args, data) {
      let value: unknown = null;
      for (let i = 0; i < args.length; i++) {
        value = args[i](data);
        if (truthy(value) === stopOn) return value;
      }
      return value;
    },
    compile(args): CompiledOp | undefined {
      if (args.length === 0) return { fn: () => null };
      if (args.length === 1) return { fn: args[0].fn, boolean: args[0].boolean };
      const boolean = args.every((a) => a.boolean);
      const fn = boolean ? unrolledBoolean(kind, args) : unrolled(kind, args);
      return fn && { fn, boolean };
    },
    describe(args) {
      if (args.length === 0) return 'nothing';
      return args
        .map((a) => grouped(a, kind === 'and' ? 'or' : 'and', 'if', '?:'))
        .join(` ${kind} `);
    },
  };
}

const not: Operator = {
  deterministic: true,
  returnsBoolean: true,
  evaluate: (args) => !truthy(args[0]),
  compile(args) {
    if (args.length !== 1) return undefined;
    const f = args[0].fn;
    return { fn: args[0].boolean ? (d) => !f(d) : (d) => !truthy(f(d)), boolean: true };
  },
  describe: ([a]) => (a ? `not (${a.text})` : 'true'),
};

const notNot: Operator = {
  deterministic: true,
  returnsBoolean: true,
  evaluate: (args) => truthy(args[0]),
  compile(args) {
    if (args.length !== 1) return undefined;
    const f = args[0].fn;
    return { fn: args[0].boolean ? f : (d) => truthy(f(d)), boolean: true };
  },
  describe: ([a]) => (a ? `${a.text} is not empty` : 'false'),
};

/** Conditionals, boolean junctions and negation. */
export const controlOperators: Record<string, Operator> = {
  if: ifOp,
  '?:': ifOp,
  and: junction('and'),
  or: junction('or'),
  '!': not,
  '!!': notNot,
};
