import { describe, expect, it } from 'vitest';
import { compile, interpret, RuleError, type RuleErrorCode } from './index';
import {
  communityCases,
  normalise,
  officialCases,
  operationsIn,
  type SuiteCase,
} from './test/suites';

/** Upstream error types and the codes of ours that mean the same. */
const errorCodes: Record<string, RuleErrorCode[]> = {
  'Invalid Arguments': ['invalid_arguments'],
  NaN: ['nan'],
  'Unknown Operator': ['unknown_operator'],
  'Exceeded Allowed Depth': ['accumulator_too_large'],
};

/**
 * Community cases we skip, with the reason. Beyond this list, every case whose rule uses
 * an operation outside jsonlogic.com (`val`, `preserve`, `length`, `exists`, `??`, `try`,
 * `throw`) is skipped because those operations are not part of the standard we implement.
 */
const skipped: Record<string, string> = {};

/** Operations of the community proposals that jsonlogic.com does not define. */
const proposals = new Set(['val', 'preserve', 'length', 'exists', '??', 'try', 'throw']);

function nonStandard(c: SuiteCase): string[] {
  return [...operationsIn(c.rule)].filter((op) => proposals.has(op));
}

function run(c: SuiteCase, optimize: boolean): { value?: unknown; error?: unknown } {
  try {
    return { value: compile(c.rule, { optimize }).evaluate(c.data) };
  } catch (error) {
    return { error };
  }
}

function check(c: SuiteCase): void {
  for (const mode of [
    (x: SuiteCase) => run(x, true),
    (x: SuiteCase) => run(x, false),
    (x: SuiteCase) => {
      try {
        return { value: interpret(x.rule, x.data) };
      } catch (error) {
        return { error };
      }
    },
  ]) {
    const got = mode(c);
    if (c.errorType !== undefined) {
      expect(
        got.error,
        `expected a ${c.errorType} error, got ${JSON.stringify(got.value)}`,
      ).toBeInstanceOf(RuleError);
      expect(errorCodes[c.errorType]).toContain((got.error as RuleError).code);
    } else {
      if (got.error) throw got.error;
      expect(normalise(got.value)).toEqual(normalise(c.result));
    }
  }
}

const official = officialCases();
describe.skipIf(!official)('official jsonlogic.com tests.json', () => {
  it.each((official ?? []).map((c) => [`#${c.index} ${c.description}`, c] as const))('%s', (_, c) =>
    check(c),
  );
  it('runs every case', () => expect(official?.length).toBe(277));
});

const community = communityCases() ?? [];
const runnable = community.filter(
  (c) => nonStandard(c).length === 0 && !skipped[`${c.file}#${c.index}`],
);
const notRun = community.filter((c) => !runnable.includes(c));

describe.skipIf(!communityCases())(
  'json-logic-engine community suites (standard operations only)',
  () => {
    it.each(runnable.map((c) => [`${c.file}#${c.index} ${c.description}`, c] as const))(
      '%s',
      (_, c) => check(c),
    );

    it('skips only cases that use operations outside jsonlogic.com (or are listed with a reason)', () => {
      for (const c of notRun) {
        const reason = skipped[`${c.file}#${c.index}`] ?? `uses ${nonStandard(c).join(', ')}`;
        expect(reason, `${c.file}#${c.index}`).not.toBe('uses ');
      }
      // How much of the community data runs; fails loudly if the files change.
      expect({ runnable: runnable.length, skipped: notRun.length }).toEqual({
        runnable: 895,
        skipped: 241,
      });
    });
  },
);
