import type {
  IExecuteFunctions,
  INodeExecutionData,
  INodeType,
  INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { handoffHubSpotScopes } from './credential-test';
import * as enrich from './enrich.operation';

// n8n resolves icons relative to the registered file, HandoffEnrich.node.js one folder up.
const icon = { light: 'file:handoffEnrich.svg', dark: 'file:handoffEnrich.dark.svg' } as const;

export class HandoffEnrichV1 implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Handoff Enrich',
    name: 'handoffEnrich',
    icon,
    group: ['transform'],
    version: 1,
    subtitle:
      '={{ { hubspot: "from HubSpot", httpCrm: "from an HTTP CRM", fields: "from earlier nodes" }[$parameter["source"]] }}',
    description:
      'Add account info, orders and previous tickets from a CRM to a conversation being handed off',
    defaults: { name: 'Handoff Enrich' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    usableAsTool: true,
    credentials: enrich.credentials,
    properties: enrich.properties,
  };

  methods = { credentialTest: { handoffHubSpotScopes } };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    return await enrich.execute.call(this);
  }
}
