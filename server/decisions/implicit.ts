import type { HandoffInput } from '../../core';
import type { DecisionRecord } from '../store/decisions';
import type { Verdict } from '../store/verdicts';

/** How long after a handoff a customer's "thanks, that's it" means the handoff was not needed. */
export const resolvedWithinMs = 60_000;

/** A verdict the service infers from what happened next; kept apart from people's verdicts. */
export interface ImplicitVerdict {
  decisionId: string;
  /** Names the signal, so each kind counts once per decision. */
  author: 'signal:later-handoff' | 'signal:resolved-after-handoff';
  verdict: Verdict;
  note: string;
}

const ms = (iso: string | null) => (iso ? Date.parse(iso) : NaN);

/**
 * What a new decision on a conversation says about the one before it:
 * - the bot kept the conversation, and a later decision hands it off: the earlier one
 *   `missed` a handoff;
 * - a handoff, and within a minute the customer closes the matter themselves ("thanks,
 *   resolved") before any agent wrote: the handoff was `not_needed`.
 *
 * @example
 * implicitVerdicts(previous, current, input, (i) => detectAll(i).session.resolved);
 */
export const implicitVerdicts = (
  previous: DecisionRecord,
  current: DecisionRecord,
  input: HandoffInput,
  resolvedAtEnd: (input: HandoffInput) => boolean,
): ImplicitVerdict[] => {
  if (previous.kind !== 'handoff' || current.kind !== 'handoff') return [];
  if (previous.handoff === false && current.handoff === true) {
    return [
      {
        decisionId: previous.id,
        author: 'signal:later-handoff',
        verdict: 'missed',
        note: `kept, then decision ${current.id} on the same conversation handed off`,
      },
    ];
  }
  if (previous.handoff !== true) return [];
  const handedOffAt = ms(previous.saidAt);
  const later = input.conversation.messages.filter((m) => ms(m.at) > handedOffAt);
  const last = later[later.length - 1];
  if (!last || last.role !== 'customer') return [];
  if (later.some((m) => m.role === 'agent')) return [];
  if (ms(last.at) - handedOffAt > resolvedWithinMs) return [];
  if (!resolvedAtEnd(input)) return [];
  return [
    {
      decisionId: previous.id,
      author: 'signal:resolved-after-handoff',
      verdict: 'not_needed',
      note: `the customer closed the matter ${Math.round((ms(last.at) - handedOffAt) / 1000)} s after the handoff, before an agent wrote`,
    },
  ];
};
