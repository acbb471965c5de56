import type { RulesetRecord } from '../store/rulesets';

/**
 * The ETag of a ruleset: its id and revision, quoted and strong. The revision goes up with
 * every change (draft, publish, rollback), so the tag changes whenever the ruleset does.
 *
 * @example
 * etagOf({ id: 'billing', revision: 3 }); // '"billing.r3"'
 */
export const etagOf = (r: Pick<RulesetRecord, 'id' | 'revision'>): string =>
  `"${r.id}.r${r.revision}"`;

/** One entity tag of a header: `tag` keeps its quotes, `weak` says it had `W/` in front. */
export interface EntityTag {
  weak: boolean;
  tag: string;
}

// RFC 9110 §8.8.3: etagc = %x21 / %x23-7E / obs-text (anything visible but a double quote).
const etagc = /^[\x21\x23-\x7e\x80-\xff]*$/;

/**
 * Reads an `If-Match` value (RFC 9110 §13.1.1): `'*'`, the list of entity tags, or
 * `undefined` when it is not a valid list. Empty list elements are skipped, as the list
 * syntax allows.
 *
 * @example
 * parseEntityTags('"a.r1", W/"a.r2"'); // [{ weak: false, tag: '"a.r1"' }, { weak: true, tag: '"a.r2"' }]
 * parseEntityTags('*'); // '*'
 * parseEntityTags('a.r1'); // undefined: tags are quoted
 */
export const parseEntityTags = (header: string): EntityTag[] | '*' | undefined => {
  if (header.trim() === '*') return '*';
  const tags: EntityTag[] = [];
  // Tags may contain commas, so the list is scanned rather than split.
  let i = 0;
  const skip = (chars: string) => {
    while (i < header.length && chars.includes(header[i]!)) i++;
  };
  for (;;) {
    skip(' \t,');
    if (i >= header.length) break;
    const weak = header.startsWith('W/', i);
    if (weak) i += 2;
    if (header[i] !== '"') return undefined;
    const end = header.indexOf('"', i + 1);
    if (end < 0) return undefined;
    const tag = header.slice(i, end + 1);
    if (!etagc.test(tag.slice(1, -1))) return undefined;
    tags.push({ weak, tag });
    i = end + 1;
    skip(' \t');
    if (i < header.length && header[i] !== ',') return undefined;
  }
  return tags;
};

/**
 * The revision a strong tag names for ruleset `id`, or `undefined` when the tag is not one
 * of this ruleset's.
 *
 * @example
 * revisionOfTag('"billing.r3"', 'billing'); // 3
 * revisionOfTag('"sales.r3"', 'billing'); // undefined
 */
export const revisionOfTag = (tag: string, id: string): number | undefined => {
  const m = /^"(.+)\.r(\d{1,9})"$/.exec(tag);
  return m && m[1] === id ? Number(m[2]) : undefined;
};
