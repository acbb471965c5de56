import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { HandoffDecision, HandoffInput } from '../../../core';
import { callHandoffService } from '../../shared/service';

/** Whether a local node reports its decisions to the rule service's decision log. */
export const logDecisionsProperty: INodeProperties = {
  displayName: 'Log Decisions on the Rule Service',
  name: 'logDecisions',
  type: 'boolean',
  default: false,
  description:
    'Whether to report each decision to the decision log of the rule service (credential Handoff API), so agents can later say whether it was right (Handoff Feedback node) and the rules are measured on it. The item gets the decision’s decisionId. Decisions made on the rule service are always logged.',
  displayOptions: { show: { runOn: ['local'] } },
};

/**
 * Reports a decision made in n8n to the decision log (`POST /v1/decisions`) and returns the
 * item's `decisionId`. A failed report never costs the conversation its decision: the item
 * goes on with `decisionLogError` saying why it was not logged.
 *
 * @example
 * const logged = await logLocalDecision(this, i, input, runDecide(input)); // { decisionId }
 */
export async function logLocalDecision(
  ctx: IExecuteFunctions,
  itemIndex: number,
  input: HandoffInput,
  decision: HandoffDecision,
): Promise<IDataObject> {
  try {
    const { decisionId } = await callHandoffService(ctx, itemIndex, '/v1/decisions', {
      input,
      decision,
    });
    if (typeof decisionId !== 'string') {
      return { decisionLogError: 'The rule service logged the decision but gave no decisionId' };
    }
    return { decisionId };
  } catch (error) {
    return { decisionLogError: `Not logged: ${(error as Error).message}` };
  }
}
