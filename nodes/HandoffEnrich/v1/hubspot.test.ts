import type { ICredentialTestFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubSpotStandIn } from '../../../core/enrich/test/hubspot-server';
import { startServer } from '../../../core/http/test/local-server';
import { fakeContext, runNode, type FakeHttpCall } from '../../test/fake-context';
import { HandoffEnrich } from '../HandoffEnrich.node';
import { handoffHubSpotScopes } from './credential-test';

const node = new HandoffEnrich();
const conversation = {
  channel: 'voice',
  messages: [
    { role: 'customer', text: 'My invoice was charged twice', at: '2026-11-20T10:00:00Z' },
  ],
};

const viaN8n =
  (token: string) =>
  async ({ options }: FakeHttpCall) => {
    const res = await fetch(options.url, {
      method: options.method,
      headers: { ...(options.headers as Record<string, string>), Authorization: `Bearer ${token}` },
      body: options.body as string | undefined,
    });
    return {
      statusCode: res.status,
      headers: Object.fromEntries(res.headers),
      body: await res.text(),
    };
  };

let full: Awaited<ReturnType<typeof startServer>>;
let noTickets: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  full = await startServer(hubSpotStandIn({ token: 'pat-n8n' }).handler);
  noTickets = await startServer(
    hubSpotStandIn({
      token: 'pat-n8n',
      scopes: ['crm.objects.contacts.read', 'crm.objects.deals.read', 'crm.objects.companies.read'],
    }).handler,
  );
});
afterAll(async () => {
  await full.close();
  await noTickets.close();
});

const run = (
  server: { url: string },
  params: Record<string, unknown>,
  customer: Record<string, unknown> = {},
) => {
  const { ctx } = fakeContext({
    items: [{ conversation, customer }],
    params: { source: 'hubspot', inputSource: 'auto', timeoutSeconds: 5, ...params },
    credentials: { handoffHubSpotApi: { accessToken: 'pat-n8n', baseUrl: server.url } },
    http: viaN8n('pat-n8n'),
  });
  return runNode(node, ctx);
};

describe('Handoff Enrich: HubSpot options', () => {
  it('finds a caller by the mapped phone field, with the options’ country, parts and properties', async () => {
    const [out] = await run(full, {
      customerPhone: '030 1234567',
      hubSpotOptions: {
        defaultCountry: 'DE',
        parts: ['tickets'],
        ticketProperties: 'subject, hs_ticket_priority',
      },
    });
    const json = out[0].json as Record<string, any>;
    expect(json.context.account).toMatchObject({ contactId: '501', matchedBy: 'phone' });
    expect(json.context.orders).toBeUndefined();
    expect(json.context.tickets[0]).toEqual({
      id: '7001',
      subject: 'Invoice charged twice',
      hs_ticket_priority: 'HIGH',
      hs_pipeline_stage: '1',
      hs_pipeline: '0',
      createdate: '2026-11-18T09:00:00Z',
      lastmodifieddate: '2026-11-01T00:00:00.000Z',
      pipelineLabel: 'Support Pipeline',
      stageLabel: 'New',
      open: true,
    });
  });

  it('looks a contact up by the HubSpot Contact ID field', async () => {
    const [out] = await run(full, { hubSpotContactId: '501', hubSpotOptions: { lookup: 'id' } });
    expect((out[0].json as Record<string, any>).context.account).toMatchObject({
      contactId: '501',
      matchedBy: 'id',
    });
  });

  it('goes on without the tickets when the token lacks their scope, and says so in enrichment', async () => {
    const [out] = await run(noTickets, {}, { email: 'anna@example.com' });
    const json = out[0].json as Record<string, any>;
    expect(json.enrichment).toEqual({
      source: 'hubspot',
      ok: true,
      notes: ['HubSpot tickets unavailable (MISSING_SCOPES: tickets); decided without them'],
      unavailable: ['tickets'],
    });
    expect(json.context.orders).toHaveLength(2);
  });

  it('stops with an error naming a bad option', async () => {
    const error = await run(full, { hubSpotOptions: { lookup: 'email, fax' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as Error).message).toMatch(/lookup\[1\]: "fax" is not one of email, phone, id/);
  });
});

describe('the HubSpot credential test', () => {
  const testFunctions = {
    helpers: {
      request: async (options: {
        method: string;
        uri: string;
        headers: Record<string, string>;
        body?: string;
      }) => {
        const res = await fetch(options.uri, {
          method: options.method,
          headers: options.headers,
          body: options.body,
        });
        return {
          statusCode: res.status,
          headers: Object.fromEntries(res.headers),
          body: await res.text(),
        };
      },
    },
  } as unknown as ICredentialTestFunctions;
  const test = (server: { url: string }, accessToken = 'pat-n8n') =>
    handoffHubSpotScopes.call(testFunctions, {
      id: '1',
      name: 'HubSpot',
      type: 'handoffHubSpotApi',
      data: { accessToken, baseUrl: server.url },
    });

  it('passes a token with every scope the node uses', async () => {
    expect(await test(full)).toEqual({
      status: 'OK',
      message: 'Connection successful: the token can read contacts, deals, tickets, companies',
    });
  });

  it('fails a token without the tickets scope, naming it', async () => {
    const result = await test(noTickets);
    expect(result.status).toBe('Error');
    expect(result.message).toMatch(/^The token lacks tickets \(for tickets\)/);
  });

  it('fails a wrong token as refused', async () => {
    expect((await test(full, 'nope')).message).toMatch(/^HubSpot refused the token/);
  });
});
