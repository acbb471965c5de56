import { canonicalJson, compile, truthy, type Ruleset } from '../../../core';
import { graphToLogic, type RuleGraph } from './graph';
import { ruleSamples } from './samples';

/** A finding on a rule (by index) or on a block of the rule on the canvas, with how to fix it. */
export interface Finding {
  message: string;
  level: 'warning' | 'error';
}
export interface LintReport {
  rules: Record<number, Finding[]>;
  blocks: Record<string, Finding>;
}

const matches = (when: unknown, samples: unknown[]): boolean[] | undefined => {
  try {
    const rule = compile(when);
    return samples.map((d) => {
      try {
        return truthy(rule.evaluate(d));
      } catch {
        return false;
      }
    });
  } catch {
    return undefined;
  }
};
const all = (xs: boolean[]) => xs.every(Boolean);
const none = (xs: boolean[]) => !xs.some(Boolean);

/**
 * Checks a ruleset as the user edits it: rules that match always or never, rules that can
 * never decide because an earlier rule with the other outcome always matches first, duplicate
 * rules; and on the canvas's blocks: blocks not connected, conditions always true or false,
 * the same condition twice in one block. "Always" means over varied samples of what rules see
 * (`ruleSamples`), including the values the ruleset compares with.
 */
export const lintRuleset = (
  ruleset: Ruleset,
  graph?: RuleGraph,
  samples = ruleSamples(ruleset),
): LintReport => {
  const rules: LintReport['rules'] = {};
  const note = (i: number, f: Finding) => (rules[i] ??= []).push(f);
  const enabled = ruleset.rules.map((r) => r.enabled !== false);
  const results = ruleset.rules.map((r, i) => (enabled[i] ? matches(r.when, samples) : undefined));
  const seen = new Map<string, number>();
  const last = ruleset.rules.length - 1;
  ruleset.rules.forEach((rule, j) => {
    const hits = results[j];
    if (!hits) return;
    const key = `${rule.then.handoff}:${canonicalJson(rule.when)}`;
    const twin = seen.get(key);
    if (twin !== undefined)
      note(j, {
        level: 'warning',
        message: `Same condition and outcome as rule ${twin + 1} ("${ruleset.rules[twin]!.name}"): delete one, or change this one.`,
      });
    else seen.set(key, j);
    if (none(hits)) {
      note(j, {
        level: 'warning',
        message:
          'Never matches any conversation tried: check its values (a strength above 1, a number out of range, a value the field never has).',
      });
      return;
    }
    if (all(hits) && j < last)
      note(j, {
        level: 'warning',
        message:
          'Matches every conversation: rules below it with the other outcome never decide. Add a condition, or move it to the end.',
      });
    // Shadowed: wherever this rule matches, the first earlier match has the other outcome.
    let blocker: number | undefined;
    const shadowed = hits.every((hit, s) => {
      if (!hit) return true;
      const first = results.findIndex((r, i) => i < j && r?.[s]);
      if (first === -1 || ruleset.rules[first]!.then.handoff === rule.then.handoff) return false;
      blocker ??= first;
      return true;
    });
    if (shadowed && blocker !== undefined)
      note(j, {
        level: 'warning',
        message: `Never decides: rule ${blocker + 1} ("${ruleset.rules[blocker]!.name}") comes first with the other outcome and matches whenever this one does. Move this rule above it, or narrow that one.`,
      });
  });

  const blocks: LintReport['blocks'] = {};
  if (graph) {
    const feeds = new Set(graph.edges.map((e) => e.source));
    for (const n of graph.nodes)
      if (n.data.kind !== 'outcome' && !feeds.has(n.id))
        blocks[n.id] = {
          level: 'warning',
          message:
            'Not connected: drag from its right edge into a logic block or the outcome, or delete it.',
        };
    const written = graphToLogic(graph);
    if (written.ok) {
      for (const n of graph.nodes) {
        if (n.data.kind === 'outcome' || n.data.kind === 'logic' || blocks[n.id]) continue;
        const hits = matches(written.exprs[n.id], samples);
        if (!hits) continue;
        if (all(hits))
          blocks[n.id] = {
            level: 'warning',
            message:
              'Always true for every conversation tried: it does not narrow the rule. Change its value or remove it.',
          };
        else if (none(hits))
          blocks[n.id] = {
            level: 'warning',
            message: 'Never true for any conversation tried: check its value.',
          };
      }
      for (const target of graph.nodes.filter((n) => n.data.kind === 'logic')) {
        const ins = graph.edges.filter((e) => e.target === target.id).map((e) => e.source);
        const firstOf = new Map<string, string>();
        for (const id of ins) {
          const k = canonicalJson(written.exprs[id]);
          if (firstOf.has(k))
            blocks[id] = {
              level: 'warning',
              message: 'The same condition is connected to this logic block twice: delete one.',
            };
          else firstOf.set(k, id);
        }
      }
    }
  }
  return { rules, blocks };
};
