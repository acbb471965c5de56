import type { Db } from '../db/types';
import type { Logger } from '../log';
import { upsertKey } from '../store/keys';
import { hashSecret, newSecret } from './secrets';

/**
 * Makes sure someone can administer the service. With `HANDOFF_ADMIN_KEY` that key is
 * accepted (as key `admin-env`); otherwise, on a new installation (no keys at all), an
 * admin key is generated and returned once, to be printed. Replicas starting together
 * take turns on a lock, so only one of them creates it.
 *
 * @example
 * const { generated } = await ensureAdminKey(db, undefined, log); // 'hk_...' on first start
 */
export const ensureAdminKey = async (
  db: Db,
  adminKey: string | undefined,
  log: Logger,
): Promise<{ generated?: string }> => {
  if (adminKey) {
    await upsertKey(db, {
      id: 'admin-env',
      name: 'admin (HANDOFF_ADMIN_KEY)',
      hash: hashSecret(adminKey),
      scopes: ['admin'],
      by: 'environment',
    });
    log.info('accepting HANDOFF_ADMIN_KEY as key admin-env');
    return {};
  }
  const secret = newSecret();
  const created = await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(727275)');
    const [row] = await tx.query<{ n: number }>('select count(*)::int as n from api_keys');
    if (row!.n > 0) return false;
    await tx.query(
      `insert into api_keys (id, name, key_hash, scopes, created_by) values ('admin', 'admin (first start)', $1, '["admin"]'::jsonb, 'first-start')`,
      [hashSecret(secret)],
    );
    return true;
  });
  return created ? { generated: secret } : {};
};
