import {
  ConversationParams,
  ConversationView,
  DecisionIdParams,
  DecisionView,
  FeedbackBody,
  FeedbackResult,
  ReportDecisionBody,
  ReportedDecision,
} from '../api/decision-schemas';
import { mount, type MountContext } from '../api/operation';
import type { DecisionLog } from '../decisions/decision-log';
import { ApiError } from '../errors';
import { conversationDecisions, getDecision, type DecisionRecord } from '../store/decisions';
import { putVerdict, verdictsFor } from '../store/verdicts';
import { decisionExportRoutes } from './decision-export';
import type { Deps } from './deps';

const logOff = () =>
  new ApiError('not_found', 'the decision log is off on this service (DECISION_LOG=off)');

/** The log, or a 404 that says it is off. */
export const requireLog = (deps: Deps): DecisionLog => {
  if (!deps.decisions) throw logOff();
  return deps.decisions;
};

/** A decision by id; one just made may still be queued, so the queue is written first. */
const findDecision = async (deps: Deps, id: string): Promise<DecisionRecord> => {
  const log = requireLog(deps);
  let found = await getDecision(deps.db, id);
  if (!found) {
    await log.flush();
    found = await getDecision(deps.db, id);
  }
  if (!found) throw new ApiError('not_found', `there is no logged decision "${id}"`);
  return found;
};

const withVerdicts = async (deps: Deps, decisions: DecisionRecord[]) => {
  const all = await verdictsFor(
    deps.db,
    decisions.map((d) => d.id),
  );
  return decisions.map((d) => ({ ...d, verdicts: all.filter((v) => v.decisionId === d.id) }));
};

/** The decision log: verdicts on decisions, a decision, a conversation's decisions. */
export const decisionRoutes = (ctx: MountContext, deps: Deps) => {
  // Before `/v1/decisions/{id}`, which would take "export" for an id.
  decisionExportRoutes(ctx, deps);
  mount(
    ctx,
    {
      id: 'reportDecision',
      method: 'post',
      path: '/v1/decisions',
      tag: 'Decisions',
      summary:
        'Log a decision made elsewhere (an n8n node in local mode), to collect verdicts on it',
      description:
        'The decision is stored as if `/v1/handoff` had made it (redacted, batched) and its id comes back at once, for `POST /v1/decisions/{id}/feedback`.',
      access: 'evaluate',
      body: ReportDecisionBody,
      responses: { 201: { description: 'logged', schema: ReportedDecision } },
      errors: ['not_found', 'unavailable'],
    },
    async (c, { body }) => {
      const decisionId = requireLog(deps).record({
        kind: 'handoff',
        input: body.input,
        ruleset: body.decision.ruleset,
        result: body.decision,
      });
      if (!decisionId)
        throw new ApiError('unavailable', 'the decision log is full; try again shortly');
      return c.json({ decisionId }, 201);
    },
  );

  mount(
    ctx,
    {
      id: 'decisionFeedback',
      method: 'post',
      path: '/v1/decisions/{id}/feedback',
      tag: 'Decisions',
      summary: 'Say whether a logged decision was right: needed, not needed, too late, missed',
      description:
        'One verdict per decision and author: sending again replaces the earlier one (201 when new, 200 when replaced), and the latest verdict on a decision counts in its quality figures. The author defaults to the API key id.',
      access: 'evaluate',
      params: DecisionIdParams,
      body: FeedbackBody,
      responses: {
        200: {
          description: 'the verdict replaced the same author’s earlier one',
          schema: FeedbackResult,
        },
        201: { description: 'the verdict was recorded', schema: FeedbackResult },
      },
      errors: ['not_found'],
    },
    async (c, { params, body }) => {
      const decision = await findDecision(deps, params.id);
      const result = await putVerdict(deps.db, {
        decisionId: decision.id,
        author: body.author ?? c.get('key').id,
        source: 'explicit',
        verdict: body.verdict,
        note: body.note,
      });
      return c.json(result, result.created ? 201 : 200);
    },
  );

  mount(
    ctx,
    {
      id: 'getDecision',
      method: 'get',
      path: '/v1/decisions/{id}',
      tag: 'Decisions',
      summary: 'A logged decision, its redacted conversation and its verdicts',
      access: 'edit',
      params: DecisionIdParams,
      responses: { 200: { description: 'the decision', schema: DecisionView } },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      const [view] = await withVerdicts(deps, [await findDecision(deps, params.id)]);
      return c.json(view);
    },
  );

  mount(
    ctx,
    {
      id: 'conversationDecisions',
      method: 'get',
      path: '/v1/conversations/{id}/decisions',
      tag: 'Decisions',
      summary: 'Every decision on one conversation, in order, with their verdicts',
      description:
        'A flow that asks on every message makes one conversation with several decisions: here they are in the order they were made, so "kept for six more messages, then handed off" shows.',
      access: 'edit',
      params: ConversationParams,
      responses: { 200: { description: 'the decisions', schema: ConversationView } },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      await requireLog(deps).flush();
      const decisions = await conversationDecisions(deps.db, params.id);
      if (!decisions.length)
        throw new ApiError('not_found', `no logged decision on conversation "${params.id}"`);
      return c.json({ conversationId: params.id, decisions: await withVerdicts(deps, decisions) });
    },
  );
};
