import { describe, expect, it } from 'vitest';
import { compile, interpret, RuleError } from './index';
import { prng, randomData, randomRule } from './test/random';

type Outcome = { value: unknown } | { code: string; path: string };

function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof RuleError) return { code: error.code, path: error.path };
    throw error;
  }
}

/**
 * Asserts that the compiled rule (optimised and not) and the plain interpreter give the
 * same value, or the same error code at the same path, for every input.
 */
function differential(rule: unknown, inputs: readonly unknown[]): void {
  const compiled = outcome(() => compile(rule));
  if ('code' in compiled) {
    expect(outcome(() => interpret(rule, null))).toEqual(compiled);
    return;
  }
  const fast = compile(rule);
  const plain = compile(rule, { optimize: false });
  for (const data of inputs) {
    const expected = outcome(() => interpret(rule, data));
    expect(
      outcome(() => fast.evaluate(data)),
      JSON.stringify(rule),
    ).toEqual(expected);
    expect(outcome(() => plain.evaluate(data))).toEqual(expected);
    // Evaluating twice gives the same: no state leaks between evaluations.
    expect(outcome(() => fast.evaluate(data))).toEqual(expected);
  }
}

class Customer {
  own = 'own';
  get computed(): string {
    return 'inherited getter';
  }
}
Object.assign(Customer.prototype, { tier: 'enterprise' });

/** Data a hostile or careless caller might send. */
const hostile: unknown[] = [
  null,
  undefined,
  NaN,
  Infinity,
  -0,
  '',
  'text',
  42,
  true,
  [],
  [1, '2', null],
  {},
  JSON.parse('{"__proto__": {"tier": "enterprise", "n": 1}, "n": 2}'),
  JSON.parse(
    '{"customer": {"__proto__": {"tier": "enterprise"}}, "list": [{"__proto__": {"n": 9}}]}',
  ),
  { customer: Object.create({ tier: 'enterprise', n: 5 }) },
  { customer: new Customer(), n: NaN },
  { customer: Object.assign(Object.create(null), { tier: 'pro', n: 3 }) },
  { customer: { tier: null, n: null }, list: [null, NaN, {}, []], s: 'abc' },
  { customer: { tier: 'enterprise', n: '7' }, list: 'not a list', n: '1e2', s: ['a'] },
  { customer: { constructor: Object, tier: 'x' }, at: new Date(0), fn: () => 1 },
  { customer: [{ tier: 'enterprise' }], list: [1, 2, 3], n: -1, s: '' },
  { list: [Object.create({ n: 9, tier: 'enterprise' }), new Customer(), { n: 9 }, null, 'n'] },
  { list: [[{ n: 9 }], Object.assign(Object.create(null), { n: 9 }), { tier: 'x' }] },
  // Signals as detectors report them, and as a careless or hostile caller might.
  { signals: { human_request: { strength: 0.9 }, negative_sentiment: { strength: 0.5 } } },
  { signals: { human_request: {}, negative_sentiment: { strength: '0.9' } } },
  { signals: { human_request: null, negative_sentiment: false, sales_opportunity: true } },
  { signals: { human_request: 1, negative_sentiment: 'yes', list: [{ n: 9 }] } },
  { signals: Object.create({ human_request: { strength: 1 } }) },
  { signals: { human_request: Object.create({ strength: 0.2 }) } },
  { signals: Object.assign(Object.create(null), { human_request: { strength: 0.7 } }) },
  { signals: [{ strength: 1 }], list: [{ signals: { human_request: { strength: 1 } } }] },
  { signals: 'human_request' },
  // Values JavaScript cannot turn into text or numbers without help, and a cycle.
  { s: Object.create(null), n: Object.create(null), list: [Object.create(null)], cyc: cyclic() },
];

function cyclic(): unknown[] {
  const list: unknown[] = [1];
  list.push(list);
  return list;
}

const rules: unknown[] = [
  { var: 'customer.tier' },
  { var: ['customer.tier', 'none'] },
  { var: 'customer.computed' },
  { var: 'customer.own' },
  { var: 'customer.n' },
  { var: '__proto__' },
  { var: '__proto__.tier' },
  { var: 'customer.__proto__.tier' },
  { var: 'customer.constructor' },
  { var: 'customer.constructor.prototype' },
  { var: 'toString' },
  { var: 'list.length' },
  { var: 's.length' },
  { var: 'at.getTime' },
  { var: 'fn.call' },
  { var: 'list.0' },
  { var: 'customer.0.tier' },
  { var: '' },
  { var: 'n' },
  { '==': [{ var: 'customer.tier' }, 'enterprise'] },
  { '==': ['enterprise', { var: 'customer.tier' }] },
  { '!=': [{ var: 'customer.tier' }, 'pro'] },
  { '>': [{ var: 'customer.n' }, 2] },
  { '<': [3, { var: 'customer.n' }] },
  { '>=': [{ var: 'n' }, 2] },
  { '<=': [{ var: 'n' }, 2] },
  { '==': [{ var: 'n' }, 2] },
  { '!=': [2, { var: 'n' }] },
  { '<': [0, { var: 'n' }, 10] },
  { '<=': [-1, { var: 'n' }, 2] },
  { '<': [-1, { var: 'n' }, 2] },
  { '<=': [2, { var: 'customer.n' }, 7] },
  { '<': [-1, { '+': [{ var: 'n' }, 1] }, 3] },
  { '<=': [0, { var: 's' }, 1] },
  { '===': [{ var: 'customer.tier' }, 'enterprise'] },
  { '!==': [null, { var: 'customer.tier' }] },
  { in: [{ var: 'customer.tier' }, ['free', 'enterprise']] },
  { in: [{ var: 'customer.tier' }, ['a', 'b', 'c', 'd', 'enterprise', 'f']] },
  { in: ['b', { var: 's' }] },
  { some: [{ var: 'list' }, { '>': [{ var: '' }, 1] }] },
  { some: [{ var: 'list' }, { '==': [{ var: 'n' }, 9] }] },
  { map: [{ var: 'list' }, { var: 'tier' }] },
  { map: [{ var: 'list' }, { cat: [{ var: 'own' }, { var: 'computed' }, { var: 'n' }] }] },
  { filter: [{ var: 'list' }, { some: [{ var: '' }, { var: 'n' }] }] },
  {
    all: [
      { var: 'list' },
      { and: [{ var: 'tier' }, { some: [[1], { var: '' }] }, { var: 'tier' }] },
    ],
  },
  { all: [{ var: 'list' }, { var: '' }] },
  { none: [{ var: 'list' }, { '==': [{ var: 'n' }, 9] }] },
  { map: [{ var: 'list' }, { '+': [{ var: '' }, 1] }] },
  { filter: [{ var: 'list' }, { '!!': { var: '' } }] },
  { reduce: [{ var: 'list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] },
  { '+': [{ var: 'n' }, { var: 'customer.n' }] },
  { '/': [1, { var: 'n' }] },
  { and: [{ var: 'customer' }, { '>': [{ var: 'n' }, 0] }, { var: 's' }] },
  { or: [{ var: 'missing' }, { var: 'customer.tier' }, { '/': [1, 0] }] },
  { if: [{ var: 'n' }, { '/': [1, 0] }, true, 'yes', 'no'] },
  { if: [false, 1, { var: 'n' }, 2, 3] },
  { cat: ['n=', { var: 'n' }, { var: 'list' }] },
  { missing: ['customer.tier', 'n', '__proto__'] },
  { missing_some: [1, ['customer.tier', 'n']] },
  { has_signal: 'human_request' },
  { has_signal: ['human_request', 0.8] },
  { has_signal: ['negative_sentiment', 0.5] },
  { or: [{ has_signal: 'negative_sentiment' }, { has_signal: ['sales_opportunity', 1] }] },
  { signal_strength: 'human_request' },
  { '+': [{ signal_strength: 'negative_sentiment' }, { signal_strength: 'sales_opportunity' }] },
  { some: [{ var: 'list' }, { has_signal: ['human_request', 0.5] }] },
  { has_signal: { cat: ['human', '_request'] } },
  { has_signal: { var: 's' } },
  { '!': { var: 'list' } },
  { merge: [{ var: 'list' }, { var: 's' }] },
  { cat: [{ var: 'cyc' }, { var: 's' }, { var: 'list' }] },
  { in: [{ var: 's' }, 'abc [object Object]'] },
  { in: [{ var: 'list' }, 'x'] },
  { substr: [{ var: 's' }, { var: 'n' }, { var: 'n' }] },
  { var: { var: 's' } },
  { missing: [{ var: 's' }] },
  { missing_some: [{ var: 'n' }, ['a', 'b']] },
  { contains_any: [{ var: 's' }, ['x']] },
  { minutes_since: { var: 's' } },
];

describe('differential: compiled closures vs the plain interpreter', () => {
  it.each(rules.map((rule) => [JSON.stringify(rule), rule] as const))('%s', (_, rule) =>
    differential(rule, hostile),
  );

  it('agrees on 2000 random rules over random and hostile data', () => {
    const random = prng(7);
    for (let i = 0; i < 2000; i++) {
      differential(randomRule(random), [
        randomData(random),
        randomData(random),
        hostile[i % hostile.length],
      ]);
    }
  });
});

describe('var never reaches prototypes or inherited members', () => {
  const read = (path: string, data: unknown) => compile({ var: path }).evaluate(data);

  it('refuses inherited values, blocked names and functions of builtin prototypes', () => {
    const data = { customer: Object.create({ tier: 'enterprise' }), s: 'abc', list: [1] };
    expect(read('customer.tier', data)).toBeNull();
    expect(read('constructor', data)).toBeNull();
    expect(read('customer.constructor', data)).toBeNull();
    expect(read('toString', data)).toBeNull();
    expect(read('s.toUpperCase', data)).toBeNull();
    expect(read('list.map', data)).toBeNull();
    expect(read('__proto__', data)).toBeNull();
    expect(read('customer.__proto__.tier', data)).toBeNull();
    expect(read('x.prototype', { x: function named() {} })).toBeNull();
  });

  it('reads own properties, also own "__proto__"-free JSON and Object.create(null) objects', () => {
    expect(read('s.length', { s: 'abc' })).toBe(3);
    expect(read('list.length', { list: [1, 2] })).toBe(2);
    expect(read('a.b', { a: Object.assign(Object.create(null), { b: 1 }) })).toBe(1);
    const parsed = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
    expect(read('y', parsed)).toBe(2);
    expect(read('__proto__.x', parsed)).toBeNull();
  });

  it('leaves Object.prototype untouched by hostile data', () => {
    compile({ var: '__proto__.polluted' }).evaluate(JSON.parse('{"__proto__": {"polluted": 1}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('explain and describe on random rules', () => {
  it('explain never throws, and its root agrees with evaluate (value or error code)', () => {
    const random = prng(99);
    for (let i = 0; i < 1500; i++) {
      const rule = randomRule(random);
      const data = randomData(random);
      let compiled;
      try {
        compiled = compile(rule);
      } catch (error) {
        expect(error).toBeInstanceOf(RuleError);
        continue;
      }
      const tree = compiled.explain(data);
      const direct = outcome(() => compiled.evaluate(data));
      if ('code' in direct) expect(tree.error?.code).toBe(direct.code);
      else expect(tree.value).toEqual(direct.value);
      const text = compiled.describe();
      expect(typeof text).toBe('string');
      expect(text.length).toBeGreaterThan(0);
    }
  });
});
