import type { Db } from '../db/types';
import type { Logger } from '../log';
import { addKey } from '../store/keys';
import { adoptEnvironmentKey, type EnvironmentKeyOutcome } from './environment-key';
import { hashSecret, newSecret } from './secrets';

/**
 * Makes sure someone can administer the service. With `HANDOFF_ADMIN_KEY` that key is
 * adopted (see {@link adoptEnvironmentKey}: stored once, never revived); otherwise, on a
 * new installation (no keys at all), an admin key is generated and returned once, to be
 * printed. Replicas starting together take turns on a lock, so only one of them creates it.
 *
 * @example
 * const { generated } = await ensureAdminKey(db, undefined, log); // 'hk_...' on first start
 */
export const ensureAdminKey = async (
  db: Db,
  adminKey: string | undefined,
  log: Logger,
): Promise<{ generated?: string; environment?: EnvironmentKeyOutcome }> => {
  if (adminKey) return { environment: await adoptEnvironmentKey(db, adminKey, log) };
  const secret = newSecret();
  const created = await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(727275)');
    const [row] = await tx.query<{ n: number }>('select count(*)::int as n from api_keys');
    if (row!.n > 0) return false;
    await addKey(tx, {
      id: 'admin',
      name: 'admin (first start)',
      hash: hashSecret(secret),
      scopes: ['admin'],
      by: 'first-start',
    });
    return true;
  });
  return created ? { generated: secret } : {};
};
