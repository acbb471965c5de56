/** What a replayed decision needs for scoring: whether it hands off and which rules matched. */
export interface ScoredDecision {
  handoff: boolean;
  trace: { rule: string; matched: boolean }[];
}

/** Precision and recall of handoffs against people's verdicts; null when undefined (0/0). */
export interface Score {
  handoffs: number;
  precision: number | null;
  recall: number | null;
}

const score = (picked: boolean[], wanted: boolean[]): Score => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  picked.forEach((p, i) => {
    if (p && wanted[i]) tp++;
    else if (p) fp++;
    else if (wanted[i]) fn++;
  });
  return {
    handoffs: tp + fp,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
  };
};

/**
 * How two rulesets do against people's verdicts on the same judged conversations: overall
 * and per rule (a rule's handoffs are the conversations it matched that were handed off;
 * its recall is the share of all conversations that needed a person it caught).
 *
 * @example
 * scoreAgainstVerdicts([true, false], before, after).after.precision; // 1
 */
export const scoreAgainstVerdicts = (
  wanted: (boolean | undefined)[],
  before: ScoredDecision[],
  after: ScoredDecision[],
) => {
  const judged = wanted.flatMap((w, i) => (w === undefined ? [] : [i]));
  const want = judged.map((i) => wanted[i]!);
  const pick = (ds: ScoredDecision[], rule?: string) =>
    judged.map((i) => {
      const d = ds[i]!;
      return d.handoff && (!rule || d.trace.some((t) => t.rule === rule && t.matched));
    });
  const rules = [
    ...new Set(judged.flatMap((i) => [...before[i]!.trace, ...after[i]!.trace].map((t) => t.rule))),
  ];
  return {
    judged: judged.length,
    needed: want.filter(Boolean).length,
    before: score(pick(before), want),
    after: score(pick(after), want),
    rules: rules.map((rule) => ({
      rule,
      before: score(pick(before, rule), want),
      after: score(pick(after, rule), want),
    })),
  };
};
