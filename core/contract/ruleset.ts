import { z } from 'zod';
import { Priority } from './decision';
import { MessageOverridesSchema } from './messages';
import { ReasonCode } from './reasons';
import { RoutingTableSchema } from './routing';

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
 * session minutes) for this ruleset; `routing` (queues) and `messages` (what the customer
 * is told) travel with it, so a publish changes who gets the conversation and what the
 * customer reads, everywhere at once.
 */
export const Ruleset = z.strictObject({
  id: slug,
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  rules: z.array(Rule).min(1, 'needs at least one rule').max(500),
  config: z.record(z.string(), z.unknown()).optional(),
  routing: RoutingTableSchema.optional().describe(
    'the queues this ruleset routes to; published and versioned with the rules',
  ),
  messages: MessageOverridesSchema.optional().describe(
    'customer message and transparency wording per language, published with the rules',
  ),
});
export type Ruleset = z.infer<typeof Ruleset>;
/** A ruleset as written, before defaults. */
export type RulesetRaw = z.input<typeof Ruleset>;
