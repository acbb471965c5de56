import type { HandoffDecision, HandoffInput, HandoffInputRaw } from '../contract';
import { formatIssues, validateInput } from '../contract';
import { detectAll, resolveConfig, type DetectConfigInput } from '../detect';
import { combine } from './combine';
import { ruleData } from './data';
import { defaultCompiled } from './default-ruleset';
import { evaluateRules } from './evaluate';
import { compileRuleset, type CompiledRuleset } from './ruleset';

/** Options of `decide`. */
export interface DecideOptions {
  /** A compiled ruleset (fastest: compile once), or a ruleset object to compile. Default: the default ruleset. */
  ruleset?: CompiledRuleset | unknown;
  /** Detector thresholds; they override the ruleset's own `config` key by key. */
  config?: DetectConfigInput;
}

/** Thrown by `decide` for an input that is not a valid `HandoffInput`; names every bad path. */
export class InputError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(`invalid input: ${formatIssues(issues)}`);
    this.name = 'InputError';
    this.issues = issues;
  }
}

const isCompiled = (r: unknown): r is CompiledRuleset =>
  typeof r === 'object' &&
  r !== null &&
  'rules' in r &&
  'version' in r &&
  'config' in r &&
  'source' in r;

/** The ruleset the options name: compiled as given, compiled now, or the default. */
export const rulesetOf = (options: DecideOptions): CompiledRuleset =>
  options.ruleset === undefined
    ? defaultCompiled()
    : isCompiled(options.ruleset)
      ? options.ruleset
      : compileRuleset(options.ruleset);

/** The detector thresholds: the ruleset's own, overridden key by key by the options'. */
export const configOf = (ruleset: CompiledRuleset, options: DecideOptions) =>
  options.config ? resolveConfig({ ...ruleset.source.config, ...options.config }) : ruleset.config;

/** The decision with everything but route, summary and customer message (see the smooth-handoff step). */
export type Decision = HandoffDecision & { hints: { queue?: string; skills: string[] } };

/**
 * Decides whether a person must take over the conversation now: detects the signals,
 * evaluates the ruleset's JSON-logic rules over `{signals, customer, conversation,
 * session, context, now}` and combines the matches (see `combine`). Synchronous, offline
 * and deterministic. When a person already holds the conversation (`session.withHuman`),
 * the decision is no handoff and the trace says "already handed off".
 *
 * Throws `InputError` for invalid input and `RulesetError` for an invalid ruleset.
 *
 * @example
 * const d = decide(input);
 * d.handoff; // true
 * d.reasons.map((r) => r.code); // ['refund_dispute', 'high_value_customer']
 */
export const decide = (
  input: HandoffInput | HandoffInputRaw,
  options: DecideOptions = {},
): Decision => {
  const valid = validateInput(input);
  if (!valid.ok) throw new InputError(valid.issues);
  const ruleset = rulesetOf(options);
  const config = configOf(ruleset, options);
  const detection = detectAll(valid.value, config);
  const data = ruleData(valid.value, detection.signals, detection.session, detection.language);
  const outcomes = evaluateRules(ruleset, data);
  const combined = combine(outcomes, detection.signals, data);
  const withHuman = detection.session.withHuman;
  const trace = withHuman
    ? [
        {
          rule: 'already-handed-off',
          matched: true,
          explain: `already handed off: ${detection.session.withHumanBecause}; no new handoff, whatever the rules say`,
        },
        ...combined.trace,
      ]
    : combined.trace;
  return {
    handoff: withHuman ? false : combined.handoff,
    score: withHuman ? 0 : combined.score,
    priority: withHuman ? 'low' : combined.priority,
    reasons: withHuman ? [] : combined.reasons,
    issueType: detection.issueType,
    language: detection.language,
    ruleset: { id: ruleset.id, version: ruleset.version },
    trace,
    hints: withHuman ? { skills: [] } : { queue: combined.queue, skills: combined.skills },
  };
};
