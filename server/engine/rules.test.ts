import { describe, expect, it } from 'vitest';
import { compileRuleset } from '../../core';
import { ApiError } from '../errors';
import { sampleRuleset } from '../test/samples';
import { createRuleEvaluator } from './rules';

const rules = createRuleEvaluator();
const prepared = () => {
  const compiled = compileRuleset(sampleRuleset('s'));
  return { id: compiled.id, version: compiled.version, ruleset: compiled.source, compiled };
};

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('rule evaluation over core/logic', () => {
  it('evaluates and explains a rule', () => {
    expect(rules.evaluateRule({ '>': [{ var: 'x' }, 1] }, { x: 2 }, false)).toEqual({
      result: true,
    });
    const out = rules.evaluateRule({ '>': [{ var: 'x' }, 1] }, { x: 0 }, true);
    expect(out.result).toBe(false);
    expect(out.explain).toMatchObject({ op: '>', value: false });
    expect(typeof out.description).toBe('string');
  });

  it('refuses an invalid rule with the path inside it', () => {
    expect(
      refusal(() => rules.evaluateRule({ and: [true, { frobnicate: 1 }] }, {}, false)),
    ).toMatchObject({
      code: 'invalid_rule',
      issues: [{ path: 'rule.and[1].frobnicate', code: 'unknown_operator' }],
    });
  });

  it('never reaches prototypes', () => {
    expect(rules.evaluateRule({ var: '__proto__' }, {}, false).result).toBeNull();
    expect(rules.evaluateRule({ var: 'constructor.name' }, {}, false).result).toBeNull();
  });

  it('evaluates every rule of a ruleset', () => {
    const out = rules.evaluateRuleset(
      prepared(),
      { signals: { human_request: true }, customer: { tier: 'pro' }, session: { minutes: 3 } },
      false,
    );
    expect(out.rules.map((r) => [r.id, r.matched])).toEqual([
      ['humans-on-request', true],
      ['big-accounts', false],
    ]);
  });
});
