import type { Queryable } from '../db/types';
import { iso } from './changes';

/** Which endpoint made a decision. */
export type DecisionKind = 'handoff' | 'detect';

/** One logged decision, as stored: the conversation in it is already redacted. */
export interface DecisionRecord {
  id: string;
  at: string;
  kind: DecisionKind;
  rulesetId: string;
  rulesetVersion: string;
  /** The caller's `conversation.id`; decisions without one stand alone. */
  conversationId: string | null;
  channel: string | null;
  language: string | null;
  issueType: string | null;
  /** Null for `/v1/detect`, which finds signals but decides nothing. */
  handoff: boolean | null;
  priority: string | null;
  score: number | null;
  /** Reason codes (for detect: the signals found). */
  reasons: string[];
  /** Ids of the rules that matched. */
  matchedRules: string[];
  queue: string | null;
  agentId: string | null;
  /** The conversation's own time of the decision: the input's `now` or its last message. */
  saidAt: string | null;
  /** The input, redacted: messages, channel, language, customer tier and segment, context (stored as JSON text). */
  input: unknown;
}

const columns =
  'id, at, kind, ruleset_id, ruleset_version, conversation_id, channel, language, issue_type, ' +
  'handoff, priority, score, reasons, matched_rules, queue, agent_id, said_at, input';

type Row = Record<string, unknown>;
const orNull = <T>(v: unknown) => (v ?? null) as T | null;
export const decisionFrom = (r: Row): DecisionRecord => ({
  id: r.id as string,
  at: iso(r.at),
  kind: r.kind as DecisionKind,
  rulesetId: r.ruleset_id as string,
  rulesetVersion: r.ruleset_version as string,
  conversationId: orNull(r.conversation_id),
  channel: orNull(r.channel),
  language: orNull(r.language),
  issueType: orNull(r.issue_type),
  handoff: orNull(r.handoff),
  priority: orNull(r.priority),
  score: r.score === null || r.score === undefined ? null : Number(r.score),
  reasons: (r.reasons as string[]) ?? [],
  matchedRules: (r.matched_rules as string[]) ?? [],
  queue: orNull(r.queue),
  agentId: orNull(r.agent_id),
  saidAt: r.said_at ? iso(r.said_at) : null,
  input: typeof r.input === 'string' ? JSON.parse(r.input) : (r.input ?? null),
});

/**
 * Writes a batch of decisions in one statement (one array parameter per column, so a batch
 * of any size is one round trip).
 *
 * @example
 * await insertDecisions(db, [record]);
 */
export const insertDecisions = async (db: Queryable, rows: DecisionRecord[]): Promise<void> => {
  if (!rows.length) return;
  // One array per column: unnest turns them into rows without parsing a JSON document.
  const col = <T>(f: (d: DecisionRecord) => T) => rows.map(f);
  await db.query(
    `insert into decisions (${columns})
     select * from unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[],
       $6::text[], $7::text[], $8::text[], $9::text[], $10::boolean[], $11::text[], $12::real[],
       $13::jsonb[], $14::jsonb[], $15::text[], $16::text[], $17::timestamptz[], $18::text[])
     on conflict (id) do nothing`,
    [
      col((d) => d.id),
      col((d) => d.at),
      col((d) => d.kind),
      col((d) => d.rulesetId),
      col((d) => d.rulesetVersion),
      col((d) => d.conversationId),
      col((d) => d.channel),
      col((d) => d.language),
      col((d) => d.issueType),
      col((d) => d.handoff),
      col((d) => d.priority),
      col((d) => d.score),
      col((d) => JSON.stringify(d.reasons)),
      col((d) => JSON.stringify(d.matchedRules)),
      col((d) => d.queue),
      col((d) => d.agentId),
      col((d) => d.saidAt),
      col((d) => JSON.stringify(d.input)),
    ],
  );
};

/** One decision by id. */
export const getDecision = async (
  db: Queryable,
  id: string,
): Promise<DecisionRecord | undefined> => {
  const [row] = await db.query<Row>(`select ${columns} from decisions where id = $1`, [id]);
  return row ? decisionFrom(row) : undefined;
};

/** The decisions on one conversation (the first 1,000), in the order they were made. */
export const conversationDecisions = async (
  db: Queryable,
  conversationId: string,
): Promise<DecisionRecord[]> =>
  (
    await db.query<Row>(
      `select ${columns} from decisions where conversation_id = $1 order by at, id limit 1000`,
      [conversationId],
    )
  ).map(decisionFrom);

/**
 * The latest pipeline decision on each of these conversations. One index probe per
 * conversation (a lateral `limit 1`), so the cost does not grow with a conversation's length.
 */
export const latestDecisions = async (
  db: Queryable,
  conversationIds: string[],
): Promise<DecisionRecord[]> =>
  conversationIds.length
    ? (
        await db.query<Row>(
          `select d.* from unnest($1::text[]) as c(id) cross join lateral (
             select ${columns} from decisions
             where conversation_id = c.id and kind = 'handoff'
             order by at desc, id desc limit 1) d`,
          [conversationIds],
        )
      ).map(decisionFrom)
    : [];

/** Which decisions to read. */
export interface DecisionQuery {
  rulesetId?: string;
  kind?: DecisionKind;
  from?: string;
  to?: string;
  /** At most this many, oldest first. */
  limit?: number;
  /** Leave out the stored conversation (figures need only the decision's fields). */
  withoutInput?: boolean;
}

/** Decisions in a time window, oldest first. */
export const listDecisions = async (
  db: Queryable,
  q: DecisionQuery = {},
): Promise<DecisionRecord[]> => {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (q.rulesetId !== undefined) add('ruleset_id = ?', q.rulesetId);
  if (q.kind) add('kind = ?', q.kind);
  if (q.from) add('at >= ?', q.from);
  if (q.to) add('at < ?', q.to);
  params.push(q.limit ?? 100_000);
  const rows = await db.query<Row>(
    `select ${q.withoutInput ? columns.replace(', input', ', null as input') : columns} from decisions ${where.length ? `where ${where.join(' and ')}` : ''}
     order by at, id limit $${params.length}`,
    params,
  );
  return rows.map(decisionFrom);
};

/**
 * Deletes decisions (and their verdicts) made before `before`; returns how many.
 *
 * @example
 * await pruneDecisions(db, new Date(Date.now() - 30 * 86_400_000));
 */
export const pruneDecisions = async (db: Queryable, before: Date): Promise<number> => {
  const rows = await db.query<{ n: number }>(
    `with gone as (delete from decisions where at < $1 returning 1) select count(*)::int as n from gone`,
    [before.toISOString()],
  );
  return rows[0]?.n ?? 0;
};
