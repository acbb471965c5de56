import { changeChannel } from '../db/migrations';
import type { Queryable } from '../db/types';

/** What changed, as other replicas hear it. */
export type ChangeKind = 'ruleset' | 'key';

/**
 * Records a change inside the writing transaction: bumps the shared change counter (the
 * replicas' polling fallback) and sends a NOTIFY, which PostgreSQL delivers on commit.
 */
export const recordChange = async (
  tx: Queryable,
  kind: ChangeKind,
  id: string,
): Promise<number> => {
  const [row] = await tx.query<{ value: number }>(
    `update service_state set value = value + 1 where name = 'changes' returning value`,
  );
  // The counter rides along, so a replica that hears this knows its poll has nothing to add.
  await tx.query('select pg_notify($1, $2)', [
    changeChannel,
    JSON.stringify({ kind, id, counter: row!.value }),
  ]);
  return row!.value;
};

/** The current value of the change counter; a replica that sees it move drops its caches. */
export const readChangeCounter = async (db: Queryable): Promise<number> => {
  const [row] = await db.query<{ value: number }>(
    `select value from service_state where name = 'changes'`,
  );
  return row?.value ?? 0;
};

/** Timestamps leave the store as ISO 8601 strings. */
export const iso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

/** A nullable timestamp. */
export const isoOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : iso(value);
