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
      // With boolean operands JavaScript's && and || are exactly JSON-logic's and/or.
      if (boolean && args.length === 2) {
        const [a, b] = [args[0].fn, args[1].fn];
        return { fn: kind === 'and' ? (d) => a(d) && b(d) : (d) => a(d) || b(d), boolean };
      }
      if (boolean && args.length === 3) {
        const [a, b, c] = [args[0].fn, args[1].fn, args[2].fn];
        return {
          fn: kind === 'and' ? (d) => a(d) && b(d) && c(d) : (d) => a(d) || b(d) || c(d),
          boolean,
        };
      }
      const fns = args.map((a) => a.fn);
      const last = fns.length - 1;
      if (boolean) {
        return {
          fn:
            kind === 'and'
              ? (d) => {
                  for (let i = 0; i < last; i++) if (!fns[i](d)) return false;
                  return fns[last](d);
                }
              : (d) => {
                  for (let i = 0; i < last; i++) if (fns[i](d)) return true;
                  return fns[last](d);
                },
          boolean,
        };
      }
      return undefined;
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
