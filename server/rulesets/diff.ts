import type { Rule, Ruleset } from '../../core';
import { canonicalJson } from '../../core';

/** One difference between two values, at a readable path. */
export interface Change {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** What differs between two rulesets: rules by id, then every changed field. */
export interface RulesetDiff {
  identical: boolean;
  rules: { added: string[]; removed: string[]; changed: string[]; reordered: boolean };
  changes: Change[];
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Field-level changes of two JSON values; arrays and leaves change as a whole. */
const fieldChanges = (before: unknown, after: unknown, path: string, out: Change[]) => {
  if (same(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const p = `${path}.${key}`;
      if (!(key in after)) out.push({ path: p, kind: 'removed', before: before[key] });
      else if (!(key in before)) out.push({ path: p, kind: 'added', after: after[key] });
      else fieldChanges(before[key], after[key], p, out);
    }
    return;
  }
  out.push({ path, kind: 'changed', before, after });
};

/**
 * Compares two rulesets the way a reviewer reads them: which rules were added, removed or
 * changed (matched by id), whether their order changed, and each changed field.
 *
 * @example
 * diffRulesets(v1, v2).rules; // { added: ['vip'], removed: [], changed: ['refunds'], reordered: false }
 */
export const diffRulesets = (before: Ruleset, after: Ruleset): RulesetDiff => {
  const changes: Change[] = [];
  const { rules: rulesBefore, ...headBefore } = before;
  const { rules: rulesAfter, ...headAfter } = after;
  fieldChanges(headBefore, headAfter, 'ruleset', changes);

  const byId = (rules: Rule[]) => new Map(rules.map((r) => [r.id, r]));
  const a = byId(rulesBefore);
  const b = byId(rulesAfter);
  const added = rulesAfter.filter((r) => !a.has(r.id)).map((r) => r.id);
  const removed = rulesBefore.filter((r) => !b.has(r.id)).map((r) => r.id);
  const changed: string[] = [];
  for (const r of rulesAfter) {
    const old = a.get(r.id);
    if (!old) {
      changes.push({ path: `rules[${r.id}]`, kind: 'added', after: r });
    } else if (!same(old, r)) {
      changed.push(r.id);
      fieldChanges(old, r, `rules[${r.id}]`, changes);
    }
  }
  for (const id of removed)
    changes.push({ path: `rules[${id}]`, kind: 'removed', before: a.get(id) });
  const kept = (rules: Rule[], other: Map<string, Rule>) =>
    rules.filter((r) => other.has(r.id)).map((r) => r.id);
  const reordered = kept(rulesBefore, b).join('\n') !== kept(rulesAfter, a).join('\n');
  if (reordered)
    changes.push({
      path: 'rules',
      kind: 'changed',
      before: rulesBefore.map((r) => r.id),
      after: rulesAfter.map((r) => r.id),
    });
  return {
    identical: changes.length === 0,
    rules: { added, removed, changed, reordered },
    changes,
  };
};
