import { createApp, type AppOptions } from '../app';
import { createKeyResolver } from '../auth/key-resolver';
import { hashSecret, newSecret } from '../auth/secrets';
import { migrate } from '../db/migrations';
import { openPglite } from '../db/pglite';
import type { Db } from '../db/types';
import { createDecisionLog, type DecisionLogOptions } from '../decisions/decision-log';
import type { Engine } from '../engine';
import { createLogger } from '../log';
import { createServiceMetrics } from '../metrics/service-metrics';
import { addSyncMetrics } from '../metrics/sync-metrics';
import { addQualityMetrics } from '../decisions/quality-metrics';
import { allRulesetQuality } from '../routes/quality';
import type { Deps } from '../routes/deps';
import { insertKey, type Scope } from '../store/keys';
import { createPublishedCache } from '../sync/published-cache';
import { watchChanges } from '../sync/watch-changes';

/** A response whose JSON tests read freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

/** A service on an in-memory database, driven with `app.request()`. */
export const testService = async ({
  engine,
  db,
  app: appOptions = {},
  write,
  decisionLog = {},
}: {
  engine: Engine;
  db?: Db;
  app?: AppOptions;
  /** Receives every log line as written (the default parses them into `logged`). */
  write?: (line: string) => void;
  /** Options of the decision log; `false` turns it off. */
  decisionLog?: Partial<DecisionLogOptions> | false;
}) => {
  db ??= await openPglite();
  await migrate(db);
  const logged: Record<string, unknown>[] = [];
  const log = createLogger({
    level: write ? 'debug' : 'info',
    write: write ?? ((line) => void logged.push(JSON.parse(line))),
  });
  const keys = createKeyResolver(db);
  const published = createPublishedCache(db, (r) => engine.prepare(r));
  const changes = await watchChanges(
    db,
    () => {
      keys.clear();
      published.clear();
    },
    { log },
  );
  const metrics = createServiceMetrics();
  addSyncMetrics(metrics.registry, () => changes.state());
  const deps: Deps = {
    db,
    engine,
    log,
    metrics,
    keys,
    published,
    changes,
    readiness: { ready: true },
    version: 'test',
    decisions: decisionLog === false ? undefined : createDecisionLog({ db, log, ...decisionLog }),
  };
  if (deps.decisions)
    addQualityMetrics(metrics.registry, deps.decisions, () => allRulesetQuality(deps));
  const { app } = createApp(deps, appOptions);
  let n = 0;
  const makeKey = async (scopes: Scope[], rateLimitPerMinute?: number) => {
    const secret = newSecret();
    await insertKey(db, {
      id: `key_t${++n}`,
      name: 'test',
      hash: hashSecret(secret),
      scopes,
      rateLimitPerMinute,
      by: 'test',
    });
    return secret;
  };
  const admin = await makeKey(['admin']);
  /** A JSON request with a key; the response's JSON is untyped, as a client sees it. */
  const call = (
    method: string,
    path: string,
    {
      key = admin,
      body,
      headers = {},
    }: { key?: string | null; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    app.request(path, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }) as Promise<TestResponse>;
  /** The ETag a client reads before changing ruleset `id`. */
  const etag = async (id: string): Promise<string> => {
    const res = await call('GET', `/v1/rulesets/${id}`);
    if (!res.ok) throw new Error(`GET /v1/rulesets/${id} answered ${res.status}`);
    return res.headers.get('etag')!;
  };
  const close = async () => {
    await deps.decisions?.close();
    await changes.stop();
    await db!.close();
  };
  return { app, db, deps, admin, makeKey, call, etag, logged, close };
};
