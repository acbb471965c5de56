import { z } from 'zod';

/** The category a reason code belongs to, as fixed by the wire contract. */
export const reasonCategories = ['intent', 'sentiment', 'context', 'compliance'] as const;
export const ReasonCategory = z.enum(reasonCategories);
export type ReasonCategory = z.infer<typeof ReasonCategory>;

/**
 * Every reason code of the contract with its category and meaning. The one table the
 * rest of the code derives codes, categories and descriptions from.
 */
export const reasonTable = {
  human_request: { category: 'intent', meaning: 'the customer asks for a person' },
  bot_not_helping: {
    category: 'intent',
    meaning: 'the bot loops, falls back or misses what the customer asked',
  },
  repeated_question: {
    category: 'sentiment',
    meaning: 'the customer asks the same thing again in other words',
  },
  negative_sentiment: { category: 'sentiment', meaning: 'frustrated, angry or upset' },
  negative_streak: {
    category: 'sentiment',
    meaning: 'several negative customer messages in a row',
  },
  escalation_keyword: {
    category: 'sentiment',
    meaning: 'manager, complaint, unacceptable, lawsuit and their equivalents',
  },
  sales_opportunity: {
    category: 'intent',
    meaning: 'custom pricing, negotiation, enterprise features, large deals',
  },
  high_value_customer: {
    category: 'context',
    meaning: 'high-value CRM segment or tier, where that matters to the decision',
  },
  previous_handoff: { category: 'context', meaning: 'an earlier handoff in this conversation' },
  long_session: { category: 'context', meaning: 'the session has run long without resolution' },
  compliance_legal: {
    category: 'compliance',
    meaning: 'legal threats, GDPR/privacy requests, regulatory matters',
  },
  refund_dispute: { category: 'compliance', meaning: 'refunds, chargebacks, billing disputes' },
  sensitive_data: {
    category: 'compliance',
    meaning: 'card numbers, IBANs, national ID numbers and similar in the chat',
  },
  novel_problem: { category: 'intent', meaning: 'outside what the bot knows' },
} as const satisfies Record<string, { category: ReasonCategory; meaning: string }>;

export type ReasonCode = keyof typeof reasonTable;
export const reasonCodes = Object.keys(reasonTable) as [ReasonCode, ...ReasonCode[]];
export const ReasonCode = z.enum(reasonCodes);

/** The category of a reason code. */
export const categoryOf = (code: ReasonCode): ReasonCategory => reasonTable[code].category;
