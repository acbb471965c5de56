import { describe, expect, it } from 'vitest';
import { compile } from './index';
import { lookup } from './path';
import { SITES, siteGetter } from './site-getters';

class Tiered {
  own = 1;
}
Object.assign(Tiered.prototype, { tier: 'inherited', b: { c: 'inherited' } });

/** Objects whose prototype holds the names the paths below read. */
function hostile(): unknown[] {
  const inherits = Object.create({ tier: 'inherited', b: { c: 'inherited' } }) as object;
  const bare = Object.assign(Object.create(null) as object, { tier: 'bare', b: { c: 'bare' } });
  return [
    inherits,
    new Tiered(),
    bare,
    { a: inherits },
    { a: new Tiered() },
    { a: bare },
    { a: { b: inherits } },
    { a: { b: Object.create({ c: 'inherited' }) } },
    { a: [inherits] },
    JSON.parse('{"__proto__": {"tier": "json"}, "a": {"__proto__": {"b": 1}}}'),
    null,
    undefined,
    'text',
    42,
    { a: null },
    { a: { b: null } },
    { a: { b: { c: null } } },
  ];
}

const paths = [['tier'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'tier'], ['a', '0', 'tier']];

describe('site getters', () => {
  it('are copies of one getter, character for character', () => {
    const sources = new Set(SITES.map((site) => site.toString()));
    expect(SITES.length).toBeGreaterThanOrEqual(16);
    expect(sources.size).toBe(1);
  });

  it('read own properties only, also after V8 optimised them for plain objects', () => {
    const plain = { tier: 'own', a: { b: { c: 'own' }, tier: 'own', 0: { tier: 'own' } } };
    for (const path of paths) {
      const get = siteGetter(path, 'fallback');
      expect(get, path.join('.')).toBeDefined();
      // Enough calls with one shape for the optimising compiler to specialise the loads.
      let sink = 0;
      for (let i = 0; i < 50_000; i++) if (get?.(plain) !== undefined) sink++;
      expect(sink).toBe(50_000);
      for (const [i, data] of hostile().entries()) {
        expect(get?.(data), `${path.join('.')} of input ${i}`).toEqual(
          lookup(data, path, 'fallback'),
        );
      }
    }
  });

  it('leave paths that need the general lookup to the shared getters', () => {
    for (const path of [
      [],
      ['a', 'b', 'c', 'd'],
      ['__proto__'],
      ['a', 'constructor'],
      ['length'],
    ]) {
      expect(siteGetter(path, null), path.join('.')).toBeUndefined();
    }
  });

  it('run out without changing any result', () => {
    const rules = Array.from({ length: SITES.length + 8 }, (_, i) =>
      compile({ '==': [{ var: `k${i}.v` }, `v${i}`] }),
    );
    const data = Object.fromEntries(rules.map((_, i) => [`k${i}`, { v: `v${i}` }]));
    expect(rules.map((rule) => rule.evaluate(data))).toEqual(rules.map(() => true));
    expect(siteGetter(['not', 'seen', 'before'], null)).toBeUndefined();
    const last = rules.length - 1;
    const inherits = {
      k0: Object.create({ v: 'v0' }),
      [`k${last}`]: Object.create({ v: `v${last}` }),
    };
    expect(rules[0].evaluate(inherits)).toBe(false);
    expect(rules[last].evaluate(inherits)).toBe(false);
    expect(rules[last].evaluate({ [`k${last}`]: { v: `v${last}` } })).toBe(true);
  });
});
