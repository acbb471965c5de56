import type { Queryable } from '../db/types';
import { verdicts, type Verdict } from '../../core';
import { iso } from './changes';

export { verdicts, type Verdict };

/** Said by a person (through the API) or inferred by the service from what came next. */
export type VerdictSource = 'explicit' | 'implicit';

/** One author's verdict on one decision. */
export interface VerdictRecord {
  decisionId: string;
  author: string;
  source: VerdictSource;
  verdict: Verdict;
  note: string | null;
  at: string;
}

type Row = Record<string, unknown>;
const verdictFrom = (r: Row): VerdictRecord => ({
  decisionId: r.decision_id as string,
  author: r.author as string,
  source: r.source as VerdictSource,
  verdict: r.verdict as Verdict,
  note: (r.note as string | null) ?? null,
  at: iso(r.at),
});

/**
 * Records a verdict: one per decision and author, so saying it again replaces the earlier
 * one (idempotent), and the latest is what counts. Returns whether it was new.
 *
 * @example
 * await putVerdict(db, { decisionId, author: 'maria', source: 'explicit', verdict: 'needed' });
 */
export const putVerdict = async (
  db: Queryable,
  v: Omit<VerdictRecord, 'at' | 'note'> & { note?: string | null; at?: string },
): Promise<{ verdict: VerdictRecord; created: boolean }> => {
  const [row] = await db.query<Row & { created: boolean }>(
    `insert into decision_verdicts (decision_id, author, source, verdict, note, at)
     values ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now()))
     on conflict (decision_id, author) do update
       set source = excluded.source, verdict = excluded.verdict, note = excluded.note, at = excluded.at
     returning decision_id, author, source, verdict, note, at, (xmax = 0) as created`,
    [v.decisionId, v.author, v.source, v.verdict, v.note ?? null, v.at ?? null],
  );
  return { verdict: verdictFrom(row!), created: Boolean(row!.created) };
};

/** Every verdict on these decisions, oldest first. */
export const verdictsFor = async (
  db: Queryable,
  decisionIds: string[],
): Promise<VerdictRecord[]> =>
  decisionIds.length
    ? (
        await db.query<Row>(
          `select decision_id, author, source, verdict, note, at from decision_verdicts
           where decision_id = any($1::text[]) order by at, author`,
          [decisionIds],
        )
      ).map(verdictFrom)
    : [];

/** Verdicts on decisions of a ruleset made in a window, oldest first. */
export const verdictsInWindow = async (
  db: Queryable,
  q: { rulesetId: string; from: string; to: string },
): Promise<VerdictRecord[]> =>
  (
    await db.query<Row>(
      `select v.decision_id, v.author, v.source, v.verdict, v.note, v.at
       from decision_verdicts v join decisions d on d.id = v.decision_id
       where d.ruleset_id = $1 and d.at >= $2 and d.at < $3 order by v.at, v.author`,
      [q.rulesetId, q.from, q.to],
    )
  ).map(verdictFrom);
