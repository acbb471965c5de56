import { z } from 'zod';
import type { HandoffInput } from '../contract';
import { Outcome, mismatches, outcomeOf, type Decided } from './outcome';

/** What one conversation's decision became: the fields that changed and both outcomes. */
export const ReplayDifference = z.object({
  index: z.number().int(),
  conversationId: z.string().nullable(),
  fields: z.array(z.string()),
  before: Outcome,
  after: Outcome,
});
export type ReplayDifference = z.infer<typeof ReplayDifference>;

/** The comparison of two rulesets over the same conversations. */
export const ReplayComparison = z.object({
  total: z.number().int(),
  changed: z.number().int(),
  handoffs: z.object({ before: z.number().int(), after: z.number().int() }),
  differences: z.array(ReplayDifference),
});
export type ReplayComparison = z.infer<typeof ReplayComparison>;

/**
 * Decides every conversation twice, with the baseline and with the candidate, and lists
 * the conversations whose outcome (handoff, priority, reasons, issue type, language, queue)
 * changed.
 *
 * @example
 * replay(conversations, (i) => decide(i, { ruleset: published }), (i) => decide(i, { ruleset: draft }));
 * // { total: 40, changed: 3, handoffs: { before: 12, after: 14 }, differences: [...] }
 */
export const replay = (
  conversations: readonly HandoffInput[],
  baseline: (input: HandoffInput) => Decided,
  candidate: (input: HandoffInput) => Decided,
): ReplayComparison => {
  let before = 0;
  let after = 0;
  const differences: ReplayDifference[] = [];
  for (const [index, input] of conversations.entries()) {
    const a = outcomeOf(baseline(input));
    const b = outcomeOf(candidate(input));
    before += a.handoff ? 1 : 0;
    after += b.handoff ? 1 : 0;
    const fields = mismatches(a, b).map((m) => m.field);
    if (fields.length)
      differences.push({
        index,
        conversationId: input.conversation.id ?? null,
        fields,
        before: a,
        after: b,
      });
  }
  return {
    total: conversations.length,
    changed: differences.length,
    handoffs: { before, after },
    differences,
  };
};
