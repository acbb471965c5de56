import { createHash, randomBytes } from 'node:crypto';

/**
 * A new API key: 256 random bits, prefixed so it is recognisable in a leaked config.
 *
 * @example
 * newSecret(); // 'hk_2x9V...' (46 characters)
 */
export const newSecret = (): string => `hk_${randomBytes(32).toString('base64url')}`;

/** A new key id, safe to log and show. */
export const newKeyId = (): string => `key_${randomBytes(6).toString('hex')}`;

/**
 * The stored form of a key. The key has 256 bits of entropy, so one round of SHA-256 is
 * enough; a slow password hash would only slow every request.
 */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');
