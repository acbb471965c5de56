import { describe, expect, it } from 'vitest';
import { compileRuleset } from '../../../core';
import { fromTemplate, templates } from './templates';

describe('templates', () => {
  it('every template is a ruleset the engine compiles, with at least one rule', () => {
    for (const t of templates) {
      const r = fromTemplate(t.key, `t-${t.key}`, t.label);
      expect(r.rules.length, t.key).toBeGreaterThan(0);
      expect(() => compileRuleset(r), t.key).not.toThrow();
    }
  });
});
