import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleset, defaultRuleset } from '../../../core';
import { replayJsonl } from './replay';

describe('replay over a JSONL file', () => {
  it('finds the conversations a stricter draft stops handing off, and counts reasons', () => {
    const text = readFileSync(
      new URL('../../../examples/conversations/billing.jsonl', import.meta.url),
      'utf8',
    );
    const published = compileRuleset(defaultRuleset);
    // The draft drops the refund-dispute rule.
    const draft = compileRuleset({
      ...defaultRuleset,
      rules: defaultRuleset.rules.filter((r) => r.id !== 'refund-disputes'),
    });
    const report = replayJsonl(`${text}\nnot json\n{"hello": 1}\n`, published, draft);
    expect(report.skipped).toEqual([
      { line: text.split('\n').length + 1, message: 'not JSON' },
      { line: text.split('\n').length + 2, message: 'not a conversation' },
    ]);
    expect(report.total).toBe(report.inputs.length);
    expect(report.changed).toBeGreaterThan(0);
    expect(report.handoffs.after).toBeLessThanOrEqual(report.handoffs.before);
    const dispute = report.byReason.find((r) => r.code === 'refund_dispute')!;
    expect(dispute.before).toBeGreaterThan(0);
    for (const d of report.differences) expect(d.fields.length).toBeGreaterThan(0);
  });
});
