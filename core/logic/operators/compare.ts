import { RuleError } from '../errors';
import type { Closure, CompiledArg, CompiledOp, LazyOperator, OpContext, Operator } from '../types';
import { isTextual, show } from '../values';

type Cmp = (a: number | string, b: number | string) => boolean;

const natives: Record<string, Cmp> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a == b,
  '!=': (a, b) => a != b,
};

const phrases: Record<string, string> = {
  '<': 'is less than',
  '<=': 'is at most',
  '>': 'is more than',
  '>=': 'is at least',
  '==': 'is',
  '!=': 'is not',
  '===': 'is exactly',
  '!==': 'is not exactly',
};

/** A number for a loose comparison, or a `nan` error naming both sides. */
function num(value: unknown, a: unknown, b: unknown, ctx: OpContext): number {
  if (typeof value === 'number') return value;
  if (value === null || value === false) return 0;
  if (value === true) return 1;
  if (typeof value === 'string') {
    const n = Number(value);
    if (n === n) return n;
  }
  throw new RuleError(
    'nan',
    `"${ctx.op}" cannot compare ${show(a)} with ${show(b)}: ${show(value)} is not a number`,
    ctx.path,
  );
}

/**
 * One loose comparison. Two strings (or nulls) compare as JavaScript does; anything else
 * compares as numbers, and a side that is no number is an error, not a silent false.
 */
export function looseHolds(cmp: Cmp, a: unknown, b: unknown, ctx: OpContext): boolean {
  if (isTextual(a) && isTextual(b)) return cmp(a as string, b as string);
  return cmp(num(a, a, b, ctx), num(b, a, b, ctx));
}

function describeChain(op: string, args: readonly { text: string }[]): string {
  const phrase = phrases[op];
  if (args.length === 3 && (op === '<' || op === '<=')) {
    const inclusive = op === '<=' ? ' (inclusive)' : '';
    return `${args[1].text} is between ${args[0].text} and ${args[2].text}${inclusive}`;
  }
  const parts = [args[0]?.text ?? ''];
  for (let i = 1; i < args.length; i++) parts.push(`${phrase} ${args[i].text}`);
  return parts.join(' ');
}

/**
 * `var` against a constant number or string, fused into one closure: no intermediate call,
 * no argument array, and the common case (a number, or a string for ==/!=) decided inline.
 * Any other value takes the general comparison, so errors and coercions stay identical.
 */
function fused(
  op: string,
  cmp: Cmp,
  v: CompiledArg,
  k: CompiledArg,
  varFirst: boolean,
  ctx: OpContext,
): Closure | undefined {
  const get = v.fn;
  const c = k.value;
  const slow = varFirst
    ? (x: unknown) => looseHolds(cmp, x, c, ctx)
    : (x: unknown) => looseHolds(cmp, c, x, ctx);
  // With the constant on the left, `c < x` is `x > c`: flip the operator.
  const flipped: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
  const effective = varFirst ? op : (flipped[op] ?? op);
  if (typeof c === 'number') {
    switch (effective) {
      case '>':
        return (d) => {
          const x = get(d);
          return typeof x === 'number' ? x > c : slow(x);
        };
      case '>=':
        return (d) => {
          const x = get(d);
          return typeof x === 'number' ? x >= c : slow(x);
        };
      case '<':
        return (d) => {
          const x = get(d);
          return typeof x === 'number' ? x < c : slow(x);
        };
      case '<=':
        return (d) => {
          const x = get(d);
          return typeof x === 'number' ? x <= c : slow(x);
        };
      case '==':
        return (d) => {
          const x = get(d);
          return typeof x === 'number' ? x === c : slow(x);
        };
      case '!=':
        return (d) => {
          const x = get(d);
          return typeof x === 'number' ? x !== c : slow(x);
        };
    }
  }
  if (typeof c === 'string' && effective === '==') {
    return (d) => {
      const x = get(d);
      return typeof x === 'string' ? x === c : slow(x);
    };
  }
  if (typeof c === 'string' && effective === '!=') {
    return (d) => {
      const x = get(d);
      return typeof x === 'string' ? x !== c : slow(x);
    };
  }
  return undefined;
}

/**
 * `{"<=": [0.7, x, 1]}` with constant numeric bounds: one read of `x`, and a number decided
 * inline. Anything else takes the general pairwise comparison, errors included.
 */
function between(
  op: string,
  cmp: Cmp,
  [lo, v, hi]: readonly CompiledArg[],
  ctx: OpContext,
): CompiledOp | undefined {
  if (!lo.constant || !hi.constant) return undefined;
  const [min, max] = [lo.value, hi.value];
  if (typeof min !== 'number' || typeof max !== 'number') return undefined;
  const get = v.fn;
  const slow = (x: unknown) => looseHolds(cmp, min, x, ctx) && looseHolds(cmp, x, max, ctx);
  if (op === '<=') {
    return {
      fn: (d) => {
        const x = get(d);
        return typeof x === 'number' ? min <= x && x <= max : slow(x);
      },
      boolean: true,
    };
  }
  if (op === '<') {
    return {
      fn: (d) => {
        const x = get(d);
        return typeof x === 'number' ? min < x && x < max : slow(x);
      },
      boolean: true,
    };
  }
  return undefined;
}

function loose(op: string): LazyOperator {
  const cmp = natives[op];
  return {
    lazy: true,
    scopedArgs: [],
    deterministic: true,
    requiresArray: true,
    minArgs: 2,
    returnsBoolean: true,
    evaluate(args, data, ctx) {
      let prev = args[0](data);
      for (let i = 1; i < args.length; i++) {
        const next = args[i](data);
        if (!looseHolds(cmp, prev, next, ctx)) return false;
        prev = next;
      }
      return true;
    },
    compile(args, ctx): CompiledOp | undefined {
      if (args.length === 3) return between(op, cmp, args, ctx);
      if (args.length !== 2) return undefined;
      const [a, b] = args;
      if (a.varPath && b.constant) {
        const fn = fused(op, cmp, a, b, true, ctx);
        if (fn) return { fn, boolean: true };
      }
      if (b.varPath && a.constant) {
        const fn = fused(op, cmp, b, a, false, ctx);
        if (fn) return { fn, boolean: true };
      }
      const [f, g] = [a.fn, b.fn];
      return { fn: (d) => looseHolds(cmp, f(d), g(d), ctx), boolean: true };
    },
    describe: (args) => describeChain(op, args),
  };
}

function strict(op: '===' | '!=='): LazyOperator {
  const equal = op === '===';
  return {
    lazy: true,
    scopedArgs: [],
    deterministic: true,
    requiresArray: true,
    minArgs: 2,
    returnsBoolean: true,
    evaluate(args, data) {
      let prev = args[0](data);
      for (let i = 1; i < args.length; i++) {
        const next = args[i](data);
        if ((prev === next) !== equal) return false;
        prev = next;
      }
      return true;
    },
    compile(args): CompiledOp | undefined {
      if (args.length !== 2) return undefined;
      const [a, b] = args;
      const v = a.varPath && b.constant ? a : b.varPath && a.constant ? b : undefined;
      if (v) {
        const get = v.fn;
        const c = (v === a ? b : a).value;
        return { fn: equal ? (d) => get(d) === c : (d) => get(d) !== c, boolean: true };
      }
      const [f, g] = [a.fn, b.fn];
      return { fn: equal ? (d) => f(d) === g(d) : (d) => f(d) !== g(d), boolean: true };
    },
    describe: (args) => describeChain(op, args),
  };
}

/** Loose and strict comparisons; each chains over any number of arguments. */
export const compareOperators: Record<string, Operator> = {
  '==': loose('=='),
  '!=': loose('!='),
  '<': loose('<'),
  '<=': loose('<='),
  '>': loose('>'),
  '>=': loose('>='),
  '===': strict('==='),
  '!==': strict('!=='),
};
