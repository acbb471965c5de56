import { describe, expect, it } from 'vitest';
import type { HandoffInput } from '../contract';
import { InputError } from '../decide';
import { StepOptionsError } from './options';
import {
  readEarlierDecision,
  runDecide,
  runDetect,
  runEnrich,
  runRoute,
  runSummarize,
} from './steps';

const input: HandoffInput = {
  conversation: {
    id: 'c-7',
    channel: 'web',
    previousHandoffs: 0,
    messages: [
      {
        role: 'customer',
        text: 'I was charged twice for invoice INV-1001, I want my money back or I file a chargeback!',
        at: '2026-11-18T09:58:00Z',
      },
    ],
  },
  customer: { name: 'Ana', tier: 'pro' },
  context: { account: { plan: 'pro', seats: 3 }, orders: [{ id: 'o-1' }] },
  now: '2026-11-18T10:00:00Z',
};

const table = {
  queues: [
    { id: 'money', issueTypes: ['billing' as const], skills: ['billing'] },
    { id: 'rest', skills: ['support'] },
  ],
  defaultQueue: 'rest',
};

describe('the step API', () => {
  it('detect and decide read the same signals', () => {
    const detected = runDetect(input).signals.map((s) => s.code);
    const decided = runDecide(input);
    expect(decided.handoff).toBe(true);
    expect(decided.reasons.map((r) => r.code).sort()).toEqual([...detected].sort());
  });

  it('summarize uses an earlier decision when given one, and leaves the transcript out on request', () => {
    const decision = { ...runDecide(input), issueType: 'sales' as const };
    const s = runSummarize(input, { decision, transcript: false });
    expect(s.issueType).toBe('sales');
    expect(s.transcript).toBeUndefined();
    expect(runSummarize(input).transcript).toContain('**Customer**');
    expect(() => runSummarize(input, { agentLanguage: 'xx' as never })).toThrow(
      /invalid summarize options: options\.agentLanguage: /,
    );
  });

  it('enrich merges with the newest data winning', () => {
    const out = runEnrich(input, {
      context: { account: { plan: 'enterprise' }, orders: [], tickets: [{ id: 't-1' }] },
      customer: { tier: 'enterprise' },
    });
    expect(out.context).toEqual({
      account: { plan: 'enterprise', seats: 3 },
      orders: [{ id: 'o-1' }],
      tickets: [{ id: 't-1' }],
    });
    expect(out.customer).toMatchObject({ name: 'Ana', tier: 'enterprise' });
    expect(() => runEnrich(input, { context: { orders: 'none' } as never })).toThrow(
      /invalid enrich options: context\.orders: /,
    );
  });

  it('route takes a table, live queue statistics and the time', () => {
    const r = runRoute(input, {
      routing: table,
      queueStats: { money: { queueLength: 4, agents: 2, averageHandleSeconds: 300 } },
    });
    expect(r.route.queue).toBe('money');
    expect(r.route.estimatedWaitSeconds).toBeGreaterThan(0);
    expect(() =>
      runRoute(input, { routing: table, queueStats: { cash: { averageHandleSeconds: 60 } } }),
    ).toThrow(/queueStats\.cash: "cash" is not a queue of the routing table/);
  });

  it('route refuses bad options the same way everywhere, naming the path', () => {
    const agent = {
      id: 'a',
      skills: [],
      languages: ['en'],
      seniority: 'senior',
      load: 0,
      status: 'available',
    } as const;
    const attempt = (options: object) => {
      try {
        runRoute(input, options);
      } catch (error) {
        expect(error).toBeInstanceOf(StepOptionsError);
        return (error as StepOptionsError).issues.map((i) => i.path);
      }
      throw new Error('expected a refusal');
    };
    expect(attempt({ roster: [{ ...agent, capacity: 0 }] })).toEqual(['roster[0].capacity']);
    expect(attempt({ messages: { en: { customer: { handoffNow: 5 } } } })).toEqual([
      'messages.en.customer.handoffNow',
    ]);
    expect(attempt({ messages: { en: { customer: { handofNow: 'x' } } } })).toEqual([
      'messages.en.customer',
    ]);
    expect(attempt({ messages: { xx: {} } })).toEqual(['messages']); // Unrecognized key: "xx"
    expect(attempt({ now: 'yesterday' })).toEqual(['options.now']);
    expect(() => runRoute({ conversation: { messages: [] } } as never)).toThrow(InputError);
  });

  it('route uses message overrides', () => {
    const r = runRoute(input, {
      messages: { en: { transparency: { handoffIntro: 'Passing you to a colleague.' } } },
    });
    expect(r.customerMessage).toContain('Passing you to a colleague.');
  });

  it('reads an earlier decision from an item, hints included, and nothing from other objects', () => {
    const d = runDecide(input);
    expect(readEarlierDecision({ ...d, other: 1 })?.hints).toEqual(d.hints);
    expect(readEarlierDecision({ handoff: 'yes' })).toBeUndefined();
  });
});
