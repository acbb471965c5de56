import type { HandoffDecision, HandoffInput, IssueType } from '../contract';
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
  validateRoster,
  validateRoutingTable,
} from '../route';
import {
  renderSummary,
  renderTranscript,
  summaryParts,
  type SummaryOptions,
  type TranscriptOptions,
} from '../summarize';
import { defaultRoutingTable } from './default-routing';

/** How the smooth-handoff steps run: routing table, roster, summary and message settings. */
export interface CompleteOptions {
  routing?: RoutingTable;
  roster?: readonly Agent[];
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

/** What `completeDecision` reads from a decision: the contract's fields and the rule hints. */
export type DecisionCore = HandoffDecision & { hints?: { queue?: string; skills: string[] } };

// Configurations already checked: checking costs more than routing, so once per object.
const checked = new WeakSet<object>();

/** Throws an error naming every bad path of a routing table or roster, once per object. */
const checkConfig = (table: RoutingTable, roster: readonly Agent[] | undefined): void => {
  if (!checked.has(table)) {
    const r = validateRoutingTable(table);
    if (!r.ok)
      throw new Error(
        `invalid routing table: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      );
    checked.add(table);
  }
  if (roster && !checked.has(roster)) {
    const r = validateRoster(roster);
    if (!r.ok)
      throw new Error(
        `invalid roster: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      );
    checked.add(roster);
  }
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
  decision: DecisionCore,
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
  const table = options.routing ?? defaultRoutingTable;
  checkConfig(table, options.roster);
  const now = input.now ?? input.conversation.messages[input.conversation.messages.length - 1].at;
  const language = pickLanguage(decision.language);
  const route = routeHandoff(
    {
      issueType: decision.issueType,
      language: decision.language,
      reasons: decision.reasons,
      customer: input.customer,
    },
    { table, roster: options.roster, now, ruleQueue: hints?.queue, ruleSkills: hints?.skills },
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
      { overrides: options.messages, disclose: options.disclose },
    ),
    missingDetails: missingDetails(input, checklist, language, options.messages, parts.allFacts),
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
