import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffInput } from '../contract';
import { fetchTransport } from '../http/fetch-transport';
import { realSleep } from '../http/test/real-sleep';
import { sendJson, startServer } from '../http/test/local-server';
import { enrich } from './enrich';
import { createHttpCrm } from './generic';
import { longTimeout, recordingSleep } from '../http/test/recording-sleep';

let servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const serve = async (handler: Parameters<typeof startServer>[0]) => {
  const s = await startServer(handler);
  servers.push(s);
  return s;
};

const input: HandoffInput = {
  conversation: {
    channel: 'web',
    previousHandoffs: 0,
    messages: [{ role: 'customer', text: 'hi', at: '2026-11-20T10:00:05Z' }],
  },
  customer: { id: 'cus_77', email: 'anna@example.com' },
  context: { account: { plan: 'from-the-bot' } },
};

describe('generic HTTP/JSON CRM', () => {
  const crmServer = () =>
    serve((req, res) => {
      if (req.headers['x-api-key'] !== 'k1') return sendJson(res, 401, { error: 'no key' });
      if (req.path === '/customers?email=anna%40example.com') {
        return sendJson(res, 200, {
          data: [{ id: 'c-9', profile: { plan: 'Scale', seats: 40 }, health: 'at-risk' }],
        });
      }
      if (req.path === '/customers/cus_77/orders') {
        return sendJson(res, 200, {
          items: [{ number: 'A-1042', total: { value: 49.99, currency: 'EUR' }, state: 'shipped' }],
        });
      }
      if (req.method === 'POST' && req.path === '/tickets/search') {
        const body = req.body as { email: string };
        return sendJson(
          res,
          200,
          body.email === 'anna@example.com' ? [{ key: 'T-1', title: 'Double charge' }] : [],
        );
      }
      return sendJson(res, 404, {});
    });

  it('reads account, orders and tickets with URL templates and dot-path field mappings', async () => {
    const s = await crmServer();
    const crm = createHttpCrm({
      headers: { 'x-api-key': 'k1' },
      account: {
        url: `${s.url}/customers?email={customer.email}`,
        root: 'data.0',
        fields: { id: 'id', plan: 'profile.plan', seats: 'profile.seats', health: 'health' },
      },
      orders: {
        url: `${s.url}/customers/{customer.id}/orders`,
        root: 'items',
        fields: {
          id: 'number',
          amount: 'total.value',
          currency: 'total.currency',
          status: 'state',
        },
      },
      tickets: {
        url: `${s.url}/tickets/search`,
        method: 'POST',
        body: { email: '{customer.email}' },
      },
    });
    const result = await enrich(input, {
      adapter: crm,
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
    });
    expect(result.ok).toBe(true);
    // The CRM's answer is the newest data: it wins over what the input had (mergeContext).
    expect(result.input.context?.account).toEqual({
      id: 'c-9',
      plan: 'Scale',
      seats: 40,
      health: 'at-risk',
    });
    expect(result.input.context?.orders).toEqual([
      { id: 'A-1042', amount: 49.99, currency: 'EUR', status: 'shipped' },
    ]);
    expect(result.input.context?.tickets).toEqual([{ key: 'T-1', title: 'Double charge' }]);
  });

  it('still returns the input, with a note, when the CRM is down', async () => {
    const s = await crmServer();
    const url = s.url;
    await s.close();
    servers = [];
    const crm = createHttpCrm({ account: { url: `${url}/customers?email={customer.email}` } });
    const { waits, sleep } = recordingSleep();
    const result = await enrich(input, {
      adapter: crm,
      transport: fetchTransport,
      sleep,
      now: Date.now,
      retries: 2,
      baseDelayMs: 50,
      timeoutMs: longTimeout,
      random: () => 1,
    });
    expect(result.ok).toBe(false);
    expect(waits).toEqual([50, 100]);
    expect(result.input.conversation).toBe(input.conversation);
    expect(result.input.context?.account).toEqual({ plan: 'from-the-bot' });
    expect(result.input.context?.notes?.[0]).toMatch(
      /^CRM http-crm unavailable, decided without CRM data: GET http:\/\/127\.0\.0\.1:\d+\/customers\?email=anna%40example\.com failed after 3 attempts/,
    );
  });

  it('refuses a configuration without endpoints and an answer that is not a list', async () => {
    expect(() => createHttpCrm({})).toThrow(/configure at least one of account, orders, tickets/);
    const s = await serve((_req, res) => sendJson(res, 200, { items: 'nope' }));
    const crm = createHttpCrm({ orders: { url: `${s.url}/o/{customer.id}`, root: 'items' } });
    const result = await enrich(input, {
      adapter: crm,
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
    });
    expect(result.ok).toBe(false);
    expect(result.notes[0]).toMatch(/orders at "items" is not a list/);
  });
});
