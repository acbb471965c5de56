import type {
  IExecuteFunctions,
  INodeExecutionData,
  INodeType,
  INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as feedback from './feedback.operation';

// n8n resolves icons relative to the registered file, HandoffFeedback.node.js one folder up.
const icon = { light: 'file:handoffFeedback.svg', dark: 'file:handoffFeedback.dark.svg' } as const;

export class HandoffFeedbackV1 implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Handoff Feedback',
    name: 'handoffFeedback',
    icon,
    group: ['output'],
    version: 1,
    subtitle: '={{ "verdict: " + $parameter["verdict"] }}',
    description:
      'Tell the rule service whether a handoff decision was right, so its rules are measured on what really happened',
    defaults: { name: 'Handoff Feedback' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    usableAsTool: true,
    credentials: feedback.credentials,
    properties: feedback.properties,
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    return await feedback.execute.call(this);
  }
}
