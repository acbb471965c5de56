import { z } from 'zod';
import { channels, formatIssues, tiers } from '../contract';

/**
 * Detector thresholds. Every field is optional in a ruleset's `config` (or the `config`
 * option of `detectSignals`/`decide`); missing ones take the defaults below. Other keys
 * belong to other steps and are ignored here.
 */
export const DetectConfig = z.object({
  /** Consecutive clearly negative customer messages that make a `negative_streak`. */
  negativeStreak: z.number().int().min(2).max(50).default(3),
  /** How many times the customer must ask the same thing for `repeated_question`. */
  repeatedQuestion: z.number().int().min(2).max(50).default(3),
  /** Token-overlap similarity (0..1) above which two questions count as the same. */
  similarity: z.number().min(0.1).max(1).default(0.5),
  /** Minutes of an unresolved live chat before `long_session`. */
  longSessionMinutes: z.number().min(1).max(10_000).default(20),
  /** Channels where session length matters (email threads have gaps by nature). */
  liveChannels: z.array(z.enum(channels)).default(['web', 'whatsapp', 'sms', 'voice']),
  /** Tiers counted as high value. */
  highValueTiers: z.array(z.enum(tiers)).default(['enterprise']),
  /** Segments counted as high value (compared case-insensitively). */
  highValueSegments: z
    .array(z.string())
    .default(['enterprise', 'strategic', 'vip', 'key account', 'key-account']),
  /** Lifetime value at or above which a customer counts as high value. */
  highValueLifetime: z.number().min(0).default(50_000),
  /** Earlier handoffs at or above which `previous_handoff` fires. */
  previousHandoffs: z.number().int().min(1).default(1),
  /** Bot fallback answers ("I didn't understand") before `bot_not_helping`. */
  botFallbacks: z.number().int().min(1).max(50).default(2),
});
export type DetectConfig = z.output<typeof DetectConfig>;
export type DetectConfigInput = z.input<typeof DetectConfig>;

/** The defaults, for documentation and tests. */
export const defaultDetectConfig: DetectConfig = DetectConfig.parse({});

/** Thrown when a detector configuration is invalid; names each offending key. */
export class DetectConfigError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(`invalid detector config: ${formatIssues(issues)}`);
    this.name = 'DetectConfigError';
    this.issues = issues;
  }
}

/**
 * Validates a partial config and fills in the defaults.
 *
 * @example
 * resolveConfig({ longSessionMinutes: 30 }).negativeStreak // 3
 */
export const resolveConfig = (config: unknown = {}): DetectConfig => {
  if (config === undefined || config === null) return defaultDetectConfig;
  const parsed = DetectConfig.safeParse(config);
  if (parsed.success) return parsed.data;
  throw new DetectConfigError(
    parsed.error.issues.map((i) => ({
      path: i.path.length ? i.path.join('.') : '(root)',
      message: i.message,
    })),
  );
};
