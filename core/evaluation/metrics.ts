import { z } from 'zod';
import { ReasonCode } from '../contract';
import { outcomeOf, type Decided } from './outcome';

/** What a labelled conversation expects. */
export const Expected = z.object({
  handoff: z.boolean(),
  reasons: z.array(ReasonCode),
  issueType: z.string(),
  language: z.string(),
});
export type Expected = z.infer<typeof Expected>;

/** One labelled line's outcome: the decision, or why there is none. */
export type Scored =
  | { id: string; expected: Expected; decision: Omit<Decided, 'priority'> }
  | { id: string; error: string };

/** Precision, recall and F1 of the handoff decision, and the rest of an evaluation. */
export interface EvalReport {
  count: number;
  errors: number;
  handoff: {
    tp: number;
    fp: number;
    fn: number;
    tn: number;
    precision: number;
    recall: number;
    f1: number;
  };
  /** Share of conversations labelled "no handoff" that were handed off. */
  overEscalation: number;
  reasonRecall: Partial<Record<ReasonCode, { expected: number; found: number; recall: number }>>;
  /**
   * Per reason code: how often a decision gave it, and how often the conversation was
   * labelled a handoff with that reason. Labels list only the reasons the policy clearly
   * implies, so a plausible extra reason counts against precision: read it as a floor.
   */
  reasonPrecision: Partial<
    Record<ReasonCode, { given: number; expected: number; precision: number }>
  >;
  /** Every expected reason found, over all expected reasons; every given reason expected, over all given. */
  reasons: { recall: number; precision: number };
  issueTypeAccuracy: number;
  /** Per labelled issue type: how many, how many typed right (recall) and precision of the type given. */
  byIssueType: Record<string, { count: number; recall: number; precision: number }>;
  languageAccuracy: number;
  /** The handoff figures per labelled language. */
  byLanguage: Record<
    string,
    {
      count: number;
      f1: number;
      overEscalation: number;
      issueTypeAccuracy: number;
      reasonRecall: number;
    }
  >;
  /** Every disagreement, for tuning: `{id, field, expected, got}`. */
  misses: { id: string; field: string; expected: unknown; got: unknown }[];
}

const ratio = (a: number, b: number): number =>
  b === 0 ? 1 : Math.round((a / b) * 10_000) / 10_000;

/**
 * Scores decisions against labels.
 *
 * @example
 * const report = scoreDecisions(lines.map((l) => ({ id: l.id, expected: l.expected, decision: decide(l.input) })));
 * report.handoff.f1 // 0.97
 */
export const scoreDecisions = (scored: Scored[]): EvalReport => {
  const h = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const reasons: EvalReport['reasonRecall'] = {};
  const given: EvalReport['reasonPrecision'] = {};
  const types: Record<string, { count: number; right: number; given: number }> = {};
  const typeOf = (t: string) => (types[t] ??= { count: 0, right: 0, given: 0 });
  const languages = new Map<string, Scored[]>();
  const misses: EvalReport['misses'] = [];
  let issue = 0;
  let language = 0;
  let ok = 0;
  for (const s of scored) {
    if ('error' in s) {
      misses.push({ id: s.id, field: 'error', expected: null, got: s.error });
      continue;
    }
    ok++;
    const e = s.expected;
    const d = outcomeOf({ ...s.decision, priority: 'normal' });
    if (!languages.has(e.language)) languages.set(e.language, []);
    languages.get(e.language)!.push(s);
    const wanted = new Set<string>(e.handoff ? e.reasons : []);
    for (const code of d.reasons as ReasonCode[]) {
      const g = (given[code] ??= { given: 0, expected: 0, precision: 0 });
      g.given++;
      if (wanted.has(code)) g.expected++;
    }
    typeOf(e.issueType).count++;
    typeOf(d.issueType).given++;
    if (e.issueType === d.issueType) typeOf(e.issueType).right++;
    if (e.handoff && d.handoff) h.tp++;
    else if (!e.handoff && d.handoff) h.fp++;
    else if (e.handoff && !d.handoff) h.fn++;
    else h.tn++;
    if (e.handoff !== d.handoff)
      misses.push({ id: s.id, field: 'handoff', expected: e.handoff, got: d.handoff });
    const got = new Set(d.reasons);
    for (const code of e.handoff ? e.reasons : []) {
      const r = (reasons[code] ??= { expected: 0, found: 0, recall: 0 });
      r.expected++;
      if (got.has(code)) r.found++;
      else misses.push({ id: s.id, field: 'reason', expected: code, got: [...got] });
    }
    if (e.issueType === d.issueType) issue++;
    else misses.push({ id: s.id, field: 'issueType', expected: e.issueType, got: d.issueType });
    if (e.language === d.language) language++;
    else misses.push({ id: s.id, field: 'language', expected: e.language, got: d.language });
  }
  for (const r of Object.values(reasons)) r!.recall = ratio(r!.found, r!.expected);
  for (const g of Object.values(given)) g!.precision = ratio(g!.expected, g!.given);
  const sum = <T>(xs: (T | undefined)[], f: (x: T) => number) =>
    xs.reduce((a, x) => a + (x ? f(x) : 0), 0);
  const byLanguage: EvalReport['byLanguage'] = {};
  // One level down: the same figures over each language's conversations.
  if (languages.size > 1)
    for (const [language, subset] of [...languages].sort(([a], [b]) => a.localeCompare(b))) {
      const r = scoreDecisions(subset);
      byLanguage[language] = {
        count: r.count,
        f1: r.handoff.f1,
        overEscalation: r.overEscalation,
        issueTypeAccuracy: r.issueTypeAccuracy,
        reasonRecall: r.reasons.recall,
      };
    }
  const precision = ratio(h.tp, h.tp + h.fp);
  const recall = ratio(h.tp, h.tp + h.fn);
  const f1 =
    precision + recall === 0
      ? 0
      : Math.round(((2 * precision * recall) / (precision + recall)) * 10_000) / 10_000;
  return {
    count: scored.length,
    errors: scored.length - ok,
    handoff: { ...h, precision, recall, f1 },
    overEscalation: ratio(h.fp, h.fp + h.tn),
    reasonRecall: reasons,
    reasonPrecision: given,
    reasons: {
      recall: ratio(
        sum(Object.values(reasons), (r) => r.found),
        sum(Object.values(reasons), (r) => r.expected),
      ),
      precision: ratio(
        sum(Object.values(given), (g) => g.expected),
        sum(Object.values(given), (g) => g.given),
      ),
    },
    issueTypeAccuracy: ratio(issue, ok),
    byIssueType: Object.fromEntries(
      Object.entries(types)
        .filter(([, t]) => t.count > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, t]) => [
          type,
          { count: t.count, recall: ratio(t.right, t.count), precision: ratio(t.right, t.given) },
        ]),
    ),
    languageAccuracy: ratio(language, ok),
    byLanguage,
    misses,
  };
};
