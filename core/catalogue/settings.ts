import { channels, tiers } from '../contract/input';
import { defaultDetectConfig, type DetectConfig } from '../detect/config';

/** One threshold of a ruleset's `config`, as the settings form shows it. */
export interface SettingInfo {
  key: keyof DetectConfig;
  label: string;
  type: 'integer' | 'number' | 'choices' | 'words';
  values?: readonly string[];
  unit?: string;
  min?: number;
  max?: number;
  default: DetectConfig[keyof DetectConfig];
}

const s = (info: Omit<SettingInfo, 'default'>): SettingInfo => ({
  ...info,
  default: defaultDetectConfig[info.key],
});

/** Every detector threshold with its default (from `DetectConfig`). */
export const settingCatalogue: readonly SettingInfo[] = [
  s({
    key: 'negativeStreak',
    label: 'Upset messages in a row that make a streak',
    type: 'integer',
    unit: 'messages',
    min: 2,
    max: 50,
  }),
  s({
    key: 'repeatedQuestion',
    label: 'Times the same question counts as repeated',
    type: 'integer',
    unit: 'times',
    min: 2,
    max: 50,
  }),
  s({
    key: 'similarity',
    label: 'How alike two questions must be (0.1 to 1)',
    type: 'number',
    min: 0.1,
    max: 1,
  }),
  s({
    key: 'longSessionMinutes',
    label: 'Minutes before a live chat counts as long',
    type: 'number',
    unit: 'minutes',
    min: 1,
    max: 10000,
  }),
  s({ key: 'liveChannels', label: 'Live channels', type: 'choices', values: channels }),
  s({
    key: 'highValueTiers',
    label: 'Tiers that count as high value',
    type: 'choices',
    values: tiers,
  }),
  s({ key: 'highValueSegments', label: 'Segments that count as high value', type: 'words' }),
  s({
    key: 'highValueLifetime',
    label: 'Lifetime value that counts as high value',
    type: 'number',
    unit: 'amount',
    min: 0,
  }),
  s({
    key: 'previousHandoffs',
    label: 'Earlier handoffs that count',
    type: 'integer',
    unit: 'handoffs',
    min: 1,
  }),
  s({
    key: 'botFallbacks',
    label: 'Bot fallback answers before "not helping"',
    type: 'integer',
    unit: 'answers',
    min: 1,
    max: 50,
  }),
];
