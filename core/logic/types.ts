import type { Node } from './parse';

/** A compiled (sub-)rule: the data in scope goes in, the value comes out. */
export type Closure = (data: unknown) => unknown;

/** The safety limits of one compiled rule. */
export interface Limits {
  /** Deepest nesting of operations and arrays in a rule. Default 64. */
  maxDepth: number;
  /** Most nodes (operations, arrays and literals) in a rule. Default 5,000. */
  maxNodes: number;
  /** Most array elements `map`, `filter`, `reduce`, `all`, `some`, `none` may visit in one evaluation, all together. Default 100,000. */
  maxIterations: number;
  /** Longest string or array (or most keys) a `reduce` accumulator may hold. Default 100,000. */
  maxAccumulatorLength: number;
}

/** Mutable per-evaluation state shared by the closures of one compiled rule. */
export interface EvalState {
  /** Iterations still allowed in the running evaluation. */
  remaining: number;
  /** The data the evaluation started from (domain operations read `signals` and `now` here). */
  root: unknown;
  readonly limits: Limits;
  readonly clock: (() => number) | undefined;
  readonly log: ((value: unknown) => void) | undefined;
}

/** What an operator sees of the node it evaluates: its name, its place in the rule, the state. */
export interface OpContext {
  readonly op: string;
  readonly path: string;
  readonly state: EvalState;
}

/** A compiled argument, as a `compile` hook sees it. */
export interface CompiledArg {
  readonly node: Node;
  readonly fn: Closure;
  /** True when the value is known at compile time (then `value` holds it). */
  readonly constant: boolean;
  readonly value: unknown;
  /** Set when the argument is `{"var": <constant path>}`: the path split into segments. */
  readonly varPath: readonly string[] | undefined;
  /** The default of that `var` (null when none was given). */
  readonly varDefault: unknown;
  /** True when the closure always returns a boolean. */
  readonly boolean: boolean;
}

/** What the compiler tells a `compile` hook about where the node sits. */
export interface CompileEnv {
  /** True when the node is evaluated with the rule's root data (not inside an iteration body). */
  readonly topScope: boolean;
  /** A getter for a constant `var` path in this scope, as fast as the compiler can make it. */
  getter(path: readonly string[], fallback: unknown): Closure;
}

/** The result of a `compile` hook: a closure, and whether it always returns a boolean. */
export interface CompiledOp {
  fn: Closure;
  boolean?: boolean;
  /** For `var` with a constant path: the segments and default, so others can fuse the read. */
  varPath?: readonly string[];
  varDefault?: unknown;
}

/** One argument as `describe` sees it: its node and its rendering in words. */
export interface DescribedArg {
  readonly node: Node;
  readonly text: string;
}

interface OperatorBase {
  /**
   * True when the result depends only on the argument values: no data, clock or side
   * effects. Deterministic operations on constant arguments are folded at compile time.
   */
  deterministic: boolean;
  /** Plain-language rendering, e.g. `${a} is more than ${b}`. */
  describe(args: readonly DescribedArg[]): string;
  /** Fewest and most arguments, checked at compile time when the argument list is literal. */
  minArgs?: number;
  maxArgs?: number;
  /** The arguments must be written as a literal array (control flow and iteration). */
  requiresArray?: boolean;
  /**
   * When the only argument is an expression (not a literal array) whose value is an
   * array, that array is the argument list: `{"+": {"var": "amounts"}}` sums them.
   */
  spreadsArray?: boolean;
  /** True when the result is always a boolean (lets `and`/`or`/`!` skip truthiness checks). */
  returnsBoolean?: boolean;
  /** Extra compile-time checks of the argument nodes; throw a RuleError to refuse. */
  check?(args: readonly Node[], path: string): void;
  /**
   * A specialised closure for these arguments, or undefined to use the generic one. Must
   * behave exactly like `evaluate`: the differential test compares the two.
   */
  compile?(args: readonly CompiledArg[], ctx: OpContext, env: CompileEnv): CompiledOp | undefined;
}

/** An operation whose arguments are evaluated first, left to right. */
export interface EagerOperator extends OperatorBase {
  lazy?: false;
  evaluate(args: unknown[], ctx: OpContext): unknown;
}

/** An operation that decides itself which arguments to evaluate, and with which data. */
export interface LazyOperator extends OperatorBase {
  lazy: true;
  /**
   * The arguments it evaluates with other data than its own (iteration bodies: `[1]`).
   * Leave undefined when unsure: then the compiler assumes any argument may be.
   */
  scopedArgs?: readonly number[];
  evaluate(args: readonly Closure[], data: unknown, ctx: OpContext): unknown;
}

/**
 * One entry of the operator registry, shared by the interpreter, the compiler, `explain`
 * and `describe`.
 */
export type Operator = EagerOperator | LazyOperator;
