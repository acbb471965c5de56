import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandoffInputRaw, Ruleset } from '../contract';
import { compileRuleset, decide } from '../decide';
import { runDetect } from '../pipeline';
import { suggestChanges, type JudgedConversation } from './suggest';
import { thresholdSites, withThreshold } from './thresholds';

const dir = join(__dirname, '..', '..', 'examples', 'conversations');
const inputs: { id: string; input: HandoffInputRaw }[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; input: HandoffInputRaw }),
  );
const detected = new Map<HandoffInputRaw, { code: string; strength: number }[]>();
const strength = (input: HandoffInputRaw, code: string) => {
  if (!detected.has(input)) detected.set(input, runDetect(input).signals);
  return detected.get(input)!.find((s) => s.code === code)?.strength;
};

const oneRule = (when: unknown): Ruleset => ({
  id: 'q',
  name: 'Quality test',
  rules: [
    {
      id: 'r',
      name: 'The rule',
      enabled: true,
      when: when as {},
      then: { handoff: true, reason: 'refund_dispute' },
    },
  ],
});

/** People's verdicts, made up so the right threshold is known: a person was needed from `least` up. */
const judgedBy = (code: string, least: number): JudgedConversation[] =>
  inputs.map(({ id, input }) => ({ id, input, wanted: (strength(input, code) ?? -1) >= least }));

describe('thresholdSites and withThreshold', () => {
  it('finds every has_signal with a literal code and moves exactly one', () => {
    const when = {
      and: [
        { has_signal: 'high_value_customer' },
        { or: [{ has_signal: ['refund_dispute', 0.8] }, { has_signal: { var: 'x' } }] },
      ],
    };
    const sites = thresholdSites(when);
    expect(sites).toEqual([
      { at: ['and', 0], code: 'high_value_customer', least: 0 },
      { at: ['and', 1, 'or', 0], code: 'refund_dispute', least: 0.8 },
    ]);
    const moved = withThreshold(oneRule(when), 'r', sites[1]!, 0.9);
    expect(moved.rules[0]!.when).toEqual({
      and: [
        { has_signal: 'high_value_customer' },
        { or: [{ has_signal: ['refund_dispute', 0.9] }, { has_signal: { var: 'x' } }] },
      ],
    });
    expect(when.and[1]).toEqual({
      or: [{ has_signal: ['refund_dispute', 0.8] }, { has_signal: { var: 'x' } }],
    });
    expect(withThreshold(oneRule(when), 'r', sites[0]!, 0.95).rules[0]!.when).toMatchObject({
      and: [{ has_signal: ['high_value_customer', 0.95] }, {}],
    });
  });
});

// Each replays the 297 sample conversations several times: slow on a loaded machine.
describe('suggestChanges', { timeout: 90_000 }, () => {
  it('raises a threshold whose handoffs people marked not needed, with replay figures counted by hand', () => {
    const ruleset = oneRule({ has_signal: ['refund_dispute', 0.5] });
    const judged = judgedBy('refund_dispute', 0.8);
    const weak = inputs.filter((x) => {
      const s = strength(x.input, 'refund_dispute');
      return s !== undefined && s >= 0.5 && s < 0.8;
    });
    const strong = inputs.filter((x) => (strength(x.input, 'refund_dispute') ?? 0) >= 0.8);
    expect(weak.length).toBeGreaterThan(2);

    const [s, ...rest] = suggestChanges(ruleset, judged);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      kind: 'raise',
      ruleId: 'r',
      signal: 'refund_dispute',
      from: 0.5,
      to: 0.6,
      judged: weak.length + strong.length,
      notNeeded: weak.length,
      replay: {
        judged: inputs.length,
        handoffsBefore: weak.length + strong.length,
        handoffsAfter: strong.length,
        removed: weak.length,
        removedNeeded: 0,
        added: 0,
      },
    });
    expect(new Set(s!.replay.flipped)).toEqual(new Set(weak.map((w) => w.id)));
    const share = Math.round((100 * weak.length) / (weak.length + strong.length));
    expect(s!.sentence).toContain(`not needed ${share}% of the time`);
    expect(s!.sentence).toContain('from 0.5 to 0.6?');
    expect(s!.sentence).toContain(`${weak.length} fewer handoffs, 0 of them marked needed`);
    // The suggested ruleset decides as the replay says, and the given one is untouched.
    const after = compileRuleset(s!.ruleset);
    expect(inputs.filter((x) => decide(x.input, { ruleset: after }).handoff)).toHaveLength(
      strong.length,
    );
    expect(ruleset.rules[0]!.when).toEqual({ has_signal: ['refund_dispute', 0.5] });
  });

  it('lowers a threshold the bot stayed under while people needed a person', () => {
    const ruleset = oneRule({ has_signal: ['previous_handoff', 0.8] });
    const judged = judgedBy('previous_handoff', 0.5);
    const under = inputs.filter((x) => {
      const s = strength(x.input, 'previous_handoff');
      return s !== undefined && s < 0.8;
    });
    const [s] = suggestChanges(ruleset, judged);
    expect(s).toMatchObject({
      kind: 'lower',
      from: 0.8,
      to: 0.5,
      missed: under.length,
      replay: { added: under.length, addedNeeded: under.length, removed: 0 },
    });
    expect(s!.sentence).toMatch(/^Rule "The rule": the bot kept \d+ conversations .* Lower /);
  });

  it('suggests nothing when the rule already agrees with people, or too few were judged', () => {
    expect(
      suggestChanges(
        oneRule({ has_signal: ['refund_dispute', 0.8] }),
        judgedBy('refund_dispute', 0.8),
      ),
    ).toEqual([]);
    const few = judgedBy('refund_dispute', 0.8).filter(
      (j) => strength(j.input, 'refund_dispute') !== undefined,
    );
    expect(
      suggestChanges(oneRule({ has_signal: ['refund_dispute', 0.5] }), few.slice(0, 4)),
    ).toEqual([]);
  });
});
