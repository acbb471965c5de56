import { createHash } from 'node:crypto';
import type { Ruleset } from '../../core';

/** JSON with object keys sorted, so equal content always has equal text. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

/**
 * The id of a ruleset version: the SHA-256 of its canonical JSON.
 *
 * @example
 * contentVersion(ruleset); // 'sha256:9f86d0...'
 */
export const contentVersion = (ruleset: Ruleset): string =>
  `sha256:${createHash('sha256').update(canonicalJson(ruleset)).digest('hex')}`;
