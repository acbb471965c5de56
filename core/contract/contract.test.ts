import { describe, expect, it } from 'vitest';
import {
  HandoffDecision,
  contractJsonSchemas,
  parseInput,
  reasonCodes,
  reasonTable,
  validateInput,
} from './index';

const example = {
  conversation: {
    id: 'c-1042',
    channel: 'web',
    language: 'de',
    startedAt: '2026-11-20T10:00:00Z',
    previousHandoffs: 0,
    messages: [
      {
        role: 'customer',
        text: 'Hallo, meine Rechnung ist doppelt abgebucht.',
        at: '2026-11-20T10:00:05Z',
      },
      { role: 'bot', text: 'Das tut mir leid.', at: '2026-11-20T10:00:07Z' },
    ],
  },
  customer: { id: 'cus_77', tier: 'enterprise', lifetimeValue: 185000, attributes: {} },
  context: { account: {}, orders: [], tickets: [] },
  now: '2026-11-20T10:31:00Z',
};

describe('HandoffInput', () => {
  it('accepts the contract example', () => {
    const r = validateInput(example);
    expect(r.ok).toBe(true);
  });

  it('applies the documented defaults', () => {
    const r = validateInput({
      conversation: { messages: [{ role: 'customer', text: 'hi', at: '2026-11-20T10:00:05Z' }] },
    });
    expect(r.ok && r.value.conversation.channel).toBe('web');
    expect(r.ok && r.value.conversation.previousHandoffs).toBe(0);
  });

  it('names the path of every offending field', () => {
    const r = validateInput({
      conversation: {
        channel: 'pigeon',
        messages: [
          { role: 'robot', text: '', at: 'yesterday' },
          { role: 'customer', text: 'x'.repeat(10_001), at: '2026-11-20T10:00:05Z' },
        ],
      },
      customer: { tier: 'gold' },
    });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.issues.map((i) => i.path).sort();
    expect(paths).toEqual(
      [
        'conversation.channel',
        'conversation.messages[0].at',
        'conversation.messages[0].role',
        'conversation.messages[0].text',
        'conversation.messages[1].text',
        'customer.tier',
      ].sort(),
    );
  });

  it('refuses empty and oversized message lists', () => {
    const msg = { role: 'customer', text: 'a', at: '2026-11-20T10:00:05Z' };
    const empty = validateInput({ conversation: { messages: [] } });
    const tooMany = validateInput({ conversation: { messages: Array(501).fill(msg) } });
    expect(empty.ok ? [] : empty.issues.map((i) => i.path)).toEqual(['conversation.messages']);
    expect(tooMany.ok ? [] : tooMany.issues.map((i) => i.path)).toEqual(['conversation.messages']);
  });

  it('refuses bodies over 1 MiB and text that is not JSON', () => {
    const big = parseInput(JSON.stringify({ pad: 'x'.repeat(1024 * 1024) }));
    expect(big.ok ? '' : big.issues[0]!.code).toBe('too_big');
    const bad = parseInput('{"conversation":');
    expect(bad.ok ? '' : bad.issues[0]!.code).toBe('invalid_json');
  });

  it('refuses a missing conversation at its path', () => {
    const r = validateInput({ customer: {} });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['conversation']);
  });
});

describe('reason codes', () => {
  it('are exactly the fourteen codes of the contract', () => {
    expect(reasonCodes).toHaveLength(14);
    expect(reasonTable.refund_dispute.category).toBe('compliance');
    expect(reasonTable.repeated_question.category).toBe('sentiment');
    expect(reasonTable.novel_problem.category).toBe('intent');
  });
});

describe('HandoffDecision', () => {
  it('accepts the contract example decision', () => {
    const decision = {
      handoff: true,
      score: 0.91,
      priority: 'high',
      reasons: [
        {
          code: 'refund_dispute',
          category: 'compliance',
          evidence: [{ messageIndex: 0, quote: 'doppelt abgebucht' }],
        },
        {
          code: 'high_value_customer',
          category: 'context',
          evidence: [{ field: 'customer.tier', value: 'enterprise' }],
        },
      ],
      issueType: 'billing',
      language: 'de',
      route: {
        queue: 'billing',
        skills: ['billing'],
        language: 'de',
        seniority: 'senior',
        agentId: null,
        estimatedWaitSeconds: 240,
        explanation: 'billing issue, enterprise tier -> senior, German speaker',
      },
      summary: 'Two sentences.',
      customerMessage: 'Ein Mensch übernimmt.',
      ruleset: { id: 'default', version: 'sha256:abc' },
      trace: [{ rule: 'refunds-need-a-human', matched: true, explain: '...' }],
    };
    expect(HandoffDecision.safeParse(decision).success).toBe(true);
    expect(HandoffDecision.safeParse({ ...decision, issueType: 'legal' }).success).toBe(false);
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schemas', () => {
    const schemas = contractJsonSchemas();
    const input = schemas.HandoffInput as {
      required?: string[];
      properties: Record<string, unknown>;
    };
    expect(input.required).toEqual(['conversation']);
    expect(Object.keys(input.properties)).toEqual(['conversation', 'customer', 'context', 'now']);
    expect((schemas.ReasonCode as { enum: string[] }).enum).toEqual(reasonCodes);
  });
});
