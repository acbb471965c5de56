import type {
  IExecuteFunctions,
  INodeExecutionData,
  INodeType,
  INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as route from './route.operation';

// n8n resolves icons relative to the registered file, HandoffRoute.node.js one folder up.
const icon = { light: 'file:handoffRoute.svg', dark: 'file:handoffRoute.dark.svg' } as const;

export class HandoffRouteV1 implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Handoff Route',
    name: 'handoffRoute',
    icon,
    group: ['transform'],
    version: 1,
    subtitle: '={{ $parameter["runOn"] === "service" ? "rule service" : "local routing" }}',
    description:
      'Pick the queue, skills and agent for a handoff, estimate the wait and tell the customer',
    defaults: { name: 'Handoff Route' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    usableAsTool: true,
    credentials: route.credentials,
    properties: route.properties,
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    return await route.execute.call(this);
  }
}
