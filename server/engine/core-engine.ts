import type { Ruleset } from '../../core';
import { ApiError } from '../errors';
import { contentVersion } from '../rulesets/version';
import { createRuleEvaluator } from './rules';
import type { Engine, PreparedRuleset } from './types';

const notYet = (): never => {
  throw new ApiError('unavailable', 'the decision pipeline is not part of this build yet');
};

/**
 * The engine over `core/`: rules with `core/logic`; the pipeline with the decision and
 * smooth-handoff modules.
 */
export const createCoreEngine = (): Engine => {
  const rules = createRuleEvaluator();
  const prepare = (ruleset: Ruleset): PreparedRuleset => ({
    id: ruleset.id,
    version: contentVersion(ruleset),
    ruleset,
    compiled: null,
  });
  return {
    checkRuleset: rules.checkRuleset,
    prepare,
    defaults: notYet,
    handoff: notYet,
    detect: notYet,
    summarize: notYet,
    route: notYet,
    evaluateRule: rules.evaluateRule,
    evaluateRuleset: rules.evaluateRuleset,
  };
};
