import { Counter, Gauge, type Registry } from 'prom-client';
import type { SyncState } from '../sync/watch-changes';

/** A counter whose total is kept by the watcher and read when scraped. */
const observedCounter = (
  registry: Registry,
  name: string,
  help: string,
  read: () => number,
): void => {
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
};

/**
 * Adds the change watcher's metrics: whether LISTEN is up, how often it dropped and came
 * back, and by which path (notification or poll) this replica heard of each change.
 *
 * @example
 * addSyncMetrics(metrics.registry, () => watcher.state());
 * // handoff_change_listener_up 1
 */
export const addSyncMetrics = (registry: Registry, state: () => SyncState): void => {
  new Gauge({
    name: 'handoff_change_listener_up',
    help: 'Whether this replica is listening for change notifications (1) or reconnecting (0).',
    registers: [registry],
    collect() {
      this.set(state().listener.status === 'listening' ? 1 : 0);
    },
  });
  observedCounter(
    registry,
    'handoff_change_listener_drops_total',
    'Times the change listener lost its database connection.',
    () => state().listener.drops,
  );
  observedCounter(
    registry,
    'handoff_change_listener_recoveries_total',
    'Times the change listener reconnected and listened again.',
    () => state().listener.recoveries,
  );
  new Counter({
    name: 'handoff_changes_received_total',
    help: 'Ruleset and key changes this replica picked up, by the path that brought each first (notify, poll, or the resync after a reconnect).',
    labelNames: ['via'] as const,
    registers: [registry],
    collect() {
      const { received } = state();
      this.reset();
      this.labels('notify').inc(received.notify);
      this.labels('poll').inc(received.poll);
      this.labels('recovery').inc(received.recovery);
    },
  });
  observedCounter(
    registry,
    'handoff_change_poll_errors_total',
    'Failed reads of the shared change counter.',
    () => state().pollErrors,
  );
};
