import { ExportQuery } from '../api/decision-schemas';
import { mount, type MountContext } from '../api/operation';
import { countingVerdicts, toLabelled } from '../decisions/labelled';
import { listDecisions } from '../store/decisions';
import { verdictsFor } from '../store/verdicts';
import { requireLog } from './decisions';
import type { Deps } from './deps';

/** Export: decisions with a verdict as labelled JSON Lines, for fixtures and `handoff eval`. */
export const decisionExportRoutes = (ctx: MountContext, deps: Deps) => {
  mount(
    ctx,
    {
      id: 'exportDecisions',
      method: 'get',
      path: '/v1/decisions/export',
      tag: 'Decisions',
      summary: 'Decisions with a verdict, as labelled conversations (JSON Lines)',
      description:
        'One line per judged decision, oldest first: `{"id", "note", "input", "expected": {"handoff", "reasons", "issueType", "language"}}`, the format `handoff eval` and ruleset fixtures read. `input` is the conversation as logged (redacted); `expected.handoff` is false for `not_needed` and true for the other verdicts; `reasons` are the decision’s when a person confirmed its handoff, else empty. The verdict that counts is the latest (a person’s before an inferred one).',
      access: 'edit',
      query: ExportQuery,
      responses: {
        200: {
          description: 'labelled conversations, one JSON object a line',
          contentType: 'application/x-ndjson',
        },
      },
    },
    async (c, { query }) => {
      await requireLog(deps).flush();
      const decisions = await listDecisions(deps.db, {
        rulesetId: query.ruleset,
        kind: 'handoff',
        from: query.from,
        to: query.to,
      });
      const verdicts = countingVerdicts(
        await verdictsFor(
          deps.db,
          decisions.map((d) => d.id),
        ),
        { implicit: query.source === 'all' },
      );
      const lines = decisions.flatMap((d) => {
        const v = verdicts.get(d.id);
        return v ? [`${JSON.stringify(toLabelled(d, v))}\n`] : [];
      });
      return c.body(lines.join(''), 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
    },
  );
};
