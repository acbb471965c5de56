import {
  compileRuleset,
  fetchTransport,
  defaultRuleset,
  runDetect,
  runHandoff,
  runHandoffAsync,
  runRoute,
  runSummarize,
  RulesetError,
  StepOptionsError,
  type CompiledRuleset,
  type HandoffDecision,
  type Ruleset,
} from '../../core';
import { ApiError, type ErrorIssue } from '../errors';
import type { CrmSetup } from './crm';
import { createRuleEvaluator } from './rules';
import type { Engine, PreparedRuleset } from './types';

const rulesetIssues = (error: unknown): ErrorIssue[] => {
  if (!(error instanceof RulesetError)) throw error;
  return error.issues.map(({ path, message, code, ruleId }) => ({
    path,
    message,
    code,
    ...(ruleId ? { ruleId } : {}),
  }));
};

/** A live roster or statistics that do not fit the ruleset's routing: a 400 naming the path. */
const asRefusal = (error: unknown): never => {
  if (!(error instanceof StepOptionsError)) throw error;
  throw new ApiError('invalid_body', error.message, {
    issues: error.issues.map(({ path, message, code }) => ({ path, message, code })),
  });
};
const refuseBadOptions = <T>(run: () => T): T => {
  try {
    return run();
  } catch (error) {
    return asRefusal(error);
  }
};
const refuseBadOptionsAsync = async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    return asRefusal(error);
  }
};

/**
 * The engine over `core/`: rulesets compiled by core, every answer from core's step API
 * (`runHandoff`, `runDetect`, `runSummarize`, `runRoute`). Nothing here decides anything
 * itself.
 *
 * @example
 * const engine = createCoreEngine();
 * engine.handoff(input, engine.defaults()).handoff; // true
 */
export const createCoreEngine = ({ crm }: { crm?: CrmSetup } = {}): Engine => {
  const rules = createRuleEvaluator();
  const prepare = (ruleset: Ruleset): PreparedRuleset => {
    let compiled: CompiledRuleset;
    try {
      compiled = compileRuleset(ruleset);
    } catch (error) {
      throw new ApiError('invalid_rule', `ruleset "${ruleset.id}" cannot run`, {
        issues: rulesetIssues(error),
      });
    }
    return { id: compiled.id, version: compiled.version, ruleset: compiled.source, compiled };
  };
  let fallback: PreparedRuleset | undefined;
  const compiledOf = (r: PreparedRuleset) => r.compiled as CompiledRuleset;

  return {
    checkRuleset(ruleset) {
      try {
        compileRuleset(ruleset);
        return [];
      } catch (error) {
        return rulesetIssues(error);
      }
    },
    prepare,
    defaults: () => (fallback ??= prepare(compileRuleset(defaultRuleset).source)),
    handoff: (input, ruleset, live = {}): HandoffDecision =>
      refuseBadOptions(
        () =>
          runHandoff(input, {
            ruleset: compiledOf(ruleset),
            roster: live.roster,
            queueStats: live.queueStats,
          }) as HandoffDecision,
      ),
    ...(crm
      ? {
          enrichedHandoff: async (input, ruleset, live = {}) =>
            (await refuseBadOptionsAsync(() =>
              runHandoffAsync(input, {
                ruleset: compiledOf(ruleset),
                roster: live.roster,
                queueStats: live.queueStats,
                transport: fetchTransport,
                sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
                now: Date.now,
                crm: {
                  adapter: crm.adapter,
                  cache: crm.cache,
                  timeoutMs: crm.timeoutMs,
                  retries: crm.retries,
                  budgetMs: crm.budgetMs,
                },
              }),
            )) as HandoffDecision,
        }
      : {}),
    detect: (input, ruleset) => runDetect(input, { ruleset: compiledOf(ruleset) }),
    summarize: (input, ruleset) => runSummarize(input, { ruleset: compiledOf(ruleset) }),
    // The caller has decided to hand over: routed as a handoff whatever the rules say.
    route: (input, ruleset, live = {}) =>
      refuseBadOptions(() =>
        runRoute(input, {
          ruleset: compiledOf(ruleset),
          roster: live.roster,
          queueStats: live.queueStats,
        }),
      ),
    evaluateRule: rules.evaluateRule,
    evaluateRuleset: rules.evaluateRuleset,
  };
};
