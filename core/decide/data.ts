import type { HandoffInput } from '../contract';
import type { Session, Signals } from '../detect';

/**
 * What rules see. `signals` is keyed by reason code (absent: not detected); `session` is
 * described in `core/detect/types.ts`; `customer`, `conversation` and `context` are the
 * input's own (`customer` and `context` are `{}` when the input has none), except that
 * `conversation.language`, when the input gives no hint, is the language the decision
 * reports (the customer's profile language, else detected); `now` is the evaluation time as
 * ISO 8601.
 */
export interface RuleData {
  signals: Signals;
  customer: NonNullable<HandoffInput['customer']>;
  conversation: HandoffInput['conversation'];
  session: Session;
  context: NonNullable<HandoffInput['context']>;
  now: string;
}

/** Builds the rule data for one input. */
export const ruleData = (
  input: HandoffInput,
  signals: Signals,
  session: Session,
  language?: string,
): RuleData => {
  const messages = input.conversation.messages;
  return {
    signals,
    customer: input.customer ?? {},
    // The contract's hint is "detected from the customer's messages when absent": rules
    // (a word list per language) see the language the decision reports.
    conversation:
      language && !input.conversation.language
        ? { ...input.conversation, language }
        : input.conversation,
    session,
    context: input.context ?? {},
    now: input.now ?? messages[messages.length - 1]!.at,
  };
};
