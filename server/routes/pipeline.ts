import { mount, type MountContext } from '../api/operation';
import { LoggedDecision, LoggedDetectResult } from '../api/decision-schemas';
import { HandoffInput, HandoffRequest, RouteStepResult, SummarizeStepResult } from '../../core';
import { PipelineQuery } from '../api/schemas';
import type { DetectOutcome } from '../decisions/record';
import type { Deps } from './deps';
import { resolveRuleset } from './resolve-ruleset';

/** The pipeline: the whole handoff, and each step alone. */
export const pipelineRoutes = (ctx: MountContext, deps: Deps) => {
  const { engine, metrics } = deps;
  mount(
    ctx,
    {
      id: 'handoff',
      method: 'post',
      path: '/v1/handoff',
      tag: 'Pipeline',
      summary: 'Decide on a conversation: detect, decide, summarize and route',
      description:
        "`?ruleset=<id>` decides with that ruleset's published version (404 when it has none); otherwise the built-in ruleset. " +
        'With a CRM configured (`HANDOFF_CRM_CONFIG`), `context` is filled from it first; when the CRM fails, the decision still comes, with a note. ' +
        "Routes to the ruleset's own queues when it carries `routing`; `roster` and `queueStats` in the body add who is on shift and how busy each queue is.",
      access: 'evaluate',
      body: HandoffRequest,
      query: PipelineQuery,
      responses: { 200: { description: 'the decision', schema: LoggedDecision } },
      errors: ['not_found'],
    },
    async (c, { body, query }) => {
      const ruleset = await resolveRuleset(deps, query.ruleset);
      const { roster, queueStats, ...input } = body;
      const live = { roster, queueStats };
      const decision = engine.enrichedHandoff
        ? await engine.enrichedHandoff(input, ruleset, live)
        : engine.handoff(input, ruleset, live);
      metrics.countDecision(decision);
      const decisionId = deps.decisions?.record({
        kind: 'handoff',
        input,
        ruleset: decision.ruleset,
        result: decision,
      });
      return c.json(decisionId ? { ...decision, decisionId } : decision);
    },
  );
  mount(
    ctx,
    {
      id: 'detect',
      method: 'post',
      path: '/v1/detect',
      tag: 'Pipeline',
      summary: 'Detect the signals in a conversation, with their evidence',
      description:
        "`?ruleset=<id>` detects with that published ruleset's thresholds (its `config`).",
      access: 'evaluate',
      body: HandoffInput,
      query: PipelineQuery,
      responses: { 200: { description: 'the signals', schema: LoggedDetectResult } },
      errors: ['not_found'],
    },
    async (c, { body, query }) => {
      const ruleset = await resolveRuleset(deps, query.ruleset);
      const found = engine.detect(body, ruleset) as DetectOutcome;
      const decisionId = deps.decisions?.record({
        kind: 'detect',
        input: body,
        ruleset: { id: ruleset.id, version: ruleset.version },
        result: found,
      });
      return c.json(decisionId ? { ...found, decisionId } : found);
    },
  );
  mount(
    ctx,
    {
      id: 'summarize',
      method: 'post',
      path: '/v1/summarize',
      tag: 'Pipeline',
      summary: 'Summarize a conversation for the agent',
      description:
        'Two or three sentences for the agent and the Markdown transcript, sensitive data redacted.',
      access: 'evaluate',
      body: HandoffInput,
      query: PipelineQuery,
      responses: { 200: { description: 'the summary', schema: SummarizeStepResult } },
      errors: ['not_found'],
    },
    async (c, { body, query }) =>
      c.json(engine.summarize(body, await resolveRuleset(deps, query.ruleset))),
  );
  mount(
    ctx,
    {
      id: 'route',
      method: 'post',
      path: '/v1/route',
      tag: 'Pipeline',
      summary: 'Route a conversation: queue, skills, agent, wait and the customer message',
      access: 'evaluate',
      body: HandoffRequest,
      query: PipelineQuery,
      description:
        'For a conversation the caller hands over: routes it as a handoff whatever the rules decide, and says what to tell the customer. ' +
        "Uses the ruleset's own `routing` and `messages` when it carries them; `roster` and `queueStats` in the body add the live side.",
      responses: { 200: { description: 'the route', schema: RouteStepResult } },
      errors: ['not_found'],
    },
    async (c, { body, query }) => {
      const { roster, queueStats, ...input } = body;
      const ruleset = await resolveRuleset(deps, query.ruleset);
      return c.json(engine.route(input, ruleset, { roster, queueStats }));
    },
  );
};
