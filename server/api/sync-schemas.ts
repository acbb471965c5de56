import { z } from 'zod';

/** How a replica hears of changes, as `/readyz` shows it. */
export const SyncStateView = z.object({
  listener: z.object({
    status: z.enum(['listening', 'reconnecting', 'stopped']),
    since: z.string(),
    drops: z.number().int(),
    recoveries: z.number().int(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  }),
  pollMs: z.number().int(),
  received: z.object({
    notify: z.number().int(),
    poll: z.number().int(),
    recovery: z.number().int(),
  }),
  pollErrors: z.number().int(),
});
