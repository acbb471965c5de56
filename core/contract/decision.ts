import { z } from 'zod';
import { ReasonCategory, ReasonCode } from './reasons';

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export const issueTypes = ['sales', 'support', 'billing', 'technical'] as const;
export const seniorities = ['junior', 'regular', 'senior'] as const;

export const Priority = z.enum(priorities);
export type Priority = z.infer<typeof Priority>;
export const IssueType = z.enum(issueTypes);
export type IssueType = z.infer<typeof IssueType>;

/** Where a signal was seen: a quote from a message, or a field of the input and its value. */
export const Evidence = z.union([
  z.object({ messageIndex: z.number().int().min(0), quote: z.string() }),
  z.object({ field: z.string(), value: z.unknown() }),
]);
export type Evidence = z.infer<typeof Evidence>;

export const Reason = z.object({
  code: ReasonCode,
  category: ReasonCategory,
  evidence: z.array(Evidence),
});
export type Reason = z.infer<typeof Reason>;

export const Route = z.object({
  queue: z.string(),
  skills: z.array(z.string()),
  language: z.string(),
  seniority: z.enum(seniorities),
  agentId: z.string().nullable(),
  estimatedWaitSeconds: z.number().min(0).nullable(),
  explanation: z.string(),
});
export type Route = z.infer<typeof Route>;

export const TraceEntry = z.object({
  rule: z.string(),
  matched: z.boolean(),
  explain: z.string(),
});
export type TraceEntry = z.infer<typeof TraceEntry>;

export const HandoffDecision = z.object({
  handoff: z.boolean(),
  score: z.number().min(0).max(1),
  priority: Priority,
  reasons: z.array(Reason),
  issueType: IssueType,
  language: z.string().regex(/^[a-z]{2}$/),
  route: Route.optional(),
  summary: z.string().optional(),
  customerMessage: z.string().optional(),
  ruleset: z.object({ id: z.string(), version: z.string() }),
  trace: z.array(TraceEntry),
});
export type HandoffDecision = z.infer<typeof HandoffDecision>;
