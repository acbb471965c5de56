import { changeChannel } from '../db/migrations';
import type { Db } from '../db/types';
import type { Logger } from '../log';
import { readChangeCounter } from '../store/changes';

/** Options for {@link watchChanges}. */
export interface WatchOptions {
  /** How often the change counter is read, the fallback when a notification is missed. */
  pollMs?: number;
  log?: Logger;
}

/**
 * Calls `onChange` when another replica (or this one) changes rulesets or keys: at once
 * on PostgreSQL's NOTIFY, and within `pollMs` by reading the shared change counter in
 * case a notification was lost (a dropped listener connection, say).
 *
 * @example
 * const stop = await watchChanges(db, () => cache.clear(), { pollMs: 250 });
 * await stop();
 */
export const watchChanges = async (
  db: Db,
  onChange: () => void,
  { pollMs = 250, log }: WatchOptions = {},
): Promise<() => Promise<void>> => {
  let last = await readChangeCounter(db);
  let stopped = false;
  let unlisten: (() => Promise<void>) | undefined;
  try {
    unlisten = await db.listen(changeChannel, () => onChange());
  } catch (error) {
    log?.warn('change notifications unavailable; polling only', { error: String(error) });
  }
  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    readChangeCounter(db)
      .then((now) => {
        if (now !== last) {
          last = now;
          onChange();
        }
      })
      .catch((error: unknown) =>
        log?.warn('reading the change counter failed', { error: String(error) }),
      )
      .finally(() => (busy = false));
  }, pollMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await unlisten?.().catch(() => undefined);
  };
};
