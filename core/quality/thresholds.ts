import type { Rule, Ruleset } from '../contract';

/** Where a rule reads a signal with a strength: `{"has_signal": [code, least]}` in its `when`. */
export interface ThresholdSite {
  /** The keys from `when` down to the `has_signal` object. */
  at: (string | number)[];
  code: string;
  /** The least strength that counts now; 0 when the rule takes the signal at any strength. */
  least: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every `has_signal` with a literal code in a condition, in document order: the thresholds a
 * suggestion may move.
 *
 * @example
 * thresholdSites({ or: [{ has_signal: 'a' }, { has_signal: ['b', 0.7] }] });
 * // [{ at: ['or', 0], code: 'a', least: 0 }, { at: ['or', 1], code: 'b', least: 0.7 }]
 */
export const thresholdSites = (when: unknown): ThresholdSite[] => {
  const found: ThresholdSite[] = [];
  const walk = (v: unknown, at: (string | number)[]) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...at, i]));
    if (!isObject(v)) return;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === 'has_signal') {
      const arg = v.has_signal;
      if (typeof arg === 'string') found.push({ at, code: arg, least: 0 });
      else if (Array.isArray(arg) && typeof arg[0] === 'string') {
        if (arg.length === 1) found.push({ at, code: arg[0], least: 0 });
        else if (arg.length === 2 && typeof arg[1] === 'number')
          found.push({ at, code: arg[0], least: arg[1] });
      }
      return;
    }
    for (const k of keys) walk(v[k], [...at, k]);
  };
  walk(when, []);
  return found;
};

/** A copy of `when` with the `has_signal` at `site` reading `least` (0: at any strength). */
const withLeast = (when: unknown, site: ThresholdSite, least: number): unknown => {
  const replaced = { has_signal: least > 0 ? [site.code, least] : site.code };
  const go = (v: unknown, depth: number): unknown => {
    if (depth === site.at.length) return replaced;
    const key = site.at[depth]!;
    if (Array.isArray(v)) return v.map((x, i) => (i === key ? go(x, depth + 1) : x));
    const o = v as Record<string, unknown>;
    return { ...o, [key]: go(o[key], depth + 1) };
  };
  return go(when, 0);
};

/**
 * The ruleset with one rule's threshold moved; everything else (other rules, config,
 * routing) is the same object content.
 *
 * @example
 * withThreshold(ruleset, 'asked-for-a-person', site, 0.7).rules[4].when; // { has_signal: ['human_request', 0.7] }
 */
export const withThreshold = (
  ruleset: Ruleset,
  ruleId: string,
  site: ThresholdSite,
  least: number,
): Ruleset => ({
  ...ruleset,
  rules: ruleset.rules.map((r) =>
    r.id === ruleId ? { ...r, when: withLeast(r.when, site, least) as Rule['when'] } : r,
  ),
});
