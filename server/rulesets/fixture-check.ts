import type { HandoffDecision } from '../../core';
import type { Fixture } from './fixture';

/** How one fixture fared: each expected field that came out otherwise. */
export interface FixtureResult {
  name: string;
  passed: boolean;
  mismatches: { field: string; expected: unknown; actual: unknown }[];
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Compares a decision with what a fixture expects; fields the fixture leaves out are not
 * checked, and reasons compare as sets.
 *
 * @example
 * checkFixture(fixture, decision); // { name, passed: false, mismatches: [{ field: 'handoff', expected: true, actual: false }] }
 */
export const checkFixture = (fixture: Fixture, decision: HandoffDecision): FixtureResult => {
  const e = fixture.expect;
  const actual = {
    handoff: decision.handoff,
    reasons: decision.reasons.map((r) => r.code as string),
    priority: decision.priority,
    issueType: decision.issueType,
    language: decision.language,
    queue: decision.route?.queue,
  };
  const mismatches: FixtureResult['mismatches'] = [];
  for (const field of ['handoff', 'priority', 'issueType', 'language', 'queue'] as const) {
    if (e[field] !== undefined && e[field] !== actual[field])
      mismatches.push({ field, expected: e[field], actual: actual[field] ?? null });
  }
  if (e.reasons && !sameSet(e.reasons, actual.reasons))
    mismatches.push({ field: 'reasons', expected: e.reasons, actual: actual.reasons });
  return { name: fixture.name, passed: mismatches.length === 0, mismatches };
};
