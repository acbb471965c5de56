import { z } from 'zod';
import { Priority } from './decision';
import { ReasonCode } from './reasons';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_.]{0,79}$/, 'must be 1-80 characters: a-z, 0-9, "-", "_" or "."');

/** What a rule does when it matches. */
export const RuleAction = z.strictObject({
  handoff: z.boolean(),
  reason: ReasonCode.optional(),
  priority: Priority.optional(),
  queue: z.string().min(1).max(80).optional(),
  skills: z.array(z.string().min(1).max(80)).max(20).optional(),
});
export type RuleAction = z.infer<typeof RuleAction>;

/** One escalation rule: a JSON-logic condition and what follows when it holds. */
export const Rule = z.strictObject({
  id: slug,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  enabled: z.boolean().default(true),
  /** JSON-logic over `{signals, customer, conversation, session, context}`; checked by `core/logic`. */
  when: z.unknown().refine((v) => v !== undefined, 'is required'),
  then: RuleAction,
});
export type Rule = z.infer<typeof Rule>;

/**
 * An ordered escalation policy. `config` tunes the detectors (thresholds, streak length,
 * session minutes) for this ruleset.
 */
export const Ruleset = z.strictObject({
  id: slug,
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  rules: z.array(Rule).min(1, 'needs at least one rule').max(500),
  config: z.record(z.string(), z.unknown()).optional(),
});
export type Ruleset = z.infer<typeof Ruleset>;
/** A ruleset as written, before defaults. */
export type RulesetRaw = z.input<typeof Ruleset>;
