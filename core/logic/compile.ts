import { describeNode } from './describe';
import { explainNode, interpretNode, spreadArgs, type ExplainNode } from './interpret';
import { defaultRegistry } from './operators';
import { parseRule, type Node, type OpNode } from './parse';
import type { OperatorRegistry } from './registry';
import { makeGetter, makeRootGetter, RootSlots, slotAccess } from './getters';
import type {
  Closure,
  CompileEnv,
  CompiledArg,
  CompiledOp,
  EvalState,
  Limits,
  OpContext,
} from './types';
import { deepFreeze } from './values';

/** Options of {@link compile}. */
export interface CompileOptions {
  /** The operations the rule may use; default: every standard and domain operation. */
  registry?: OperatorRegistry;
  /** Overrides of the safety limits (see {@link defaultLimits}). */
  limits?: Partial<Limits>;
  /** Milliseconds since the epoch, for `minutes_since` when the data has no `now`. */
  clock?: () => number;
  /** Receives the value of every `log` operation (default: dropped; core has no console). */
  log?: (value: unknown) => void;
  /** Set false to skip constant folding and specialised closures (for tests). */
  optimize?: boolean;
}

/** The default safety limits. */
export const defaultLimits: Readonly<Limits> = Object.freeze({
  maxDepth: 64,
  maxNodes: 5_000,
  maxIterations: 100_000,
  maxAccumulatorLength: 100_000,
});

/** A rule compiled once, evaluated many times. */
export interface CompiledRule {
  /** The rule's value for `data`. Throws a `RuleError` when evaluation fails. */
  evaluate(data: unknown): unknown;
  /** The value of every sub-expression for `data`, as a tree; failures are recorded, not thrown. */
  explain(data: unknown): ExplainNode;
  /** The rule in plain language. */
  describe(): string;
}

function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...defaultLimits, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (typeof value !== 'number' || !(value > 0)) {
      throw new RangeError(`limit ${name} must be a positive number, got ${String(value)}`);
    }
  }
  return limits;
}

function newState(limits: Limits, options: CompileOptions, root: unknown): EvalState {
  return {
    remaining: limits.maxIterations,
    root,
    limits,
    clock: options.clock,
    log: options.log,
  };
}

/** Checks and parses a rule without compiling it (used by `interpret` and `describeRule`). */
export function checkRule(rule: unknown, options: CompileOptions = {}): Node {
  return parseRule(rule, options.registry ?? defaultRegistry, resolveLimits(options.limits));
}

/**
 * Compiles a JSON-logic rule into a tree of closures (no `eval`, no `new Function`).
 * Throws a `RuleError` for an invalid rule: unknown operations (naming the path),
 * wrong arguments, non-JSON values, or a rule over the depth or size limits.
 *
 * @example
 * ```ts
 * const rule = compile({ and: [
 *   { '==': [{ var: 'customer.tier' }, 'enterprise'] },
 *   { '>': [{ var: 'session.minutes' }, 20] },
 * ] });
 * rule.evaluate({ customer: { tier: 'enterprise' }, session: { minutes: 31 } }); // true
 * rule.describe(); // "customer tier is enterprise and session minutes is more than 20"
 * ```
 */
export function compile(rule: unknown, options: CompileOptions = {}): CompiledRule {
  const limits = resolveLimits(options.limits);
  const root = parseRule(rule, options.registry ?? defaultRegistry, limits);
  const state = newState(limits, options, null);
  const slots = new RootSlots();
  const optimize = options.optimize !== false;
  const fn = compileNode(root, { state, optimize, slots, topScope: true }).fn;
  const useSlots = slots.keys.length > 0;
  let running = false;
  return {
    evaluate(data) {
      const d = data === undefined ? null : data;
      // A custom operator that evaluates this same rule again gets the plain path, so the
      // shared state (budget, root slots) of the outer evaluation stays intact.
      if (running) return interpretNode(root, d, newState(limits, options, d));
      running = true;
      try {
        state.remaining = limits.maxIterations;
        state.root = d;
        if (useSlots) slots.fill(d);
        return fn(d);
      } finally {
        running = false;
      }
    },
    explain(data) {
      const d = data === undefined ? null : data;
      return explainNode(root, d, newState(limits, options, d));
    },
    describe: () => describeNode(root),
  };
}

/**
 * Evaluates a rule by walking it, without compiling: the plain path the compiler is
 * tested against. Slower; use {@link compile} for rules evaluated more than once.
 *
 * @example
 * ```ts
 * interpret({ in: [{ var: 'tier' }, ['pro', 'enterprise']] }, { tier: 'pro' }); // true
 * ```
 */
export function interpret(rule: unknown, data: unknown, options: CompileOptions = {}): unknown {
  const limits = resolveLimits(options.limits);
  const root = parseRule(rule, options.registry ?? defaultRegistry, limits);
  const d = data === undefined ? null : data;
  return interpretNode(root, d, newState(limits, options, d));
}

/**
 * The rule in plain language. Throws a `RuleError` for an invalid rule.
 *
 * @example
 * ```ts
 * describeRule({ and: [{ has_signal: 'human_request' }, { '>': [{ var: 'session.minutes' }, 20] }] });
 * // "the human request signal is detected and session minutes is more than 20"
 * ```
 */
export function describeRule(rule: unknown, options: CompileOptions = {}): string {
  return describeNode(checkRule(rule, options));
}

function constant(node: Node, value: unknown): CompiledArg {
  const frozen = deepFreeze(value);
  return {
    node,
    fn: () => frozen,
    constant: true,
    value: frozen,
    varPath: undefined,
    varDefault: undefined,
    boolean: typeof frozen === 'boolean',
    slot: undefined,
  };
}

function dynamic(node: Node, fn: Closure, boolean = false, made?: CompiledOp): CompiledArg {
  return {
    node,
    fn,
    constant: false,
    value: undefined,
    varPath: made?.varPath,
    varDefault: made?.varDefault,
    boolean,
    slot: made?.slot,
  };
}

interface Scope {
  readonly state: EvalState;
  readonly optimize: boolean;
  readonly slots: RootSlots;
  /** True while compiling what runs with the root data (not an iteration body). */
  readonly topScope: boolean;
}

function envFor(scope: Scope): CompileEnv {
  return {
    topScope: scope.topScope,
    getter(path, fallback) {
      const k = scope.topScope && path.length > 0 ? scope.slots.slot(path[0]) : undefined;
      return k === undefined
        ? makeGetter(path, fallback)
        : makeRootGetter(scope.slots, k, path.slice(1), fallback);
    },
    slot(path, fallback) {
      const k = scope.topScope && path.length > 0 ? scope.slots.slot(path[0]) : undefined;
      return k === undefined ? undefined : slotAccess(scope.slots, k, path.slice(1), fallback);
    },
  };
}

/** Whether argument `i` of `node` still runs with the data of `node`. */
function sameScope(node: OpNode, i: number): boolean {
  if (!node.def.lazy) return true;
  const scoped = node.def.scopedArgs;
  return scoped !== undefined && !scoped.includes(i);
}

function compileNode(node: Node, scope: Scope): CompiledArg {
  const { state, optimize } = scope;
  if (node.kind === 'literal') return constant(node, node.value);
  if (node.kind === 'array') {
    const items = node.items.map((item) => compileNode(item, scope));
    if (optimize && items.every((i) => i.constant))
      return constant(
        node,
        items.map((i) => i.value),
      );
    const fns = items.map((i) => i.fn);
    return dynamic(node, (d) => {
      const out = new Array<unknown>(fns.length);
      for (let i = 0; i < fns.length; i++) out[i] = fns[i](d);
      return out;
    });
  }
  const args = node.args.map((arg, i) =>
    compileNode(arg, sameScope(node, i) ? scope : { ...scope, topScope: false }),
  );
  const ctx: OpContext = { op: node.op, path: node.path, state };
  const def = node.def;
  if (optimize && def.deterministic && args.every((a) => a.constant)) {
    const folded = fold(node, args, ctx);
    if (folded) return folded;
  }
  if (optimize && def.compile && !node.spread) {
    const made = def.compile(args, ctx, envFor(scope));
    if (made) {
      return dynamic(node, made.fn, made.boolean ?? def.returnsBoolean, made);
    }
  }
  return dynamic(node, generic(node, args, ctx), def.returnsBoolean);
}

/**
 * Evaluates a deterministic operation on constant arguments now. When that fails, nothing
 * is folded: the same error then surfaces at evaluation, where it belongs.
 */
function fold(node: OpNode, args: CompiledArg[], ctx: OpContext): CompiledArg | undefined {
  ctx.state.remaining = ctx.state.limits.maxIterations;
  let value: unknown;
  try {
    value = generic(node, args, ctx)(null);
  } catch {
    return undefined;
  }
  return constant(node, value);
}

/** The closure that calls the operator's `evaluate`, specialised by argument count. */
function generic(node: OpNode, args: CompiledArg[], ctx: OpContext): Closure {
  const def = node.def;
  const fns = args.map((a) => a.fn);
  if (def.lazy) {
    const evaluate = def.evaluate;
    return (d) => evaluate(fns, d, ctx);
  }
  const evaluate = def.evaluate;
  if (node.spread) {
    const f = fns[0];
    return (d) => evaluate(spreadArgs(f(d), ctx, def), ctx);
  }
  const [f, g, h] = fns;
  switch (fns.length) {
    case 0:
      return () => evaluate([], ctx);
    case 1:
      return (d) => evaluate([f(d)], ctx);
    case 2:
      return (d) => evaluate([f(d), g(d)], ctx);
    case 3:
      return (d) => evaluate([f(d), g(d), h(d)], ctx);
    default:
      return (d) => {
        const values = new Array<unknown>(fns.length);
        for (let i = 0; i < fns.length; i++) values[i] = fns[i](d);
        return evaluate(values, ctx);
      };
  }
}
