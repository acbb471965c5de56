import { describe, expect, it } from 'vitest';
import { redactText } from '../../core';
import { newDecisionId } from './decision-log';
import { redactMessageText } from './record';

describe('what the decision log does on every request', () => {
  it('redacts a sensitive message every time it is seen, and returns clean texts unchanged', () => {
    const sensitive = 'my card is 4242 4242 4242 4242, please refund';
    const clean = 'Hi, I was charged twice this month.';
    for (let i = 0; i < 3; i++) {
      expect(redactMessageText(sensitive)).toBe(redactText(sensitive));
      expect(redactMessageText(sensitive)).not.toContain('4242 4242');
      expect(redactMessageText(clean)).toBe(clean);
    }
  });

  it('gives decision ids that are unique and sort by time', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => newDecisionId(1_800_000_000_000 + i));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^dec_[0-9a-z]{9}[0-9a-f]{12}$/);
    // Ids made in the same millisecond still differ, and sort in the order they were made
    // (a conversation decided twice within a millisecond lists its decisions in order).
    const same = Array.from({ length: 2000 }, () => newDecisionId(1_900_000_000_000));
    expect(new Set(same).size).toBe(same.length);
    expect([...same].sort()).toEqual(same);
  });
});
