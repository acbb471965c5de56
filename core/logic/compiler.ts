import { spreadArgs } from './interpret';
import type { Node, OpNode } from './parse';
import { makeGetter } from './getters';
import { siteGetter } from './site-getters';
import type { Closure, CompileEnv, CompiledArg, CompiledOp, EvalState, OpContext } from './types';
import { deepFreeze } from './values';

/**
 * Turns a checked rule into closures: constants folded, each operator's `compile` hook
 * given the chance to specialise, the generic `evaluate` call otherwise.
 */

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
  };
}

/** What the compiler carries down the tree. */
export interface Scope {
  readonly state: EvalState;
  readonly optimize: boolean;
  /** True while compiling what runs with the root data (not an iteration body). */
  readonly topScope: boolean;
}

function envFor(scope: Scope): CompileEnv {
  return {
    topScope: scope.topScope,
    getter: (path, fallback) => siteGetter(path, fallback) ?? makeGetter(path, fallback),
  };
}

/** Whether argument `i` of `node` still runs with the data of `node`. */
function sameScope(node: OpNode, i: number): boolean {
  if (!node.def.lazy) return true;
  const scoped = node.def.scopedArgs;
  return scoped !== undefined && !scoped.includes(i);
}

/** Compiles one node (and its subtree) for the given scope. */
export function compileNode(node: Node, scope: Scope): CompiledArg {
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
