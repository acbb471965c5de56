import { z } from 'zod';
import type { HandoffDecision } from '../contract';

/**
 * The part of a decision that evaluation compares: what a person would notice changed.
 * Reasons are codes, sorted, so two decisions with the same reasons in another order agree.
 */
export const Outcome = z.object({
  handoff: z.boolean(),
  priority: z.string(),
  reasons: z.array(z.string()),
  issueType: z.string(),
  language: z.string(),
  queue: z.string().nullable(),
});
export type Outcome = z.infer<typeof Outcome>;

/** The fields of an outcome, in the order differences are listed. */
export const outcomeFields = [
  'handoff',
  'priority',
  'reasons',
  'issueType',
  'language',
  'queue',
] as const satisfies readonly (keyof Outcome)[];
export type OutcomeField = (typeof outcomeFields)[number];

/** A decision the evaluation can read: the wire decision, or any object with its fields. */
export type Decided = Pick<
  HandoffDecision,
  'handoff' | 'priority' | 'reasons' | 'issueType' | 'language'
> & {
  route?: { queue: string } | undefined;
};

/**
 * The comparable outcome of a decision.
 *
 * @example
 * outcomeOf(decision); // { handoff: true, priority: 'high', reasons: ['refund_dispute'], issueType: 'billing', language: 'de', queue: 'billing' }
 */
export const outcomeOf = (d: Decided): Outcome => ({
  handoff: d.handoff,
  priority: d.priority,
  reasons: d.reasons.map((r) => r.code as string).sort(),
  issueType: d.issueType,
  language: d.language,
  queue: d.route?.queue ?? null,
});

/** One field that came out otherwise than expected. */
export interface Mismatch {
  field: OutcomeField;
  expected: unknown;
  actual: unknown;
}

const same = (field: OutcomeField, a: unknown, b: unknown): boolean =>
  field === 'reasons'
    ? [...(a as string[])].sort().join() === [...(b as string[])].sort().join()
    : a === b;

/**
 * The fields where `actual` differs from `expected`; fields `expected` leaves out are not
 * compared, and reasons compare as sets.
 *
 * @example
 * mismatches({ handoff: true }, outcomeOf(decision)); // [{ field: 'handoff', expected: true, actual: false }]
 */
export const mismatches = (expected: Partial<Outcome>, actual: Outcome): Mismatch[] =>
  outcomeFields
    .filter(
      (field) => expected[field] !== undefined && !same(field, expected[field], actual[field]),
    )
    .map((field) => ({ field, expected: expected[field], actual: actual[field] }));
