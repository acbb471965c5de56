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
 * Community cases we skip, per file: every skipped case uses an operation that the
 * community proposals add and jsonlogic.com does not define (`val`, `preserve`, `length`,
 * `exists`, `??`, `try`, `throw`). Whole files: their subject is such an operation.
 * Single cases elsewhere: `val` for data access, `preserve` to pass a literal argument
 * list, and `{"throw": "Not Lazy"}` to prove short-circuiting (ours short-circuits too:
 * see fixtures/safety.json and the explain tests). The test below checks this table
 * against what is actually skipped.
 */
const skippedPerFile: Record<string, number> = {
  'additional.json': 5,
  'arithmetic/divide.extra.json': 3,
  'arithmetic/divide.json': 3,
  'arithmetic/max.json': 4,
  'arithmetic/min.json': 4,
  'arithmetic/minus.extra.json': 3,
  'arithmetic/minus.json': 3,
  'arithmetic/modulo.extra.json': 2,
  'arithmetic/modulo.json': 3,
  'arithmetic/multiply.extra.json': 3,
  'arithmetic/multiply.json': 3,
  'arithmetic/plus.extra.json': 4,
  'arithmetic/plus.json': 5,
  'chained.json': 4,
  'coalesce.json': 15, // all: ?? (coalesce)
  'comparison/greaterThan.json': 1,
  'comparison/greaterThanEquals.json': 1,
  'comparison/lessThan.json': 1,
  'comparison/lessThanEquals.json': 1,
  'comparison/softEquals.json': 1,
  'comparison/softNotEquals.json': 1,
  'comparison/strictEquals.json': 1,
  'comparison/strictNotEquals.json': 1,
  'control/and.json': 3,
  'control/if.json': 6,
  'control/or.json': 3,
  'exists.json': 8, // all: exists
  'iterators.extra.json': 17,
  'length.json': 12, // all: length
  'preserve.json': 14, // all: preserve
  'scopes.json': 4, // all: val scopes
  'throw.json': 3, // all: throw
  'truthiness.json': 4,
  'try.extra.json': 1, // all: try
  'try.json': 18, // all: try/throw
  'val-compat.json': 60, // all: val
  'val.extra.json': 3, // all: val
  'val.json': 13, // all: val
};

/** Individual cases skipped for another reason than the above (none). */
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

    it('skips only the cases listed above, each using an operation outside jsonlogic.com', () => {
      const perFile: Record<string, number> = {};
      for (const c of notRun) {
        const reason = skipped[`${c.file}#${c.index}`] ?? `uses ${nonStandard(c).join(', ')}`;
        expect(reason, `${c.file}#${c.index}`).not.toBe('uses ');
        perFile[c.file] = (perFile[c.file] ?? 0) + 1;
      }
      expect(perFile).toEqual(skippedPerFile);
      // How much of the community data runs; fails loudly if the files change.
      expect({ runnable: runnable.length, skipped: notRun.length }).toEqual({
        runnable: 895,
        skipped: 241,
      });
    });
  },
);
