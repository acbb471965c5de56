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

/** A stored conversation: `earlierMessages` says how many of its first messages were stored with earlier decisions. */
interface StoredInput {
  conversation: { messages: unknown[]; earlierMessages?: number; [k: string]: unknown };
  [k: string]: unknown;
}

const storedInput = (input: unknown): StoredInput | undefined => {
  const c = (input as StoredInput | null)?.conversation;
  return c && Array.isArray(c.messages) ? (input as StoredInput) : undefined;
};

/** How many messages a stored input stands for, earlier ones included. */
export const messageCount = (input: unknown): number => {
  const s = storedInput(input);
  return s ? (s.conversation.earlierMessages ?? 0) + s.conversation.messages.length : 0;
};

/**
 * The stored form of a decision's (redacted) input on a conversation whose previous logged
 * decision held `before` messages ending with `lastBefore`: when this conversation starts
 * with those, it is stored from the last of them on (`earlierMessages` counts the rest).
 * A flow that asks on every message sends the whole conversation each time; this stores
 * each message about once instead of once per decision.
 *
 * @example
 * storedDelta(input, 6, lastOfThePrevious); // { conversation: { messages: [m5, m6, m7], earlierMessages: 5 } }
 */
export const storedDelta = (input: unknown, before: number, lastBefore: unknown): unknown => {
  const s = storedInput(input);
  if (!s || s.conversation.earlierMessages || before < 2) return input;
  const messages = s.conversation.messages;
  if (messages.length < before) return input;
  if (JSON.stringify(messages[before - 1]) !== JSON.stringify(lastBefore)) return input;
  return {
    ...s,
    conversation: {
      ...s.conversation,
      messages: messages.slice(before - 1),
      earlierMessages: before - 1,
    },
  };
};

/** The last message of a stored input, as stored. */
export const lastStoredMessage = (input: unknown): unknown => {
  const m = storedInput(input)?.conversation.messages;
  return m?.[m.length - 1];
};

/**
 * Gives each decision its whole conversation back: a stored input that starts after its
 * `earlierMessages` takes them from the conversation's earlier pipeline decisions (the
 * latest one that has them). Messages deleted by the retention with their decisions are
 * left out.
 */
const wholeConversations = async (
  db: Queryable,
  records: DecisionRecord[],
): Promise<DecisionRecord[]> => {
  const partial = records.filter(
    (r) => r.conversationId && storedInput(r.input)?.conversation.earlierMessages,
  );
  if (!partial.length) return records;
  const rows = await db.query<Row>(
    `select id, conversation_id, input from decisions
     where conversation_id = any($1::text[]) and kind = 'handoff' order by at, id`,
    [[...new Set(partial.map((r) => r.conversationId!))]],
  );
  // Each conversation's decisions in order, with their messages made whole one after another.
  const whole = new Map<string, unknown[]>();
  const seen = new Map<string, unknown[][]>();
  for (const row of rows) {
    const s = storedInput(typeof row.input === 'string' ? JSON.parse(row.input) : row.input);
    if (!s) continue;
    const conversation = row.conversation_id as string;
    const earlier = seen.get(conversation) ?? [];
    const n = s.conversation.earlierMessages ?? 0;
    let messages = s.conversation.messages;
    if (n) {
      const from =
        [...earlier].reverse().find((m) => m.length >= n) ?? earlier[earlier.length - 1] ?? [];
      messages = [...from.slice(0, n), ...messages];
    }
    earlier.push(messages);
    seen.set(conversation, earlier);
    whole.set(row.id as string, messages);
  }
  return records.map((r) => {
    const s = storedInput(r.input);
    const messages = whole.get(r.id);
    if (!s?.conversation.earlierMessages || !messages) return r;
    const { earlierMessages: _, ...conversation } = s.conversation;
    return { ...r, input: { ...s, conversation: { ...conversation, messages } } };
  });
};

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
  return row ? (await wholeConversations(db, [decisionFrom(row)]))[0] : undefined;
};

/** The decisions on one conversation (the first 1,000), in the order they were made. */
export const conversationDecisions = async (
  db: Queryable,
  conversationId: string,
): Promise<DecisionRecord[]> =>
  wholeConversations(
    db,
    (
      await db.query<Row>(
        `select ${columns} from decisions where conversation_id = $1 order by at, id limit 1000`,
        [conversationId],
      )
    ).map(decisionFrom),
  );

/**
 * The latest pipeline decision on each of these conversations, its input as stored (from
 * its `earlierMessages` on). One index probe per
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
  const decisions = rows.map(decisionFrom);
  return q.withoutInput ? decisions : wholeConversations(db, decisions);
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
