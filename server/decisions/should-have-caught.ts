import { detectAll, HandoffInput, validate, type Ruleset } from '../../core';
import type { DecisionRecord } from '../store/decisions';

/** The signal codes a rule's condition reads (`has_signal`, `signal_strength`, `var: signals.x`). */
export const signalsRead = (when: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(when)) {
    for (const w of when) signalsRead(w, found);
    return found;
  }
  if (when === null || typeof when !== 'object') return found;
  for (const [op, arg] of Object.entries(when)) {
    const first = Array.isArray(arg) ? arg[0] : arg;
    if ((op === 'has_signal' || op === 'signal_strength') && typeof first === 'string')
      found.add(first);
    if (op === 'var' && typeof first === 'string' && first.startsWith('signals.'))
      found.add(first.split('.')[1]!);
    signalsRead(arg, found);
  }
  return found;
};

/**
 * For a conversation the bot kept and a person said needed one: the first handoff rule of
 * the ruleset that reads a signal present in the (logged, redacted) conversation, which
 * fired too weakly or lost to an earlier rule. Undefined when no handoff rule reads any
 * signal that was present: a gap no rule covers.
 *
 * @example
 * shouldHaveCaughtWith(ruleset)(decision); // 'humans-on-request'
 */
export const shouldHaveCaughtWith = (ruleset: Ruleset) => {
  const candidates = ruleset.rules
    .filter((r) => r.enabled !== false && r.then.handoff)
    .map((r) => ({ id: r.id, reads: signalsRead(r.when) }));
  return (decision: DecisionRecord): string | undefined => {
    const input = validate(HandoffInput, decision.input);
    if (!input.ok) return undefined;
    const present = Object.keys(detectAll(input.value, ruleset.config).signals);
    return candidates.find((c) => present.some((code) => c.reads.has(code)))?.id;
  };
};
