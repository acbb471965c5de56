import { changeChannel } from '../db/migrations';
import type { Db } from '../db/types';
import type { Logger } from '../log';
import { readChangeCounter } from '../store/changes';
import { listenWithRetry, type ListenerState, type RetryOptions } from './change-listener';

/** Options for {@link watchChanges}. */
export interface WatchOptions extends Pick<RetryOptions, 'initialDelayMs' | 'maxDelayMs'> {
  /** How often the change counter is read, the fallback when a notification is missed. */
  pollMs?: number;
  log?: Logger;
}

/** How this replica hears of changes, for `/readyz` and `/metrics`. */
export interface SyncState {
  listener: ListenerState;
  pollMs: number;
  /**
   * Changes this replica picked up, by the path that brought each first: a notification,
   * the poll, or the resync after the listener reconnected.
   */
  received: { notify: number; poll: number; recovery: number };
  /** Failed reads of the change counter since start. */
  pollErrors: number;
}

/** A running change watcher. */
export interface ChangeWatcher {
  state(): SyncState;
  stop(): Promise<void>;
}

const counterOf = (payload: string): number | undefined => {
  try {
    const n = (JSON.parse(payload) as { counter?: unknown }).counter;
    return typeof n === 'number' ? n : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Calls `onChange` when another replica (or this one) changes rulesets or keys: at once
 * on PostgreSQL's NOTIFY (the listener reopens itself when its connection drops), and
 * within `pollMs` by reading the shared change counter in case a notification was lost.
 *
 * @example
 * const watcher = await watchChanges(db, () => cache.clear(), { pollMs: 250 });
 * watcher.state().listener.status; // 'listening'
 * await watcher.stop();
 */
export const watchChanges = async (
  db: Db,
  onChange: () => void,
  { pollMs = 250, log, ...retry }: WatchOptions = {},
): Promise<ChangeWatcher> => {
  let last = await readChangeCounter(db);
  const received = { notify: 0, poll: 0, recovery: 0 };
  let pollErrors = 0;
  let stopped = false;

  // Notifications sent while the listener was away are lost: catch up on the counter once,
  // so the poll does not count what the recovery already handled.
  const resync = async () => {
    try {
      const now = await readChangeCounter(db);
      if (now === last) return;
      last = now;
      received.recovery++;
    } catch {
      // Unknown: assume something changed.
    }
    onChange();
  };

  const listener = listenWithRetry(
    db,
    changeChannel,
    (payload) => {
      const counter = counterOf(payload);
      // Counted once, by whichever path saw the new counter value first.
      if (counter === undefined || counter > last) received.notify++;
      if (counter !== undefined && counter > last) last = counter;
      onChange();
    },
    { log, onRecover: () => void resync(), ...retry },
  );
  await listener.ready;

  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    const before = last;
    readChangeCounter(db)
      .then((now) => {
        // A notification may have moved `last` while this read was out; any other
        // difference (including a counter that went back, as after a restore) is news.
        if (now !== before && now !== last) {
          last = now;
          received.poll++;
          onChange();
        }
      })
      .catch((error: unknown) => {
        pollErrors++;
        log?.warn('reading the change counter failed', { error: String(error) });
      })
      .finally(() => (busy = false));
  }, pollMs);
  timer.unref();

  return {
    state: () => ({ listener: listener.state(), pollMs, received: { ...received }, pollErrors }),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await listener.stop();
    },
  };
};
