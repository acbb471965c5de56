import type { INode, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { defaultDetectConfig } from '../core';
import { HandoffDetect } from './HandoffDetect/HandoffDetect.node';
import { HandoffEnrich } from './HandoffEnrich/HandoffEnrich.node';
import { HandoffFeedback } from './HandoffFeedback/HandoffFeedback.node';
import { HandoffRoute } from './HandoffRoute/HandoffRoute.node';
import { HandoffSummarize } from './HandoffSummarize/HandoffSummarize.node';
import { detectorSettingsProperty } from './shared/detector-settings';

/**
 * The node panels as an n8n user meets them: every field the user needs is in the panel,
 * and a node just dropped on the canvas carries no error marker.
 */

const descriptions: INodeTypeDescription[] = [
  new HandoffDetect(),
  new HandoffSummarize(),
  new HandoffEnrich(),
  new HandoffRoute(),
  new HandoffFeedback(),
].map((node) => node.nodeVersions[node.currentVersion].description);

/**
 * The field n8n's editor takes for a node's authentication and moves out of the panel
 * into the credential dialog. Follows editor-ui `getMainAuthField`/`findAlternativeAuthField`
 * (n8n 2.x, `packages/frontend/editor-ui/src/utils/nodeTypesUtils.ts`): a field named
 * `authentication`, or else an options field every one of whose values shows a credential.
 */
function mainAuthField(description: INodeTypeDescription): INodeProperties | undefined {
  const shownBy: Record<string, string[]> = {};
  for (const credential of description.credentials ?? []) {
    for (const [field, values] of Object.entries(credential.displayOptions?.show ?? {})) {
      shownBy[field] = [...(shownBy[field] ?? []), ...(values ?? []).map(String)];
    }
  }
  const authFields = description.properties.filter((p) => p.name in shownBy);
  const named = authFields.find((p) => p.name === 'authentication');
  if (named) return named;
  return authFields.find((field) =>
    (field.options ?? []).every(
      (o) => 'value' in o && shownBy[field.name].includes(String(o.value)),
    ),
  );
}

const freshNode = (description: INodeTypeDescription): INode => {
  const parameters = NodeHelpers.getNodeParameters(
    description.properties,
    {},
    true,
    false,
    { typeVersion: 1 },
    description,
  );
  return {
    id: 'fresh',
    name: description.displayName,
    type: `n8n-nodes-handoff.${description.name}`,
    typeVersion: 1,
    position: [0, 0],
    parameters: parameters ?? {},
  };
};

describe('the node panels', () => {
  it.each(descriptions.map((d) => [d.displayName, d] as const))(
    '%s: no field is taken for authentication and hidden from the panel',
    (_, description) => {
      expect(mainAuthField(description)?.name).toBeUndefined();
    },
  );

  it('the audit finds the field n8n would hide (Run On when both its values show a credential)', () => {
    const summarize = descriptions.find((d) => d.name === 'handoffSummarize')!;
    const before = {
      ...summarize,
      credentials: [
        { name: 'handoffApi', displayOptions: { show: { runOn: ['service'] } } },
        {
          name: 'handoffLlmApi',
          displayOptions: { show: { runOn: ['local'], summarizer: ['llm'] } },
        },
      ],
    };
    expect(mainAuthField(before)?.name).toBe('runOn');
  });

  it.each(descriptions.map((d) => [d.displayName, d] as const))(
    '%s: a fresh node has no parameter issues and every JSON field it shows parses',
    (_, description) => {
      const node = freshNode(description);
      expect(
        NodeHelpers.getNodeParametersIssues(description.properties, node, description),
      ).toBeNull();
      for (const property of description.properties) {
        if (property.type !== 'json') continue;
        if (!NodeHelpers.displayParameter(node.parameters, property, node, description)) continue;
        expect(
          () => JSON.parse(String(node.parameters[property.name])),
          property.name,
        ).not.toThrow();
      }
    },
  );

  it('Summarize shows Run On, and its LLM credential only for the local LLM summarizer', () => {
    const summarize = descriptions.find((d) => d.name === 'handoffSummarize')!;
    const node = freshNode(summarize);
    const runOn = summarize.properties.find((p) => p.name === 'runOn')!;
    expect(NodeHelpers.displayParameter(node.parameters, runOn, node, summarize)).toBe(true);
    const llm = summarize.credentials!.find((c) => c.name === 'handoffLlmApi')!;
    const shows = (values: Record<string, string>) =>
      NodeHelpers.displayParameter({ ...node.parameters, ...values }, llm, node, summarize);
    expect(shows({ runOn: 'local', summarizer: 'offline' })).toBe(false);
    expect(shows({ runOn: 'local', summarizer: 'llm' })).toBe(true);
    expect(shows({ runOn: 'service', summarizer: 'llm' })).toBe(false);
  });

  it("Detector Settings offer every threshold of core's DetectConfig with core's default", () => {
    const options = detectorSettingsProperty.options as INodeProperties[];
    expect(options.map((o) => o.name).sort()).toEqual(Object.keys(defaultDetectConfig).sort());
    for (const option of options) {
      const expected = defaultDetectConfig[option.name as keyof typeof defaultDetectConfig];
      expect(option.default, option.name).toEqual(
        option.name === 'highValueSegments' ? (expected as string[]).join(', ') : expected,
      );
    }
  });
});
