/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The one storage interface the service uses, implemented over embedded PGlite and over
 * PostgreSQL with the same SQL.
 */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: everything it wrote commits together or not at all. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onMessage` for every NOTIFY on `channel`; resolves to an unsubscribe function.
   * When the subscription is lost (its connection dropped), `onEnd` is called once and no
   * more messages come: subscribe again to resume.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onEnd?: (error: Error) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
