import { sha256Hex } from './sha256';

/**
 * JSON with object keys sorted and `undefined` members dropped, so equal content always
 * has equal text (the same canonical form the rule service versions rulesets with).
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

/** `sha256:` and the SHA-256 of a value's canonical JSON. */
export const contentHash = (value: unknown): string => `sha256:${sha256Hex(canonicalJson(value))}`;
