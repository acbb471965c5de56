import { rulesetVersion, type HandoffDecision, type HandoffInput, type Ruleset } from '../../core';
import type { Engine, PreparedRuleset } from '../engine';

/**
 * A stand-in engine for plumbing tests: a rule "matches" when the customer's messages contain
 * the word in `when.contains`; a `when` with `bad` does not compile.
 */
export const fakeEngine = (): Engine => {
  const prepare = (ruleset: Ruleset): PreparedRuleset => ({
    id: ruleset.id,
    version: rulesetVersion(ruleset),
    ruleset,
    compiled: null,
  });
  const fallback = prepare({
    id: 'default',
    name: 'Default',
    rules: [
      {
        id: 'r',
        name: 'r',
        enabled: true,
        when: { contains: 'human' },
        then: { handoff: true, reason: 'human_request' },
      },
    ],
  });
  const handoff = (input: HandoffInput, r: PreparedRuleset): HandoffDecision => {
    const text = input.conversation.messages
      .filter((m) => m.role === 'customer')
      .map((m) => m.text)
      .join('\n');
    const hits = r.ruleset.rules.filter((rule) =>
      text.includes(String((rule.when as { contains?: string }).contains)),
    );
    return {
      handoff: hits.length > 0,
      score: hits.length ? 1 : 0,
      priority: 'normal',
      reasons: hits.map((h) => ({
        code: h.then.reason ?? 'human_request',
        category: 'intent',
        evidence: [],
      })),
      issueType: 'support',
      language: 'en',
      ruleset: { id: r.id, version: r.version },
      trace: r.ruleset.rules.map((rule) => ({
        rule: rule.id,
        matched: hits.includes(rule),
        explain: '',
      })),
    };
  };
  return {
    checkRuleset: (ruleset) =>
      ruleset.rules.flatMap((rule, i) =>
        JSON.stringify(rule.when).includes('bad')
          ? [{ path: `rules[${i}].when`, message: 'unknown operation "bad"' }]
          : [],
      ),
    prepare,
    defaults: () => fallback,
    handoff,
    // Partial answers on purpose: plumbing tests look at status codes, not at these.
    detect: () => ({ signals: [] }) as never,
    summarize: (input) => ({ summary: input.conversation.messages[0]!.text }) as never,
    route: () => ({ queue: 'general' }) as never,
    evaluateRule: (rule, data) => ({ result: JSON.stringify(rule) === JSON.stringify(data) }),
    evaluateRuleset: (r) => ({ ruleset: { id: r.id, version: r.version }, rules: [] }),
  };
};
