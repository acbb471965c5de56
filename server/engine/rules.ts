import { LRUCache } from 'lru-cache';
import { compile, isRuleError, truthy, type CompiledRule, type CompiledRuleset } from '../../core';
import { ApiError } from '../errors';
import type { PreparedRuleset, RuleEvaluation } from './types';

/** `rule.and[1]` (the engine's path inside a rule) placed under a field: `rules[2].when.and[1]`. */
const under = (prefix: string, rulePath: string) => prefix + rulePath.replace(/^rule/, '');

/** Turns a rule error into a 400 naming the place inside the rule. */
const refuse = (
  error: unknown,
  prefix: string,
  code: 'invalid_rule' | 'evaluation_failed',
): never => {
  if (!isRuleError(error)) throw error;
  throw new ApiError(code, error.message, {
    issues: [{ path: under(prefix, error.path), message: error.message, code: error.code }],
  });
};

/**
 * JSON-logic evaluation over `core/logic`: compiled rules are cached by their JSON text,
 * so a client sending the same rule again does not pay for compiling it.
 *
 * @example
 * const rules = createRuleEvaluator();
 * rules.evaluateRule({ '>': [{ var: 'x' }, 1] }, { x: 2 }, false); // { result: true }
 */
export const createRuleEvaluator = ({ cacheSize = 1000 }: { cacheSize?: number } = {}) => {
  const cache = new LRUCache<string, CompiledRule>({ max: cacheSize });
  const compiledRule = (rule: unknown): CompiledRule => {
    const text = JSON.stringify(rule);
    let hit = cache.get(text);
    if (hit) return hit;
    try {
      hit = compile(rule);
    } catch (error) {
      return refuse(error, 'rule', 'invalid_rule');
    }
    cache.set(text, hit);
    return hit;
  };
  return {
    evaluateRule(rule: unknown, data: unknown, explain: boolean): RuleEvaluation {
      const compiled = compiledRule(rule);
      let result: unknown;
      try {
        result = compiled.evaluate(data);
      } catch (error) {
        if (!explain) return refuse(error, 'rule', 'evaluation_failed');
        result = null;
      }
      return explain
        ? { result, explain: compiled.explain(data), description: compiled.describe() }
        : { result };
    },

    /** Every rule of a prepared ruleset over data, with the rules core compiled when it was prepared. */
    evaluateRuleset(r: PreparedRuleset, data: unknown, explain: boolean) {
      return {
        ruleset: { id: r.id, version: r.version },
        rules: (r.compiled as CompiledRuleset).rules.map((rule) => {
          const c = rule.when;
          let result: unknown;
          let error: { code: string; message: string } | undefined;
          try {
            result = c.evaluate(data);
          } catch (e) {
            if (!isRuleError(e)) throw e;
            error = { code: e.code, message: e.message };
          }
          return {
            id: rule.id,
            enabled: rule.enabled,
            matched: !error && rule.enabled && truthy(result),
            result: result ?? null,
            ...(error ? { error } : {}),
            then: rule.then,
            ...(explain ? { explain: c.explain(data), description: c.describe() } : {}),
          };
        }),
      };
    },
  };
};
