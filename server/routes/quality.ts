import type { Ruleset } from '../../core';
import { QualityQuery, QualityResult } from '../api/decision-schemas';
import { mount, type MountContext } from '../api/operation';
import { RulesetIdParams } from '../api/schemas';
import { qualityReport } from '../decisions/quality';
import { shouldHaveCaughtWith } from '../decisions/should-have-caught';
import { getDecision, listDecisions, type DecisionRecord } from '../store/decisions';
import { getPublished, getVersion } from '../store/rulesets';
import { verdictsInWindow } from '../store/verdicts';
import { ApiError } from '../errors';
import type { Deps } from './deps';
import { requireLog } from './decisions';
import { requireRuleset } from './rulesets';

/** The window a quality query covers: `to` defaults to now, `from` to 30 days before it. */
export const qualityWindow = (q: { from?: string; to?: string }, now = Date.now()) => {
  const to = q.to ? new Date(q.to) : new Date(now);
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
};

/**
 * The quality report of a ruleset over a window, from the log. Missed handoffs are
 * attributed with the version each decision was made with.
 */
export const rulesetQuality = async (
  deps: Deps,
  id: string,
  window: { from: string; to: string },
) => {
  let current: Ruleset;
  if (id === deps.engine.defaults().id) current = deps.engine.defaults().ruleset;
  else {
    const r = await requireRuleset(deps, id);
    current = (await getPublished(deps.db, id))?.content ?? r.draft;
  }
  await requireLog(deps).flush();
  const decisions = await listDecisions(deps.db, {
    rulesetId: id,
    kind: 'handoff',
    withoutInput: true,
    ...window,
  });
  const verdicts = await verdictsInWindow(deps.db, { rulesetId: id, ...window });
  const byVersion = new Map<string, (d: DecisionRecord) => string | undefined>();
  const missedAttribution = new Map<string, string | undefined>();
  // Detection over the stored conversation runs only for the few decisions marked missed.
  for (const d of decisions) {
    if (d.handoff !== false) continue;
    if (!verdicts.some((v) => v.decisionId === d.id && v.verdict === 'missed')) continue;
    let catchWith = byVersion.get(d.rulesetVersion);
    if (!catchWith) {
      const v = await getVersion(deps.db, id, d.rulesetVersion);
      catchWith = shouldHaveCaughtWith(v?.content ?? current);
      byVersion.set(d.rulesetVersion, catchWith);
    }
    const full = await getDecision(deps.db, d.id);
    if (full) missedAttribution.set(d.id, catchWith(full));
  }
  return {
    rulesetId: id,
    ...window,
    ...qualityReport(decisions, verdicts, {
      ruleOrder: current.rules.map((r) => r.id),
      shouldHaveCaught: (d) => missedAttribution.get(d.id),
    }),
  };
};

/** The quality of every ruleset with decisions in the last 30 days (for `/metrics`). */
export const allRulesetQuality = async (deps: Deps) => {
  const window = qualityWindow({});
  const ids = await deps.db.query<{ id: string }>(
    `select distinct ruleset_id as id from decisions where at >= $1 and kind = 'handoff'`,
    [window.from],
  );
  const reports = [];
  for (const { id } of ids) {
    try {
      reports.push(await rulesetQuality(deps, id, window));
    } catch (error) {
      // A ruleset deleted since has no rules to report on.
      if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
    }
  }
  return reports;
};

/** What the team sees: a ruleset's quality from agents' verdicts. */
export const qualityRoutes = (ctx: MountContext, deps: Deps) => {
  mount(
    ctx,
    {
      id: 'rulesetQuality',
      method: 'get',
      path: '/v1/rulesets/{id}/quality',
      tag: 'Decisions',
      summary: "How the ruleset's decisions fared with the people who took them over",
      description:
        'From the decision log and its verdicts, for decisions made in `[from, to)` with this ruleset (`default` for the built-in one): per rule, how often it fired and the share of its handoffs marked needed (precision) and not needed; missed handoffs by the rule whose signals were present but did not hand off (or "no rule"); the handoff, clingy and dumping-ground rates, overall and per week, language, issue type and queue; and the implicit verdicts, counted apart. Each figure lists the decision ids behind it.',
      access: 'any',
      params: RulesetIdParams,
      query: QualityQuery,
      responses: { 200: { description: 'the quality report', schema: QualityResult } },
      errors: ['not_found'],
    },
    async (c, { params, query }) =>
      c.json(await rulesetQuality(deps, params.id, qualityWindow(query))),
  );
};
