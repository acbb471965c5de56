import { describe, expect, it } from 'vitest';
import { compile, defaultLimits, interpret, RuleError } from './index';

function codeOf(run: () => unknown): { code: string; path: string; message: string } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError)
      return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
  return undefined;
}

function nested(depth: number): unknown {
  let rule: unknown = true;
  for (let i = 0; i < depth; i++) rule = { '!': [rule] };
  return rule;
}

describe('rule depth', () => {
  it('refuses rules deeper than maxDepth, naming where', () => {
    const err = codeOf(() => compile(nested(40)));
    expect(err?.code).toBe('rule_too_deep');
    expect(err?.message).toMatch(/deeper than 64 levels/);
    expect(err?.path).toMatch(/^rule\["!"\]\[0\]/);
  });

  it('accepts rules within the limit, and honours a custom limit', () => {
    expect(compile(nested(30)).evaluate(null)).toBe(true);
    expect(codeOf(() => compile(nested(5), { limits: { maxDepth: 8 } }))?.code).toBe(
      'rule_too_deep',
    );
  });

  it('stops a rule that contains itself', () => {
    const rule: Record<string, unknown[]> = { and: [] };
    rule.and.push(rule);
    expect(codeOf(() => compile(rule))?.code).toBe('rule_too_deep');
  });
});

describe('rule size', () => {
  it('refuses rules with more than maxNodes nodes', () => {
    const wide = { or: Array.from({ length: defaultLimits.maxNodes }, () => false) };
    const err = codeOf(() => compile(wide));
    expect(err?.code).toBe('rule_too_large');
    expect(err?.message).toMatch(/more than 5000 nodes/);
    expect(compile({ or: [false, true] }, { limits: { maxNodes: 3 } }).evaluate(null)).toBe(true);
    expect(codeOf(() => compile({ or: [false, true, 1] }, { limits: { maxNodes: 3 } }))?.code).toBe(
      'rule_too_large',
    );
  });
});

describe('iteration work per evaluation', () => {
  const cross = { some: [{ var: 'xs' }, { some: [{ var: 'ys' }, false] }] };

  it('counts every element visited, nested loops included', () => {
    // Each inner `some` sees the item as data: give every item its own ys.
    const row = (n: number) => ({ ys: Array.from({ length: n }, (_, i) => i) });
    const rule = compile(cross, { limits: { maxIterations: 1000 } });
    expect(rule.evaluate({ xs: Array.from({ length: 30 }, () => row(30)) })).toBe(false);
    const err = codeOf(() => rule.evaluate({ xs: Array.from({ length: 40 }, () => row(40)) }));
    expect(err).toMatchObject({ code: 'iteration_limit', path: 'rule.some[1]' });
    expect(err?.message).toMatch(/more than 1000 iterations/);
  });

  it('resets the budget for every evaluation', () => {
    const rule = compile({ map: [{ var: 'xs' }, 1] }, { limits: { maxIterations: 10 } });
    for (let i = 0; i < 5; i++)
      expect(rule.evaluate({ xs: [1, 2, 3, 4, 5, 6, 7, 8] })).toHaveLength(8);
    expect(codeOf(() => rule.evaluate({ xs: new Array(11).fill(0) }))?.code).toBe(
      'iteration_limit',
    );
  });

  it('applies to the interpreter and to explain', () => {
    const data = { xs: new Array(20).fill(0) };
    const limits = { maxIterations: 10 };
    expect(codeOf(() => interpret({ map: [{ var: 'xs' }, 1] }, data, { limits }))?.code).toBe(
      'iteration_limit',
    );
    const tree = compile({ map: [{ var: 'xs' }, 1] }, { limits }).explain(data);
    expect(tree.error?.code).toBe('iteration_limit');
  });

  it('charges a growing reduce accumulator, so doubling strings stops', () => {
    const doubling = {
      reduce: [{ var: 'xs' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'],
    };
    const err = codeOf(() => compile(doubling).evaluate({ xs: new Array(40).fill(0) }));
    expect(['accumulator_too_large', 'iteration_limit']).toContain(err?.code);
  });

  it('refuses accumulators that nest containers or grow past maxAccumulatorLength', () => {
    const nestedAcc = { reduce: [[1, 2, 3], [[]]] };
    expect(codeOf(() => compile(nestedAcc).evaluate(null))?.code).toBe('accumulator_too_large');
    const growing = { reduce: [{ var: 'xs' }, { merge: [{ var: 'accumulator' }, [1, 2]] }, []] };
    const limits = { maxAccumulatorLength: 10 };
    expect(compile(growing, { limits }).evaluate({ xs: [0, 0, 0] })).toHaveLength(6);
    expect(
      codeOf(() => compile(growing, { limits }).evaluate({ xs: new Array(6).fill(0) }))?.code,
    ).toBe('accumulator_too_large');
  });
});

describe('invalid rules and options', () => {
  it.each([
    ['a function', { var: () => 'x' }, 'invalid_rule', 'rule.var'],
    ['undefined', { and: [undefined] }, 'invalid_rule', 'rule.and[0]'],
    ['NaN', { '+': [1, NaN] }, 'invalid_rule', 'rule["+"][1]'],
    ['a Date', { '==': [new Date(0), 1] }, 'invalid_rule', 'rule["=="][0]'],
    ['a symbol', Symbol('x'), 'invalid_rule', 'rule'],
  ])('refuses %s', (_, rule, code, path) => {
    expect(codeOf(() => compile(rule))).toMatchObject({ code, path });
  });

  it('refuses limits that are not positive numbers', () => {
    expect(() => compile(true, { limits: { maxDepth: 0 } })).toThrow(RangeError);
    expect(() => compile(true, { limits: { maxNodes: Number.NaN } })).toThrow(/maxNodes/);
  });

  it('serialises errors with code, path and message', () => {
    const err = (() => {
      try {
        compile({ and: [{ nope: 1 }] });
      } catch (error) {
        return error as RuleError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(Error);
    expect(err?.name).toBe('RuleError');
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      code: 'unknown_operator',
      path: 'rule.and[0].nope',
      message: 'unknown operation "nope" (at rule.and[0].nope)',
    });
  });
});
