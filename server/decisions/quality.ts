import type { MissedByRule, QualityFigures, QualityReport, RuleQuality } from '../../core';
import type { DecisionRecord } from '../store/decisions';
import type { Verdict, VerdictRecord } from '../store/verdicts';

/** How many decision ids each figure lists (the counts are always exact). */
export const idsPerFigure = 500;

/** What quality needs to know of the ruleset behind the decisions. */
export interface QualityContext {
  /** The ruleset's rules in order, to list them even when they never fired. */
  ruleOrder: string[];
  /** For a missed decision: the handoff rule whose signals were present, or undefined. */
  shouldHaveCaught(decision: DecisionRecord): string | undefined;
}

const share = (n: number, d: number) => (d ? n / d : null);
const cap = (ids: string[]) => ids.slice(0, idsPerFigure);

/** The Monday (UTC) of the week a time falls in, as `YYYY-MM-DD`. */
export const weekOf = (iso: string): string => {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day))
    .toISOString()
    .slice(0, 10);
};

/** Each decision's latest verdict from a person (ties: the later author in sort order). */
export const latestExplicit = (verdicts: VerdictRecord[]): Map<string, Verdict> => {
  const latest = new Map<string, VerdictRecord>();
  for (const v of verdicts) {
    if (v.source !== 'explicit') continue;
    const seen = latest.get(v.decisionId);
    if (!seen || v.at > seen.at || (v.at === seen.at && v.author > seen.author))
      latest.set(v.decisionId, v);
  }
  return new Map([...latest].map(([id, v]) => [id, v.verdict]));
};

const figures = (decisions: DecisionRecord[], verdictOf: Map<string, Verdict>): QualityFigures => {
  const handoffs = decisions.filter((d) => d.handoff).length;
  const kept = decisions.length - handoffs;
  const count = (v: Verdict) => decisions.filter((d) => verdictOf.get(d.id) === v).length;
  const needed = count('needed');
  const notNeeded = count('not_needed');
  const tooLate = count('too_late');
  const missed = count('missed');
  return {
    decisions: decisions.length,
    handoffs,
    kept,
    needed,
    notNeeded,
    tooLate,
    missed,
    handoffRate: share(handoffs, decisions.length),
    clingyRate: share(missed + tooLate, kept),
    dumpingGroundRate: share(notNeeded, handoffs),
  };
};

const groupBy = (
  decisions: DecisionRecord[],
  verdictOf: Map<string, Verdict>,
  keyOf: (d: DecisionRecord) => string,
) => {
  const groups = new Map<string, DecisionRecord[]>();
  for (const d of decisions) {
    const k = keyOf(d);
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, ds]) => ({ key, ...figures(ds, verdictOf) }));
};

/**
 * The quality of a ruleset's decisions from people's verdicts: per rule, missed handoffs by
 * the rule that should have caught them, the overall rates, and the same per week,
 * language, issue type and queue. Only pipeline decisions (`/v1/handoff`) count.
 *
 * @example
 * qualityReport(decisions, verdicts, { ruleOrder: ['vip'], shouldHaveCaught: () => undefined });
 */
export const qualityReport = (
  all: DecisionRecord[],
  verdicts: VerdictRecord[],
  ctx: QualityContext,
): QualityReport => {
  const decisions = all.filter((d) => d.kind === 'handoff');
  const verdictOf = latestExplicit(verdicts);

  const ruleIds = [...ctx.ruleOrder];
  for (const d of decisions)
    for (const r of d.matchedRules) if (!ruleIds.includes(r)) ruleIds.push(r);
  const rules = ruleIds.map((rule): RuleQuality => {
    const fired = decisions.filter((d) => d.matchedRules.includes(rule));
    const handoffs = fired.filter((d) => d.handoff);
    const ids = (v: Verdict) => handoffs.filter((d) => verdictOf.get(d.id) === v).map((d) => d.id);
    const needed = ids('needed');
    const tooLate = ids('too_late');
    const notNeeded = ids('not_needed');
    const judged = needed.length + tooLate.length + notNeeded.length;
    return {
      rule,
      fired: fired.length,
      handoffs: handoffs.length,
      judged,
      needed: needed.length,
      tooLate: tooLate.length,
      notNeeded: notNeeded.length,
      precision: share(needed.length + tooLate.length, judged),
      notNeededShare: share(notNeeded.length, judged),
      decisionIds: {
        fired: cap(fired.map((d) => d.id)),
        needed: cap(needed),
        tooLate: cap(tooLate),
        notNeeded: cap(notNeeded),
      },
    };
  });

  const missedBy = new Map<string, string[]>();
  for (const d of decisions) {
    if (d.handoff || verdictOf.get(d.id) !== 'missed') continue;
    const rule = ctx.shouldHaveCaught(d) ?? 'no rule';
    missedBy.set(rule, [...(missedBy.get(rule) ?? []), d.id]);
  }

  // In the order the decisions were made, like every other list of ids.
  const implicit = (verdict: Verdict) => {
    const marked = new Set(
      verdicts
        .filter((v) => v.source === 'implicit' && v.verdict === verdict)
        .map((v) => v.decisionId),
    );
    const ids = decisions.filter((d) => marked.has(d.id)).map((d) => d.id);
    return { count: ids.length, decisionIds: cap(ids) };
  };

  return {
    ...figures(decisions, verdictOf),
    rules,
    missedBy: [...missedBy]
      .map(([rule, ids]) => ({ rule, count: ids.length, decisionIds: cap(ids) }))
      .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1)),
    implicit: { notNeeded: implicit('not_needed'), missed: implicit('missed') },
    by: {
      week: groupBy(decisions, verdictOf, (d) => weekOf(d.at)),
      language: groupBy(decisions, verdictOf, (d) => d.language ?? 'unknown'),
      issueType: groupBy(decisions, verdictOf, (d) => d.issueType ?? 'unknown'),
      queue: groupBy(decisions, verdictOf, (d) => d.queue ?? 'none'),
    },
  };
};

export type { MissedByRule, QualityFigures, QualityReport, RuleQuality };
