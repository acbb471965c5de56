import type { Operator } from '../types';
import { containsAny } from './contains-any';
import { minutesSince } from './minutes-since';
import { hasSignal, signalStrengthOp } from './signals';

export type { DomainOperator, DomainSpec, ParamSpec, ParamType } from './define';

/**
 * Operations for escalation rules, where plain JSON-logic is clumsy. They assume rules run
 * over `{signals, customer, conversation, session, context, now?}`: `signals` is keyed by
 * reason code (`signals.human_request = {strength: 0.9, evidence: [...]}`, absent when not
 * detected) and `now` is the evaluation time as ISO 8601.
 */
export const domainOperators: Record<string, Operator> = {
  has_signal: hasSignal,
  signal_strength: signalStrengthOp,
  minutes_since: minutesSince,
  contains_any: containsAny,
};
