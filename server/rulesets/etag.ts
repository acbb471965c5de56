import type { RulesetRecord } from '../store/rulesets';

/**
 * The ETag of a ruleset's draft: its id and revision. Quoted, strong.
 *
 * @example
 * etagOf({ id: 'billing', revision: 3 }); // '"billing.r3"'
 */
export const etagOf = (r: Pick<RulesetRecord, 'id' | 'revision'>): string =>
  `"${r.id}.r${r.revision}"`;

/**
 * The revision an `If-Match` header names for ruleset `id`: a number, `'any'` for `*` or
 * no header, or `'none'` when no tag in it can belong to this ruleset.
 */
export const revisionFromIfMatch = (
  header: string | undefined,
  id: string,
): number | 'any' | 'none' => {
  if (header === undefined || header.trim() === '*') return 'any';
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    const m = /^"(.+)\.r(\d{1,9})"$/.exec(tag);
    if (m && m[1] === id) return Number(m[2]);
  }
  return 'none';
};
