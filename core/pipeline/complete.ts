import {
  MessageOverridesSchema,
  QueueStatsByQueue,
  RosterSchema,
  RoutingTableSchema,
  type EarlierDecision,
  type HandoffDecision,
  type HandoffInput,
  type IssueType,
} from '../contract';
import { customerMessage, pickLanguage, type DetailKey, type MessageOverrides } from '../messages';
import {
  defaultChecklists,
  missingDetails,
  routeHandoff,
  selectQueue,
  type Agent,
  type MissingDetail,
  type RouteResult,
  type RoutingTable,
  type QueueStats,
} from '../route';
import {
  renderSummary,
  renderTranscript,
  summaryParts,
  type SummaryOptions,
  type TranscriptOptions,
} from '../summarize';
import { defaultRoutingTable } from './default-routing';
import { checkOption, StepOptionsError } from './options';

/** How the smooth-handoff steps run: routing table, roster, summary and message settings. */
export interface CompleteOptions {
  routing?: RoutingTable;
  roster?: readonly Agent[];
  /** Live statistics per queue id, laid over the routing table's own (for the wait). */
  queueStats?: Record<string, QueueStats>;
  /** The time to route at (business hours, waits); default the input's `now`. */
  routeAt?: string;
  summary?: SummaryOptions;
  /** Per-language replacements for the customer message, transparency lines and prompts. */
  messages?: MessageOverrides;
  /** Start the customer message with the bot's transparency line (default true). */
  disclose?: boolean;
  /** Attach the Markdown transcript for the agent (redacted unless told otherwise). */
  transcript?: boolean | TranscriptOptions;
  /** Checklists per issue type, for queues without their own. */
  checklists?: Partial<Record<IssueType, DetailKey[]>>;
}

/** A decision with route, summary, customer message and the details still to collect. */
export type CompleteDecision = Omit<HandoffDecision, 'route'> & {
  route?: RouteResult;
  missingDetails?: MissingDetail[];
  /** Notes for the agent and ops: CRM unavailable, LLM fallback and the like. */
  notes?: string[];
  summarySource?: 'offline' | 'llm';
  /** The conversation as Markdown for the agent, when asked for. */
  transcript?: string;
};

/**
 * The routing table with the live statistics laid over it; a statistic for a queue the
 * table does not have is refused, naming it.
 */
const withStats = (table: RoutingTable, stats: Record<string, QueueStats> | undefined) => {
  if (!stats || Object.keys(stats).length === 0) return table;
  const ids = new Set(table.queues.map((q) => q.id));
  const unknown = Object.keys(stats).filter((id) => !ids.has(id));
  if (unknown.length)
    throw new StepOptionsError(
      'routing',
      unknown.map((id) => ({
        code: 'unknown_queue',
        path: `queueStats.${id}`,
        message: `"${id}" is not a queue of the routing table`,
      })),
    );
  return {
    ...table,
    queues: table.queues.map((q) =>
      stats[q.id] ? { ...q, stats: { ...q.stats, ...stats[q.id]! } } : q,
    ),
  };
};

/**
 * Adds what makes a handoff smooth to a decision: when it hands off, the summary for the
 * agent, the route (queue, agent, wait, business hours), the customer message in the
 * customer's language and the checklist details still missing. A decision without
 * handoff comes back as it was (minus the rule hints).
 *
 * @example
 * const full = completeDecision(decide(input), input, { routing, roster });
 * full.route?.queue; full.summary; full.customerMessage; full.missingDetails;
 */
export const completeDecision = (
  decision: EarlierDecision,
  input: HandoffInput,
  options: CompleteOptions = {},
): CompleteDecision => {
  // The contract's fields, listed: rule hints feed routing and stay out, and an upstream
  // route is recomputed here.
  const hints = decision.hints;
  const core: CompleteDecision = {
    handoff: decision.handoff,
    score: decision.score,
    priority: decision.priority,
    reasons: decision.reasons,
    issueType: decision.issueType,
    language: decision.language,
    ruleset: decision.ruleset,
    trace: decision.trace,
  };
  if (!decision.handoff) return core;
  const table = withStats(
    checkOption('routing', 'routing', RoutingTableSchema, options.routing) ?? defaultRoutingTable,
    checkOption('routing', 'queueStats', QueueStatsByQueue, options.queueStats),
  );
  const roster = checkOption('routing', 'roster', RosterSchema, options.roster);
  const messages = checkOption('routing', 'messages', MessageOverridesSchema, options.messages);
  const now =
    options.routeAt ??
    input.now ??
    input.conversation.messages[input.conversation.messages.length - 1]!.at;
  const language = pickLanguage(decision.language);
  const route = routeHandoff(
    {
      issueType: decision.issueType,
      language: decision.language,
      reasons: decision.reasons,
      customer: input.customer,
    },
    { table, roster, now, ruleQueue: hints?.queue, ruleSkills: hints?.skills },
  );
  const queue =
    table.queues.find((q) => q.id === route.queue) ?? selectQueue(table, decision).queue;
  const checklist =
    queue.checklist ??
    options.checklists?.[decision.issueType] ??
    defaultChecklists[decision.issueType];
  const parts = summaryParts(input, decision, options.summary);
  return {
    ...core,
    route,
    summary: renderSummary(parts),
    summarySource: 'offline',
    customerMessage: customerMessage(
      language,
      {
        available: route.available,
        estimatedWaitSeconds: route.estimatedWaitSeconds,
        nextOpenAt: route.nextOpenAt,
        timeZone: route.timeZone ?? undefined,
        followUp: route.followUp,
        agentAssigned: route.agentId !== null,
      },
      { overrides: messages, disclose: options.disclose },
    ),
    missingDetails: missingDetails(input, checklist, language, messages, parts.allFacts),
    ...(options.transcript
      ? {
          transcript: renderTranscript(
            input,
            options.transcript === true ? {} : options.transcript,
          ),
        }
      : {}),
  };
};
