import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { compileRuleset, type CompiledRuleset, type DecideOptions } from '../../core';
import { detectorSettingsProperty, readDetectorSettings } from './detector-settings';
import { parseJsonField } from './input/read-input';

/** Where a local decision takes its ruleset from: the default, or JSON pasted into the node. */
export const localRulesetProperties: INodeProperties[] = [
  {
    displayName: 'Ruleset',
    name: 'rulesetSource',
    type: 'options',
    noDataExpression: true,
    options: [
      {
        name: 'Default',
        value: 'default',
        description: 'The built-in escalation policy',
      },
      {
        name: 'Ruleset JSON',
        value: 'json',
        description: 'A ruleset as the rule builder exports it',
      },
    ],
    default: 'default',
    displayOptions: { show: { runOn: ['local'] } },
  },
  {
    displayName: 'Ruleset JSON',
    name: 'rulesetJson',
    type: 'json',
    default: '{\n  "id": "my-rules",\n  "name": "My rules",\n  "rules": []\n}',
    description:
      'A ruleset as the rule builder exports it: a name, rules (each a when and a then) and optional config',
    displayOptions: { show: { runOn: ['local'], rulesetSource: ['json'] } },
  },
  detectorSettingsProperty,
];

/** A ruleset published on the rule service, by id. */
export const serviceRulesetProperty: INodeProperties = {
  displayName: 'Ruleset ID',
  name: 'rulesetId',
  type: 'string',
  default: '',
  placeholder: 'support-eu',
  description: "A ruleset published on the rule service; empty uses the service's default",
  displayOptions: { show: { runOn: ['service'] } },
};

/**
 * The `decide` options of each item, compiling each distinct pasted ruleset once per
 * execution (a ruleset given by expression may differ per item).
 */
export function rulesetCache() {
  const compiled = new Map<string, CompiledRuleset>();
  return {
    options(ctx: IExecuteFunctions, itemIndex: number): DecideOptions {
      const source = ctx.getNodeParameter('rulesetSource', itemIndex, 'default') as string;
      const config = readDetectorSettings(ctx, itemIndex) as DecideOptions['config'];
      const options: DecideOptions = config ? { config } : {};
      if (source !== 'json') return options;
      const raw = ctx.getNodeParameter('rulesetJson', itemIndex, '') as unknown;
      const key = typeof raw === 'string' ? raw : JSON.stringify(raw);
      let ruleset = compiled.get(key);
      if (!ruleset) {
        ruleset = compileRuleset(parseJsonField('Ruleset JSON', raw));
        compiled.set(key, ruleset);
      }
      return { ...options, ruleset };
    },
  };
}
