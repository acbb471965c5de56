import type { Queryable } from '../db/types';
import { iso } from './changes';

/** What an audit event is about. */
export type AuditSubject = 'ruleset' | 'key';

/** The changes the trail records, by subject. */
export const auditActions = {
  ruleset: ['create', 'update', 'publish', 'rollback'],
  key: ['create', 'revoke'],
} as const;
export type AuditAction = (typeof auditActions)[AuditSubject][number];

/** One recorded change: who (which key) did what to which ruleset or key, and when. */
export interface AuditEvent {
  /** Increases with every event; pass it as `after` to read on from there. */
  id: number;
  at: string;
  /** The key that made the change; `environment` and `first-start` for the service itself. */
  keyId: string;
  subject: AuditSubject;
  subjectId: string;
  action: AuditAction;
  /** The ruleset's revision after the change (its ETag), for ruleset events. */
  revision: number | null;
  /** The version published or rolled back to, for ruleset events. */
  version: string | null;
  /** The request that made the change, as in the access log's `requestId`. */
  requestId: string | null;
  detail: Record<string, unknown>;
}

/** Who is changing something: the key, and the request for the access log. */
export interface Actor {
  by: string;
  requestId?: string;
}

/** An event to record. */
export interface NewAuditEvent extends Actor {
  subject: AuditSubject;
  subjectId: string;
  action: AuditAction;
  revision?: number;
  version?: string;
  detail?: Record<string, unknown>;
}

/**
 * Appends an event, inside the transaction that makes the change, so the trail has exactly
 * the changes that committed. Rows are never updated or deleted (a trigger refuses it).
 *
 * @example
 * await appendAudit(tx, { subject: 'key', subjectId: 'key_1', action: 'revoke', by: 'admin' });
 */
export const appendAudit = async (tx: Queryable, e: NewAuditEvent): Promise<void> => {
  await tx.query(
    `insert into audit_events (key_id, subject, subject_id, action, revision, version, request_id, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb)`,
    [
      e.by,
      e.subject,
      e.subjectId,
      e.action,
      e.revision ?? null,
      e.version ?? null,
      e.requestId ?? null,
      JSON.stringify(e.detail ?? {}),
    ],
  );
};

/** Which events to read; every filter is optional. */
export interface AuditQuery {
  subject?: AuditSubject;
  subjectId?: string;
  /** Only changes made with this key. */
  keyId?: string;
  /** Only events after this id (the last one of the previous page). */
  after?: number;
  /** At most this many, oldest first. */
  limit?: number;
}

type Row = Record<string, unknown>;
const eventFrom = (r: Row): AuditEvent => ({
  id: r.id as number,
  at: iso(r.at),
  keyId: r.key_id as string,
  subject: r.subject as AuditSubject,
  subjectId: r.subject_id as string,
  action: r.action as AuditAction,
  revision: (r.revision as number | null) ?? null,
  version: (r.version as string | null) ?? null,
  requestId: (r.request_id as string | null) ?? null,
  detail: (r.detail as Record<string, unknown> | null) ?? {},
});

/**
 * Reads the trail, oldest first.
 *
 * @example
 * await listAudit(db, { subject: 'key', subjectId: 'admin-env' }); // its creation and revocation
 */
export const listAudit = async (db: Queryable, q: AuditQuery = {}): Promise<AuditEvent[]> => {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (q.subject) add('subject = ?', q.subject);
  if (q.subjectId !== undefined) add('subject_id = ?', q.subjectId);
  if (q.keyId !== undefined) add('key_id = ?', q.keyId);
  if (q.after !== undefined) add('id > ?', q.after);
  params.push(q.limit ?? 1000);
  const rows = await db.query<Row>(
    `select id, at, key_id, subject, subject_id, action, revision, version, request_id, detail
     from audit_events ${where.length ? `where ${where.join(' and ')}` : ''}
     order by id limit $${params.length}`,
    params,
  );
  return rows.map(eventFrom);
};
