import type { TraceEntry } from '../contract';
import { truthy } from '../logic';
import type { RuleData } from './data';
import type { CompiledRuleEntry, CompiledRuleset } from './ruleset';

/** The outcome of one rule over one input. */
export interface RuleOutcome {
  rule: CompiledRuleEntry;
  matched: boolean;
  /** Set when evaluation failed; the rule then counts as not matched. */
  error?: string;
}

const holds = (rule: { evaluate(d: unknown): unknown }, data: RuleData): boolean =>
  truthy(rule.evaluate(data));

/** Evaluates every enabled rule in order. A rule that fails to evaluate does not match. */
export const evaluateRules = (ruleset: CompiledRuleset, data: RuleData): RuleOutcome[] =>
  ruleset.rules.map((rule) => {
    if (!rule.enabled) return { rule, matched: false };
    try {
      return { rule, matched: holds(rule.when, data) };
    } catch (error) {
      return {
        rule,
        matched: false,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  });

const action = (o: RuleOutcome): string => {
  const t = o.rule.then;
  if (!t.handoff) return 'keep the conversation with the bot';
  const parts = [
    t.reason && `reason ${t.reason}`,
    t.priority && `priority ${t.priority}`,
    t.queue && `queue ${t.queue}`,
  ];
  const detail = parts.filter(Boolean).join(', ');
  return detail ? `hand off (${detail})` : 'hand off';
};

/**
 * A plain-language line for a rule's outcome: for a match, what the rule says and does;
 * for a miss, the first clause of an `and` that did not hold (or the whole condition).
 */
export const explainOutcome = (o: RuleOutcome, data: RuleData, note = ''): string => {
  if (!o.rule.enabled) return 'disabled: not evaluated';
  if (o.error) return `not matched: the rule failed to evaluate (${o.error})`;
  if (o.matched) {
    let why = o.rule.text;
    if (o.rule.join === 'or') {
      const held = o.rule.clauses.filter((c) => safeHolds(c.rule, data)).map((c) => c.text);
      if (held.length) why = held.join('; and ');
    }
    return `matched: ${why} -> ${action(o)}${note}`;
  }
  if (o.rule.join === 'and') {
    const failed = o.rule.clauses.find((c) => !safeHolds(c.rule, data));
    if (failed) return `not matched: ${failed.text} does not hold`;
  }
  return `not matched: ${o.rule.text} does not hold`;
};

const safeHolds = (rule: { evaluate(d: unknown): unknown }, data: RuleData): boolean => {
  try {
    return holds(rule, data);
  } catch {
    return false;
  }
};

/** Builds a trace entry. */
export const traceOf = (o: RuleOutcome, data: RuleData, note?: string): TraceEntry => ({
  rule: o.rule.id,
  matched: o.matched,
  explain: explainOutcome(o, data, note),
});
