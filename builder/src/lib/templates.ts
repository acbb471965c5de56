import { defaultRuleset, Ruleset, type RulesetRaw } from '../../../core';

/** A starting point for a new ruleset. */
export interface Template {
  key: string;
  label: string;
  rules: RulesetRaw['rules'];
}

const pickRules = (...ids: string[]) =>
  defaultRuleset.rules.filter((r) => ids.includes(r.id)).map((r) => structuredClone(r));

/**
 * The default policy, one template per seed concern (rules taken from the default policy),
 * or an empty start with one rule.
 */
export const templates: Template[] = [
  {
    key: 'default',
    label: 'The default policy (every concern)',
    rules: structuredClone(defaultRuleset.rules),
  },
  {
    key: 'emotional',
    label: 'Emotional escalation',
    rules: pickRules('asked-for-a-person', 'emotional-escalation'),
  },
  { key: 'sales', label: 'Complex sales', rules: pickRules('complex-sales') },
  {
    key: 'novel',
    label: 'Novel problems',
    rules: pickRules('novel-problem', 'bot-is-not-helping'),
  },
  { key: 'high-value', label: 'High-value accounts', rules: pickRules('high-value-at-risk') },
  {
    key: 'compliance',
    label: 'Compliance and legal',
    rules: pickRules('sensitive-data-needs-a-person', 'legal-and-privacy', 'refund-disputes'),
  },
  {
    key: 'empty',
    label: 'Empty (one rule: the customer asks for a person)',
    rules: [
      {
        id: 'asked-for-a-person',
        name: 'The customer asks for a person',
        enabled: true,
        when: { has_signal: 'human_request' },
        then: { handoff: true, reason: 'human_request', priority: 'normal' },
      },
    ],
  },
];

/** A new ruleset from a template. */
export const fromTemplate = (key: string, id: string, name: string): Ruleset => {
  const t = templates.find((x) => x.key === key) ?? templates[0]!;
  return Ruleset.parse({ id, name, rules: structuredClone(t.rules) });
};
