import type { Engine } from '../engine';
import type { KeyResolver } from '../auth/key-resolver';
import type { Db } from '../db/types';
import type { DecisionLog } from '../decisions/decision-log';
import type { Logger } from '../log';
import type { ServiceMetrics } from '../metrics/service-metrics';
import type { PublishedCache } from '../sync/published-cache';
import type { ChangeWatcher } from '../sync/watch-changes';

/** What the routes work with; the app is built from these and nothing global. */
export interface Deps {
  db: Db;
  log: Logger;
  metrics: ServiceMetrics;
  keys: KeyResolver;
  engine: Engine;
  published: PublishedCache<unknown>;
  /** How this replica hears of changes made through the others; `/readyz` shows it. */
  changes: Pick<ChangeWatcher, 'state'>;
  /** False while starting and once shutting down; `/readyz` reports it. */
  readiness: { ready: boolean };
  version: string;
  /** Where decisions are logged; absent with `DECISION_LOG=off`. */
  decisions?: DecisionLog;
}
