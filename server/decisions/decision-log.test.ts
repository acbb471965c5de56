import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandoffInput, runHandoff, type HandoffInputRaw } from '../../core';
import type { Db } from '../db/types';
import { createCoreEngine } from '../engine/core-engine';
import { insertDecisions, type DecisionRecord } from '../store/decisions';
import { backends } from '../test/backends';
import { testService } from '../test/harness';
import { loggedDecision } from '../test/samples';

const card = '4242 4242 4242 4242';
const iban = 'DE89 3704 0044 0532 0130 00';

const chat = (
  id: string | undefined,
  turns: [role: 'customer' | 'bot' | 'agent', text: string, second: number][],
): HandoffInputRaw => ({
  conversation: {
    ...(id ? { id } : {}),
    channel: 'web',
    messages: turns.map(([role, text, s]) => ({
      role,
      text,
      at: new Date(Date.UTC(2026, 10, 20, 10, 0, s)).toISOString(),
    })),
  },
  customer: { id: 'cus_secret_77', name: 'Anna Berger', email: 'anna@example.com', tier: 'pro' },
});

describe.each(backends())('decision log on $name', (backend) => {
  let db: Db | undefined;
  let s: Awaited<ReturnType<typeof testService>>;
  beforeAll(async () => {
    db = await backend.open();
    if (db) s = await testService({ engine: createCoreEngine(), db });
  }, 120_000);
  afterAll(async () => {
    if (db) await s.close();
    await backend.cleanup();
  });
  const ready = (skip: () => void) => {
    if (!db) skip();
    return s;
  };
  const rows = async (table: string) => db!.query(`select * from ${table}`);

  it('logs a decision with its id, rules and route, and never stores a card, an IBAN or who the customer is', async ({
    skip,
  }) => {
    const s = ready(skip);
    const input = chat('c-secret', [
      ['customer', `My card ${card} was charged twice, refund it to ${iban}`, 0],
      ['bot', 'I am sorry, let me check.', 2],
      ['customer', 'I want to talk to a human now', 30],
    ]);
    const res = await s.call('POST', '/v1/handoff', { body: input });
    expect(res.status).toBe(200);
    const decision = await res.json();
    expect(decision.decisionId).toMatch(/^dec_[0-9a-z]{21}$/);
    await s.deps.decisions!.flush();

    const [row] = (await rows('decisions')).filter((r) => r.id === decision.decisionId);
    expect(row).toMatchObject({
      kind: 'handoff',
      ruleset_id: 'default',
      ruleset_version: decision.ruleset.version,
      conversation_id: 'c-secret',
      channel: 'web',
      language: 'en',
      issue_type: decision.issueType,
      handoff: true,
      priority: decision.priority,
      queue: decision.route.queue,
    });
    expect(row!.reasons).toEqual(decision.reasons.map((r: { code: string }) => r.code));
    expect(row!.matched_rules).toEqual(
      decision.trace
        .filter((t: { matched: boolean }) => t.matched)
        .map((t: { rule: string }) => t.rule),
    );
    expect((row!.matched_rules as string[]).length).toBeGreaterThan(0);

    // The tables themselves: nothing sensitive in any column of any row.
    const stored = JSON.stringify([
      ...(await rows('decisions')),
      ...(await rows('decision_verdicts')),
    ]);
    for (const secret of [
      '4242 4242 4242 4242',
      '4242424242424242',
      'DE89',
      '3704 0044',
      'anna@example.com',
      'Anna Berger',
      'cus_secret_77',
    ])
      expect(stored).not.toContain(secret);
    expect(stored).toContain('[card ****4242]');
    expect(stored).toContain('[iban]');
  });

  it('logs /v1/detect as a detect decision with the signals found', async ({ skip }) => {
    const s = ready(skip);
    const res = await s.call('POST', '/v1/detect', {
      body: chat('c-detect', [['customer', 'Can I speak to a person?', 0]]),
    });
    const found = await res.json();
    expect(found.decisionId).toMatch(/^dec_/);
    const logged = await (await s.call('GET', `/v1/decisions/${found.decisionId}`)).json();
    expect(logged).toMatchObject({ kind: 'detect', handoff: null, conversationId: 'c-detect' });
    expect(logged.reasons).toContain('human_request');
  });

  it('keeps a conversation decided several times as one, in order, and infers that a kept decision missed a later handoff', async ({
    skip,
  }) => {
    const s = ready(skip);
    const turns: [role: 'customer' | 'bot', text: string, second: number][] = [
      ['customer', 'Where is my order BC-1?', 0],
      ['bot', 'It ships tomorrow.', 2],
      ['customer', 'It was due last week.', 20],
      ['bot', 'It ships tomorrow.', 22],
      ['customer', 'This is useless, let me talk to a human agent', 40],
    ];
    const ids: string[] = [];
    for (const n of [1, 3, 5]) {
      const d = await (
        await s.call('POST', '/v1/handoff', { body: chat('c-order', turns.slice(0, n)) })
      ).json();
      ids.push(d.decisionId);
    }
    const res = await s.call('GET', '/v1/conversations/c-order/decisions');
    expect(res.status).toBe(200);
    const { decisions } = await res.json();
    expect(decisions.map((d: { id: string }) => d.id)).toEqual(ids);
    expect(decisions.map((d: { handoff: boolean }) => d.handoff)).toEqual([false, false, true]);
    // Only the decision right before the handoff gets the inferred verdict.
    expect(decisions[0].verdicts).toEqual([]);
    expect(decisions[1].verdicts).toMatchObject([
      { author: 'signal:later-handoff', source: 'implicit', verdict: 'missed' },
    ]);
    expect(decisions[2].verdicts).toEqual([]);

    // Each decision stores the conversation from the previous one's last message on; the
    // API gives the whole conversation back.
    const stored = (
      await db!.query<{ input: string }>(
        `select input from decisions where conversation_id = 'c-order' order by at, id`,
      )
    ).map((r) => JSON.parse(r.input).conversation);
    expect(stored.map((c) => [c.earlierMessages, c.messages.length])).toEqual([
      [undefined, 1],
      [undefined, 3],
      [2, 3],
    ]);
    expect(stored[2].messages.map((m: { text: string }) => m.text)).toEqual(
      turns.slice(2).map(([, text]) => text),
    );
    const whole = (texts: { input: { conversation: { messages: { text: string }[] } } }) =>
      texts.input.conversation.messages.map((m) => m.text);
    expect(decisions.map(whole)).toEqual([1, 3, 5].map((n) => turns.slice(0, n).map(([, t]) => t)));
    const last = await (await s.call('GET', `/v1/decisions/${ids[2]}`)).json();
    expect(whole(last)).toEqual(turns.map(([, text]) => text));
  });

  it('stores the whole conversation again when it does not continue the previous one', async ({
    skip,
  }) => {
    const s = ready(skip);
    const first = chat('c-window', [
      ['customer', 'My invoice is wrong', 0],
      ['bot', 'Which invoice?', 2],
      ['customer', 'INV-7', 4],
    ]);
    const window = chat('c-window', [
      ['bot', 'Which invoice?', 2],
      ['customer', 'INV-7', 4],
      ['customer', 'Hello?', 30],
    ]);
    for (const body of [first, window])
      expect((await s.call('POST', '/v1/handoff', { body })).status).toBe(200);
    const { decisions } = await (
      await s.call('GET', '/v1/conversations/c-window/decisions')
    ).json();
    expect(
      decisions.map((d: { input: { conversation: { messages: { text: string }[] } } }) =>
        d.input.conversation.messages.map((m) => m.text),
      ),
    ).toEqual([
      ['My invoice is wrong', 'Which invoice?', 'INV-7'],
      ['Which invoice?', 'INV-7', 'Hello?'],
    ]);
  });

  it('infers "not needed" when the customer closes the matter within a minute of a handoff, before any agent', async ({
    skip,
  }) => {
    const s = ready(skip);
    const turns: [role: 'customer' | 'bot', text: string, second: number][] = [
      ['customer', 'Can I talk to a human?', 0],
      ['bot', 'Connecting you with a person now.', 2],
      ['customer', 'Oh wait, found it myself. Thanks, all sorted!', 30],
    ];
    const first = await (
      await s.call('POST', '/v1/handoff', { body: chat('c-sorted', turns.slice(0, 2)) })
    ).json();
    expect(first.handoff).toBe(true);
    await s.call('POST', '/v1/handoff', { body: chat('c-sorted', turns) });
    await s.deps.decisions!.flush();
    const logged = await (await s.call('GET', `/v1/decisions/${first.decisionId}`)).json();
    expect(logged.verdicts).toMatchObject([
      { author: 'signal:resolved-after-handoff', source: 'implicit', verdict: 'not_needed' },
    ]);

    // Two minutes later is no longer "within a minute".
    const late = await (
      await s.call('POST', '/v1/handoff', { body: chat('c-late', turns.slice(0, 2)) })
    ).json();
    await s.call('POST', '/v1/handoff', {
      body: chat('c-late', [...turns.slice(0, 2), ['customer', turns[2]![1], 150]]),
    });
    await s.deps.decisions!.flush();
    expect(
      (await (await s.call('GET', `/v1/decisions/${late.decisionId}`)).json()).verdicts,
    ).toEqual([]);
  });

  it('takes verdicts idempotently per decision and author; the latest replaces the earlier', async ({
    skip,
  }) => {
    const s = ready(skip);
    const d = await (
      await s.call('POST', '/v1/handoff', {
        body: chat('c-verdict', [['customer', 'I need a human', 0]]),
      })
    ).json();
    // At once: the decision may still be queued, and the feedback finds it all the same.
    const post = (body: unknown) =>
      s.call('POST', `/v1/decisions/${d.decisionId}/feedback`, { body });
    const first = await post({ verdict: 'needed', author: 'maria' });
    expect(first.status).toBe(201);
    expect((await post({ verdict: 'needed', author: 'maria' })).status).toBe(200);
    const changed = await post({ verdict: 'not_needed', author: 'maria', note: 'FAQ answer' });
    expect(changed.status).toBe(200);
    expect((await changed.json()).verdict).toMatchObject({
      verdict: 'not_needed',
      note: 'FAQ answer',
      source: 'explicit',
    });
    expect((await post({ verdict: 'too_late' })).status).toBe(201); // author: the key id
    const rowsNow = (await rows('decision_verdicts')).filter((r) => r.decision_id === d.decisionId);
    const me = (await (await s.call('GET', '/v1/me')).json()).id;
    expect(rowsNow.map((r) => [r.author, r.verdict]).sort()).toEqual([
      [me, 'too_late'],
      ['maria', 'not_needed'],
    ]);
  });

  it('logs a decision reported by a client that decided locally', async ({ skip }) => {
    const s = ready(skip);
    const input = chat('c-local', [['customer', `I need a human, my card is ${card}`, 0]]);
    const decision = runHandoff(HandoffInput.parse(input));
    const res = await s.call('POST', '/v1/decisions', { body: { input, decision } });
    expect(res.status).toBe(201);
    const { decisionId } = await res.json();
    const logged = await (await s.call('GET', `/v1/decisions/${decisionId}`)).json();
    expect(logged).toMatchObject({
      kind: 'handoff',
      conversationId: 'c-local',
      handoff: true,
      rulesetId: decision.ruleset.id,
      matchedRules: decision.trace.filter((t) => t.matched).map((t) => t.rule),
    });
    expect(JSON.stringify(logged)).not.toContain(card);
    const bad = await s.call('POST', '/v1/decisions', {
      body: { input, decision: { handoff: 'yes' } },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues.map((i: { path: string }) => i.path)).toContain(
      'decision.handoff',
    );
  });

  it('refuses bad feedback with a clear 4xx', async ({ skip }) => {
    const s = ready(skip);
    const d = await (
      await s.call('POST', '/v1/handoff', {
        body: chat('c-bad', [['customer', 'human please', 0]]),
      })
    ).json();
    const bad = await s.call('POST', `/v1/decisions/${d.decisionId}/feedback`, {
      body: { verdict: 'meh' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toBe('verdict');
    const reserved = await s.call('POST', `/v1/decisions/${d.decisionId}/feedback`, {
      body: { verdict: 'needed', author: 'signal:fake' },
    });
    expect(reserved.status).toBe(400);
    const unknown = await s.call('POST', '/v1/decisions/dec_000000000aaaaaaaaaaaa/feedback', {
      body: { verdict: 'needed' },
    });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
    expect(
      (await s.call('POST', '/v1/decisions/nope/feedback', { body: { verdict: 'needed' } })).status,
    ).toBe(400);
    const reader = await s.makeKey(['edit']);
    expect(
      (
        await s.call('POST', `/v1/decisions/${d.decisionId}/feedback`, {
          key: reader,
          body: { verdict: 'needed' },
        })
      ).status,
    ).toBe(403);
  });

  it('deletes decisions older than the retention, with their verdicts', async ({ skip }) => {
    const s = ready(skip);
    const old = (id: string, daysAgo: number): DecisionRecord =>
      loggedDecision(id, new Date(Date.now() - daysAgo * 86_400_000).toISOString(), {
        rulesetId: 'retention',
        conversationId: null,
        saidAt: null,
      });
    await insertDecisions(db!, [old('dec_old', 31), old('dec_recent', 29)]);
    await db!.query(
      `insert into decision_verdicts (decision_id, author, source, verdict) values ('dec_old', 'a', 'explicit', 'needed')`,
    );
    expect(await s.deps.decisions!.prune()).toBe(1);
    const left = (await rows('decisions')).filter((r) => r.ruleset_id === 'retention');
    expect(left.map((r) => r.id)).toEqual(['dec_recent']);
    expect((await rows('decision_verdicts')).filter((r) => r.decision_id === 'dec_old')).toEqual(
      [],
    );
  });
});

describe('decision log turned off', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  beforeAll(async () => {
    s = await testService({ engine: createCoreEngine(), decisionLog: false });
  }, 120_000);
  afterAll(() => s.close());

  it('answers without a decisionId, stores nothing, and says the log is off', async () => {
    const res = await s.call('POST', '/v1/handoff', {
      body: chat('c-off', [['customer', 'human please', 0]]),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).decisionId).toBeUndefined();
    expect(await s.db.query('select * from decisions')).toEqual([]);
    const fb = await s.call('POST', '/v1/decisions/dec_000000000aaaaaaaaaaaa/feedback', {
      body: { verdict: 'needed' },
    });
    expect(fb.status).toBe(404);
    expect((await fb.json()).error.message).toContain('DECISION_LOG=off');
  });
});
