import { reasonTable, type ReasonCategory, type ReasonCode } from '../contract/reasons';

/** One signal (reason code) as the builder's palette shows it. */
export interface SignalInfo {
  code: ReasonCode;
  category: ReasonCategory;
  /** Plain-language name for a block: a clause ("the customer asks for a person"). */
  label: string;
  meaning: string;
  /** The strength parameter: rules may ask for at least this strength (0..1). */
  strength: { min: 0; max: 1; step: 0.05; default: number };
}

const labels: Record<ReasonCode, string> = {
  human_request: 'the customer asks for a person',
  bot_not_helping: 'the bot is not helping',
  repeated_question: 'the customer repeats the question',
  negative_sentiment: 'the customer is upset or angry',
  negative_streak: 'the customer stays upset message after message',
  escalation_keyword: 'the customer uses escalation words (manager, complaint)',
  sales_opportunity: 'the customer wants a custom or large deal',
  high_value_customer: 'the customer is high value',
  previous_handoff: 'the customer was handed off before',
  long_session: 'the chat has run long',
  compliance_legal: 'the customer raises a legal or privacy matter',
  refund_dispute: 'the customer disputes a charge or threatens a chargeback',
  sensitive_data: 'the customer shares card numbers, IBANs or IDs',
  novel_problem: 'the customer has a problem the bot cannot answer',
};

/**
 * Every signal a detector can report, with its plain-language name and strength parameter,
 * derived from the contract's reason table (a new reason code must get a label here, or
 * the type check fails).
 */
export const signalCatalogue: readonly SignalInfo[] = (
  Object.keys(reasonTable) as ReasonCode[]
).map((code) => ({
  code,
  category: reasonTable[code].category,
  label: labels[code],
  meaning: reasonTable[code].meaning,
  strength: { min: 0, max: 1, step: 0.05, default: 0.6 },
}));

/** The plain-language name of a signal, or its code with spaces for one the catalogue lacks. */
export const signalLabel = (code: string): string =>
  (labels as Record<string, string | undefined>)[code] ?? code.replace(/_/g, ' ');
