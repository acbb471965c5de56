import type { Db, Queryable } from '../db/types';
import type { Logger } from '../log';
import { addKey, findKeyByHash, revokeIn, type ApiKey } from '../store/keys';
import { hashSecret } from './secrets';

/** What became of `HANDOFF_ADMIN_KEY` at start. */
export type EnvironmentKeyOutcome =
  | { status: 'accepted'; key: ApiKey }
  | { status: 'created'; key: ApiKey; replaced: string[] }
  | { status: 'revoked'; key: ApiKey };

/** Keys the environment made are marked so: rotation retires only those. */
export const environmentActor = 'environment';

// admin-env, admin-env-2, admin-env-3, ...: a new value never reuses an old key's id.
const nextId = async (tx: Queryable): Promise<string> => {
  const rows = await tx.query<{ id: string }>(
    `select id from api_keys where id = 'admin-env' or id like 'admin-env-%'`,
  );
  if (!rows.length) return 'admin-env';
  const taken = rows.map((r) => (r.id === 'admin-env' ? 1 : Number(r.id.slice(10)) || 1));
  return `admin-env-${Math.max(...taken) + 1}`;
};

/**
 * Adopts the admin key given by `HANDOFF_ADMIN_KEY`. Each value is stored once, as its
 * hash, and a revocation is never undone:
 *
 * - a value already stored and active is accepted as it is;
 * - a value already stored but revoked stays revoked: the start goes on without it and
 *   says so (set a new value to get a new admin key);
 * - a new value creates a new admin key (`admin-env`, then `admin-env-2`, ...) and revokes
 *   the environment keys made before it, so rotating the variable retires the old secret.
 *
 * Replicas starting together take turns on a lock, so a value is stored once.
 *
 * @example
 * const out = await adoptEnvironmentKey(db, process.env.HANDOFF_ADMIN_KEY!, log);
 * out.status; // 'accepted' | 'created' | 'revoked'
 */
export const adoptEnvironmentKey = async (
  db: Db,
  secret: string,
  log: Logger,
): Promise<EnvironmentKeyOutcome> => {
  const hash = hashSecret(secret);
  const outcome = await db.transaction(async (tx): Promise<EnvironmentKeyOutcome> => {
    await tx.query('select pg_advisory_xact_lock(727275)');
    const known = await findKeyByHash(tx, hash);
    if (known) return { status: known.revokedAt ? 'revoked' : 'accepted', key: known };
    const key = await addKey(tx, {
      id: await nextId(tx),
      name: 'admin (HANDOFF_ADMIN_KEY)',
      hash,
      scopes: ['admin'],
      by: environmentActor,
    });
    const older = await tx.query<{ id: string }>(
      `select id from api_keys where created_by = $1 and revoked_at is null and id <> $2 order by id`,
      [environmentActor, key.id],
    );
    for (const { id } of older)
      await revokeIn(tx, id, {
        by: environmentActor,
        reason: `HANDOFF_ADMIN_KEY changed; replaced by ${key.id}`,
      });
    return { status: 'created', key, replaced: older.map((r) => r.id) };
  });

  const { key } = outcome;
  if (outcome.status === 'accepted') {
    log.info(`accepting HANDOFF_ADMIN_KEY as key ${key.id}`, { keyId: key.id });
    if (!key.scopes.includes('admin'))
      log.warn(`HANDOFF_ADMIN_KEY is key ${key.id}, which has no admin scope`, {
        keyId: key.id,
        scopes: key.scopes,
      });
  } else if (outcome.status === 'created') {
    log.warn(
      `HANDOFF_ADMIN_KEY has a new value: created admin key ${key.id}` +
        (outcome.replaced.length
          ? `; the earlier environment key ${outcome.replaced.join(', ')} is revoked`
          : ''),
      { keyId: key.id, revoked: outcome.replaced },
    );
  } else {
    log.warn(
      `HANDOFF_ADMIN_KEY is key ${key.id}, revoked at ${key.revokedAt} by ${key.revokedBy}: it stays revoked and is refused. ` +
        'A revoked key is never revived; set HANDOFF_ADMIN_KEY to a new value to create a new admin key',
      { keyId: key.id, revokedAt: key.revokedAt, revokedBy: key.revokedBy },
    );
  }
  return outcome;
};
