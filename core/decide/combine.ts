import {
  categoryOf,
  priorities,
  type Priority,
  type Reason,
  type ReasonCode,
  type TraceEntry,
} from '../contract';
import type { Signals } from '../detect';
import type { RuleData } from './data';
import { traceOf, type RuleOutcome } from './evaluate';

/** How matching rules became one decision (before issue type, language and ruleset). */
export interface Combined {
  handoff: boolean;
  score: number;
  priority: Priority;
  reasons: Reason[];
  queue?: string;
  skills: string[];
  trace: TraceEntry[];
}

const noisyOr = (values: number[]): number => 1 - values.reduce((p, v) => p * (1 - v), 1);
const round = (x: number) => Math.round(x * 100) / 100;
const rank = (p: Priority) => priorities.indexOf(p);

/**
 * Combines rule outcomes into one decision:
 * - The first matching rule decides `handoff` (rules are an ordered policy: put
 *   "stays with the bot" exceptions before the rules they override). No match: no handoff.
 * - Every matching rule that agrees with that decision contributes: the highest
 *   `priority`, the first `queue`, the union of `skills`, its `reason` first in `reasons`.
 * - `score`: with a handoff, the noisy-OR of the strengths of the signals the agreeing
 *   rules name (0.5..1); without, the noisy-OR of every signal scaled below 0.5.
 * - `reasons`: with a handoff, every detected signal with its evidence (the rules'
 *   reasons first, then by strength); without, none.
 */
export const combine = (outcomes: RuleOutcome[], signals: Signals, data: RuleData): Combined => {
  const decider = outcomes.find((o) => o.matched);
  const handoff = decider?.rule.then.handoff ?? false;
  const agreeing = outcomes.filter((o) => o.matched && o.rule.then.handoff === handoff);
  const trace = outcomes.map((o) => {
    const overruled = o.matched && o.rule.then.handoff !== handoff;
    return traceOf(o, data, overruled ? ` (overruled by earlier rule "${decider!.rule.id}")` : '');
  });
  let priority: Priority = handoff ? 'normal' : 'low';
  const skills = new Set<string>();
  let queue: string | undefined;
  const named: ReasonCode[] = [];
  for (const o of agreeing) {
    const t = o.rule.then;
    if (t.priority && rank(t.priority) > rank(priority)) priority = t.priority;
    queue ??= t.queue;
    for (const s of t.skills ?? []) skills.add(s);
    if (t.reason && signals[t.reason] && !named.includes(t.reason)) named.push(t.reason);
  }
  const present = (Object.keys(signals) as ReasonCode[]).sort(
    (a, b) => signals[b]!.strength - signals[a]!.strength,
  );
  let score: number;
  if (handoff) {
    const basis = named.length ? named.map((c) => signals[c]!.strength) : [0.8];
    score = Math.max(0.5, noisyOr(basis));
  } else {
    score = 0.49 * noisyOr(present.map((c) => signals[c]!.strength));
  }
  const order = handoff ? [...named, ...present.filter((c) => !named.includes(c))] : [];
  const reasons = order.map((code) => ({
    code,
    category: categoryOf(code),
    evidence: signals[code]!.evidence,
  }));
  return { handoff, score: round(score), priority, reasons, queue, skills: [...skills], trace };
};
