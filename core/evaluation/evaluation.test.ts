import { describe, expect, it } from 'vitest';
import { decide, defaultRuleset, type HandoffInput, type RulesetRaw } from '..';
import { checkFixture, fixtureIssues, runFixtures } from './fixture-check';
import { Fixture } from './fixture';
import { scoreLine } from './labelled';
import { scoreDecisions } from './metrics';
import { mismatches, outcomeOf } from './outcome';
import { replay } from './replay';

const at = '2026-11-20T10:00:00Z';
const chat = (id: string, text: string): HandoffInput =>
  ({
    conversation: { id, channel: 'web', messages: [{ role: 'customer', text, at }] },
  }) as HandoffInput;

const angry = chat('angry', 'I want to talk to a human right now, this is useless!');
const calm = chat('calm', 'What are your opening hours?');

describe('outcomeOf and mismatches', () => {
  it('reads the comparable fields, reasons sorted, a missing queue as null', () => {
    const o = outcomeOf(decide(angry));
    expect(o.handoff).toBe(true);
    expect(o.reasons).toEqual([...o.reasons].sort());
    expect(o.reasons).toContain('human_request');
    expect(o.queue).toBeNull();
  });

  it('compares only the fields asked for, reasons as sets', () => {
    const o = outcomeOf(decide(angry));
    expect(mismatches({ reasons: [...o.reasons].reverse() }, o)).toEqual([]);
    expect(mismatches({ handoff: false, language: 'en' }, o)).toEqual([
      { field: 'handoff', expected: false, actual: true },
    ]);
    expect(mismatches({ queue: 'vip' }, o)).toEqual([
      { field: 'queue', expected: 'vip', actual: null },
    ]);
  });
});

describe('fixtures', () => {
  const fixtures = [
    Fixture.parse({ name: 'asks for a person', input: angry, expect: { handoff: true } }),
    Fixture.parse({
      name: 'wrongly expects a handoff',
      input: calm,
      expect: { handoff: true, issueType: 'support' },
    }),
  ];

  it('refuses a fixture that pins nothing down, naming the path', () => {
    const r = Fixture.safeParse({ name: 'x', input: calm, expect: {} });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('must name at least one decision field');
  });

  it('checks each fixture and lists the failed ones with their index', () => {
    const run = runFixtures(fixtures, (input) => decide(input));
    expect(run.results.map((r) => r.passed)).toEqual([true, false]);
    expect(run.failed).toEqual([
      {
        index: 1,
        result: {
          name: 'wrongly expects a handoff',
          passed: false,
          mismatches: [{ field: 'handoff', expected: true, actual: false }],
        },
      },
    ]);
    expect(fixtureIssues(run.results)).toEqual([
      {
        path: 'fixtures[1].expect.handoff',
        message: '"wrongly expects a handoff": expected true, got false',
      },
    ]);
  });

  it('checkFixture passes when every named field agrees', () => {
    expect(checkFixture(fixtures[0]!, decide(angry)).passed).toBe(true);
  });
});

describe('replay', () => {
  // A ruleset that never hands off: every handoff of the default becomes a change.
  const never: RulesetRaw = {
    ...defaultRuleset,
    id: 'never',
    rules: [{ id: 'stay', name: 'Always stay with the bot', when: true, then: { handoff: false } }],
  } as RulesetRaw;

  it('lists the conversations whose outcome changed and counts handoffs before and after', () => {
    const r = replay(
      [angry, calm],
      (i) => decide(i),
      (i) => decide(i, { ruleset: never }),
    );
    expect(r.total).toBe(2);
    expect(r.handoffs).toEqual({ before: 1, after: 0 });
    expect(r.changed).toBe(1);
    expect(r.differences[0]).toMatchObject({ index: 0, conversationId: 'angry' });
    expect(r.differences[0]!.fields).toContain('handoff');
    expect(r.differences[0]!.fields).toContain('reasons');
  });

  it('finds no change between a ruleset and itself', () => {
    const r = replay(
      [angry, calm],
      (i) => decide(i),
      (i) => decide(i),
    );
    expect(r).toEqual({ total: 2, changed: 0, handoffs: { before: 1, after: 1 }, differences: [] });
  });
});

describe('labelled lines and metrics', () => {
  const expected = {
    handoff: true,
    reasons: ['human_request'],
    issueType: 'support',
    language: 'en',
  };

  it('scores a labelled line, and says why a line cannot be scored', () => {
    const ok = scoreLine({ id: 'a', input: angry, expected }, 'line 1', (i) => decide(i as never));
    expect(ok).toMatchObject({ id: 'a', expected });
    const bad = scoreLine({ id: 'b', input: angry, expected: { handoff: 'yes' } }, 'line 2', () => {
      throw new Error('not reached');
    });
    expect(bad).toEqual({
      id: 'b',
      error: expect.stringMatching(/^not a labelled line: expected\.handoff: /),
    });
    const refused = scoreLine({ input: { conversation: {} }, expected }, 'line 3', (i) =>
      decide(i as never),
    );
    expect(refused).toEqual({
      id: 'line 3',
      error: expect.stringMatching(/conversation\.messages/),
    });
  });

  it('counts a missed handoff as a false negative', () => {
    const report = scoreDecisions([
      scoreLine({ id: 'a', input: angry, expected }, 'l1', (i) => decide(i as never)),
      scoreLine({ id: 'c', input: calm, expected }, 'l2', (i) => decide(i as never)),
    ]);
    expect(report.handoff).toMatchObject({ tp: 1, fn: 1, fp: 0, tn: 0, recall: 0.5, precision: 1 });
    expect(report.misses).toContainEqual({ id: 'c', field: 'handoff', expected: true, got: false });
  });

  it('gives reason precision, and the figures per language and per issue type', () => {
    const scored = (id: string, language: string, issueType: string, reasons: string[]) => ({
      id,
      expected: {
        handoff: true,
        reasons: ['human_request' as const],
        issueType: 'billing',
        language,
      },
      decision: {
        handoff: true,
        reasons: reasons.map((code) => ({ code, category: 'intent', evidence: [] })),
        issueType,
        language,
      },
    });
    const report = scoreDecisions([
      scored('a', 'en', 'billing', ['human_request', 'negative_sentiment']),
      scored('b', 'de', 'support', ['human_request']),
    ] as never);
    expect(report.reasonPrecision.human_request).toEqual({ given: 2, expected: 2, precision: 1 });
    expect(report.reasonPrecision.negative_sentiment).toEqual({
      given: 1,
      expected: 0,
      precision: 0,
    });
    expect(report.reasons).toEqual({ recall: 1, precision: 0.6667 });
    expect(report.byIssueType.billing).toEqual({ count: 2, recall: 0.5, precision: 1 });
    expect(report.byLanguage.de).toMatchObject({ count: 1, f1: 1, issueTypeAccuracy: 0 });
    expect(report.byLanguage.en).toMatchObject({ count: 1, issueTypeAccuracy: 1 });
  });
});
