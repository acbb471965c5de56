import type { HandoffInput, IssueType, ReasonCode } from '../contract';
import { resolveConfig, type DetectConfigInput } from './config';
import { highValueCustomer, longSession, previousHandoff } from './detectors/context';
import { complianceLegal, refundDispute, sensitiveData } from './detectors/compliance';
import { humanRequest, salesOpportunity } from './detectors/intent';
import { botNotHelping, novelProblem, repeatedQuestion } from './detectors/repetition';
import { escalationKeyword, negativeSentiment, negativeStreak } from './detectors/sentiment';
import { issueTypeOf } from './issue-type';
import { prepare, type Prepared } from './prepare';
import type { Session, Signal, SignalHit, Signals } from './types';

/** One detector per reason code of the contract. */
export const detectors: Record<ReasonCode, (p: Prepared) => SignalHit | undefined> = {
  human_request: humanRequest,
  bot_not_helping: botNotHelping,
  repeated_question: repeatedQuestion,
  negative_sentiment: negativeSentiment,
  negative_streak: negativeStreak,
  escalation_keyword: escalationKeyword,
  sales_opportunity: salesOpportunity,
  high_value_customer: highValueCustomer,
  previous_handoff: previousHandoff,
  long_session: longSession,
  compliance_legal: complianceLegal,
  refund_dispute: refundDispute,
  sensitive_data: sensitiveData,
  novel_problem: novelProblem,
};

/** Everything detection knows about a conversation. */
export interface Detection {
  signals: Signals;
  session: Session;
  language: string;
  issueType: IssueType;
}

/**
 * Runs every detector over a validated input, plus language, issue type and session.
 * `config` is a partial `DetectConfig` (thresholds); invalid values throw `DetectConfigError`.
 *
 * @example
 * const d = detectAll(input, { negativeStreak: 2 });
 * d.signals.human_request?.strength // 0.9
 */
export const detectAll = (input: HandoffInput, config?: DetectConfigInput | null): Detection => {
  const p = prepare(input, resolveConfig(config ?? {}));
  const signals: Signals = {};
  for (const code of Object.keys(detectors) as ReasonCode[]) {
    const found = detectors[code](p);
    if (found) signals[code] = found;
  }
  return { signals, session: p.session, language: p.language, issueType: issueTypeOf(p, signals) };
};

/**
 * The signals of a conversation, keyed by reason code (absent: not detected). This is the
 * object rules see as `signals`.
 *
 * @example
 * detectSignals(input).human_request // { strength: 0.9, evidence: [{ messageIndex: 2, quote: 'Can I talk to a human?' }] }
 */
export const detectSignals = (input: HandoffInput, config?: DetectConfigInput | null): Signals =>
  detectAll(input, config).signals;

/** Signals as a list of `{code, strength, evidence}`, strongest first. */
export const signalList = (signals: Signals): Signal[] =>
  (Object.entries(signals) as [ReasonCode, SignalHit][])
    .map(([code, s]) => ({ code, ...s }))
    .sort((a, b) => b.strength - a.strength);
