import { ruleFields, signalCatalogue, type FieldInfo } from '../../../core';
import type { Block } from './graph';

/** One entry of the palette: a name, a hint, and the block it adds. */
export interface PaletteItem {
  group: 'Signals' | 'Fields' | 'Logic' | 'Other';
  label: string;
  hint: string;
  block: Block;
}

/** The block a field starts as: yes/no fields as themselves, others compared with a first value. */
export const blockForField = (f: FieldInfo): Block => {
  switch (f.type) {
    case 'boolean':
      return { kind: 'flag', field: f.path };
    case 'number':
      return { kind: 'compare', field: f.path, op: '>', value: f.unit === 'minutes' ? 20 : 0 };
    case 'choice':
    case 'language':
      return {
        kind: 'compare',
        field: f.path,
        op: '==',
        value: f.values?.[f.values.length - 1] ?? '',
      };
    case 'text':
      return { kind: 'compare', field: f.path, op: '==', value: '' };
  }
};

/**
 * The palette, generated from core's catalogue: one block per signal and per field, then the
 * logic blocks and a custom expression. A new signal or field appears here without code.
 */
export const paletteItems = (): PaletteItem[] => [
  ...signalCatalogue.map((s) => ({
    group: 'Signals' as const,
    label: s.label[0]!.toUpperCase() + s.label.slice(1),
    hint: s.meaning,
    block: { kind: 'signal' as const, code: s.code, minStrength: s.strength.default },
  })),
  ...ruleFields.map((f) => ({
    group: 'Fields' as const,
    label: f.label[0]!.toUpperCase() + f.label.slice(1),
    hint: f.meaning,
    block: blockForField(f),
  })),
  {
    group: 'Logic',
    label: 'All of',
    hint: 'every connected condition holds',
    block: { kind: 'logic', mode: 'all' },
  },
  {
    group: 'Logic',
    label: 'Any of',
    hint: 'at least one connected condition holds',
    block: { kind: 'logic', mode: 'any' },
  },
  {
    group: 'Logic',
    label: 'Not',
    hint: 'the connected condition does not hold',
    block: { kind: 'logic', mode: 'not' },
  },
  {
    group: 'Logic',
    label: 'At least N of',
    hint: 'a number of the connected conditions hold',
    block: { kind: 'logic', mode: 'atLeast', n: 2 },
  },
  {
    group: 'Other',
    label: 'Mentions words',
    hint: 'a text field mentions one of a list of words',
    block: { kind: 'words', field: 'customer.segment', terms: ['vip'] },
  },
  {
    group: 'Other',
    label: 'Custom expression',
    hint: 'any JSON-logic, for what the palette has no block for',
    block: { kind: 'raw', json: { '>': [{ var: 'session.minutes' }, 30] } },
  },
];
