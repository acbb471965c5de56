import { describe, expect, it } from 'vitest';
import { compile, createRegistry, defaultRegistry, describeRule, type ExplainNode } from './index';

const rule = {
  and: [
    { '==': [{ var: 'customer.tier' }, 'enterprise'] },
    { '>': [{ var: 'session.minutes' }, 20] },
  ],
};

describe('explain', () => {
  it('gives the value of every sub-expression with its path', () => {
    const tree = compile(rule).explain({
      customer: { tier: 'enterprise' },
      session: { minutes: 31 },
    });
    expect(tree).toMatchObject({ op: 'and', path: 'rule', evaluated: true, value: true });
    const [tier, minutes] = tree.args;
    expect(tier).toMatchObject({ op: '==', path: 'rule.and[0]', value: true });
    expect(tier.args[0]).toMatchObject({ op: 'var', value: 'enterprise' });
    expect(tier.args[0].args[0]).toMatchObject({ op: 'value', value: 'customer.tier' });
    expect(minutes.args[0]).toMatchObject({ op: 'var', path: 'rule.and[1][">"][0]', value: 31 });
  });

  it('marks what short-circuiting skipped', () => {
    const tree = compile(rule).explain({ customer: { tier: 'free' } });
    expect(tree.value).toBe(false);
    expect(tree.args[0].value).toBe(false);
    expect(tree.args[1]).toMatchObject({ op: '>', evaluated: false });
    expect(tree.args[1]).not.toHaveProperty('value');
    expect(tree.args[1].args[0]).toMatchObject({ op: 'var', evaluated: false });
  });

  it('records one run per item of an iteration', () => {
    const some = { some: [{ var: 'xs' }, { '>': [{ var: '' }, 2] }] };
    const tree = compile(some).explain({ xs: [1, 2, 3, 4] });
    expect(tree.value).toBe(true);
    const body = tree.args[1];
    expect(body.runs?.map((r) => r.value)).toEqual([false, false, true]);
  });

  it('records an error on the node that failed and on its parents, without throwing', () => {
    const failing = { or: [false, { '/': [1, { var: 'n' }] }] };
    const tree = compile(failing).explain({ n: 0 });
    expect(tree.error).toMatchObject({ code: 'nan' });
    expect(tree.args[1].error?.message).toMatch(/not a finite number/);
    expect(tree.args[1].args[1]).toMatchObject({ op: 'var', value: 0 });
  });

  it('agrees with evaluate', () => {
    const compiled = compile(rule);
    for (const data of [{}, { customer: { tier: 'enterprise' }, session: { minutes: 5 } }, null]) {
      expect((compiled.explain(data) as ExplainNode).value).toEqual(compiled.evaluate(data));
    }
  });
});

describe('describe', () => {
  it('reads a rule in plain language', () => {
    expect(compile(rule).describe()).toBe(
      'customer tier is enterprise and session minutes is more than 20',
    );
    expect(describeRule(rule)).toBe(compile(rule).describe());
  });

  it.each([
    [
      { in: [{ var: 'customer.segment' }, ['smb', 'mid-market']] },
      'customer segment is one of smb or mid-market',
    ],
    [
      { has_signal: ['negative_sentiment', 0.7] },
      'the negative sentiment signal is detected with strength at least 0.7',
    ],
    [
      { '>=': [{ var: 'signals.human_request.strength' }, 0.6] },
      'the human request signal strength is at least 0.6',
    ],
    [
      { or: [{ '!': { var: 'conversation.resolved' } }, { and: [true, false] }] },
      'not (conversation resolved) or (true and false)',
    ],
    [{ '<=': [1, { var: 'n' }, 5] }, 'n is between 1 and 5 (inclusive)'],
    [
      { '>': [{ minutes_since: { var: 'conversation.startedAt' } }, 20] },
      'the minutes since conversation started at is more than 20',
    ],
    [
      { contains_any: [{ var: 'lastMessage' }, ['manager', 'lawyer']] },
      'last message mentions manager or lawyer',
    ],
    [
      { some: [{ var: 'conversation.messages' }, { '==': [{ var: 'role' }, 'agent'] }] },
      'for some item of conversation messages, role is agent',
    ],
    [{ if: [{ var: 'vip' }, 'urgent', 'normal'] }, 'if vip then urgent, else normal'],
    [{ '==': [{ var: 'customer.previousHandoffs' }, 0] }, 'customer previous handoffs is 0'],
  ])('%j', (r, text) => {
    expect(describeRule(r)).toBe(text);
  });

  it('refuses an invalid rule like compile', () => {
    expect(() => describeRule({ nope: 1 })).toThrow(/unknown operation "nope"/);
  });
});

describe('the operator registry', () => {
  it('is extended through addOperator on a copy; the default stays closed', () => {
    const registry = createRegistry().addOperator('double', {
      deterministic: true,
      minArgs: 1,
      maxArgs: 1,
      evaluate: ([n]) => Number(n) * 2,
      describe: ([n]) => `twice ${n.text}`,
    });
    expect(compile({ double: { var: 'x' } }, { registry }).evaluate({ x: 21 })).toBe(42);
    expect(compile({ double: 4 }, { registry }).describe()).toBe('twice 4');
    expect(() => compile({ double: 4 })).toThrow(/unknown operation "double"/);
    expect(() =>
      defaultRegistry.addOperator('x', {
        deterministic: true,
        evaluate: () => 1,
        describe: () => '',
      }),
    ).toThrow(/shared/);
    expect(() =>
      registry.addOperator('double', {
        deterministic: true,
        evaluate: () => 1,
        describe: () => '',
      }),
    ).toThrow(/already registered/);
    expect(() => compile({ double: [1, 2] }, { registry })).toThrow(/takes 1 argument, got 2/);
  });

  it('folds deterministic operations on constants once, at compile time', () => {
    let calls = 0;
    const registry = createRegistry().addOperator('counted', {
      deterministic: true,
      evaluate: () => ++calls,
      describe: () => 'counted',
    });
    const folded = compile({ '+': [{ counted: [] }, 1] }, { registry });
    expect(calls).toBe(1);
    folded.evaluate({});
    folded.evaluate({});
    expect(calls).toBe(1);
    compile({ counted: [] }, { registry, optimize: false }).evaluate({});
    expect(calls).toBe(2);
  });

  it('keeps a lazy custom operator that changes the data correct (no root shortcuts inside it)', () => {
    const registry = createRegistry().addOperator('within', {
      lazy: true,
      deterministic: true,
      evaluate: ([path, body], data) => body((data as Record<string, unknown>)[String(path(data))]),
      describe: ([p, b]) => `within ${p.text}: ${b.text}`,
    });
    const r = compile({ within: ['inner', { var: 'customer.tier' }] }, { registry });
    expect(
      r.evaluate({ customer: { tier: 'outer' }, inner: { customer: { tier: 'inner' } } }),
    ).toBe('inner');
  });
});

describe('re-entrancy', () => {
  it('lets a custom operator evaluate the same compiled rule again', () => {
    const holder: { rule?: { evaluate(d: unknown): unknown } } = {};
    const registry = createRegistry().addOperator('again', {
      deterministic: false,
      evaluate: ([d]) => (d === null ? 'inner' : holder.rule?.evaluate(null)),
      describe: () => 'again',
    });
    // The inner evaluation runs before the outer one reads customer.tier.
    holder.rule = compile(
      { cat: [{ again: { var: 'x' } }, '/', { var: 'customer.tier' }] },
      { registry },
    );
    expect(holder.rule.evaluate({ customer: { tier: 'pro' }, x: 1 })).toBe('inner//pro');
  });
});
