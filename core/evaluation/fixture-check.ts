import type { HandoffInput } from '../contract';
import type { Fixture, FixtureResult } from './fixture';
import { mismatches, outcomeOf, type Decided } from './outcome';

/**
 * Compares a decision with what a fixture expects; fields the fixture leaves out are not
 * checked, reasons compare as sets, and a missing queue reads as `null`.
 *
 * @example
 * checkFixture(fixture, decision); // { name, passed: false, mismatches: [{ field: 'handoff', expected: true, actual: false }] }
 */
export const checkFixture = (fixture: Fixture, decision: Decided): FixtureResult => {
  const found = mismatches(fixture.expect, outcomeOf(decision));
  return { name: fixture.name, passed: found.length === 0, mismatches: found };
};

/** Every fixture's result and the failed ones, in order. */
export interface FixtureRun {
  results: FixtureResult[];
  failed: { index: number; result: FixtureResult }[];
}

/**
 * Decides every fixture's input with `decide` and checks it.
 *
 * @example
 * const run = runFixtures(fixtures, (input) => handoff(input, draft));
 * if (run.failed.length) refuse(run.failed);
 */
export const runFixtures = (
  fixtures: readonly Fixture[],
  decide: (input: HandoffInput) => Decided,
): FixtureRun => {
  const results = fixtures.map((f) => checkFixture(f, decide(f.input)));
  const failed = results.flatMap((result, index) => (result.passed ? [] : [{ index, result }]));
  return { results, failed };
};

/**
 * The failed fixtures as validation issues, one per mismatched field, with the path into
 * the ruleset's fixtures.
 *
 * @example
 * fixtureIssues(run.results); // [{ path: 'fixtures[2].expect.queue', message: '"vip": expected "vip", got "general"' }]
 */
export const fixtureIssues = (
  results: readonly FixtureResult[],
): { path: string; message: string }[] =>
  results.flatMap((r, i) =>
    r.mismatches.map((m) => ({
      path: `fixtures[${i}].expect.${m.field}`,
      message: `"${r.name}": expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`,
    })),
  );
