import { describe, expect, it } from 'vitest';
import { compile, defaultRuleset, reasonCodes } from '../../../core';
import { canonicalWhen, graphToLogic, logicToGraph, type RuleGraph } from './graph';

/** A small seeded generator, so a failing case can be replayed from its seed. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const fields = [
  'customer.tier',
  'session.minutes',
  'session.liveChannel',
  'conversation.channel',
  'customer.lifetimeValue',
];
const values = ['enterprise', 'pro', 'web', 20, 0, 50000, true, false, null];

/** Per-language word lists as the builder writes them, sometimes out of order or mixed (then logic). */
const randomWordsByLanguage = (r: Rand): unknown => {
  const field = pick(r, ['conversation.lastCustomerMessage', 'conversation.channel']);
  const langs = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl'].filter(() => r() < 0.4);
  if (r() < 0.2) langs.reverse();
  const words = (l: string) => ({
    contains_any: [{ var: r() < 0.9 ? field : 'conversation.channel' }, [`${l}-word`, 'web']],
  });
  return {
    or: [
      ...(r() < 0.5 ? [words('any')] : []),
      ...langs.map((l) => ({ and: [{ '==': [{ var: 'conversation.language' }, l] }, words(l)] })),
    ],
  };
};

/** A random `when`, mixing shapes the palette has blocks for with ones it keeps as raw JSON. */
const randomWhen = (r: Rand, depth = 0): unknown => {
  const leaf = depth > 3 || r() < 0.35;
  if (leaf) {
    switch (Math.floor(r() * 10)) {
      case 0:
        return { has_signal: pick(r, reasonCodes) };
      case 1:
        return { has_signal: [pick(r, reasonCodes), Math.round(r() * 100) / 100] };
      case 2:
        return { has_signal: [pick(r, reasonCodes)] };
      case 3:
        return {
          [pick(r, ['==', '!=', '>', '>=', '<', '<='])]: [
            { var: pick(r, fields) },
            pick(r, values),
          ],
        };
      case 4:
        return { in: [{ var: pick(r, fields) }, ['pro', 'enterprise']] };
      case 5:
        return { var: pick(r, fields) };
      case 6:
        return { contains_any: [{ var: 'conversation.channel' }, ['web', 'sms']] };
      case 7:
        return { '>': [{ '+': [{ var: 'session.minutes' }, 5] }, 30] };
      case 8:
        return r() < 0.5 ? { var: ['session.resolved', false] } : randomWordsByLanguage(r);
      default:
        return pick(r, [true, false]);
    }
  }
  const kids = () =>
    Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomWhen(r, depth + 1));
  switch (Math.floor(r() * 5)) {
    case 0:
      return { and: kids() };
    case 1:
      return { or: kids() };
    case 2:
      return r() < 0.5 ? { '!': randomWhen(r, depth + 1) } : { '!': [randomWhen(r, depth + 1)] };
    case 3: {
      const k = kids();
      return { '>=': [{ '+': k.map((c) => ({ if: [c, 1, 0] })) }, 1 + Math.floor(r() * k.length)] };
    }
    default:
      return { if: [randomWhen(r, depth + 1), true, randomWhen(r, depth + 1)] };
  }
};

const signals = (r: Rand) =>
  Object.fromEntries(
    reasonCodes
      .filter(() => r() < 0.3)
      .map((c) => [c, { strength: Math.round(r() * 100) / 100, evidence: [] }]),
  );
const randomData = (r: Rand) => ({
  signals: signals(r),
  customer: {
    tier: pick(r, ['free', 'pro', 'enterprise']),
    lifetimeValue: Math.floor(r() * 100000),
  },
  session: { minutes: Math.floor(r() * 60), liveChannel: r() < 0.5, resolved: r() < 0.3 },
  conversation: {
    channel: pick(r, ['web', 'email', 'sms']),
    language: pick(r, ['en', 'es', 'de', 'nl', undefined]),
    lastCustomerMessage: pick(r, ['the es-word here', 'web', 'nothing', 'a de-word']),
  },
  context: {},
});

/** A value, or that evaluation failed (the strict engine refuses e.g. comparing a number with text). */
const outcome = (run: () => unknown) => {
  try {
    return { value: run() };
  } catch {
    return { failed: true };
  }
};

const roundTrip = (when: unknown) => {
  const g = graphToLogic(logicToGraph(when, { handoff: true, reason: 'human_request' }));
  if (!g.ok) throw new Error(g.issues[0]!.message);
  return g.when;
};

describe('graph ↔ JSON-logic', () => {
  it('gives back every rule of the default ruleset exactly', () => {
    for (const rule of defaultRuleset.rules) {
      const graph = logicToGraph(rule.when, rule.then);
      expect(graph.nodes.some((n) => n.data.kind === 'raw')).toBe(false);
      const back = graphToLogic(graph);
      expect(back.ok && { when: back.when, then: back.then }).toEqual({
        when: rule.when,
        then: rule.then,
      });
    }
  });

  it('over 500 random rules: canonical after one trip, and decides the same on random data', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const r = prng(seed);
      const when = randomWhen(r);
      const once = roundTrip(when);
      expect(roundTrip(once), `seed ${seed}`).toEqual(once);
      const [a, b] = [compile(when), compile(once)];
      for (let i = 0; i < 10; i++) {
        const data = randomData(r);
        expect(
          outcome(() => b.evaluate(data)),
          `seed ${seed} data ${i}`,
        ).toEqual(outcome(() => a.evaluate(data)));
      }
    }
  });

  it('keeps operations without a block as raw blocks with their JSON', () => {
    const when = {
      and: [
        { has_signal: 'long_session' },
        { '>': [{ minutes_since: { var: 'customer.attributes.lastOrderAt' } }, 60] },
      ],
    };
    const graph = logicToGraph(when, { handoff: true });
    const raw = graph.nodes.filter((n) => n.data.kind === 'raw');
    expect(raw.map((n) => n.data)).toEqual([{ kind: 'raw', json: when.and[1] }]);
    expect(roundTrip(when)).toEqual(when);
  });

  it('reads word lists per language as one block and writes them back exactly', () => {
    const when = {
      or: [
        { contains_any: [{ var: 'conversation.lastCustomerMessage' }, ['chargeback']] },
        {
          and: [
            { '==': [{ var: 'conversation.language' }, 'es'] },
            { contains_any: [{ var: 'conversation.lastCustomerMessage' }, ['contracargo']] },
          ],
        },
        {
          and: [
            { '==': [{ var: 'conversation.language' }, 'de'] },
            { contains_any: [{ var: 'conversation.lastCustomerMessage' }, ['Rückbuchung']] },
          ],
        },
      ],
    };
    const graph = logicToGraph(when, { handoff: true });
    expect(graph.nodes.map((n) => n.data)).toEqual([
      { kind: 'outcome', then: { handoff: true } },
      {
        kind: 'words',
        field: 'conversation.lastCustomerMessage',
        terms: ['chargeback'],
        byLanguage: { es: ['contracargo'], de: ['Rückbuchung'] },
      },
    ]);
    expect(canonicalWhen(when)).toEqual(when);
    // Languages out of the fixed order, or a list on another field, stay logic blocks.
    const swapped = { or: [when.or[2], when.or[1]] };
    expect(logicToGraph(swapped, { handoff: true }).nodes[1]!.data.kind).toBe('logic');
    expect(canonicalWhen(swapped)).toEqual(swapped);
  });

  it('reads "at least N of" and writes it back', () => {
    const when = {
      '>=': [
        {
          '+': [
            { if: [{ has_signal: 'negative_sentiment' }, 1, 0] },
            { if: [{ var: 'session.liveChannel' }, 1, 0] },
          ],
        },
        2,
      ],
    };
    const graph = logicToGraph(when, { handoff: true });
    expect(graph.nodes.find((n) => n.data.kind === 'logic')?.data).toEqual({
      kind: 'logic',
      mode: 'atLeast',
      n: 2,
    });
    expect(canonicalWhen(when)).toEqual(when);
  });

  it('names the block that stops a graph from being a rule', () => {
    const graph: RuleGraph = {
      nodes: [
        { id: 'o', data: { kind: 'outcome', then: { handoff: true } } },
        { id: 'a', data: { kind: 'logic', mode: 'all' } },
      ],
      edges: [{ id: 'e', source: 'a', target: 'o' }],
    };
    expect(graphToLogic(graph)).toEqual({
      ok: false,
      issues: [{ nodeId: 'a', message: '"All of" has no conditions: connect at least one.' }],
    });
    expect(graphToLogic({ nodes: graph.nodes, edges: [] })).toMatchObject({
      ok: false,
      issues: [{ nodeId: 'o' }],
    });
    const loop: RuleGraph = {
      nodes: [...graph.nodes, { id: 'b', data: { kind: 'logic', mode: 'any' } }],
      edges: [
        ...graph.edges,
        { id: 'e2', source: 'b', target: 'a' },
        { id: 'e3', source: 'a', target: 'b' },
      ],
    };
    const result = graphToLogic(loop);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/loop/);
  });
});

describe('block paths', () => {
  it('name every block as the engine explain names its expression', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const when = canonicalWhen(randomWhen(prng(seed)));
      const graph = logicToGraph(when, { handoff: true });
      const result = graphToLogic(graph);
      if (!result.ok) throw new Error('not a rule');
      const explained = new Set<string>();
      const walk = (n: {
        path: string;
        args: readonly { path: string; args: readonly unknown[] }[];
      }) => {
        explained.add(n.path);
        n.args.forEach((a) => walk(a as typeof n));
      };
      walk(compile(when, { optimize: false }).explain(randomData(prng(seed))));
      for (const n of graph.nodes) {
        if (n.data.kind === 'outcome') continue;
        const path = result.paths[n.id]!;
        // Short-circuited parts are still in the tree, unevaluated.
        expect(explained.has(path), `seed ${seed}: ${path} in ${JSON.stringify(when)}`).toBe(true);
      }
    }
  });
});
