import { replay, type HandoffDecision } from '../../core';
import { mount, type MountContext } from '../api/operation';
import { ReplayBody, ReplayResult, RulesetIdParams } from '../api/schemas';
import { ApiError } from '../errors';
import { getVersion } from '../store/rulesets';
import { loggedConversations } from '../decisions/log-conversations';
import { scoreAgainstVerdicts } from '../decisions/verdict-score';
import type { Deps } from './deps';
import { resolveRuleset } from './resolve-ruleset';
import { requireRuleset } from './rulesets';

const pushed = <T>(list: T[], item: T): T => {
  list.push(item);
  return item;
};

/** Replay: what the draft would decide differently from the published version. */
export const replayRoutes = (ctx: MountContext, deps: Deps) => {
  mount(
    ctx,
    {
      id: 'replayRuleset',
      method: 'post',
      path: '/v1/rulesets/{id}/replay',
      tag: 'Versions',
      summary:
        'Run the draft and the published version over conversations and report what would change',
      description:
        'Compares handoff, priority, reasons, issue type and queue per conversation. Without a published version the baseline is the built-in ruleset; `against` picks another version. With `fromLog` the conversations come from the decision log and the answer adds how both did against the verdicts.',
      access: 'edit',
      params: RulesetIdParams,
      body: ReplayBody,
      responses: {
        200: { description: 'the conversations whose decision would change', schema: ReplayResult },
      },
      errors: ['not_found'],
    },
    async (c, { params, body }) => {
      const r = await requireRuleset(deps, params.id);
      const draft = deps.engine.prepare(r.draft);
      let source: 'published' | 'version' | 'default' = r.publishedVersion
        ? 'published'
        : 'default';
      let baseline = r.publishedVersion ? await resolveRuleset(deps, r.id) : deps.engine.defaults();
      if (body.against) {
        const v = await getVersion(deps.db, r.id, body.against);
        if (!v) throw new ApiError('not_found', `ruleset "${r.id}" has no version ${body.against}`);
        baseline = deps.engine.prepare(v.content);
        source = 'version';
      }
      const logged = body.fromLog
        ? await loggedConversations(deps.db, r.id, body.fromLog)
        : undefined;
      const before: HandoffDecision[] = [];
      const after: HandoffDecision[] = [];
      const comparison = replay(
        body.conversations ?? logged!.map((l) => l.input),
        (input) => pushed(before, deps.engine.handoff(input, baseline)),
        (input) => pushed(after, deps.engine.handoff(input, draft)),
      );
      return c.json({
        draft: { version: draft.version },
        baseline: { version: baseline.version, source },
        ...comparison,
        ...(logged
          ? {
              verdicts: scoreAgainstVerdicts(
                logged.map((l) => l.wanted),
                before,
                after,
              ),
            }
          : {}),
      });
    },
  );
};
