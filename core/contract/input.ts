import { z } from 'zod';

/** Limits the contract puts on input. */
export const inputLimits = {
  maxMessages: 500,
  maxTextLength: 10_000,
  maxBodyBytes: 1024 * 1024,
} as const;

export const roles = ['customer', 'bot', 'agent', 'system'] as const;
export const channels = ['web', 'email', 'whatsapp', 'sms', 'voice', 'other'] as const;
export const tiers = ['free', 'pro', 'enterprise'] as const;

const isoDateTime = z.iso.datetime({ offset: true, local: false });
const languageCode = z
  .string()
  .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code in lower case, such as "de"');

export const Message = z.strictObject({
  role: z.enum(roles),
  text: z.string().min(1, 'must not be empty').max(inputLimits.maxTextLength),
  at: isoDateTime,
});
export type Message = z.infer<typeof Message>;

export const Conversation = z.object({
  id: z.string().max(200).optional(),
  channel: z.enum(channels).default('web'),
  language: languageCode.optional(),
  startedAt: isoDateTime.optional(),
  previousHandoffs: z.number().int().min(0).max(1000).default(0),
  messages: z.array(Message).min(1, 'needs at least one message').max(inputLimits.maxMessages),
});
export type Conversation = z.infer<typeof Conversation>;

export const Customer = z.object({
  id: z.string().max(200).optional(),
  name: z.string().max(500).optional(),
  email: z.string().max(500).optional(),
  tier: z.enum(tiers).optional(),
  segment: z.string().max(200).optional(),
  lifetimeValue: z.number().finite().min(0).optional(),
  language: languageCode.optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
});
export type Customer = z.infer<typeof Customer>;

/** CRM context: account info, order history and previous tickets, as the enrich step fills it. */
export const Context = z.object({
  account: z.record(z.string(), z.unknown()).optional(),
  orders: z.array(z.record(z.string(), z.unknown())).optional(),
  tickets: z.array(z.record(z.string(), z.unknown())).optional(),
  notes: z.array(z.string()).optional(),
});
export type Context = z.infer<typeof Context>;

export const HandoffInput = z.object({
  conversation: Conversation,
  customer: Customer.optional(),
  context: Context.optional(),
  now: isoDateTime.optional(),
});
/** A validated input, defaults applied. */
export type HandoffInput = z.infer<typeof HandoffInput>;
/** An input as a caller may write it, before defaults. */
export type HandoffInputRaw = z.input<typeof HandoffInput>;
