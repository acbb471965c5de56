import { resolve } from 'node:path';
import { logLevels, type LogLevel } from './log';

/** Everything the service reads from its environment, checked. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  databaseSchema?: string;
  adminKey?: string;
  corsOrigins: string[];
  rateLimitPerMinute: number;
  /** Requests a minute from one address without a valid key before it is refused with 429. */
  authFailuresPerMinute: number;
  /** Proxies in front of the service whose `X-Forwarded-For` entries are trusted (0: none). */
  trustProxyHops: number;
  /** `redis://…`: keep rate-limit counters in Redis instead of the database. */
  redisUrl?: string;
  logLevel: LogLevel;
  /** How often replicas read the change counter (the fallback to NOTIFY). */
  syncPollMs: number;
  /** How long SIGTERM waits for requests in flight. */
  shutdownGraceMs: number;
  /** The built builder, served at `/` when it exists. */
  builderDir: string;
  /** A JSON file configuring the CRM `/v1/handoff` enriches from. */
  crmConfig?: string;
  /** Whether decisions are logged (`DECISION_LOG=off` turns it off). */
  decisionLog: boolean;
  /** Days a logged decision is kept. */
  decisionLogDays: number;
}

/** A setting the service cannot start with; names the variable and why. */
export class ConfigError extends Error {}

const int = (
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
  }
  return n;
};

/**
 * Reads the configuration from environment variables (see the README's "Rule service").
 *
 * @example
 * readConfig({ PORT: '9000' }).port; // 9000
 */
export const readConfig = (env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config => {
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!logLevels.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL="${env.LOG_LEVEL}" must be one of ${logLevels.join(', ')}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const databaseSchema = env.DATABASE_SCHEMA || undefined;
  if (databaseSchema && !/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    throw new ConfigError('DATABASE_SCHEMA must be 1-63 characters: a-z, 0-9 and "_"');
  }
  const adminKey = env.HANDOFF_ADMIN_KEY || undefined;
  if (adminKey && (adminKey.length < 24 || adminKey.length > 200 || /\s/.test(adminKey))) {
    throw new ConfigError(
      'HANDOFF_ADMIN_KEY must be 24 to 200 characters without spaces (use a long random string)',
    );
  }
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS entry "${origin}" must be "*" or an origin such as https://app.example.com`,
      );
    }
  }
  const decisionLog = (env.DECISION_LOG ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(decisionLog)) {
    throw new ConfigError(`DECISION_LOG="${env.DECISION_LOG}" must be "on" or "off"`);
  }
  return {
    port: int(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR || 'data'),
    databaseUrl,
    databaseSchema,
    adminKey,
    corsOrigins,
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 6000, 1, 100_000_000),
    authFailuresPerMinute: int(env, 'AUTH_FAILURES_PER_MINUTE', 60, 1, 1_000_000),
    trustProxyHops: int(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    redisUrl: env.REDIS_URL || undefined,
    logLevel,
    syncPollMs: int(env, 'SYNC_POLL_MS', 250, 20, 60_000),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    builderDir: resolve(cwd, env.BUILDER_DIR || 'builder/dist'),
    crmConfig: env.HANDOFF_CRM_CONFIG ? resolve(cwd, env.HANDOFF_CRM_CONFIG) : undefined,
    decisionLog: decisionLog === 'on',
    decisionLogDays: int(env, 'DECISION_LOG_DAYS', 30, 1, 3650),
  };
};
