import {
  Context,
  Customer,
  EarlierDecision,
  RouteStepOptions,
  SummarizeStepOptions,
  type IssueType,
  type HandoffInput,
  type HandoffInputRaw,
  type SummarizeStepResult,
} from '../contract';
import { configOf, decide, rulesetOf, type DecideOptions, type Decision } from '../decide';
import { detectAll, signalList, type Session, type Signal } from '../detect';
import { enrich, mergeContext, type EnrichOptions, type EnrichResult } from '../enrich';
import type { Clock, Sleep, Transport } from '../http';
import {
  renderTranscript,
  summarize,
  summarizeWithLlm,
  type LlmSummaryOptions,
} from '../summarize';
import type { MissingDetail, RouteResult } from '../route';
import { completeDecision } from './complete';
import { checkOption } from './options';
import { parseHandoffInput, withRulesetRouting } from './run';

/**
 * The pipeline as steps: detect, decide, summarize, enrich, route. Each takes the input
 * and what earlier steps produced (an earlier decision, the ruleset, routing, `now`),
 * checks its options against the schemas in `core/contract` and throws `InputError` or
 * `StepOptionsError` naming the bad path. The service, the CLI and the nodes call these.
 */

/** What detect finds (`DetectStepResult` in `core/contract` is its wire schema). */
export interface DetectStep {
  signals: Signal[];
  language: string;
  issueType: IssueType;
  session: Session;
}

/** What route gives (`RouteStepResult` in `core/contract` is its wire schema). */
export interface RouteStep {
  route: RouteResult;
  customerMessage: string;
  missingDetails: MissingDetail[];
  issueType: IssueType;
  language: string;
}

/** A step's ruleset: compiled or raw (default: the built-in one) and detector overrides. */
export type StepRuleset = DecideOptions;

/** An earlier step's decision, when there is one: decided now otherwise. */
export interface AfterDecision extends StepRuleset {
  decision?: EarlierDecision;
}

const decisionFor = (input: HandoffInput, options: AfterDecision): EarlierDecision =>
  options.decision ?? decide(input, options);

/**
 * The decision an earlier step left on an object (an n8n item, a request), when it holds
 * a valid one; the rule hints come along when present.
 *
 * @example
 * runRoute(input, { decision: readEarlierDecision(item.json) });
 */
export const readEarlierDecision = (value: unknown): EarlierDecision | undefined => {
  const parsed = EarlierDecision.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/**
 * Detect: every signal with its evidence, the language, the issue type and the session
 * facts, with the ruleset's thresholds.
 *
 * @example
 * runDetect(input).signals; // [{ code: 'human_request', strength: 0.9, evidence: [...] }]
 */
export const runDetect = (
  input: HandoffInput | HandoffInputRaw,
  options: StepRuleset = {},
): DetectStep => {
  const valid = parseHandoffInput(input);
  const d = detectAll(valid, configOf(rulesetOf(options), options));
  return {
    signals: signalList(d.signals),
    language: d.language,
    issueType: d.issueType,
    session: d.session,
  };
};

/**
 * Decide: must a person take over now, why and how urgently (the rule hints for routing
 * included).
 *
 * @example
 * runDecide(input, { ruleset }).handoff; // true
 */
export const runDecide = (
  input: HandoffInput | HandoffInputRaw,
  options: StepRuleset = {},
): Decision => decide(input, options);

/** Summarize's options: the step's own (checked) and an earlier decision. */
export type SummarizeCallOptions = AfterDecision & SummarizeStepOptions;

/**
 * Summarize: two or three sentences for the agent, and the Markdown transcript (redacted
 * unless told otherwise; left out with `transcript: false`).
 *
 * @example
 * runSummarize(input, { decision, agentLanguage: 'en' }).summary;
 */
export const runSummarize = (
  input: HandoffInput | HandoffInputRaw,
  options: SummarizeCallOptions = {},
): SummarizeStepResult => {
  const valid = parseHandoffInput(input);
  const { agentLanguage, redact, transcript } = checkOption(
    'summarize',
    'options',
    SummarizeStepOptions,
    pickKeys(options, ['agentLanguage', 'redact', 'transcript']),
  );
  const decision = decisionFor(valid, options);
  return {
    summary: summarize(valid, decision, { agentLanguage, redact }),
    summarySource: 'offline',
    language: decision.language,
    issueType: decision.issueType,
    ...(transcript === false ? {} : { transcript: renderTranscript(valid, { redact }) }),
  };
};

/** The LLM to write the summary with, and the I/O it goes through. */
export type LlmStepOptions = Omit<LlmSummaryOptions, 'agentLanguage' | 'redact'> & {
  transport: Transport;
  sleep: Sleep;
  now: Clock;
};

/**
 * Summarize with an LLM (OpenAI-compatible); on a timeout, an error or an invented number
 * the offline summary comes back, with a note saying why.
 */
export const runSummarizeWithLlm = async (
  input: HandoffInput | HandoffInputRaw,
  options: SummarizeCallOptions & { llm: LlmStepOptions },
): Promise<SummarizeStepResult & { summaryNote?: string }> => {
  const offline = runSummarize(input, options);
  const valid = parseHandoffInput(input);
  const result = await summarizeWithLlm(valid, decisionFor(valid, options), {
    ...options.llm,
    agentLanguage: options.agentLanguage,
    redact: options.redact,
  });
  return {
    ...offline,
    summary: result.summary,
    summarySource: result.source,
    ...(result.note ? { summaryNote: result.note } : {}),
  };
};

/** What the enrich step adds: CRM context and customer fields. */
export interface EnrichStepData {
  context?: Context;
  customer?: Customer;
}

/**
 * Enrich with data already fetched (by n8n's CRM nodes, a request): the context and
 * customer fields are checked against the contract and merged with **the newest data
 * winning** (`mergeContext`).
 *
 * @example
 * runEnrich(input, { context: { account: { plan: 'enterprise' } }, customer: { tier: 'enterprise' } });
 */
export const runEnrich = (
  input: HandoffInput | HandoffInputRaw,
  data: EnrichStepData,
): HandoffInput => {
  const valid = parseHandoffInput(input);
  const context = checkOption('enrich', 'context', Context, data.context);
  const customer = checkOption('enrich', 'customer', Customer, data.customer);
  return {
    ...valid,
    ...(customer ? { customer: { ...valid.customer, ...customer } } : {}),
    context: mergeContext(valid.context, context),
  };
};

/**
 * Enrich from a CRM (HubSpot, any HTTP/JSON CRM) through the injected transport: the
 * CRM's answer is the newest data and wins (`mergeContext`); a CRM that is down gives the
 * input back with a note, never an error.
 *
 * @example
 * const { input: enriched, notes } = await runEnrichFromCrm(input, { adapter, transport, sleep, now: Date.now });
 */
export const runEnrichFromCrm = (
  input: HandoffInput | HandoffInputRaw,
  options: EnrichOptions,
): Promise<EnrichResult> => enrich(parseHandoffInput(input), options);

/** Route's options: the step's own (checked) and an earlier decision. */
export type RouteCallOptions = AfterDecision & RouteStepOptions;

/**
 * Route: the queue, agent and wait, the customer message in the customer's language and
 * the details still to collect. The caller hands the conversation over, so it is routed
 * as a handoff whatever the decision said.
 *
 * @example
 * runRoute(input, { decision, routing, roster, queueStats: { billing: { queueLength: 4, averageHandleSeconds: 300 } } });
 */
export const runRoute = (
  input: HandoffInput | HandoffInputRaw,
  options: RouteCallOptions = {},
): RouteStep => {
  const valid = parseHandoffInput(input);
  // The ruleset's own routing and messages apply where the caller gives none.
  const withRuleset = withRulesetRouting(options);
  const step = pickKeys(withRuleset, [
    'routing',
    'roster',
    'queueStats',
    'messages',
    'disclose',
    'now',
  ]);
  // Each part is checked once per object (a roster reused for every item costs nothing).
  checkOption('route', 'options', RouteStepOptions.pick({ disclose: true, now: true }), {
    ...(step.disclose !== undefined ? { disclose: step.disclose } : {}),
    ...(step.now !== undefined ? { now: step.now } : {}),
  });
  const decision = decisionFor(valid, withRuleset);
  const done = completeDecision({ ...decision, handoff: true }, valid, {
    routing: step.routing,
    roster: step.roster,
    queueStats: step.queueStats,
    messages: step.messages,
    disclose: step.disclose,
    routeAt: step.now,
  });
  return {
    route: done.route!,
    customerMessage: done.customerMessage!,
    missingDetails: done.missingDetails ?? [],
    issueType: decision.issueType,
    language: decision.language,
  };
};

const pickKeys = <T extends object, K extends keyof T>(
  value: T,
  keys: readonly K[],
): Pick<T, K> => {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
};
