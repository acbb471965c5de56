export type { Engine, PreparedRuleset, RuleEvaluation } from './types';
export { createRuleEvaluator } from './rules';
