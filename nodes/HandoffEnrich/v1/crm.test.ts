import { NodeOperationError } from 'n8n-workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotHandler } from '../../../core/enrich/test/hubspot-server';
import { sendJson, startServer } from '../../../core/http/test/local-server';
import { fakeContext, runNode, type FakeHttpCall } from '../../test/fake-context';
import { HandoffEnrich } from '../HandoffEnrich.node';

const node = new HandoffEnrich();
const conversation = {
  messages: [
    { role: 'customer', text: 'My invoice was charged twice', at: '2026-11-20T10:00:00Z' },
  ],
};

/** What n8n does for a credential with `authenticate`: add its header, then send. */
const viaN8n =
  (headers: Record<string, string>) =>
  async ({ options }: FakeHttpCall) => {
    const res = await fetch(options.url, {
      method: options.method,
      headers: { ...(options.headers as Record<string, string>), ...headers },
      body: options.body as string | undefined,
    });
    return {
      statusCode: res.status,
      headers: Object.fromEntries(res.headers),
      body: await res.text(),
    };
  };

let hubspot: Awaited<ReturnType<typeof startServer>>;
let crm: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  hubspot = await startServer((req, res) => hubspotHandler(req, res, 'pat-n8n'));
  crm = await startServer((req, res) => {
    if (req.headers['x-api-key'] !== 'k-1') return sendJson(res, 401, { error: 'bad key' });
    if (req.path.startsWith('/customers?email=anna%40example.com'))
      return sendJson(res, 200, { data: [{ id: 'c-1', plan: { name: 'gold' } }] });
    if (req.path.startsWith('/orders')) return sendJson(res, 200, { items: [{ id: 'o-1' }] });
    return sendJson(res, 404, {});
  });
});
afterAll(async () => {
  await hubspot.close();
  await crm.close();
});

describe('Handoff Enrich from HubSpot', () => {
  it('looks the customer up by email with the credential n8n applies, and fills context', async () => {
    const { ctx, calls } = fakeContext({
      items: [{ conversation, customer: { email: 'anna@example.com' } }],
      params: { source: 'hubspot', inputSource: 'auto', timeoutSeconds: 5 },
      credentials: { handoffHubSpotApi: { accessToken: 'pat-n8n', baseUrl: hubspot.url } },
      http: viaN8n({ Authorization: 'Bearer pat-n8n' }),
    });
    const [out] = await runNode(node, ctx);
    const json = out[0].json as Record<string, any>;
    expect(json.context.account).toMatchObject({ contactId: '501', company: 'Berger GmbH' });
    // Newest first, with the stage label and open state from the pipelines API.
    expect(
      json.context.orders.map((o: Record<string, unknown>) => [o.dealname, o.stageLabel, o.open]),
    ).toEqual([
      ['Seat expansion', 'Contract sent', true],
      ['Annual renewal', 'Closed won', false],
    ]);
    expect(json.context.tickets[0].subject).toBe('Invoice charged twice');
    expect(json.enrichment).toEqual({ source: 'hubspot', ok: true, notes: [], unavailable: [] });
    expect(calls.every((c) => c.credentialType === 'handoffHubSpotApi')).toBe(true);
    // The adapter's own header never leaves: n8n's credential authenticates.
    expect(calls.every((c) => !('authorization' in (c.options.headers ?? {})))).toBe(true);
  });

  it('goes on with a note when HubSpot refuses, or stops when asked to', async () => {
    const items = [{ conversation, customer: { email: 'anna@example.com' } }];
    const params = { source: 'hubspot', inputSource: 'auto', timeoutSeconds: 5 };
    const credentials = { handoffHubSpotApi: { accessToken: 'wrong', baseUrl: hubspot.url } };
    const http = viaN8n({ Authorization: 'Bearer wrong' });
    const lenient = fakeContext({ items, params, credentials, http });
    const [out] = await runNode(node, lenient.ctx);
    const json = out[0].json as Record<string, any>;
    expect(json.enrichment.ok).toBe(false);
    expect(json.context.notes[0]).toMatch(
      /CRM hubspot unavailable.*HTTP 401 INVALID_AUTHENTICATION/,
    );

    const strict = fakeContext({
      items,
      params: { ...params, failWhenCrmDown: true },
      credentials,
      http,
    });
    const error = await runNode(node, strict.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as Error).message).toMatch(/hubspot unavailable/);
  });
});

describe('Handoff Enrich from an HTTP CRM', () => {
  it('calls the configured endpoints under the base URL and maps the answers', async () => {
    const { ctx } = fakeContext({
      items: [{ conversation, customer: { email: 'anna@example.com' } }],
      params: {
        source: 'httpCrm',
        inputSource: 'auto',
        timeoutSeconds: 5,
        crmEndpoints: JSON.stringify({
          account: {
            url: '/customers?email={customer.email}',
            root: 'data.0',
            fields: { id: 'id', plan: 'plan.name' },
          },
          orders: { url: '/orders?email={customer.email}', root: 'items' },
        }),
      },
      credentials: {
        handoffCrmApi: { baseUrl: crm.url, headerName: 'X-API-Key', headerValue: 'k-1' },
      },
      http: viaN8n({ 'x-api-key': 'k-1' }),
    });
    const [out] = await runNode(node, ctx);
    expect(out[0].json.context).toEqual({
      account: { id: 'c-1', plan: 'gold' },
      orders: [{ id: 'o-1' }],
    });
  });

  it('names a broken endpoint configuration', async () => {
    const { ctx } = fakeContext({
      items: [{ conversation }],
      params: {
        source: 'httpCrm',
        inputSource: 'auto',
        crmEndpoints: '{"account": {"root": "x"}}',
      },
      credentials: { handoffCrmApi: { baseUrl: crm.url } },
    });
    await expect(runNode(node, ctx)).rejects.toThrow(/account\.url must be a URL/);
  });
});
