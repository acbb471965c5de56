import { validateInput, type HandoffInput, type HandoffInputRaw } from '../contract';
import { decide, InputError, rulesetOf, type DecideOptions } from '../decide';
import type { MessageOverrides } from '../messages';
import type { RoutingTable } from '../route';
import { completeDecision, type CompleteDecision, type CompleteOptions } from './complete';

export type HandoffOptions = DecideOptions & CompleteOptions;

/** Validates raw input once, naming every bad path. */
export const parseHandoffInput = (input: HandoffInput | HandoffInputRaw): HandoffInput => {
  const valid = validateInput(input);
  if (!valid.ok) throw new InputError(valid.issues);
  return valid.value;
};

/**
 * The options with the ruleset compiled once and its own `routing` and `messages` filled
 * in where the caller gave none: what a caller passes wins over what the ruleset carries.
 *
 * @example
 * withRulesetRouting({ ruleset: compileRuleset(json) }).routing; // the ruleset's queues
 */
export const withRulesetRouting = <T extends HandoffOptions>(options: T): T => {
  const ruleset = rulesetOf(options);
  return {
    ...options,
    ruleset,
    routing: options.routing ?? (ruleset.source.routing as RoutingTable | undefined),
    messages: options.messages ?? (ruleset.source.messages as MessageOverrides | undefined),
  };
};

/**
 * The whole offline handoff in one synchronous call: decide, then summary, route,
 * customer message and missing details when a person takes over. Throws `InputError`
 * for bad input and `RulesetError` for a bad ruleset.
 *
 * @example
 * const d = runHandoff(input, { routing, roster });
 * if (d.handoff) send(d.customerMessage); // and give d.summary and d.route to the agent desk
 */
export const runHandoff = (
  input: HandoffInput | HandoffInputRaw,
  options: HandoffOptions = {},
): CompleteDecision => {
  // decide validates (throwing InputError); what the steps after it read needs no
  // defaults, so the input is not parsed a second time.
  const full = withRulesetRouting(options);
  const decision = decide(input, full);
  return completeDecision(decision, input as HandoffInput, full);
};
