import type { SyncState } from '../sync/watch-changes';
import { Gauge, ObservedCounter, type Registry } from './registry';

/**
 * Adds the change watcher's metrics: whether LISTEN is up, how often it dropped and came
 * back, and by which path (notification or poll) this replica heard of each change.
 *
 * @example
 * addSyncMetrics(metrics.registry, () => watcher.state());
 * // handoff_change_listener_up 1
 */
export const addSyncMetrics = (registry: Registry, state: () => SyncState): void => {
  registry.add(
    new Gauge(
      'handoff_change_listener_up',
      'Whether this replica is listening for change notifications (1) or reconnecting (0).',
      () => [{ value: state().listener.status === 'listening' ? 1 : 0 }],
    ),
  );
  registry.add(
    new ObservedCounter(
      'handoff_change_listener_drops_total',
      'Times the change listener lost its database connection.',
      () => [{ value: state().listener.drops }],
    ),
  );
  registry.add(
    new ObservedCounter(
      'handoff_change_listener_recoveries_total',
      'Times the change listener reconnected and listened again.',
      () => [{ value: state().listener.recoveries }],
    ),
  );
  registry.add(
    new ObservedCounter(
      'handoff_changes_received_total',
      'Ruleset and key changes this replica picked up, by the path that brought each first (notify, poll, or the resync after a reconnect).',
      () => {
        const { received } = state();
        return [
          { labels: { via: 'notify' }, value: received.notify },
          { labels: { via: 'poll' }, value: received.poll },
          { labels: { via: 'recovery' }, value: received.recovery },
        ];
      },
    ),
  );
  registry.add(
    new ObservedCounter(
      'handoff_change_poll_errors_total',
      'Failed reads of the shared change counter.',
      () => [{ value: state().pollErrors }],
    ),
  );
};
