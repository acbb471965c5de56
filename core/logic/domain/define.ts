import { RuleError } from '../errors';
import type { Node } from '../parse';
import type { CompileEnv, CompiledOp, DescribedArg, EagerOperator, OpContext } from '../types';
import { show } from '../values';

/** The kind of value a domain operation's parameter takes. */
export type ParamType = 'string' | 'number' | 'strings' | 'text' | 'time';

/** One parameter of a domain operation: its schema. */
export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  readonly description: string;
  readonly optional?: boolean;
  /** Allowed values of a string parameter. */
  readonly oneOf?: readonly string[];
}

/** A domain operation in one place: schema (params), evaluator and plain-language text. */
export interface DomainSpec {
  readonly summary: string;
  readonly params: readonly ParamSpec[];
  readonly deterministic: boolean;
  readonly returnsBoolean?: boolean;
  evaluate(args: unknown[], ctx: OpContext): unknown;
  describe(args: readonly DescribedArg[]): string;
  /**
   * A specialised closure for constant arguments that fit their parameters (checked before
   * the call), or undefined for the generic one. Must behave exactly like `evaluate`.
   */
  compileConstant?(values: unknown[], ctx: OpContext, env: CompileEnv): CompiledOp | undefined;
}

/** A registry operator built from a {@link DomainSpec}; keeps the spec for docs and UIs. */
export type DomainOperator = EagerOperator & { readonly spec: DomainSpec };

const accepts: Record<ParamType, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  strings: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
  text: (v) =>
    v === null ||
    typeof v === 'string' ||
    (Array.isArray(v) && v.every((s) => typeof s === 'string')),
  time: (v) => v === null || typeof v === 'string' || typeof v === 'number',
};

/** Checks one argument value against its parameter; throws `invalid_arguments` if it does not fit. */
export function expectParam(value: unknown, param: ParamSpec, op: string, path: string): void {
  if (value === undefined && param.optional) return;
  if (!accepts[param.type](value)) {
    throw new RuleError(
      'invalid_arguments',
      `"${op}" ${param.name} must be ${param.type === 'strings' ? 'an array of strings' : `a ${param.type}`}, got ${show(value)}`,
      path,
    );
  }
  if (param.oneOf && !param.oneOf.includes(value as string)) {
    throw new RuleError(
      'invalid_arguments',
      `"${op}" ${param.name} must be one of ${param.oneOf.join(', ')}, got ${show(value)}`,
      path,
    );
  }
}

function literalValue(node: Node): { known: boolean; value: unknown } {
  if (node.kind === 'literal') return { known: true, value: node.value };
  if (node.kind === 'array' && node.items.every((i) => i.kind === 'literal')) {
    return { known: true, value: node.items.map((i) => (i as { value: unknown }).value) };
  }
  return { known: false, value: undefined };
}

/** Builds the registry entry: arity from the params, literal arguments checked at compile time. */
export function defineDomainOperator(name: string, spec: DomainSpec): DomainOperator {
  const required = spec.params.filter((p) => !p.optional).length;
  return {
    spec,
    deterministic: spec.deterministic,
    returnsBoolean: spec.returnsBoolean,
    minArgs: required,
    maxArgs: spec.params.length,
    check(args) {
      args.forEach((node, i) => {
        const { known, value } = literalValue(node);
        if (known) expectParam(value, spec.params[i], name, node.path);
      });
    },
    evaluate(args, ctx) {
      for (let i = 0; i < args.length; i++) expectParam(args[i], spec.params[i], name, ctx.path);
      return spec.evaluate(args, ctx);
    },
    compile(args, ctx, env) {
      if (!spec.compileConstant || !args.every((a) => a.constant)) return undefined;
      const values = args.map((a) => a.value);
      try {
        values.forEach((v, i) => expectParam(v, spec.params[i], name, ctx.path));
      } catch {
        return undefined; // the generic closure reports it at evaluation, as before
      }
      return spec.compileConstant(values, ctx, env);
    },
    describe: spec.describe,
  };
}
