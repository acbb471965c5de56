import type {
  DetectStep,
  HandoffDecision,
  HandoffInput,
  LiveRouting,
  RouteStep,
  Ruleset,
  SummarizeStepResult,
} from '../../core';
import type { ErrorIssue } from '../errors';

/** A ruleset compiled once and evaluated many times. */
export interface PreparedRuleset {
  id: string;
  version: string;
  ruleset: Ruleset;
  compiled: unknown;
}

/** The result of evaluating a JSON-logic rule. */
export interface RuleEvaluation {
  result: unknown;
  explain?: unknown;
  description?: string;
}

/**
 * Everything the service computes, all of it delegated to `core/`: the server adds
 * storage, HTTP and keys, never decisions of its own.
 */
export interface Engine {
  /** Problems that keep a ruleset from running (rules that do not compile), by path. */
  checkRuleset(ruleset: Ruleset): ErrorIssue[];
  prepare(ruleset: Ruleset, version?: string): PreparedRuleset;
  /** The built-in ruleset, used when a request names none. */
  defaults(): PreparedRuleset;
  /**
   * The full pipeline: detect, decide, summarize, route (to the ruleset's own queues when
   * it carries `routing`), with the caller's live roster and queue statistics.
   */
  handoff(input: HandoffInput, ruleset: PreparedRuleset, live?: LiveRouting): HandoffDecision;
  /** The full pipeline after enriching `context` from the configured CRM; absent without one. */
  enrichedHandoff?(
    input: HandoffInput,
    ruleset: PreparedRuleset,
    live?: LiveRouting,
  ): Promise<HandoffDecision>;
  /** The signals with their evidence, language, issue type and session facts. */
  detect(input: HandoffInput, ruleset: PreparedRuleset): DetectStep;
  /** The agent's summary and the (redacted) Markdown transcript. */
  summarize(input: HandoffInput, ruleset: PreparedRuleset): SummarizeStepResult;
  /** Queue, skills, agent, wait, the customer message and the details still missing. */
  route(input: HandoffInput, ruleset: PreparedRuleset, live?: LiveRouting): RouteStep;
  /** One JSON-logic rule over data; throws a typed rule error when the rule is invalid. */
  evaluateRule(rule: unknown, data: unknown, explain: boolean): RuleEvaluation;
  /** Every rule of a ruleset over data: which match. */
  evaluateRuleset(ruleset: PreparedRuleset, data: unknown, explain: boolean): unknown;
}
