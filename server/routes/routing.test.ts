import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreEngine } from '../engine/core-engine';
import { testService } from '../test/harness';
import { routedRuleset, sampleInput } from '../test/samples';

const agent = (id: string, over: object = {}) => ({
  id,
  queues: ['desk-2'],
  skills: ['care'],
  languages: ['en'],
  seniority: 'regular',
  capacity: 2,
  load: 0,
  status: 'available',
  ...over,
});

describe('routing that belongs to the ruleset, with the live roster in the request', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  beforeAll(async () => {
    s = await testService({ engine: createCoreEngine() });
    expect(
      (await s.call('POST', '/v1/rulesets', { body: { ruleset: routedRuleset('own', 2) } })).status,
    ).toBe(201);
    const pub = await s.call('POST', '/v1/rulesets/own/publish', {
      headers: { 'if-match': await s.etag('own') },
    });
    expect(pub.status).toBe(201);
  });
  afterAll(() => s.close());

  it("routes /v1/handoff to the published ruleset's queue and says its words", async () => {
    const d = await (
      await s.call('POST', '/v1/handoff?ruleset=own', { body: sampleInput() })
    ).json();
    expect(d.handoff).toBe(true);
    expect(d.route).toMatchObject({ queue: 'desk-2', estimatedWaitSeconds: 120 });
    expect(d.customerMessage).toContain('Desk 2 takes over from here.');
    // The built-in ruleset still routes to the built-in table.
    const plain = await (await s.call('POST', '/v1/handoff', { body: sampleInput() })).json();
    expect(plain.route.queue).toBe('support');
  });

  it('takes the roster and queue statistics from the body on /v1/handoff and /v1/route', async () => {
    const body = {
      ...sampleInput(),
      roster: [agent('busy', { load: 2 }), agent('free')],
      queueStats: { 'desk-1': { queueLength: 9, agents: 1, averageHandleSeconds: 300 } },
    };
    const d = await (await s.call('POST', '/v1/handoff?ruleset=own', { body })).json();
    expect(d.route).toMatchObject({ queue: 'desk-2', agentId: 'free', estimatedWaitSeconds: 0 });
    const r = await s.call('POST', '/v1/route?ruleset=own', { body });
    expect(r.status).toBe(200);
    expect((await r.json()).route).toMatchObject({ queue: 'desk-2', agentId: 'free' });
  });

  it('refuses a bad roster or statistics for a queue the ruleset lacks, naming the path', async () => {
    const zero = await s.call('POST', '/v1/route?ruleset=own', {
      body: { ...sampleInput(), roster: [agent('a', { capacity: 0 })] },
    });
    expect(zero.status).toBe(400);
    expect((await zero.json()).error.issues.map((i: { path: string }) => i.path)).toEqual([
      'roster[0].capacity',
    ]);
    const stats = await s.call('POST', '/v1/handoff?ruleset=own', {
      body: { ...sampleInput(), queueStats: { billing: { averageHandleSeconds: 60 } } },
    });
    expect(stats.status).toBe(400);
    expect((await stats.json()).error.issues).toEqual([
      expect.objectContaining({
        path: 'queueStats.billing',
        message: '"billing" is not a queue of the routing table',
      }),
    ]);
  });

  it('refuses a ruleset whose routing or messages do not fit the schema', async () => {
    const bad = routedRuleset('bad', 1);
    const res = await s.call('POST', '/v1/rulesets', {
      body: {
        ruleset: {
          ...bad,
          routing: {
            queues: [{ id: 'x', businessHours: { timeZone: 'Mars/Olympus', weekly: {} } }],
          },
          messages: { en: { customer: { handofNow: 'x' } } },
        },
      },
    });
    expect(res.status).toBe(400);
    const paths = (await res.json()).error.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual([
      'ruleset.messages.en.customer',
      'ruleset.routing.queues[0].businessHours.timeZone',
    ]);
  });
});
