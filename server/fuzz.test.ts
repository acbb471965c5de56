import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from './api/operation';
import { createApp } from './app';
import { createCoreEngine } from './engine/core-engine';
import { memoryLimiters } from './middleware/limiters';
import { testService } from './test/harness';
import { sampleInput, sampleRuleset } from './test/samples';

/** A small seeded generator, so a failure can be replayed. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const nasty = [
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
  '\u0000',
  '💥',
  'a'.repeat(300),
  '{{x}}',
  '../../etc',
];

/** If-Match values: missing, stale, weak, malformed, huge. */
const ifMatches = [
  '*',
  'W/"fuzz.r1"',
  '"fuzz.r1"',
  '"fuzz.r999999999"',
  '"fuzz.r99999999999999"',
  '"fuzz.r-1"',
  '"fuzz.r"',
  '"',
  '""',
  'W/',
  ',,,',
  '"fuzz.r1", *',
  '"__proto__.r1"',
  `"${'a'.repeat(5000)}"`,
  `${'"x",'.repeat(2000)}"y"`,
];

const randomValue = (rand: () => number, depth = 0): unknown => {
  const pick = Math.floor(rand() * (depth > 6 ? 6 : 10));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return rand() < 0.5;
    case 2:
      return [0, -1, 1e308, -1e-308, 2 ** 53 + 1, 3.14, 500, 1001][Math.floor(rand() * 8)];
    case 3:
      return nasty[Math.floor(rand() * nasty.length)];
    case 4:
      return 'x'.repeat(Math.floor(rand() * 20_000));
    case 5:
      return '2026-11-20T10:00:05Z';
    case 6:
    case 7:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(rand() * 5) }, () => [
          [
            ...nasty,
            'conversation',
            'messages',
            'rule',
            'ruleset',
            'data',
            'name',
            'scopes',
            'version',
            'role',
            'text',
          ][Math.floor(rand() * 20)]!,
          randomValue(rand, depth + 1),
        ]),
      );
  }
};

/** Replaces one random leaf of a valid body, so some inputs get past the first checks. */
const mutate = (value: unknown, rand: () => number): unknown => {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let i = 0; i < 6; i++) {
    const keys = Object.keys(node);
    if (!keys.length) break;
    const k = keys[Math.floor(rand() * keys.length)]!;
    const child = node[k];
    if (child && typeof child === 'object' && rand() < 0.7) node = child as Record<string, unknown>;
    else {
      node[k] = randomValue(rand);
      break;
    }
  }
  return copy;
};

const malformed = [
  '{',
  '{"a":1,}',
  'nul',
  '"unterminated',
  '[1,2',
  '\u0000',
  '{"__proto__":{"admin":true}}',
  `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`,
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 10) }),
];

describe('fuzz: every endpoint refuses bad input with a 4xx JSON error', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  let operations: Operation[];
  let version: string;
  beforeAll(async () => {
    // Bad keys and thousands of requests are sent on purpose here; the limits have their own
    // tests (server/middleware/rate-limit.test.ts, routes/keys.test.ts), so they are set out of the way.
    s = await testService({
      engine: createCoreEngine(),
      app: {
        limiters: memoryLimiters({ authFailuresPerMinute: 1_000_000 }),
        rateLimitPerMinute: 1_000_000,
      },
    });
    operations = createApp(s.deps).operations;
    await s.call('POST', '/v1/rulesets', { body: { ruleset: sampleRuleset('fuzz') } });
    const published = await s.call('POST', '/v1/rulesets/fuzz/publish', {
      headers: { 'if-match': await s.etag('fuzz') },
    });
    version = (await published.json()).version.version;
  });
  afterAll(() => s.close());

  const validBodies = (op: Operation): unknown[] => {
    if (op.path.startsWith('/v1/rulesets/{id}/replay')) return [{ conversations: [sampleInput()] }];
    if (op.path.includes('rulesets')) return [{ ruleset: sampleRuleset('fuzz') }, { version }];
    if (op.path.includes('keys')) return [{ name: 'k', scopes: ['edit'] }];
    if (op.path.includes('evaluate')) return [{ rule: { '>': [{ var: 'a' }, 1] }, data: { a: 2 } }];
    return [sampleInput()];
  };
  const fillPath = (path: string, rand: () => number) =>
    path
      .replace(
        '{id}',
        rand() < 0.8 ? 'fuzz' : encodeURIComponent(nasty[Math.floor(rand() * nasty.length)]!),
      )
      .replace('{version}', rand() < 0.7 ? version : 'zz');

  it('never answers 5xx, and every refusal is a JSON error with a code', async () => {
    const rand = prng(20261125);
    const seen = new Map<string, number>();
    const check = async (op: Operation, res: Response, what: string) => {
      const label = `${op.method.toUpperCase()} ${op.path} with ${what}`;
      expect(res.status, label).toBeLessThan(500);
      seen.set(op.id, (seen.get(op.id) ?? 0) + 1);
      if (res.status >= 400) {
        const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
        expect(typeof body.error?.code, label).toBe('string');
        expect(typeof body.error?.message, label).toBe('string');
      } else await res.arrayBuffer();
    };
    for (const op of operations) {
      if (op.id === 'revokeKey') continue; // would revoke the fuzzing key itself
      const method = op.method.toUpperCase();
      const bodies: [string, string][] = [];
      if (op.body || method === 'POST' || method === 'PUT') {
        for (const text of malformed) bodies.push(['malformed JSON', text]);
        for (let i = 0; i < 25; i++)
          bodies.push(['a random value', JSON.stringify(randomValue(rand)) ?? 'null']);
        for (const valid of validBodies(op)) {
          bodies.push(['a valid body', JSON.stringify(valid)]);
          bodies.push([
            'a valid body with an unknown field',
            JSON.stringify({ ...(valid as object), zzz: [1, { __proto__: 1 }] }),
          ]);
          for (let i = 0; i < 15; i++)
            bodies.push(['a mutated body', JSON.stringify(mutate(valid, rand))]);
        }
      } else {
        for (let i = 0; i < 10; i++) bodies.push(['no body', '']);
      }
      for (const [what, text] of bodies) {
        const query =
          rand() < 0.5
            ? `?ruleset=${encodeURIComponent(String(randomValue(rand)))}&from=${rand() < 0.5 ? 'draft' : 'x'}&to=${version}`
            : '';
        const pickIfMatch = rand();
        const ifMatch =
          pickIfMatch < 0.3
            ? undefined
            : pickIfMatch < 0.6
              ? await s.etag('fuzz')
              : ifMatches[Math.floor(rand() * ifMatches.length)]!;
        const res = await s.app.request(fillPath(op.path, rand) + query, {
          method,
          headers: {
            authorization: `Bearer ${s.admin}`,
            'content-type': rand() < 0.9 ? 'application/json' : 'text/plain',
            ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
          },
          body: method === 'GET' || text === '' ? undefined : text,
        });
        await check(op, res, what);
      }
      // Wrong keys and malformed authorization headers.
      for (const auth of [
        '',
        'Bearer',
        'Bearer  ',
        'Basic abc',
        `Bearer ${'k'.repeat(5000)}`,
        'Bearer hk_\u00ff',
      ]) {
        const res = await s.app.request(fillPath(op.path, rand), {
          method,
          headers: { authorization: auth },
        });
        await check(op, res, `authorization "${auth.slice(0, 20)}"`);
      }
    }
    expect(seen.size).toBe(operations.length - 1);
  }, 120_000);
});
