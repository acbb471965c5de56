import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { channels, tiers, type DetectConfigInput } from '../../core';

const titleCase = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/**
 * "Detector Settings": each threshold of core's `DetectConfig` as a named option with its
 * default. A collection stores only the options the user adds, so an option left out keeps
 * the ruleset's own value instead of being forced back to the default. The defaults are
 * literals (n8n's lint wants them so) and a test holds them equal to core's.
 */
export const detectorSettingsProperty: INodeProperties = {
  displayName: 'Detector Settings',
  name: 'detectorSettings',
  type: 'collection',
  placeholder: 'Add Setting',
  default: {},
  description: "Change a detector's threshold; the ruleset's own settings apply otherwise",
  displayOptions: { show: { runOn: ['local'] } },
  options: [
    {
      displayName: 'Bot Fallbacks',
      name: 'botFallbacks',
      type: 'number',
      typeOptions: { minValue: 1, maxValue: 50 },
      default: 2,
      description:
        'Bot answers such as "I didn\'t understand" before the bot counts as not helping',
    },
    {
      displayName: 'High-Value Lifetime',
      name: 'highValueLifetime',
      type: 'number',
      typeOptions: { minValue: 0 },
      default: 50000,
      description:
        "Lifetime value (the customer's lifetimeValue) from which an account is high value",
    },
    {
      displayName: 'High-Value Segments',
      name: 'highValueSegments',
      type: 'string',
      default: 'enterprise, strategic, vip, key account, key-account',
      description: 'Customer segments that count as high value, separated by commas',
    },
    {
      displayName: 'High-Value Tiers',
      name: 'highValueTiers',
      type: 'multiOptions',
      options: tiers.map((tier) => ({ name: titleCase(tier), value: tier })),
      default: ['enterprise'],
      description: 'Customer tiers that count as high value',
    },
    {
      displayName: 'Live Channels',
      name: 'liveChannels',
      type: 'multiOptions',
      options: channels.map((channel) => ({
        name: channel === 'sms' ? 'SMS' : channel === 'whatsapp' ? 'WhatsApp' : titleCase(channel),
        value: channel,
      })),
      default: ['web', 'whatsapp', 'sms', 'voice'],
      description: 'Channels where a long session counts (email threads have gaps by nature)',
    },
    {
      displayName: 'Long Session (Minutes)',
      name: 'longSessionMinutes',
      type: 'number',
      typeOptions: { minValue: 1, maxValue: 10000 },
      default: 20,
      description: 'Minutes of an unresolved live chat before it counts as a long session',
    },
    {
      displayName: 'Negative Streak',
      name: 'negativeStreak',
      type: 'number',
      typeOptions: { minValue: 2, maxValue: 50 },
      default: 3,
      description: 'Clearly negative customer messages in a row that make a negative streak',
    },
    {
      displayName: 'Previous Handoffs',
      name: 'previousHandoffs',
      type: 'number',
      typeOptions: { minValue: 1 },
      default: 1,
      description: 'Earlier handoffs of the conversation from which that counts as a signal',
    },
    {
      displayName: 'Repeated Question',
      name: 'repeatedQuestion',
      type: 'number',
      typeOptions: { minValue: 2, maxValue: 50 },
      default: 3,
      description: 'How many times the customer asks the same thing before it counts',
    },
    {
      displayName: 'Similarity',
      name: 'similarity',
      type: 'number',
      typeOptions: { minValue: 0.1, maxValue: 1, numberPrecision: 2 },
      default: 0.5,
      description: 'Word overlap (0.1 to 1) from which two questions count as the same question',
    },
  ],
};

/**
 * The detector settings the user added, as a `DetectConfig` override (undefined when none).
 * Segments come as a comma-separated text.
 */
export function readDetectorSettings(
  ctx: IExecuteFunctions,
  itemIndex: number,
): DetectConfigInput | undefined {
  const raw = ctx.getNodeParameter('detectorSettings', itemIndex, {}) as Record<string, unknown>;
  const config: Record<string, unknown> = { ...raw };
  if (typeof raw.highValueSegments === 'string') {
    config.highValueSegments = raw.highValueSegments
      .split(',')
      .map((segment) => segment.trim())
      .filter(Boolean);
  }
  return Object.keys(config).length ? (config as DetectConfigInput) : undefined;
}
