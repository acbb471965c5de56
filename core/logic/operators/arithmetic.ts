import { RuleError } from '../errors';
import type { CompiledOp, EagerOperator, OpContext, Operator } from '../types';
import { finite, show, toNumber } from '../values';
import { grouped } from '../words';

function infix(word: string, ops: string[]): EagerOperator['describe'] {
  return (args) =>
    args.length === 0 ? 'nothing' : args.map((a) => grouped(a, ...ops)).join(` ${word} `);
}

const ARITH = ['+', '-', '*', '/', '%'];

const plus: EagerOperator = {
  deterministic: true,
  spreadsArray: true,
  evaluate(args, ctx) {
    let sum = 0;
    for (let i = 0; i < args.length; i++) sum += toNumber(args[i], ctx);
    return finite(sum, ctx);
  },
  compile(args, ctx): CompiledOp | undefined {
    if (args.length !== 2) return undefined;
    const [f, g] = [args[0].fn, args[1].fn];
    // Both operands are evaluated before either is coerced, as in `evaluate`.
    return {
      fn: (d) => {
        const a = f(d);
        const b = g(d);
        return finite(toNumber(a, ctx) + toNumber(b, ctx), ctx);
      },
    };
  },
  describe: infix('plus', ARITH),
};

const times: EagerOperator = {
  deterministic: true,
  spreadsArray: true,
  evaluate(args, ctx) {
    let product = 1;
    for (let i = 0; i < args.length; i++) product *= toNumber(args[i], ctx);
    return finite(product, ctx);
  },
  describe: infix('times', ARITH),
};

const minus: EagerOperator = {
  deterministic: true,
  spreadsArray: true,
  minArgs: 1,
  evaluate(args, ctx) {
    if (args.length === 1) return finite(-toNumber(args[0], ctx), ctx);
    let result = toNumber(args[0], ctx);
    for (let i = 1; i < args.length; i++) result -= toNumber(args[i], ctx);
    return finite(result, ctx);
  },
  describe: (args) => (args.length === 1 ? `minus ${args[0].text}` : infix('minus', ARITH)(args)),
};

const divide: EagerOperator = {
  deterministic: true,
  spreadsArray: true,
  minArgs: 1,
  evaluate(args, ctx) {
    if (args.length === 1) return finite(1 / toNumber(args[0], ctx), ctx);
    let result = toNumber(args[0], ctx);
    for (let i = 1; i < args.length; i++) result /= toNumber(args[i], ctx);
    return finite(result, ctx);
  },
  describe: (args) =>
    args.length === 1 ? `one divided by ${args[0].text}` : infix('divided by', ARITH)(args),
};

const modulo: EagerOperator = {
  deterministic: true,
  spreadsArray: true,
  minArgs: 2,
  evaluate(args, ctx) {
    let result = toNumber(args[0], ctx);
    for (let i = 1; i < args.length; i++) result %= toNumber(args[i], ctx);
    return finite(result, ctx);
  },
  describe: infix('modulo', ARITH),
};

function extreme(pick: 'min' | 'max'): EagerOperator {
  return {
    deterministic: true,
    spreadsArray: true,
    minArgs: 1,
    evaluate(args, ctx) {
      let best = onlyNumber(args[0], ctx);
      for (let i = 1; i < args.length; i++) {
        const n = onlyNumber(args[i], ctx);
        if (pick === 'max' ? n > best : n < best) best = n;
      }
      return best;
    },
    describe: (args) =>
      `the ${pick === 'max' ? 'largest' : 'smallest'} of ${args.map((a) => a.text).join(', ')}`,
  };
}

function onlyNumber(value: unknown, ctx: OpContext): number {
  if (typeof value === 'number') return value;
  throw new RuleError(
    'invalid_arguments',
    `"${ctx.op}" takes numbers only, got ${show(value)}`,
    ctx.path,
  );
}

/** `+ - * / %` (variadic, folding left) and `min`/`max` (numbers only). */
export const arithmeticOperators: Record<string, Operator> = {
  '+': plus,
  '-': minus,
  '*': times,
  '/': divide,
  '%': modulo,
  min: extreme('min'),
  max: extreme('max'),
};
