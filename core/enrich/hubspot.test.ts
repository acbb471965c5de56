import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffInput } from '../contract';
import { TtlCache } from './cache';
import { enrich } from './enrich';
import { createHubSpotCrm } from './hubspot';
import { fetchTransport, realSleep } from '../http/test/fetch-transport';
import { hubspotHandler } from './test/hubspot-server';
import { startServer } from '../http/test/local-server';

const input = (email?: string): HandoffInput => ({
  conversation: {
    channel: 'web',
    previousHandoffs: 0,
    messages: [
      { role: 'customer', text: 'My invoice was charged twice', at: '2026-11-20T10:00:05Z' },
    ],
  },
  customer: { name: 'Anna Berger', ...(email ? { email } : {}) },
});

let servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const hubspot = async (handler: Parameters<typeof startServer>[0] = hubspotHandler) => {
  const server = await startServer(handler);
  servers.push(server);
  return server;
};

describe('HubSpot adapter against a local CRM v3 server', () => {
  it('finds the contact by email, then its deals and tickets through associations and batch reads', async () => {
    const server = await hubspot();
    const crm = createHubSpotCrm({ accessToken: 'pat-test', baseUrl: server.url });
    const result = await enrich(input('anna@example.com'), {
      adapter: crm,
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
    });
    expect(result.ok).toBe(true);
    const ctx = result.input.context;
    expect(ctx?.account).toMatchObject({
      source: 'hubspot',
      contactId: '501',
      company: 'Berger GmbH',
      firstname: 'Anna',
    });
    expect(ctx?.orders?.map((o) => [o.id, o.dealname, o.amount])).toEqual([
      ['9001', 'Annual renewal', '18500'],
      ['9002', 'Seat expansion', '4200'],
    ]);
    expect(ctx?.tickets).toEqual([
      {
        id: '7001',
        subject: 'Invoice charged twice',
        hs_pipeline_stage: '1',
        hs_ticket_priority: 'HIGH',
      },
    ]);
    expect(server.seen.map((s) => s.path)).toEqual(
      expect.arrayContaining([
        '/crm/v3/objects/contacts/search',
        '/crm/v4/associations/contacts/deals/batch/read',
        '/crm/v4/associations/contacts/tickets/batch/read',
        '/crm/v3/objects/deals/batch/read',
        '/crm/v3/objects/tickets/batch/read',
      ]),
    );
    const search = server.seen.find((s) => s.path.endsWith('/contacts/search'));
    expect(search?.body).toMatchObject({
      filterGroups: [
        { filters: [{ propertyName: 'email', operator: 'EQ', value: 'anna@example.com' }] },
      ],
    });
  });

  it('notes an unknown email and a missing email without failing', async () => {
    const server = await hubspot();
    const crm = createHubSpotCrm({ accessToken: 'pat-test', baseUrl: server.url });
    const unknown = await enrich(input('nobody@example.com'), {
      adapter: crm,
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
    });
    expect(unknown.ok).toBe(true);
    expect(unknown.input.context?.notes).toEqual([
      'HubSpot: no contact with email nobody@example.com',
    ]);
    const none = await enrich(input(), {
      adapter: crm,
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
    });
    expect(none.input.context?.notes?.[0]).toMatch(/nothing to look up/);
    expect(server.seen.filter((s) => s.path.endsWith('/search'))).toHaveLength(1);
  });

  it('reports a wrong token as CRM unavailable, naming the 401', async () => {
    const server = await hubspot();
    const crm = createHubSpotCrm({ accessToken: 'wrong', baseUrl: server.url });
    const result = await enrich(input('anna@example.com'), {
      adapter: crm,
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
    });
    expect(result.ok).toBe(false);
    expect(result.input.context?.notes?.[0]).toMatch(/CRM hubspot unavailable.*HTTP 401/);
    expect(server.seen).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After, then completes', async () => {
    let limited = false;
    const server = await hubspot((req, res) => {
      if (!limited && req.path.endsWith('/contacts/search')) {
        limited = true;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(
          JSON.stringify({
            status: 'error',
            category: 'RATE_LIMITS',
            message: 'You have reached your secondly limit.',
          }),
        );
        return;
      }
      hubspotHandler(req, res);
    });
    const waits: number[] = [];
    const sleep = (ms: number) => (ms >= 5000 ? realSleep(ms) : (waits.push(ms), realSleep(1)));
    const crm = createHubSpotCrm({ accessToken: 'pat-test', baseUrl: server.url });
    const result = await enrich(input('anna@example.com'), {
      adapter: crm,
      transport: fetchTransport,
      sleep,
      now: Date.now,
    });
    expect(result.ok).toBe(true);
    expect(waits).toEqual([1000]);
    expect(result.input.context?.orders).toHaveLength(2);
    expect(server.seen.filter((s) => s.path.endsWith('/contacts/search'))).toHaveLength(2);
  });

  it('gives up on a HubSpot that never answers, within the timeout, and says so', async () => {
    const server = await hubspot(() => undefined);
    const crm = createHubSpotCrm({ accessToken: 'pat-test', baseUrl: server.url });
    const started = Date.now();
    const result = await enrich(input('anna@example.com'), {
      adapter: crm,
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
      timeoutMs: 100,
      retries: 1,
      baseDelayMs: 10,
    });
    expect(result.ok).toBe(false);
    expect(result.input.context?.notes?.[0]).toMatch(
      /CRM hubspot unavailable.*failed after 2 attempts: timed out after 100 ms/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('serves a repeated lookup from the TTL cache until it expires', async () => {
    const server = await hubspot();
    let clock = 1_000_000;
    const now = () => clock;
    const cache = new TtlCache<NonNullable<HandoffInput['context']>>({ ttlMs: 60_000, now });
    const crm = createHubSpotCrm({ accessToken: 'pat-test', baseUrl: server.url });
    const options = { adapter: crm, transport: fetchTransport, sleep: realSleep, now, cache };
    const first = await enrich(input('anna@example.com'), options);
    const calls = server.seen.length;
    const second = await enrich(input('Anna@Example.com'), options);
    expect(second.cached).toBe(true);
    expect(second.input.context?.orders).toEqual(first.input.context?.orders);
    expect(server.seen.length).toBe(calls);
    clock += 61_000;
    const third = await enrich(input('anna@example.com'), options);
    expect(third.cached).toBe(false);
    expect(server.seen.length).toBe(calls * 2);
  });
});
