import type { Db } from '../db/types';
import type { Logger } from '../log';

/** What the listener is doing now, for `/readyz` and `/metrics`. */
export interface ListenerState {
  /** `listening`: LISTEN is active; `reconnecting`: it was lost and is being reopened. */
  status: 'listening' | 'reconnecting' | 'stopped';
  /** When the status last changed. */
  since: string;
  /** How often the LISTEN connection was lost since start. */
  drops: number;
  /** How often it was reopened since start. */
  recoveries: number;
  /** Failed attempts to reopen it since the last loss. */
  attempts: number;
  /** Why it was last lost, or why the last attempt failed. */
  lastError: string | null;
}

/** Options for {@link listenWithRetry}. */
export interface RetryOptions {
  log?: Logger;
  /** The first wait before reopening; it doubles on every failure up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Told once the listener is back, since notifications sent meanwhile were lost. */
  onRecover?: () => void;
}

/** A listener that reopens itself. */
export interface ResilientListener {
  state(): ListenerState;
  stop(): Promise<void>;
}

/**
 * Listens on `channel` and keeps listening: when the connection is lost it logs the drop,
 * reopens it with exponential backoff (with jitter, so replicas do not reconnect in step),
 * issues LISTEN again, logs the recovery and calls `onRecover`. A first attempt that fails
 * is retried the same way.
 *
 * @example
 * const l = listenWithRetry(db, 'handoff_changes', onPayload, { log, onRecover: resync });
 * l.state().status; // 'listening'
 */
export const listenWithRetry = (
  db: Db,
  channel: string,
  onMessage: (payload: string) => void,
  { log, initialDelayMs = 100, maxDelayMs = 5_000, onRecover }: RetryOptions = {},
): ResilientListener & { ready: Promise<void> } => {
  const state: ListenerState = {
    status: 'reconnecting',
    since: new Date().toISOString(),
    drops: 0,
    recoveries: 0,
    attempts: 0,
    lastError: null,
  };
  let unlisten: (() => Promise<void>) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let droppedAt: number | undefined;
  const set = (status: ListenerState['status']) => {
    state.status = status;
    state.since = new Date().toISOString();
  };

  const schedule = () => {
    const base = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(state.attempts, 20));
    timer = setTimeout(() => void open(), base * (0.8 + Math.random() * 0.4));
    timer.unref();
  };
  const lost = (error: Error) => {
    if (state.status === 'stopped') return;
    unlisten = undefined;
    state.drops++;
    state.attempts = 0;
    state.lastError = error.message;
    droppedAt = Date.now();
    set('reconnecting');
    log?.warn(
      'change listener dropped; reconnecting (replicas poll the change counter meanwhile)',
      {
        channel,
        error: error.message,
        drops: state.drops,
      },
    );
    schedule();
  };
  const open = async (): Promise<void> => {
    try {
      const stop = await db.listen(channel, onMessage, lost);
      if (state.status === 'stopped') return void (await stop());
      unlisten = stop;
      const recovered = droppedAt !== undefined;
      if (recovered) {
        state.recoveries++;
        log?.info('change listener recovered', {
          channel,
          downMs: Date.now() - droppedAt!,
          attempts: state.attempts + 1,
        });
        droppedAt = undefined;
      }
      state.attempts = 0;
      set('listening');
      if (recovered) onRecover?.();
    } catch (error) {
      if (state.status === 'stopped') return;
      state.attempts++;
      state.lastError = (error as Error).message;
      droppedAt ??= Date.now();
      log?.warn('change listener could not (re)connect; retrying', {
        channel,
        error: state.lastError,
        attempts: state.attempts,
      });
      schedule();
    }
  };

  return {
    ready: open(),
    state: () => ({ ...state }),
    async stop() {
      set('stopped');
      clearTimeout(timer);
      await unlisten?.().catch(() => undefined);
    },
  };
};
