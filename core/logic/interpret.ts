import { RuleError } from './errors';
import { checkArity, type Node } from './parse';
import type { Closure, EvalState, OpContext } from './types';

/**
 * The plain path: walks the checked rule on every evaluation and calls each operator's
 * `evaluate`, with no folding or specialisation. The compiler must agree with it; the
 * differential test holds them to that.
 */
export function interpretNode(node: Node, data: unknown, state: EvalState): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'array':
      return node.items.map((item) => interpretNode(item, data, state));
    case 'op': {
      const ctx: OpContext = { op: node.op, path: node.path, state };
      const def = node.def;
      if (def.lazy) {
        const thunks = node.args.map(
          (arg): Closure =>
            (d) =>
              interpretNode(arg, d, state),
        );
        return def.evaluate(thunks, data, ctx);
      }
      let values = node.args.map((arg) => interpretNode(arg, data, state));
      if (node.spread) values = spreadArgs(values[0], ctx, def);
      return def.evaluate(values, ctx);
    }
  }
}

/** A spread argument's value as the argument list, checked against the operator's arity. */
export function spreadArgs(
  value: unknown,
  ctx: OpContext,
  def: { minArgs?: number; maxArgs?: number },
): unknown[] {
  const list = Array.isArray(value) ? value : [value];
  checkArity(ctx.op, def as Parameters<typeof checkArity>[1], list.length, ctx.path);
  return list;
}

/** The value of one sub-expression, as `explain` reports it. */
export interface ExplainNode {
  /** The operation, `"value"` for a literal or `"array"` for an array. */
  readonly op: string;
  /** Where the node sits in the rule, e.g. `rule.and[1]`. */
  readonly path: string;
  /** False when short-circuiting skipped the node (then `value` is absent). */
  readonly evaluated: boolean;
  readonly value?: unknown;
  /** Set when this node (or one it evaluated) failed. */
  readonly error?: { code: string; message: string };
  readonly args: ExplainNode[];
  /** For iteration bodies: one tree per item (up to 50), in order. */
  readonly runs?: ExplainNode[];
}

const MAX_RUNS = 50;

class Failure {
  constructor(readonly error: unknown) {}
}

/** The thrown error behind each failed explain node, so parents can rethrow it. */
const failures = new WeakMap<ExplainNode, Failure>();

function errorInfo(error: unknown): { code: string; message: string } {
  if (error instanceof RuleError) return { code: error.code, message: error.message };
  return { code: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** The skeleton of a node that was never evaluated. */
function skipped(node: Node): ExplainNode {
  const op = node.kind === 'op' ? node.op : node.kind === 'array' ? 'array' : 'value';
  const children = node.kind === 'op' ? node.args : node.kind === 'array' ? node.items : [];
  return { op, path: node.path, evaluated: false, args: children.map(skipped) };
}

/** Evaluates like {@link interpretNode} and records the value of every sub-expression. */
export function explainNode(node: Node, data: unknown, state: EvalState): ExplainNode {
  if (node.kind === 'literal') {
    return { op: 'value', path: node.path, evaluated: true, value: node.value, args: [] };
  }
  const children = node.kind === 'op' ? node.args : node.items;
  const calls: ExplainNode[][] = children.map(() => []);
  const run = (i: number, d: unknown): unknown => {
    const traced = explainNode(children[i], d, state);
    calls[i].push(traced);
    const failure = failures.get(traced);
    if (failure) throw failure.error;
    return traced.value;
  };
  let value: unknown;
  let failure: Failure | undefined;
  try {
    if (node.kind === 'array') {
      value = children.map((_, i) => run(i, data));
    } else {
      const ctx: OpContext = { op: node.op, path: node.path, state };
      const def = node.def;
      if (def.lazy) {
        value = def.evaluate(
          children.map(
            (_, i): Closure =>
              (d) =>
                run(i, d),
          ),
          data,
          ctx,
        );
      } else {
        let values = children.map((_, i) => run(i, data));
        if (node.spread) values = spreadArgs(values[0], ctx, def);
        value = def.evaluate(values, ctx);
      }
    }
  } catch (error) {
    failure = new Failure(error);
  }
  const args = children.map((child, i) => {
    const made = calls[i];
    if (made.length === 0) return skipped(child);
    if (made.length === 1) return made[0];
    return { ...made[made.length - 1], runs: made.slice(0, MAX_RUNS) };
  });
  const op = node.kind === 'op' ? node.op : 'array';
  const result: ExplainNode = failure
    ? { op, path: node.path, evaluated: true, error: errorInfo(failure.error), args }
    : { op, path: node.path, evaluated: true, value, args };
  if (failure) failures.set(result, failure);
  return result;
}
