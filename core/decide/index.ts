export {
  configOf,
  decide,
  InputError,
  rulesetOf,
  type DecideOptions,
  type Decision,
} from './decide';
export {
  compileRuleset,
  rulesetVersion,
  RulesetError,
  type CompiledRuleset,
  type CompiledRuleEntry,
  type RulesetIssue,
} from './ruleset';
export { defaultRuleset } from './default-ruleset';
export { canonicalJson } from './canonical';
export { ruleData, type RuleData } from './data';
export { combine, type Combined } from './combine';
