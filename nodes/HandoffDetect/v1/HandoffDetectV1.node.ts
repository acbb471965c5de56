import type {
  IExecuteFunctions,
  INodeExecutionData,
  INodeType,
  INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as detect from './detect.operation';

// n8n resolves icons relative to the registered file, HandoffDetect.node.js one folder up.
const icon = { light: 'file:handoffDetect.svg', dark: 'file:handoffDetect.dark.svg' } as const;

export class HandoffDetectV1 implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Handoff Detect',
    name: 'handoffDetect',
    icon,
    group: ['transform'],
    version: 1,
    subtitle: '={{ $parameter["runOn"] === "service" ? "rule service" : "local rules" }}',
    description: 'Decide whether a person must take over a chatbot conversation, and why',
    defaults: { name: 'Handoff Detect' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
    outputNames: ['Hand Off', 'Bot Continues'],
    usableAsTool: true,
    credentials: detect.credentials,
    properties: detect.properties,
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    return await detect.execute.call(this);
  }
}
