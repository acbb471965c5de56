import type { Client } from 'pg';

/** Options for {@link listenOn}. */
export interface ListenOptions {
  /**
   * How often the idle listening connection is asked `select 1`. A connection that a
   * network fault cut without a word would otherwise look alive for as long as TCP takes
   * to notice (many minutes); a ping that is still unanswered one interval later ends it.
   */
  heartbeatMs?: number;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Runs `LISTEN channel` on a dedicated connection and reports every notification. When
 * the connection ends for any reason other than `stop()` (the server terminated it, the
 * network failed, a heartbeat went unanswered), `onEnd` is called once with the cause;
 * reconnecting is the caller's decision.
 *
 * @example
 * const stop = await listenOn(new Client(url), 'handoff_changes', console.log, (e) => retry(e));
 * await stop();
 */
export const listenOn = async (
  client: Client,
  channel: string,
  onMessage: (payload: string) => void,
  onEnd: (error: Error) => void,
  { heartbeatMs = 10_000 }: ListenOptions = {},
): Promise<() => Promise<void>> => {
  let stopping = false;
  let live = false;
  let ended = false;
  let cause: Error | undefined;
  let timer: NodeJS.Timeout | undefined;
  const finish = () => {
    if (ended) return;
    ended = true;
    clearInterval(timer);
    if (live && !stopping) onEnd(cause ?? new Error('the listening connection closed'));
  };
  // An error on an idle client (pg_terminate_backend, a reset) is followed by 'end'.
  client.on('error', (error) => (cause ??= error));
  client.on('end', finish);
  client.on('notification', (n) => {
    if (n.channel === channel) onMessage(n.payload ?? '');
  });
  try {
    await client.connect();
    await client.query(`listen ${quoteIdent(channel)}`);
    live = true;
  } catch (error) {
    stopping = true;
    await client.end().catch(() => undefined);
    throw error;
  }

  let pingSince: number | undefined;
  timer = setInterval(() => {
    if (pingSince !== undefined) {
      if (Date.now() - pingSince < heartbeatMs) return;
      cause ??= new Error(`the listening connection did not answer a ping in ${heartbeatMs} ms`);
      // end() would wait for a server that no longer answers; dropping the socket does not.
      client.connection.stream.destroy();
      finish();
      return;
    }
    pingSince = Date.now();
    client.query('select 1').then(
      () => (pingSince = undefined),
      (error: Error) => (cause ??= error),
    );
  }, heartbeatMs);
  timer.unref();

  return async () => {
    stopping = true;
    clearInterval(timer);
    await client.end().catch(() => undefined);
  };
};
