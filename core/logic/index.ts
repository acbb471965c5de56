/**
 * The JSON-logic rule engine: compile a rule once into closures, evaluate it many times,
 * explain every sub-expression, and read it in plain language.
 */
export { compile, interpret, describeRule, checkRule, defaultLimits } from './compile';
export { childPath } from './path';
export type { CompileOptions, CompiledRule } from './compile';
export type { ExplainNode } from './interpret';
export { RuleError, isRuleError } from './errors';
export type { RuleErrorCode } from './errors';
export { OperatorRegistry } from './registry';
export { createRegistry, defaultRegistry, standardOperatorNames } from './operators';
export { domainOperators } from './domain';
export type { DomainOperator, DomainSpec, ParamSpec, ParamType } from './domain';
export { truthy } from './values';
export type {
  Closure,
  CompiledArg,
  CompiledOp,
  DescribedArg,
  EagerOperator,
  LazyOperator,
  Limits,
  OpContext,
  Operator,
} from './types';
export type { Node } from './parse';
