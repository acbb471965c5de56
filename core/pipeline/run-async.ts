import type { Context, HandoffInput, HandoffInputRaw } from '../contract';
import { decide } from '../decide';
import type { CrmAdapter, TtlCache } from '../enrich';
import type { Clock, RetryPolicy, Sleep, Transport } from '../http';
import { summarizeWithLlm, type LlmSummaryOptions } from '../summarize';
import { completeDecision, type CompleteDecision } from './complete';
import { runEnrichFromCrm } from './steps';
import { parseHandoffInput, withRulesetRouting, type HandoffOptions } from './run';

export interface AsyncHandoffOptions extends HandoffOptions {
  transport: Transport;
  sleep: Sleep;
  now: Clock;
  /** Enrich `context` from a CRM before deciding. */
  crm?: { adapter: CrmAdapter; cache?: TtlCache<Context>; budgetMs?: number } & RetryPolicy;
  /** Write the summary with an LLM (OpenAI-compatible), falling back to the offline one. */
  llm?: Omit<
    LlmSummaryOptions,
    'transport' | 'sleep' | 'now' | keyof NonNullable<HandoffOptions['summary']>
  >;
}

/**
 * `runHandoff` with I/O: enriches the context from a CRM first (the decision still comes
 * when the CRM is down, with a note), then decides, and writes the summary with an LLM
 * when configured (the offline summary, with a note, when it fails).
 *
 * @example
 * const d = await runHandoffAsync(input, {
 *   transport, sleep, now: Date.now,
 *   crm: { adapter: createHubSpotCrm({ accessToken }), cache },
 *   llm: { endpoint: 'https://api.openai.com/v1', apiKey, model: 'gpt-4o-mini' },
 * });
 */
export const runHandoffAsync = async (
  input: HandoffInput | HandoffInputRaw,
  given: AsyncHandoffOptions,
): Promise<CompleteDecision> => {
  const options = withRulesetRouting(given);
  let valid = parseHandoffInput(input);
  const notes: string[] = [];
  const { transport, sleep, now } = options;
  if (options.crm) {
    const enriched = await runEnrichFromCrm(valid, { ...options.crm, transport, sleep, now });
    valid = enriched.input;
    // The agent hears when the CRM failed, wholly or in part (tickets missing a scope...).
    if (!enriched.ok || enriched.unavailable.length > 0) notes.push(...enriched.notes);
  }
  const decision = decide(valid, options);
  const full = completeDecision(decision, valid, options);
  if (full.handoff && options.llm) {
    const llm = await summarizeWithLlm(valid, decision, {
      ...options.summary,
      ...options.llm,
      transport,
      sleep,
      now,
    });
    full.summary = llm.summary;
    full.summarySource = llm.source;
    if (llm.note) notes.push(llm.note);
  }
  return notes.length > 0 ? { ...full, notes: [...(full.notes ?? []), ...notes] } : full;
};
