import type { Node } from './parse';
import type { DescribedArg } from './types';

/**
 * Plain-language pieces shared by the operators' `describe` functions.
 */

/** `"customer.lifetimeValue"` → `"customer lifetime value"`; signals read as "the X signal". */
export function readablePath(path: unknown): string {
  const text = path === null || path === undefined ? '' : String(path);
  if (text === '') return 'the value';
  const segments = text.split('.');
  if (segments[0] === 'signals' && segments.length >= 2) {
    const rest = segments.slice(2).map(humanize).join(' ');
    return `the ${humanize(segments[1])} signal${rest ? ` ${rest}` : ''}`;
  }
  return segments.map((s) => (/^\d+$/.test(s) ? `#${Number(s) + 1}` : humanize(s))).join(' ');
}

function humanize(segment: string): string {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** A literal as words: bare words stay bare, other text is quoted, null is "nothing". */
export function readableValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return /^[\w-]+$/.test(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return listOf(value.map(readableValue), 'and');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `["a","b","c"]` → `"a, b or c"`. */
export function listOf(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length === 0) return 'nothing';
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Wraps a combined (and/or/if) argument in parentheses when it sits inside another one. */
export function grouped(arg: DescribedArg, ...ops: string[]): string {
  const { node } = arg;
  return node.kind === 'op' && ops.includes(node.op) && node.args.length > 1
    ? `(${arg.text})`
    : arg.text;
}

/** True when the node is a literal (or an array of literals). */
export function isLiteral(node: Node): boolean {
  return node.kind === 'literal' || (node.kind === 'array' && node.items.every(isLiteral));
}
