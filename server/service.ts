import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ensureAdminKey } from './auth/bootstrap';
import { createKeyResolver } from './auth/key-resolver';
import type { Config } from './config';
import { migrate } from './db/migrations';
import { openDb } from './db/open';
import { Redis } from 'ioredis';
import { createDecisionLog } from './decisions/decision-log';
import { createCoreEngine } from './engine/core-engine';
import { loadCrm } from './engine/crm';
import type { Logger } from './log';
import { createLimiters } from './middleware/limiters';
import { createServiceMetrics } from './metrics/service-metrics';
import { addSyncMetrics } from './metrics/sync-metrics';
import { addQualityMetrics } from './decisions/quality-metrics';
import { allRulesetQuality } from './routes/quality';
import type { Deps } from './routes/deps';
import { createPublishedCache } from './sync/published-cache';
import { watchChanges } from './sync/watch-changes';

/** A running service. */
export interface RunningService {
  url: string;
  /** The admin key generated on a new installation; shown once. */
  generatedAdminKey?: string;
  /** Stops taking requests, lets those in flight finish (up to the grace period), closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database, migrates it, makes sure there is an admin key, and serves the API.
 *
 * @example
 * const svc = await startService(readConfig(), createLogger());
 * console.log(svc.url); // http://localhost:8080
 */
export const startService = async (
  config: Config,
  log: Logger,
  version = '0.0.0',
): Promise<RunningService> => {
  // The CRM file is checked first: a bad one stops the start before anything is opened.
  const engine = createCoreEngine({
    crm: config.crmConfig ? loadCrm(config.crmConfig) : undefined,
  });
  const db = await openDb({
    databaseUrl: config.databaseUrl,
    databaseSchema: config.databaseSchema,
    dataDir: config.dataDir,
  });
  const applied = await migrate(db);
  if (applied.length) log.info('database migrated', { applied, database: db.kind });
  const { generated } = await ensureAdminKey(db, config.adminKey, log);
  const keys = createKeyResolver(db);
  const published = createPublishedCache(db, (r) => engine.prepare(r));
  const readiness = { ready: false };
  const watcher = await watchChanges(
    db,
    () => {
      keys.clear();
      published.clear();
    },
    { pollMs: config.syncPollMs, log },
  );
  const metrics = createServiceMetrics();
  addSyncMetrics(metrics.registry, () => watcher.state());
  const deps: Deps = {
    db,
    log,
    metrics,
    keys,
    engine,
    published,
    changes: watcher,
    readiness,
    version,
    decisions: config.decisionLog
      ? createDecisionLog({ db, log, retentionDays: config.decisionLogDays })
      : undefined,
  };
  if (deps.decisions)
    addQualityMetrics(metrics.registry, deps.decisions, () => allRulesetQuality(deps));
  // Whatever outlived the retention while the service was down goes now.
  await deps.decisions?.prune();
  // Rate limits count in Redis, else in PostgreSQL, so they hold across replicas.
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false })
    : undefined;
  if (redis) {
    redis.on('error', (error: Error) => log.warn('redis error', { error: error.message }));
    await redis.connect();
  }
  const limiters = await createLimiters({
    db,
    redis,
    authFailuresPerMinute: config.authFailuresPerMinute,
  });
  log.info('rate limits counted', { store: limiters.store });
  const { app } = createApp(deps, {
    corsOrigins: config.corsOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    limiters,
    trustProxyHops: config.trustProxyHops,
    builderDir: config.builderDir,
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
  readiness.ready = true;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      readiness.ready = false;
      const httpServer = server as import('node:http').Server;
      const done = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections?.();
      const grace = new Promise<void>((resolve) =>
        setTimeout(resolve, config.shutdownGraceMs).unref(),
      );
      await Promise.race([done, grace]);
      httpServer.closeAllConnections?.();
      await watcher.stop();
      await deps.decisions?.close();
      redis?.disconnect();
      await db.close();
    })());
  return { url, generatedAdminKey: generated, close };
};
