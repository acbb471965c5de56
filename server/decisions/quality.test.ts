import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/types';
import { createCoreEngine } from '../engine/core-engine';
import { insertDecisions, type DecisionRecord } from '../store/decisions';
import { putVerdict, type Verdict } from '../store/verdicts';
import { backends } from '../test/backends';
import { testService } from '../test/harness';
import { loggedDecision, sampleRuleset } from '../test/samples';

const minutesAfter = (iso: string, m: number) =>
  new Date(Date.parse(iso) + m * 60_000).toISOString();
const input = (text: string) => ({
  conversation: {
    channel: 'web',
    messages: [{ role: 'customer', text, at: '2026-11-11T08:00:00Z' }],
  },
});

/**
 * A seeded log whose figures are worked out by hand below:
 * - A: 100 handoffs by `humans-on-request` (en, support, queue general, week of 2 Nov):
 *   60 needed (5 of them first said "not needed" by someone else, earlier), 20 not needed,
 *   10 too late, 10 without a verdict (3 of those with an implicit "not needed");
 * - B: 40 handoffs by `big-accounts` (de, billing, queue billing, week of 9 Nov): 10 needed, 30 not needed;
 * - K: 160 kept (80 en, 80 es, support, no queue, week of 9 Nov): 10 missed where the customer
 *   asked for a person, 10 missed with no signal, 7 with an implicit "missed";
 * - noise that must not count: before the window, another ruleset, `/v1/detect` decisions.
 */
const seed = async (db: Db, version: string) => {
  const rows: DecisionRecord[] = [];
  const verdicts: {
    id: string;
    verdict: Verdict;
    author?: string;
    at?: string;
    implicit?: boolean;
  }[] = [];
  const base = (id: string, at: string): DecisionRecord =>
    loggedDecision(id, at, { rulesetVersion: version, input: input('hello') });
  const ids = { a: [] as string[], b: [] as string[], k: [] as string[] };
  for (let i = 0; i < 100; i++) {
    const id = `dec_a${String(i).padStart(3, '0')}`;
    ids.a.push(id);
    rows.push({
      ...base(id, minutesAfter('2026-11-03T10:00:00Z', i)),
      matchedRules: ['humans-on-request'],
      reasons: ['human_request'],
      queue: 'general',
    });
    if (i < 5) {
      verdicts.push({ id, verdict: 'not_needed', author: 'bob', at: '2026-11-04T00:00:00Z' });
      verdicts.push({ id, verdict: 'needed', author: 'maria', at: '2026-11-05T00:00:00Z' });
    } else if (i < 60) verdicts.push({ id, verdict: 'needed' });
    else if (i < 80) verdicts.push({ id, verdict: 'not_needed' });
    else if (i < 90) verdicts.push({ id, verdict: 'too_late' });
    else if (i < 93) verdicts.push({ id, verdict: 'not_needed', implicit: true });
  }
  for (let i = 0; i < 40; i++) {
    const id = `dec_b${String(i).padStart(3, '0')}`;
    ids.b.push(id);
    rows.push({
      ...base(id, minutesAfter('2026-11-10T10:00:00Z', i)),
      matchedRules: ['big-accounts'],
      language: 'de',
      issueType: 'billing',
      queue: 'billing',
    });
    verdicts.push({ id, verdict: i < 10 ? 'needed' : 'not_needed' });
  }
  for (let i = 0; i < 160; i++) {
    const id = `dec_k${String(i).padStart(3, '0')}`;
    ids.k.push(id);
    rows.push({
      ...base(id, minutesAfter('2026-11-11T08:00:00Z', i)),
      handoff: false,
      score: 0.1,
      language: i < 80 ? 'en' : 'es',
      input: input(i < 10 ? 'Can I talk to a human, please?' : 'Where is my parcel?'),
    });
    if (i < 20) verdicts.push({ id, verdict: 'missed' });
    else if (i < 27) verdicts.push({ id, verdict: 'missed', implicit: true });
  }
  const noise = [
    { ...base('dec_n_before', '2026-10-20T10:00:00Z'), matchedRules: ['humans-on-request'] },
    { ...base('dec_n_other', '2026-11-10T10:00:00Z'), rulesetId: 'other' },
    { ...base('dec_n_detect', '2026-11-10T10:00:00Z'), kind: 'detect' as const, handoff: null },
  ];
  rows.push(...noise);
  for (const n of noise) verdicts.push({ id: n.id, verdict: 'not_needed' });
  await insertDecisions(db, rows);
  for (const v of verdicts)
    await putVerdict(db, {
      decisionId: v.id,
      author: v.implicit ? 'signal:later-handoff' : (v.author ?? 'agent'),
      source: v.implicit ? 'implicit' : 'explicit',
      verdict: v.verdict,
      at: v.at,
    });
  return ids;
};

const figures = (
  decisions: number,
  handoffs: number,
  [needed, notNeeded, tooLate, missed]: number[],
) => {
  const kept = decisions - handoffs;
  return {
    decisions,
    handoffs,
    kept,
    needed,
    notNeeded,
    tooLate,
    missed,
    handoffRate: decisions ? handoffs / decisions : null,
    clingyRate: kept ? (missed! + tooLate!) / kept : null,
    dumpingGroundRate: handoffs ? notNeeded! / handoffs : null,
  };
};

describe.each(backends())('ruleset quality on $name', (backend) => {
  let db: Db | undefined;
  let s: Awaited<ReturnType<typeof testService>>;
  let ids: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    db = await backend.open();
    if (!db) return;
    s = await testService({ engine: createCoreEngine(), db });
    await s.call('POST', '/v1/rulesets', { body: { ruleset: sampleRuleset('support') } });
    const pub = await s.call('POST', '/v1/rulesets/support/publish', {
      headers: { 'if-match': await s.etag('support') },
    });
    ids = await seed(db, (await pub.json()).version.version);
  }, 180_000);
  afterAll(async () => {
    if (db) await s.close();
    await backend.cleanup();
  });

  const report = async () => {
    const res = await s.call(
      'GET',
      '/v1/rulesets/support/quality?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z',
    );
    expect(res.status).toBe(200);
    return res.json();
  };

  it('gives the hand-computed overall figures, per rule, and missed handoffs by rule', async ({
    skip,
  }) => {
    if (!db) skip();
    const q = await report();
    expect(q).toMatchObject({
      rulesetId: 'support',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      ...figures(300, 140, [70, 50, 10, 20]),
    });
    expect(q.clingyRate).toBe(0.1875);
    expect(q.rules.map((r: Record<string, unknown>) => ({ ...r, decisionIds: undefined }))).toEqual(
      [
        {
          rule: 'humans-on-request',
          fired: 100,
          handoffs: 100,
          judged: 90,
          needed: 60,
          tooLate: 10,
          notNeeded: 20,
          precision: 70 / 90,
          notNeededShare: 20 / 90,
        },
        {
          rule: 'big-accounts',
          fired: 40,
          handoffs: 40,
          judged: 40,
          needed: 10,
          tooLate: 0,
          notNeeded: 30,
          precision: 0.25,
          notNeededShare: 0.75,
        },
      ],
    );
    const [humans] = q.rules;
    expect(humans.decisionIds.needed).toEqual(ids.a.slice(0, 60));
    expect(humans.decisionIds.notNeeded).toEqual(ids.a.slice(60, 80));
    expect(humans.decisionIds.tooLate).toEqual(ids.a.slice(80, 90));
    expect(humans.decisionIds.fired).toHaveLength(100);
    expect(q.missedBy).toEqual([
      { rule: 'humans-on-request', count: 10, decisionIds: ids.k.slice(0, 10) },
      { rule: 'no rule', count: 10, decisionIds: ids.k.slice(10, 20) },
    ]);
    expect(q.implicit).toEqual({
      notNeeded: { count: 3, decisionIds: ids.a.slice(90, 93) },
      missed: { count: 7, decisionIds: ids.k.slice(20, 27) },
    });
  });

  it('gives the hand-computed figures per week, language, issue type and queue', async ({
    skip,
  }) => {
    if (!db) skip();
    const q = await report();
    expect(q.by.week).toEqual([
      { key: '2026-11-02', ...figures(100, 100, [60, 20, 10, 0]) },
      { key: '2026-11-09', ...figures(200, 40, [10, 30, 0, 20]) },
    ]);
    expect(q.by.language).toEqual([
      { key: 'de', ...figures(40, 40, [10, 30, 0, 0]) },
      { key: 'en', ...figures(180, 100, [60, 20, 10, 20]) },
      { key: 'es', ...figures(80, 0, [0, 0, 0, 0]) },
    ]);
    expect(q.by.language[1].clingyRate).toBe(0.375);
    expect(q.by.issueType).toEqual([
      { key: 'billing', ...figures(40, 40, [10, 30, 0, 0]) },
      { key: 'support', ...figures(260, 100, [60, 20, 10, 20]) },
    ]);
    expect(q.by.queue).toEqual([
      { key: 'billing', ...figures(40, 40, [10, 30, 0, 0]) },
      { key: 'general', ...figures(100, 100, [60, 20, 10, 0]) },
      { key: 'none', ...figures(160, 0, [0, 0, 0, 20]) },
    ]);
  });

  it('narrows to the window and refuses bad windows and unknown rulesets', async ({ skip }) => {
    if (!db) skip();
    const week = await (
      await s.call(
        'GET',
        '/v1/rulesets/support/quality?from=2026-11-09T00:00:00Z&to=2026-11-16T00:00:00Z',
      )
    ).json();
    expect(week).toMatchObject(figures(200, 40, [10, 30, 0, 20]));
    const backwards = await s.call(
      'GET',
      '/v1/rulesets/support/quality?from=2026-11-16T00:00:00Z&to=2026-11-09T00:00:00Z',
    );
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.issues[0].path).toBe('from');
    expect((await s.call('GET', '/v1/rulesets/support/quality?from=yesterday')).status).toBe(400);
    expect((await s.call('GET', '/v1/rulesets/nope/quality')).status).toBe(404);
  });

  it('exports the same figures as Prometheus metrics', async ({ skip }) => {
    if (!db) skip();
    // Relative to now: the metrics cover the last 30 days.
    await s.call('POST', '/v1/rulesets', { body: { ruleset: sampleRuleset('metrics') } });
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const row = (id: string, handoff: boolean): DecisionRecord => ({
      id,
      at,
      kind: 'handoff',
      rulesetId: 'metrics',
      rulesetVersion: 'sha256:none',
      conversationId: null,
      channel: 'web',
      language: 'fr',
      issueType: 'support',
      handoff,
      priority: 'normal',
      score: 0.5,
      reasons: [],
      matchedRules: handoff ? ['humans-on-request'] : [],
      queue: handoff ? 'general' : null,
      agentId: null,
      saidAt: at,
      input: input('Où est mon colis ?'),
    });
    await insertDecisions(db!, [
      row('dec_m1', true),
      row('dec_m2', true),
      row('dec_m3', false),
      row('dec_m4', false),
    ]);
    for (const [decisionId, verdict] of [
      ['dec_m1', 'needed'],
      ['dec_m2', 'not_needed'],
      ['dec_m3', 'missed'],
    ] as const)
      await putVerdict(db!, { decisionId, author: 'agent', source: 'explicit', verdict });
    const text = await (await s.app.request('/metrics')).text();
    for (const line of [
      'handoff_quality_rule_fired{ruleset="metrics",rule="humans-on-request"} 2',
      'handoff_quality_precision{ruleset="metrics",rule="humans-on-request"} 0.5',
      'handoff_quality_not_needed_share{ruleset="metrics",rule="humans-on-request"} 0.5',
      'handoff_quality_missed{ruleset="metrics",rule="no rule"} 1',
      'handoff_quality_rate{ruleset="metrics",rate="handoff",by="all",key="all"} 0.5',
      'handoff_quality_rate{ruleset="metrics",rate="clingy",by="all",key="all"} 0.5',
      'handoff_quality_rate{ruleset="metrics",rate="dumping_ground",by="all",key="all"} 0.5',
      'handoff_quality_rate{ruleset="metrics",rate="dumping_ground",by="queue",key="general"} 0.5',
      'handoff_quality_rate{ruleset="metrics",rate="clingy",by="language",key="fr"} 0.5',
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/^handoff_decision_log_written_total \d+$/m);
  });
});
