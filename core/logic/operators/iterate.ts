import { RuleError } from '../errors';
import type { Closure, LazyOperator, OpContext, Operator } from '../types';
import { show, truthy } from '../values';

/** Charges `count` iterations to the evaluation's budget. */
export function spend(count: number, ctx: OpContext): void {
  const state = ctx.state;
  if ((state.remaining -= count) < 0) {
    throw new RuleError(
      'iteration_limit',
      `evaluation needs more than ${state.limits.maxIterations} iterations`,
      ctx.path,
    );
  }
}

function iterator(
  run: (list: readonly unknown[], body: Closure) => unknown,
  whenNotList: () => unknown,
  describe: LazyOperator['describe'],
): LazyOperator {
  return {
    lazy: true,
    scopedArgs: [1],
    deterministic: true,
    requiresArray: true,
    minArgs: 2,
    maxArgs: 2,
    evaluate(args, data, ctx) {
      const list = args[0](data);
      if (!Array.isArray(list)) return whenNotList();
      spend(list.length, ctx);
      return run(list, args[1]);
    },
    compile(args, ctx) {
      // The same steps as evaluate, without the argument array indirection.
      const [source, body] = [args[0].fn, args[1].fn];
      return {
        fn: (d) => {
          const list = source(d);
          if (!Array.isArray(list)) return whenNotList();
          spend(list.length, ctx);
          return run(list, body);
        },
      };
    },
    describe,
  };
}

const map = iterator(
  (list, body) => {
    const out = new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) out[i] = body(list[i]);
    return out;
  },
  () => [],
  ([list, body]) => `${list.text}, each turned into ${body.text}`,
);

const filter = iterator(
  (list, body) => list.filter((item) => truthy(body(item))),
  () => [],
  ([list, body]) => `the items of ${list.text} where ${body.text}`,
);

const all = iterator(
  (list, body) => {
    if (list.length === 0) return false;
    for (let i = 0; i < list.length; i++) if (!truthy(body(list[i]))) return false;
    return true;
  },
  () => false,
  ([list, body]) => `for every item of ${list.text}, ${body.text}`,
);

const some = iterator(
  (list, body) => {
    for (let i = 0; i < list.length; i++) if (truthy(body(list[i]))) return true;
    return false;
  },
  () => false,
  ([list, body]) => `for some item of ${list.text}, ${body.text}`,
);

const none = iterator(
  (list, body) => {
    for (let i = 0; i < list.length; i++) if (truthy(body(list[i]))) return false;
    return true;
  },
  () => true,
  ([list, body]) => `for no item of ${list.text}, ${body.text}`,
);
for (const op of [all, some, none]) op.returnsBoolean = true;

/**
 * A reduce accumulator may hold a value or a flat array/object of values, never nested
 * containers, and is charged its size per step: this bounds the work and memory a rule
 * that keeps doubling its accumulator can take.
 */
function checkAccumulator(value: unknown, ctx: OpContext): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') spend(value.length >>> 6, ctx);
    if (typeof value === 'string' && value.length > ctx.state.limits.maxAccumulatorLength) {
      throw tooLarge(`a string of ${value.length} characters`, ctx);
    }
    return;
  }
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  if (items.length > ctx.state.limits.maxAccumulatorLength) {
    throw tooLarge(`${items.length} items`, ctx);
  }
  spend(items.length, ctx);
  for (const item of items) {
    if (item !== null && typeof item === 'object') {
      throw tooLarge(`nested ${show(item)}; accumulators hold flat values`, ctx);
    }
  }
}

function tooLarge(what: string, ctx: OpContext): RuleError {
  return new RuleError('accumulator_too_large', `reduce accumulator holds ${what}`, ctx.path);
}

const reduce: LazyOperator = {
  lazy: true,
  scopedArgs: [1],
  deterministic: true,
  requiresArray: true,
  minArgs: 2,
  maxArgs: 3,
  evaluate(args, data, ctx) {
    const list = args[0](data);
    let accumulator = args.length > 2 ? args[2](data) : null;
    checkAccumulator(accumulator, ctx);
    if (!Array.isArray(list)) return accumulator;
    spend(list.length, ctx);
    const body = args[1];
    for (let i = 0; i < list.length; i++) {
      accumulator = body({ current: list[i], accumulator });
      checkAccumulator(accumulator, ctx);
    }
    return accumulator;
  },
  describe: ([list, body, start]) =>
    `${list.text} combined with ${body.text}${start ? `, starting from ${start.text}` : ''}`,
};

/** The iteration operations; their second argument runs once per item, with the item as data. */
export const iterateOperators: Record<string, Operator> = {
  map,
  filter,
  reduce,
  all,
  some,
  none,
};
