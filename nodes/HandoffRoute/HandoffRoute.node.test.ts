import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { fakeContext, runNode } from '../test/fake-context';
import { HandoffRoute } from './HandoffRoute.node';

const node = new HandoffRoute();
const conversation = {
  language: 'de',
  messages: [
    {
      role: 'customer',
      text: 'Meine Rechnung wurde doppelt abgebucht, ich will mein Geld zurück!',
      at: '2026-11-20T10:00:00Z',
    },
  ],
};
const params = {
  runOn: 'local',
  inputSource: 'auto',
  routingTableSource: 'default',
  roster: '[]',
  disclose: true,
  messageOverrides: '{}',
};
const roster = [
  {
    id: 'a-1',
    skills: ['billing'],
    languages: ['en'],
    seniority: 'regular',
    capacity: 3,
    load: 0,
    status: 'available',
  },
  {
    id: 'a-2',
    skills: ['billing'],
    languages: ['de', 'en'],
    seniority: 'senior',
    capacity: 3,
    load: 1,
    status: 'available',
  },
];

describe('Handoff Route', () => {
  it('routes to the queue and the agent from a roster, with the customer message in their language', async () => {
    const { ctx } = fakeContext({
      items: [{ conversation, customer: { tier: 'enterprise' } }],
      params: { ...params, roster: JSON.stringify(roster) },
    });
    const [[out]] = await runNode(node, ctx);
    const json = out.json as Record<string, any>;
    expect(json.route).toMatchObject({
      queue: 'billing',
      agentId: 'a-2',
      seniority: 'senior',
      available: true,
    });
    expect(json.customerMessage).toMatch(/KI|Mitarbeiter|Person/);
    expect(out.pairedItem).toEqual({ item: 0 });
  });

  it('tells the customer when a closed queue opens', async () => {
    const table = {
      queues: [
        {
          id: 'billing',
          issueTypes: ['billing'],
          businessHours: { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] } },
        },
      ],
    };
    // 2026-11-20 is a Friday: the queue opens on Monday.
    const { ctx } = fakeContext({
      items: [{ conversation, now: '2026-11-20T20:00:00Z' }],
      params: { ...params, routingTableSource: 'json', routingTable: table },
    });
    const [[out]] = await runNode(node, ctx);
    const json = out.json as Record<string, any>;
    expect(json.route).toMatchObject({ available: false, nextOpenAt: '2026-11-23T08:00:00.000Z' });
  });

  it('routes with the Queues form: issue type, language, opening hours and the stated wait', async () => {
    const queues = {
      queue: [
        {
          id: 'support',
          issueTypes: ['support'],
          skills: '',
          languages: '',
          timeZone: '',
          waitMinutes: 0,
        },
        {
          id: 'billing-de',
          issueTypes: ['billing'],
          skills: 'billing, refunds',
          languages: 'de, EN',
          timeZone: 'Europe/Berlin',
          openDays: ['mon', 'tue'],
          opensAt: '09:00',
          closesAt: '17:00',
          waitMinutes: 4,
        },
      ],
    };
    // 2026-11-20 is a Friday: the Monday and Tuesday queue opens on Monday at 09:00 Berlin time.
    const { ctx } = fakeContext({
      items: [{ conversation, now: '2026-11-20T20:00:00Z' }],
      params: { ...params, routingTableSource: 'form', queues, defaultQueue: 'support' },
    });
    const [[out]] = await runNode(node, ctx);
    expect((out.json as Record<string, any>).route).toMatchObject({
      queue: 'billing-de',
      available: false,
      nextOpenAt: '2026-11-23T08:00:00.000Z',
    });
    const none = fakeContext({
      items: [{ conversation }],
      params: { ...params, routingTableSource: 'form', queues: {} },
    }).ctx;
    await expect(runNode(node, none)).rejects.toThrow(/Queues: add at least one queue/);
  });

  it('names what is wrong in a roster or routing table', async () => {
    const bad = (p: Record<string, unknown>) =>
      fakeContext({ items: [{ conversation }], params: { ...params, ...p } }).ctx;
    await expect(
      runNode(
        node,
        bad({
          roster:
            '[{"id":"a-1","skills":[],"languages":[],"seniority":"boss","capacity":1,"load":0,"status":"available"}]',
        }),
      ),
    ).rejects.toThrow(/roster\[0\]\.languages: .*; roster\[0\]\.seniority: /);
    await expect(
      runNode(node, bad({ routingTableSource: 'json', routingTable: '{"queues":[]}' })),
    ).rejects.toThrow(/routing\.queues: needs at least one queue/);
    // capacity 0 is refused the same way as in core and on the service.
    const full =
      '[{"id":"a-1","skills":[],"languages":["en"],"seniority":"senior","capacity":0,"load":0,"status":"available"}]';
    const zero = await runNode(node, bad({ roster: full })).catch((e: unknown) => e);
    expect(zero).toBeInstanceOf(NodeOperationError);
    expect((zero as Error).message).toMatch(/roster\[0\]\.capacity: Too small/);
    await expect(
      runNode(node, bad({ messageOverrides: '{"de":{"customer":{"handofNow":"x"}}}' })),
    ).rejects.toThrow(/messages\.de\.customer: Unrecognized key: "handofNow"/);
    await expect(
      runNode(node, bad({ messageOverrides: '{"de":{"customer":{"handoffNow":5}}}' })),
    ).rejects.toThrow(/messages\.de\.customer\.handoffNow: Invalid input: expected string/);
    await expect(
      runNode(
        node,
        bad({
          routingTableSource: 'form',
          queues: {
            queue: [
              {
                id: 'billing',
                timeZone: 'Europe/Berlin',
                openDays: ['mon'],
                opensAt: '9am',
                closesAt: '17:00',
              },
            ],
          },
        }),
      ),
    ).rejects.toThrow(/Queues: queue 1 businessHours.weekly.mon.*must be a time such as "09:00"/);
    const error = await runNode(node, bad({ roster: '{oops' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as Error).message).toMatch(/Roster is not valid JSON/);
  });
});
