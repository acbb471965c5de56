import { describe, expect, it } from 'vitest';
import { etagOf, parseEntityTags, revisionOfTag } from './etag';

describe('ETags', () => {
  it('names a ruleset revision with a strong quoted tag', () => {
    expect(etagOf({ id: 'billing', revision: 12 })).toBe('"billing.r12"');
    expect(revisionOfTag('"billing.r12"', 'billing')).toBe(12);
    expect(revisionOfTag('"billing.r12"', 'other')).toBeUndefined();
    expect(revisionOfTag('"billing.rx"', 'billing')).toBeUndefined();
    expect(revisionOfTag('billing.r12', 'billing')).toBeUndefined();
  });

  it('reads If-Match lists as RFC 9110 writes them', () => {
    expect(parseEntityTags('"a.r1"')).toEqual([{ weak: false, tag: '"a.r1"' }]);
    expect(parseEntityTags(' W/"a.r2" ,, "a.r3",')).toEqual([
      { weak: true, tag: '"a.r2"' },
      { weak: false, tag: '"a.r3"' },
    ]);
    // A comma inside the quotes belongs to the tag.
    expect(parseEntityTags('"x,y", "z"')).toEqual([
      { weak: false, tag: '"x,y"' },
      { weak: false, tag: '"z"' },
    ]);
    expect(parseEntityTags('""')).toEqual([{ weak: false, tag: '""' }]);
    expect(parseEntityTags(' * ')).toBe('*');
    expect(parseEntityTags('')).toEqual([]);
  });

  it('refuses what is not a list of entity tags', () => {
    for (const bad of [
      'a.r1',
      '"a.r1',
      '"a.r1" "a.r2"',
      'w/"a.r1"',
      'W/ "a.r1"',
      '"a r1"',
      '"a\u0001"',
      '*, "a.r1"',
    ])
      expect(parseEntityTags(bad), bad).toBeUndefined();
  });
});
