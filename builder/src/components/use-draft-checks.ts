import { useMemo } from 'react';
import {
  compileRuleset,
  runFixtures,
  runHandoff,
  RulesetError,
  type Fixture,
  type HandoffInputRaw,
  type Ruleset,
} from '../../../core';
import { blockDiff } from '../lib/block-diff';
import { lintRuleset } from '../lib/lint';
import { runTest, type TestRun } from '../lib/test-run';
import { asGraph } from '../store/builder-store';
import { useBuilder, useBuilderApi } from '../store/context';
import type { FixtureStatus } from './test-panel';

/**
 * What the builder recomputes on every edit of the draft: validation, compile problems,
 * the saved tests, the test panel's run, and the blocks changed since a compared version.
 */
export const useDraftChecks = ({
  testInput,
  compareWith,
}: {
  testInput: HandoffInputRaw | null;
  compareWith: Ruleset | null;
}) => {
  const store = useBuilderApi();
  const draft = useBuilder((s) => s.draft);
  const changes = useBuilder((s) => s.changes);
  const fixtures = useBuilder((s) => s.fixtures);
  const selected = useBuilder((s) => s.selected);

  // Live validation follows every change to the rules, not every drag of a block.
  const lint = useMemo(() => {
    if (!draft) return { rules: {}, blocks: {} };
    const s = store.getState();
    return lintRuleset(draft, asGraph(s.nodes, s.edges));
  }, [draft, changes, store]);

  // Blocks added or changed since the version being compared, outlined on the canvas.
  const diffMarks = useMemo(() => {
    if (!compareWith || !draft) return {};
    const s = store.getState();
    const rule = draft.rules[s.selected];
    return blockDiff(
      asGraph(s.nodes, s.edges),
      compareWith.rules.find((r) => r.id === rule?.id),
    ).marks;
  }, [compareWith, draft, changes, selected, store]);

  const problems = useMemo(() => {
    if (!draft) return [];
    try {
      compileRuleset(draft);
      return [];
    } catch (e) {
      return e instanceof RulesetError
        ? e.issues.map(
            (i) => `${i.ruleId ? `Rule "${i.ruleId}": ` : ''}${i.message} (at ${i.path})`,
          )
        : [(e as Error).message];
    }
  }, [draft]);

  const compiled = useMemo(() => {
    if (!draft || problems.length) return null;
    try {
      return compileRuleset(draft);
    } catch {
      return null;
    }
  }, [draft, problems]);

  // Every saved test runs on every edit, as the service runs them before publishing.
  const fixtureStatus: FixtureStatus[] = useMemo(() => {
    if (!compiled)
      return fixtures.map((f) => ({
        name: f.name,
        passed: false,
        problem: 'the ruleset cannot run yet',
      }));
    const run = runFixtures(fixtures as Fixture[], (input) =>
      runHandoff(input, { ruleset: compiled }),
    );
    return run.results.map((r) => ({
      name: r.name,
      passed: r.passed,
      problem:
        r.mismatches
          .map(
            (m) =>
              `${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`,
          )
          .join('; ') || undefined,
    }));
  }, [compiled, fixtures]);
  const failing = fixtureStatus.filter((f) => !f.passed).length;

  const [testRun, testError] = useMemo((): [TestRun | null, string | null] => {
    if (!testInput || !compiled)
      return [null, testInput && !compiled ? 'Fix the ruleset first: it cannot run yet.' : null];
    try {
      const s = store.getState();
      return [runTest(compiled, testInput, s.selected, asGraph(s.nodes, s.edges)), null];
    } catch (e) {
      return [null, `This conversation cannot be decided: ${(e as Error).message}`];
    }
  }, [testInput, compiled, changes, selected, store]);

  return { lint, diffMarks, problems, compiled, fixtureStatus, failing, testRun, testError };
};
