import { z } from 'zod';
import {
  decisionIdPattern,
  DetectStepResult,
  HandoffDecision,
  HandoffInput,
  verdicts,
} from '../../core';

const decisionId = z
  .string()
  .describe(
    'the id of this decision in the decision log, for `POST /v1/decisions/{id}/feedback`; absent when the log is off',
  );

/** The contract's decision plus its id in the log (the contract allows added optional fields). */
export const LoggedDecision = HandoffDecision.extend({ decisionId: decisionId.optional() });
export const LoggedDetectResult = DetectStepResult.extend({ decisionId: decisionId.optional() });

export const DecisionIdParams = z.object({
  id: z
    .string()
    .regex(decisionIdPattern, 'must be a decision id such as "dec_0mi3x9k2a1f2e3d4c5b6a"'),
});
export const Verdict = z.enum(verdicts);
export const FeedbackBody = z.strictObject({
  verdict: Verdict.describe(
    '`needed`, `not_needed` (the bot could have answered), `too_late` (a handoff that should have come earlier) or `missed` (the bot kept a conversation that needed a person)',
  ),
  note: z.string().max(2000).optional(),
  author: z
    .string()
    .min(1)
    .max(200)
    .regex(/^(?!signal:)/, 'must not start with "signal:" (reserved for inferred verdicts)')
    .optional()
    .describe('who says it (an agent, a customer complaint); default the API key id'),
});
export const VerdictView = z.object({
  decisionId: z.string(),
  author: z.string(),
  source: z.enum(['explicit', 'implicit']),
  verdict: Verdict,
  note: z.string().nullable(),
  at: z.string(),
});
export const FeedbackResult = z.object({ verdict: VerdictView, created: z.boolean() });
export const DecisionView = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(['handoff', 'detect']),
  rulesetId: z.string(),
  rulesetVersion: z.string(),
  conversationId: z.string().nullable(),
  channel: z.string().nullable(),
  language: z.string().nullable(),
  issueType: z.string().nullable(),
  handoff: z.boolean().nullable(),
  priority: z.string().nullable(),
  score: z.number().nullable(),
  reasons: z.array(z.string()),
  matchedRules: z.array(z.string()),
  queue: z.string().nullable(),
  agentId: z.string().nullable(),
  saidAt: z.string().nullable(),
  input: z.unknown().describe('the conversation as logged: redacted, without name, email or id'),
  verdicts: z.array(VerdictView),
});
export const ConversationParams = z.object({ id: z.string().min(1).max(200) });
export const ConversationView = z.object({
  conversationId: z.string(),
  decisions: z.array(DecisionView),
});

const isoTime = z.iso.datetime({ offset: true });
export const QualityQuery = z
  .object({
    from: isoTime
      .optional()
      .describe('start of the window (decision time), default `to` minus 30 days'),
    to: isoTime.optional().describe('end of the window, exclusive; default now'),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: '"from" must be before "to"',
    path: ['from'],
  });
const rate = z.number().nullable();
const QualityFigures = z.object({
  decisions: z.number().int(),
  handoffs: z.number().int(),
  kept: z.number().int(),
  needed: z.number().int(),
  notNeeded: z.number().int(),
  tooLate: z.number().int(),
  missed: z.number().int(),
  handoffRate: rate.describe('handoffs over decisions'),
  clingyRate: rate.describe('(missed + too late) over kept'),
  dumpingGroundRate: rate.describe('not needed over handoffs'),
});
const ids = z.array(z.string()).describe('the decisions behind the figure (at most 500)');
export const QualityResult = QualityFigures.extend({
  rulesetId: z.string(),
  from: z.string(),
  to: z.string(),
  rules: z.array(
    z.object({
      rule: z.string(),
      fired: z.number().int(),
      handoffs: z.number().int(),
      judged: z.number().int(),
      needed: z.number().int(),
      tooLate: z.number().int(),
      notNeeded: z.number().int(),
      precision: rate.describe('(needed + too late) over judged'),
      notNeededShare: rate,
      decisionIds: z.object({ fired: ids, needed: ids, tooLate: ids, notNeeded: ids }),
    }),
  ),
  missedBy: z.array(z.object({ rule: z.string(), count: z.number().int(), decisionIds: ids })),
  implicit: z.object({
    notNeeded: z.object({ count: z.number().int(), decisionIds: ids }),
    missed: z.object({ count: z.number().int(), decisionIds: ids }),
  }),
  by: z.object({
    week: z.array(QualityFigures.extend({ key: z.string() })),
    language: z.array(QualityFigures.extend({ key: z.string() })),
    issueType: z.array(QualityFigures.extend({ key: z.string() })),
    queue: z.array(QualityFigures.extend({ key: z.string() })),
  }),
});

export const ExportQuery = z.object({
  ruleset: z.string().max(80).optional().describe('only decisions made with this ruleset'),
  from: isoTime.optional().describe('decisions made at or after this time'),
  to: isoTime.optional().describe('decisions made before this time'),
  source: z
    .enum(['explicit', 'all'])
    .default('explicit')
    .describe('`explicit`: verdicts from people only (default); `all`: inferred ones too'),
});

export const ReportDecisionBody = z.strictObject({
  input: HandoffInput.describe('the conversation as decided (it is stored redacted)'),
  decision: HandoffDecision.describe('the decision made elsewhere, e.g. by a local-mode n8n node'),
});
export const ReportedDecision = z.object({ decisionId: z.string() });
