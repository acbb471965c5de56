import { describe, expect, it } from 'vitest';
import { Ruleset } from '../../core';
import { sampleRuleset } from '../test/samples';
import { diffRulesets } from './diff';

const base = Ruleset.parse(sampleRuleset('s', 1));

describe('diffRulesets', () => {
  it('finds nothing between equal rulesets', () => {
    expect(diffRulesets(base, structuredClone(base))).toEqual({
      identical: true,
      rules: { added: [], removed: [], changed: [], reordered: false },
      changes: [],
    });
  });

  it('names added, removed and changed rules and changed fields', () => {
    const next = structuredClone(base);
    next.name = 'Renamed';
    next.rules[1]!.then.priority = 'urgent';
    next.rules.shift();
    next.rules.push({ ...base.rules[0]!, id: 'new-rule' });
    const d = diffRulesets(base, next);
    expect(d.rules).toEqual({
      added: ['new-rule'],
      removed: ['humans-on-request'],
      changed: ['big-accounts'],
      reordered: false,
    });
    expect(d.changes).toContainEqual({
      path: 'ruleset.name',
      kind: 'changed',
      before: 'Support policy 1',
      after: 'Renamed',
    });
    expect(d.changes).toContainEqual({
      path: 'rules[big-accounts].then.priority',
      kind: 'changed',
      before: 'normal',
      after: 'urgent',
    });
  });

  it('notices a new order of the same rules', () => {
    const next = structuredClone(base);
    next.rules.reverse();
    const d = diffRulesets(base, next);
    expect(d.rules.reordered).toBe(true);
    expect(d.identical).toBe(false);
  });
});
