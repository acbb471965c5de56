import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, LabelledLine, scoreLine, type HandoffInputRaw } from '../../core';
import type { Db } from '../db/types';
import { createCoreEngine } from '../engine/core-engine';
import { backends } from '../test/backends';
import { testService } from '../test/harness';
import { sampleRuleset } from '../test/samples';

const chat = (id: string, text: string): HandoffInputRaw => ({
  conversation: {
    id,
    channel: 'web',
    messages: [{ role: 'customer', text, at: '2026-11-20T10:00:00Z' }],
  },
  customer: { email: 'someone@example.com', tier: 'pro' },
});

describe.each(backends())('export and replay over the log on $name', (backend) => {
  let db: Db | undefined;
  let s: Awaited<ReturnType<typeof testService>>;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    db = await backend.open();
    if (!db) return;
    s = await testService({ engine: createCoreEngine(), db });
    await s.call('POST', '/v1/rulesets', { body: { ruleset: sampleRuleset('support') } });
    await s.call('POST', '/v1/rulesets/support/publish', {
      headers: { 'if-match': await s.etag('support') },
    });
    const cases: [string, string, string | undefined][] = [
      ['c1', 'I want to talk to a human', 'needed'],
      ['c2', 'Can I talk to a human about the opening hours?', 'not_needed'],
      ['c3', 'My parcel is three weeks late', 'missed'],
      ['c4', 'Where is my parcel?', undefined],
      ['c5', 'Card 4242 4242 4242 4242 was charged twice, get me a human', 'needed'],
    ];
    for (const [id, text, verdict] of cases) {
      const d = await (
        await s.call('POST', '/v1/handoff?ruleset=support', { body: chat(id, text) })
      ).json();
      ids[id] = d.decisionId;
      if (verdict)
        expect(
          (
            await s.call('POST', `/v1/decisions/${d.decisionId}/feedback`, {
              body: { verdict, author: 'maria' },
            })
          ).status,
        ).toBe(201);
    }
  }, 180_000);
  afterAll(async () => {
    if (db) await s.close();
    await backend.cleanup();
  });

  it('exports judged decisions as labelled JSON Lines that evaluation reads, redacted', async ({
    skip,
  }) => {
    if (!db) skip();
    const res = await s.call('GET', '/v1/decisions/export?ruleset=support');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const text = await res.text();
    expect(text).not.toContain('4242 4242');
    expect(text).not.toContain('someone@example.com');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([ids.c1, ids.c2, ids.c3, ids.c5]);
    expect(lines.map((l) => l.expected.handoff)).toEqual([true, false, true, true]);
    expect(lines[0].expected).toEqual({
      handoff: true,
      reasons: ['human_request'],
      issueType: expect.any(String),
      language: 'en',
    });
    expect(lines[2].expected.reasons).toEqual([]);
    expect(lines[1].note).toContain('not_needed (explicit, by maria)');
    for (const [i, line] of lines.entries()) {
      expect(LabelledLine.safeParse(line).success).toBe(true);
      const scored = scoreLine(line, `line ${i + 1}`, (input) =>
        decide(input as Parameters<typeof decide>[0]),
      );
      expect(scored).not.toHaveProperty('error');
    }
    // A window before the decisions exports nothing.
    const none = await s.call('GET', '/v1/decisions/export?to=2020-01-01T00:00:00Z');
    expect(await none.text()).toBe('');
    expect((await s.call('GET', '/v1/decisions/export?source=some')).status).toBe(400);
  });

  it('replays the logged conversations and scores both rulesets against the verdicts', async ({
    skip,
  }) => {
    if (!db) skip();
    // The draft drops the human-request rule: nothing hands off any more.
    const draft = sampleRuleset('support', 2);
    draft.rules = draft.rules.filter((r) => r.id !== 'humans-on-request');
    expect(
      (
        await s.call('PUT', '/v1/rulesets/support', {
          body: { ruleset: draft },
          headers: { 'if-match': await s.etag('support') },
        })
      ).status,
    ).toBe(200);
    const res = await s.call('POST', '/v1/rulesets/support/replay', {
      body: { fromLog: { days: 3650 } },
    });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r).toMatchObject({ total: 5, changed: 3, handoffs: { before: 3, after: 0 } });
    // Judged: c1 needed, c2 not needed, c3 missed, c5 needed. Before: c1, c2, c5 handed off.
    expect(r.verdicts).toMatchObject({
      judged: 4,
      needed: 3,
      before: { handoffs: 3, precision: 2 / 3, recall: 2 / 3 },
      after: { handoffs: 0, precision: null, recall: 0 },
    });
    expect(r.verdicts.rules).toContainEqual({
      rule: 'humans-on-request',
      before: { handoffs: 3, precision: 2 / 3, recall: 2 / 3 },
      after: { handoffs: 0, precision: null, recall: 0 },
    });
    const limited = await (
      await s.call('POST', '/v1/rulesets/support/replay', {
        body: { fromLog: { days: 3650, limit: 2 } },
      })
    ).json();
    expect(limited.total).toBe(2);
    const both = await s.call('POST', '/v1/rulesets/support/replay', {
      body: { fromLog: { days: 7 }, conversations: [chat('x', 'hi')] },
    });
    expect(both.status).toBe(400);
    expect((await both.json()).error.code).toBe('invalid_body');
    expect((await s.call('POST', '/v1/rulesets/support/replay', { body: {} })).status).toBe(400);
  });
});
