/**
 * A header by name, whatever its case (transports differ: fetch lowercases, others keep it).
 *
 * @example
 * headerOf({ 'Retry-After': '2' }, 'retry-after') // '2'
 */
export const headerOf = (headers: Record<string, string>, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === wanted) return headers[key];
  return undefined;
};

/**
 * Milliseconds a Retry-After header asks to wait: delta-seconds or an HTTP date.
 *
 * @example
 * retryAfterMs('2', 0) // 2000
 */
export const retryAfterMs = (value: string | undefined, now: number): number | null => {
  if (value === undefined || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
};

/**
 * Exponential backoff with "equal jitter": half of `base · 2^attempt` fixed, the other half
 * random, so clients that failed together do not retry together, yet each waits at least
 * half the nominal delay.
 *
 * @example
 * backoffMs(250, 2, () => 1) // 1000
 * backoffMs(250, 2, () => 0) // 500
 */
export const backoffMs = (baseMs: number, attempt: number, random: () => number): number => {
  const nominal = baseMs * 2 ** attempt;
  return Math.round(nominal / 2 + (random() * nominal) / 2);
};
