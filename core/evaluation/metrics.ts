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
  issueTypeAccuracy: number;
  languageAccuracy: number;
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
    issueTypeAccuracy: ratio(issue, ok),
    languageAccuracy: ratio(language, ok),
    misses,
  };
};
