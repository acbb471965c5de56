import type {
  IExecuteFunctions,
  INodeExecutionData,
  INodeType,
  INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as summarize from './summarize.operation';

// n8n resolves icons relative to the registered file, HandoffSummarize.node.js one folder up.
const icon = {
  light: 'file:handoffSummarize.svg',
  dark: 'file:handoffSummarize.dark.svg',
} as const;

export class HandoffSummarizeV1 implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Handoff Summarize',
    name: 'handoffSummarize',
    icon,
    group: ['transform'],
    version: 1,
    subtitle:
      '={{ $parameter["runOn"] === "service" ? "rule service" : $parameter["summarizer"] === "llm" ? "LLM, offline fallback" : "offline" }}',
    description:
      'Summarize a conversation for the agent who takes it over, with a Markdown transcript',
    defaults: { name: 'Handoff Summarize' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    usableAsTool: true,
    credentials: summarize.credentials,
    properties: summarize.properties,
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    return await summarize.execute.call(this);
  }
}
