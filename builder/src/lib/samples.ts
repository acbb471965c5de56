import { reasonCodes, ruleFields, type Ruleset } from '../../../core';
import { languageField, logicToGraph } from './graph';

const strengths = [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1];
const numbers = [0, 1, 2, 3, 5, 10, 20, 21, 30, 60, 1000, 50000, 200000];

const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const setPath = (root: Record<string, unknown>, path: string, value: unknown) => {
  const parts = path.split('.');
  let at = root;
  for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
  at[parts.at(-1)!] = value;
};

/** Words lists kept for one language: a sample can only meet them in that language. */
const languageWords = (ruleset: Ruleset) =>
  ruleset.rules.flatMap((rule) =>
    logicToGraph(rule.when, rule.then).nodes.flatMap((n) =>
      n.data.kind === 'words'
        ? Object.entries(n.data.byLanguage ?? {}).flatMap(([language, terms]) =>
            (terms ?? []).map((term) => ({
              field: (n.data as { field: string }).field,
              language,
              term,
            })),
          )
        : [],
    ),
  );

/** Values the ruleset itself compares fields with, so samples can meet them (and miss them by one). */
const literalsByField = (ruleset: Ruleset): Map<string, unknown[]> => {
  const out = new Map<string, unknown[]>();
  const add = (field: string, v: unknown) => out.set(field, [...(out.get(field) ?? []), v]);
  for (const rule of ruleset.rules) {
    for (const n of logicToGraph(rule.when, rule.then).nodes) {
      const b = n.data;
      if (b.kind === 'compare') {
        for (const v of Array.isArray(b.value) ? b.value : [b.value]) {
          add(b.field, v);
          // Every number field rules see is 0 or more.
          if (typeof v === 'number')
            [v - 1, v + 1].filter((x) => x >= 0).forEach((x) => add(b.field, x));
        }
      } else if (b.kind === 'words')
        [...b.terms, ...Object.values(b.byLanguage ?? {}).flat()].forEach((t) =>
          add(b.field, `about ${t} here`),
        );
    }
  }
  return out;
};

/**
 * Varied rule data for checking rules without conversations: every signal absent, present and
 * at several strengths, every field of the catalogue at typical values and at the values the
 * ruleset compares it with. Seeded, so the same ruleset gives the same samples.
 */
export const ruleSamples = (ruleset: Ruleset, count = 64): Record<string, unknown>[] => {
  const r = prng(count);
  const literals = literalsByField(ruleset);
  const inLanguage = languageWords(ruleset);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const samples: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const signals: Record<string, unknown> = {};
    for (const code of reasonCodes) {
      const present = i === 0 ? true : i === 1 ? false : r() < 0.4;
      if (present) signals[code] = { strength: i === 0 ? 1 : pick(strengths), evidence: [] };
    }
    const data: Record<string, unknown> = {
      signals,
      customer: {},
      conversation: { messages: [] },
      session: {},
      context: {},
      now: '2026-11-20T10:30:00Z',
    };
    for (const f of ruleFields) {
      const mined = literals.get(f.path) ?? [];
      const pool: readonly unknown[] =
        f.type === 'boolean'
          ? [true, false]
          : f.type === 'number'
            ? [...numbers, ...mined]
            : [...(f.values ?? []), ...mined, 'other'];
      if (f.type !== 'boolean' && f.group !== 'session' && r() < 0.15) continue; // optional fields are sometimes absent
      setPath(data, f.path, pick(pool));
    }
    for (const [field, values] of literals)
      if (!ruleFields.some((f) => f.path === field) && r() < 0.7)
        setPath(data, field, pick(values));
    // Every fourth sample speaks one of the per-language word lists in its own language.
    if (inLanguage.length && i % 4 === 3) {
      const w = pick(inLanguage);
      setPath(data, w.field, `about ${w.term} here`);
      setPath(data, languageField, w.language);
    }
    samples.push(data);
  }
  return samples;
};
