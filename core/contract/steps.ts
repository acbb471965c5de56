import { z } from 'zod';
import { HandoffDecision, IssueType, Route } from './decision';
import { ReasonCode } from './reasons';
import { HandoffInput } from './input';
import { MessageOverridesSchema, supportedLanguages } from './messages';
import { QueueStatsByQueue, RosterSchema, RoutingTableSchema } from './routing';

/**
 * A decision an earlier step made, as it travels between steps (and n8n items): the
 * contract's decision plus the queue and skills the matching rules asked for.
 */
export const EarlierDecision = HandoffDecision.extend({
  hints: z
    .object({ queue: z.string().optional(), skills: z.array(z.string()) })
    .optional()
    .describe('the queue and skills the matching rules asked for, for routing'),
});
export type EarlierDecision = z.infer<typeof EarlierDecision>;

/** What the detect step finds: every signal with its evidence, language, issue type, session facts. */
export const DetectStepResult = z.object({
  signals: z.array(
    z
      .object({ code: ReasonCode, strength: z.number(), evidence: z.array(z.unknown()) })
      .catchall(z.unknown()),
  ),
  language: z.string(),
  issueType: IssueType,
  session: z.record(z.string(), z.unknown()),
});
export type DetectStepResult = z.infer<typeof DetectStepResult>;

/** How the summarize step writes: the agents' language, redaction, the transcript. */
export const SummarizeStepOptions = z.strictObject({
  agentLanguage: z
    .enum(supportedLanguages)
    .optional()
    .describe("the summary's language; default the customer's"),
  redact: z.boolean().optional().describe('replace card numbers, IBANs, secrets; default true'),
  transcript: z.boolean().optional().describe('add the Markdown transcript; default true'),
});
export type SummarizeStepOptions = z.infer<typeof SummarizeStepOptions>;

/** What the summarize step writes for the agent. */
export const SummarizeStepResult = z.object({
  summary: z.string(),
  summarySource: z.enum(['offline', 'llm']).optional(),
  language: z.string(),
  issueType: IssueType,
  transcript: z.string().optional().describe('Markdown, sensitive data redacted'),
});
export type SummarizeStepResult = z.infer<typeof SummarizeStepResult>;

/**
 * What the route step takes beside the input: the routing table, the live roster and
 * queue statistics, message templates, whether the bot says it is an AI, the time.
 */
export const RouteStepOptions = z.strictObject({
  routing: RoutingTableSchema.optional().describe('queues; default one per issue type'),
  roster: RosterSchema.optional().describe('the agents who can take over now'),
  queueStats: QueueStatsByQueue.optional().describe(
    "live statistics per queue id, over the table's own",
  ),
  messages: MessageOverridesSchema.optional().describe('your wording per language'),
  disclose: z.boolean().optional().describe("start with the bot's transparency line; default true"),
  now: z.iso.datetime({ offset: true }).optional().describe("default the input's now"),
});
export type RouteStepOptions = z.infer<typeof RouteStepOptions>;

/** Where the conversation goes, what the customer is told and what is still to collect. */
export const RouteStepResult = z.object({
  route: Route.catchall(z.unknown()),
  customerMessage: z.string(),
  missingDetails: z.array(z.unknown()),
  issueType: IssueType,
  language: z.string(),
});
export type RouteStepResult = z.infer<typeof RouteStepResult>;

/** The live side of routing a caller may send with a conversation: who is on shift, how busy each queue is. */
export const LiveRouting = z.object({
  roster: RosterSchema.optional().describe('the agents who can take over now'),
  queueStats: QueueStatsByQueue.optional().describe(
    "live statistics per queue id, over the routing table's own",
  ),
});
export type LiveRouting = z.infer<typeof LiveRouting>;

/** A conversation with the live routing data beside it (the body of `/v1/handoff` and `/v1/route`). */
export const HandoffRequest = HandoffInput.extend(LiveRouting.shape);
export type HandoffRequest = z.infer<typeof HandoffRequest>;
