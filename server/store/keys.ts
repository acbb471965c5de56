import type { Db, Queryable } from '../db/types';
import { appendAudit, type Actor } from './audit';
import { iso, isoOrNull, recordChange } from './changes';

/** What a key may do. `admin` includes the other three. */
export const scopes = ['evaluate', 'edit', 'publish', 'admin'] as const;
export type Scope = (typeof scopes)[number];

/** An API key as stored: never the key itself, only its hash. */
export interface ApiKey {
  id: string;
  name: string;
  scopes: Scope[];
  rateLimitPerMinute: number | null;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

interface KeyRow {
  id: string;
  name: string;
  scopes: Scope[];
  rate_limit_per_minute: number | null;
  created_at: Date;
  created_by: string;
  revoked_at: Date | null;
  revoked_by: string | null;
}

const columns =
  'id, name, scopes, rate_limit_per_minute, created_at, created_by, revoked_at, revoked_by';

const fromRow = (r: KeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes,
  rateLimitPerMinute: r.rate_limit_per_minute,
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
  revokedAt: isoOrNull(r.revoked_at),
  revokedBy: r.revoked_by,
});

/** A key to store. */
export interface NewKey extends Actor {
  id: string;
  name: string;
  hash: string;
  scopes: Scope[];
  rateLimitPerMinute?: number | null;
}

/**
 * Stores a key's hash and what it may do, and records who created it, inside an open
 * transaction.
 */
export const addKey = async (tx: Queryable, key: NewKey): Promise<ApiKey> => {
  const [row] = await tx.query<KeyRow>(
    `insert into api_keys (id, name, key_hash, scopes, rate_limit_per_minute, created_by)
     values ($1, $2, $3, $4::text::jsonb, $5, $6) returning ${columns}`,
    [
      key.id,
      key.name,
      key.hash,
      JSON.stringify(key.scopes),
      key.rateLimitPerMinute ?? null,
      key.by,
    ],
  );
  const made = fromRow(row!);
  await appendAudit(tx, {
    subject: 'key',
    subjectId: made.id,
    action: 'create',
    by: key.by,
    requestId: key.requestId,
    detail: { name: made.name, scopes: made.scopes, rateLimitPerMinute: made.rateLimitPerMinute },
  });
  return made;
};

/**
 * Stores a key's hash and what it may do, with its creation in the audit trail.
 *
 * @example
 * await insertKey(db, { id: 'key_1', name: 'ci', hash, scopes: ['evaluate'], by: 'admin' });
 */
export const insertKey = (db: Db, key: NewKey): Promise<ApiKey> =>
  db.transaction((tx) => addKey(tx, key));

/** The active (unrevoked) key with this hash, if any. */
export const findActiveKey = async (db: Queryable, hash: string): Promise<ApiKey | undefined> => {
  const [row] = await db.query<KeyRow>(
    `select ${columns} from api_keys where key_hash = $1 and revoked_at is null`,
    [hash],
  );
  return row ? fromRow(row) : undefined;
};

/** The key with this hash, revoked or not. */
export const findKeyByHash = async (db: Queryable, hash: string): Promise<ApiKey | undefined> => {
  const [row] = await db.query<KeyRow>(`select ${columns} from api_keys where key_hash = $1`, [
    hash,
  ]);
  return row ? fromRow(row) : undefined;
};

/** One key by id, revoked or not. */
export const getKey = async (db: Queryable, id: string): Promise<ApiKey | undefined> => {
  const [row] = await db.query<KeyRow>(`select ${columns} from api_keys where id = $1`, [id]);
  return row ? fromRow(row) : undefined;
};

/** Every key, newest first, revoked ones included. */
export const listKeys = async (db: Queryable): Promise<ApiKey[]> =>
  (await db.query<KeyRow>(`select ${columns} from api_keys order by created_at desc, id`)).map(
    fromRow,
  );

/** How many keys exist, revoked ones included: zero means a new installation. */
export const countKeys = async (db: Queryable): Promise<number> => {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from api_keys');
  return row!.n;
};

/**
 * Revokes a key inside an open transaction: records who did it and tells the other
 * replicas. Revoking a revoked key changes nothing (and records nothing). Revocation is
 * final: nothing in the service ever clears it.
 */
export const revokeIn = async (
  tx: Queryable,
  id: string,
  actor: Actor & { reason?: string },
): Promise<ApiKey | undefined> => {
  const [row] = await tx.query<KeyRow>(
    `update api_keys set revoked_at = now(), revoked_by = $2
     where id = $1 and revoked_at is null returning ${columns}`,
    [id, actor.by],
  );
  if (!row) return getKey(tx, id);
  const key = fromRow(row);
  await appendAudit(tx, {
    subject: 'key',
    subjectId: id,
    action: 'revoke',
    by: actor.by,
    requestId: actor.requestId,
    detail: { name: key.name, ...(actor.reason ? { reason: actor.reason } : {}) },
  });
  await recordChange(tx, 'key', id);
  return key;
};

/**
 * Revokes a key. Returns the key as it is now, or `undefined` when there is no such key.
 *
 * @example
 * await revokeKey(db, 'key_1', { by: 'admin' }); // { ..., revokedAt: '2026-…', revokedBy: 'admin' }
 */
export const revokeKey = (
  db: Db,
  id: string,
  actor: Actor & { reason?: string },
): Promise<ApiKey | undefined> => db.transaction((tx) => revokeIn(tx, id, actor));
