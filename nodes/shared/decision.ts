import type { IDataObject } from 'n8n-workflow';
import { decide, HandoffDecision, type HandoffInput } from '../../core';

/** A decision with the rule hints Detect passes on. */
export type DecisionWithHints = HandoffDecision & { hints?: { queue?: string; skills: string[] } };

/**
 * The decision an earlier Handoff Detect put on the item, when there is one; otherwise
 * core decides now with the default ruleset, so Summarize and Route also work alone.
 */
export function itemDecision(json: IDataObject, input: HandoffInput): DecisionWithHints {
  const earlier = HandoffDecision.safeParse(json);
  if (!earlier.success) return decide(input);
  // Detect's rule hints (the queue and skills a matched rule asked for) feed routing.
  const hints = json.hints as DecisionWithHints['hints'];
  const valid = typeof hints === 'object' && hints !== null && Array.isArray(hints.skills);
  return valid ? { ...earlier.data, hints } : earlier.data;
}
