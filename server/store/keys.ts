import type { Db, Queryable } from '../db/types';
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
export interface NewKey {
  id: string;
  name: string;
  hash: string;
  scopes: Scope[];
  rateLimitPerMinute?: number | null;
  by: string;
}

/**
 * Stores a key's hash and what it may do.
 *
 * @example
 * await insertKey(db, { id: 'key_1', name: 'ci', hash, scopes: ['evaluate'], by: 'admin' });
 */
export const insertKey = async (db: Queryable, key: NewKey): Promise<ApiKey> => {
  const [row] = await db.query<KeyRow>(
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
  return fromRow(row!);
};

/** The active (unrevoked) key with this hash, if any. */
export const findActiveKey = async (db: Queryable, hash: string): Promise<ApiKey | undefined> => {
  const [row] = await db.query<KeyRow>(
    `select ${columns} from api_keys where key_hash = $1 and revoked_at is null`,
    [hash],
  );
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
 * Revokes a key and tells the other replicas. Returns the key as it is now, or
 * `undefined` when there is no such key.
 */
export const revokeKey = (db: Db, id: string, by: string): Promise<ApiKey | undefined> =>
  db.transaction(async (tx) => {
    const [row] = await tx.query<KeyRow>(
      `update api_keys set revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $2)
       where id = $1 returning ${columns}`,
      [id, by],
    );
    if (row) await recordChange(tx, 'key', id);
    return row ? fromRow(row) : undefined;
  });

/**
 * Makes `hash` the accepted secret of key `id` (an admin key given by the environment),
 * creating the key or replacing its previous hash.
 */
export const upsertKey = (db: Db, key: NewKey): Promise<ApiKey> =>
  db.transaction(async (tx) => {
    const [row] = await tx.query<KeyRow>(
      `insert into api_keys (id, name, key_hash, scopes, rate_limit_per_minute, created_by)
       values ($1, $2, $3, $4::text::jsonb, $5, $6)
       on conflict (id) do update set key_hash = excluded.key_hash, scopes = excluded.scopes,
         revoked_at = null, revoked_by = null
       returning ${columns}`,
      [
        key.id,
        key.name,
        key.hash,
        JSON.stringify(key.scopes),
        key.rateLimitPerMinute ?? null,
        key.by,
      ],
    );
    await recordChange(tx, 'key', key.id);
    return fromRow(row!);
  });
