import { describeNode } from './describe';
import { compileNode } from './compiler';
import { explainNode, interpretNode, type ExplainNode } from './interpret';
import { defaultRegistry } from './operators';
import { parseRule, type Node } from './parse';
import type { OperatorRegistry } from './registry';
import type { EvalState, Limits } from './types';

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
  const optimize = options.optimize !== false;
  const fn = compileNode(root, { state, optimize, topScope: true }).fn;
  let running = false;
  return {
    evaluate(data) {
      const d = data === undefined ? null : data;
      // A custom operator that evaluates this same rule again gets the plain path, so the
      // shared state (iteration budget, root) of the outer evaluation stays intact.
      if (running) return interpretNode(root, d, newState(limits, options, d));
      running = true;
      try {
        state.remaining = limits.maxIterations;
        state.root = d;
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
