import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../text';
import { branches, lexicons, wordExpression, wordMatcher, type Branch, type Matcher } from '.';

/** Every match of `re` in `text`: index, text and the named groups that took part. */
const matches = (re: Matcher, text: string) => {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const groups = Object.entries(m.groups ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    out.push(`${m.index}:${m[0]}:${groups.join(',')}`);
  }
  return out;
};

const dir = join(__dirname, '../../../examples/conversations');
const texts = [dir, join(dir, 'dev')].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(d, f), 'utf8').split('\n').filter(Boolean))
    .flatMap((line) =>
      (
        JSON.parse(line) as { input: { conversation: { messages: { text: string }[] } } }
      ).input.conversation.messages.map((m) => fold(m.text)),
    ),
);

const all = Object.values(lexicons);

describe('an alternation split in parts', () => {
  it('finds what the single expression finds, where branches overlap across parts', () => {
    const bs: Branch[] = [
      { source: 'ab' },
      { source: 'abc' },
      { source: 'b\\s+c', group: 'g' },
      { source: 'c', group: 'g' },
      { source: 'bc', group: 'h' },
    ];
    const one = wordExpression(bs);
    for (const max of [1, 4, 8, 12]) {
      const split = wordMatcher(bs, max);
      expect(split).not.toBeInstanceOf(RegExp);
      for (const t of ['ab abc', 'abc', 'b c bc c', 'x ab-c abcd b  c', '']) {
        expect(matches(split, t)).toEqual(matches(one, t));
      }
    }
  });

  it('matches every labelled message exactly as the one long expression (cues and issue words of all languages)', () => {
    const cues = branches(all.flatMap((l) => l.humanRequest));
    const issue = (['billing', 'technical', 'sales', 'support'] as const).flatMap((t) => [
      ...branches(
        all.flatMap((l) => l.issueNeed[t]),
        `n_${t}`,
      ),
      ...branches(
        all.flatMap((l) => l.issue[t]),
        `w_${t}`,
      ),
    ]);
    expect(texts.length).toBeGreaterThan(3_000);
    for (const bs of [cues, issue]) {
      const one = wordExpression(bs);
      const split = wordMatcher(bs, 6_000);
      expect(split).not.toBeInstanceOf(RegExp);
      let found = 0;
      for (const t of texts) {
        const want = matches(one, t);
        found += want.length;
        expect(matches(split, t)).toEqual(want);
      }
      expect(found).toBeGreaterThan(bs === cues ? 40 : 1_000);
    }
  });

  it('stays one expression under the size limit', () => {
    expect(wordMatcher(branches(['refund', 'chargeback']))).toBeInstanceOf(RegExp);
  });
});
