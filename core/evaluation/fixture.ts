import { z } from 'zod';
import { HandoffInput, IssueType, Priority, ReasonCode } from '../contract';

/** The decision fields a fixture pins down; the fields left out are not checked. */
export const FixtureExpect = z
  .strictObject({
    handoff: z.boolean().optional(),
    reasons: z
      .array(ReasonCode)
      .max(14)
      .optional()
      .describe('exactly these reason codes, in any order'),
    priority: Priority.optional(),
    issueType: IssueType.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
    queue: z.string().max(80).optional().describe('the routed queue'),
  })
  .refine((e) => Object.keys(e).length > 0, 'must name at least one decision field');
export type FixtureExpect = z.infer<typeof FixtureExpect>;

/** A test case stored with a ruleset: an input and the decision it must produce. */
export const Fixture = z.strictObject({
  name: z.string().min(1).max(200),
  input: HandoffInput,
  expect: FixtureExpect,
});
export type Fixture = z.infer<typeof Fixture>;

/** A ruleset's fixtures; publishing runs all of them. */
export const Fixtures = z.array(Fixture).max(200);

/** How one fixture fared: each expected field that came out otherwise. */
export const FixtureResult = z.object({
  name: z.string(),
  passed: z.boolean(),
  mismatches: z.array(z.object({ field: z.string(), expected: z.unknown(), actual: z.unknown() })),
});
export type FixtureResult = z.infer<typeof FixtureResult>;
