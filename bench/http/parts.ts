/**
 * `npx tsx bench/http/parts.ts`: the fixed cost of each part of the rule service's request
 * path, measured in this process without sockets, so the parts can be compared with each
 * other and with the whole (`app.request('/v1/rules/evaluate')`). Prints the median of 7
 * rounds in microseconds per call. The HTTP server's own work (parsing, writing) is not
 * here: `bench/http/run.ts` measures it end to end.
 */
import { validate } from '../../core';
import { EvaluateBody } from '../../server/api/schemas';
import { createApp } from '../../server/app';
import { createKeyResolver } from '../../server/auth/key-resolver';
import { hashSecret, newSecret } from '../../server/auth/secrets';
import { migrate } from '../../server/db/migrations';
import { openPglite } from '../../server/db/pglite';
import { createCoreEngine } from '../../server/engine/core-engine';
import { createLogger } from '../../server/log';
import { createServiceMetrics } from '../../server/metrics/service-metrics';
import { memoryLimiters } from '../../server/middleware/limiters';
import { nestsDeeperThan } from '../../server/middleware/json-body';
import type { Deps } from '../../server/routes/deps';
import { insertKey } from '../../server/store/keys';
import { createPublishedCache } from '../../server/sync/published-cache';
import { evaluateBody } from './payloads';

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Microseconds per call of `fn`, the median of 7 rounds of `n` calls (after a warm-up). */
const time = async (n: number, fn: () => unknown): Promise<number> => {
  for (let i = 0; i < n; i++) await fn();
  const rounds: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await fn();
    rounds.push(Number(process.hrtime.bigint() - t) / n / 1000);
  }
  return median(rounds);
};

const main = async () => {
  const db = await openPglite();
  await migrate(db);
  const secret = newSecret();
  await insertKey(db, {
    id: 'key_bench',
    name: 'bench',
    hash: hashSecret(secret),
    scopes: ['evaluate'],
    rateLimitPerMinute: 100_000_000,
    by: 'bench',
  });
  const engine = createCoreEngine();
  const lines: string[] = [];
  const log = createLogger({
    level: 'info',
    write: (l) => void (lines.push(l) > 1000 && (lines.length = 0)),
  });
  const metrics = createServiceMetrics();
  const keys = createKeyResolver(db);
  const limiters = memoryLimiters();
  const deps = {
    db,
    engine,
    log,
    metrics,
    keys,
    published: createPublishedCache(db, (r) => engine.prepare(r)),
    changes: { state: () => ({}) },
    readiness: { ready: true },
    version: 'bench',
  } as unknown as Deps;
  const { app } = createApp(deps, { limiters });
  const text = JSON.stringify(evaluateBody);
  const body = JSON.parse(text) as unknown;
  const access = {
    requestId: 'abc-1',
    method: 'POST',
    path: '/v1/rules/evaluate',
    route: '/v1/rules/evaluate',
    status: 200,
    ms: 0.31,
    keyId: 'key_bench',
  };
  await keys.resolve(secret);
  const request = () =>
    app.request('/v1/rules/evaluate', {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: text,
    });
  const first = await request();
  if (first.status !== 200)
    throw new Error(`evaluate answered ${first.status}: ${await first.text()}`);

  const parts: [string, number, () => unknown][] = [
    ['key check (cached key)', 200_000, () => keys.resolve(secret)],
    ['address check (not blocked)', 1_000_000, () => limiters.address.blockedMs('127.0.0.1')],
    ['rate limit (memory store)', 100_000, () => limiters.key(100_000_000).take('key_bench')],
    ['JSON parse + depth check', 100_000, () => nestsDeeperThan(JSON.parse(text), 64)],
    ['validation (zod, EvaluateBody)', 100_000, () => validate(EvaluateBody, body)],
    [
      'validation as the route runs it (@hono/zod-openapi: parse again, safeParseAsync)',
      100_000,
      () => EvaluateBody.safeParseAsync(JSON.parse(text)),
    ],
    [
      'metrics (count + latency)',
      1_000_000,
      () => metrics.countRequest('POST', '/v1/rules/evaluate', 200, 0.0003),
    ],
    ['access log line (pino, redacted)', 100_000, () => log.info('request', access)],
    [
      'the rule itself (cached compile)',
      100_000,
      () => engine.evaluateRule(evaluateBody.rule, evaluateBody.data, false),
    ],
    ['whole request, in process (app.request)', 20_000, async () => (await request()).text()],
  ];
  process.stdout.write('| part | µs per call |\n| --- | ---: |\n');
  for (const [name, n, fn] of parts)
    process.stdout.write(`| ${name} | ${(await time(n, fn)).toFixed(2)} |\n`);
  await db.close();
};

main().catch((error: unknown) => {
  process.stderr.write(`bench parts failed: ${String(error)}\n`);
  process.exit(1);
});
