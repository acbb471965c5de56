import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config';
import { testService } from '../test/harness';
import { sampleInput } from '../test/samples';
import { createCoreEngine } from './core-engine';
import type { Engine } from './types';
import { loadCrm } from './crm';
import { hubSpotStandIn } from '../../core/enrich/test/hubspot-server';
import { startServer } from '../../core/http/test/local-server';

const dir = mkdtempSync(join(tmpdir(), 'handoff-crm-'));
const configFile = (config: unknown) => {
  const file = join(dir, `crm-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  return file;
};

describe('CRM enrichment on /v1/handoff', () => {
  let crm: Server;
  let port = 0;
  const seen: string[] = [];
  // One service for the whole file, whose engine each test swaps for one with its own CRM:
  // starting a service (an embedded database) is what costs here, 10-17 s on a loaded machine.
  let engine: Engine = createCoreEngine();
  let service: Awaited<ReturnType<typeof testService>>;
  const withCrm = (file: string) => {
    engine = createCoreEngine({ crm: loadCrm(file) });
    return service;
  };
  beforeAll(async () => {
    service = await testService({
      engine: new Proxy({} as Engine, { get: (_, key) => engine[key as keyof Engine] }),
    });
    crm = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: [{ id: 'acc-9', plan: 'enterprise', mrr: 12000 }] }));
    });
    await new Promise<void>((r) => crm.listen(0, '127.0.0.1', r));
    port = (crm.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => crm.close(() => r()));
    await service.close();
  });

  const input = () => ({
    ...sampleInput(),
    customer: { email: 'anna@example.com', tier: 'pro' as const },
  });

  it('fills context from the CRM before deciding', async () => {
    const file = configFile({
      type: 'http',
      account: { url: `http://127.0.0.1:${port}/customers?email={customer.email}`, root: 'data.0' },
    });
    const s = withCrm(file);
    const res = await s.call('POST', '/v1/handoff', { body: input() });
    expect(res.status).toBe(200);
    const d = await res.json();
    expect(d.handoff).toBe(true);
    expect(d.notes ?? []).toEqual([]);
    expect(seen).toContain('/customers?email=anna%40example.com');
  });

  it('still decides when the CRM is down, with a note', async () => {
    const file = configFile({
      type: 'http',
      retries: 0,
      timeoutMs: 500,
      account: { url: 'http://127.0.0.1:9/customers?email={customer.email}' },
    });
    const s = withCrm(file);
    const d = await (await s.call('POST', '/v1/handoff', { body: input() })).json();
    expect(d.handoff).toBe(true);
    expect(d.notes.join(' ')).toMatch(/CRM|crm|127\.0\.0\.1/);
  });

  it('refuses a bad configuration naming the file and the field', () => {
    const file = configFile({ type: 'http', account: { url: 'ftp://nope' } });
    expect(() => loadCrm(file)).toThrow(ConfigError);
    expect(() => loadCrm(file)).toThrow(/account\.url: must be an http\(s\) URL/);
    expect(() => loadCrm(join(dir, 'missing.json'))).toThrow(/cannot read/);
  });

  it('reads a HubSpot configuration with lookup order, properties and API version, and names bad fields', () => {
    const good = loadCrm(
      configFile({
        type: 'hubspot',
        accessToken: 'pat-x',
        apiVersion: 'v3',
        lookup: ['phone', 'email'],
        defaultCountry: 'DE',
        ticketProperties: ['subject', 'customer_tier'],
        parts: ['tickets'],
        budgetMs: 3000,
      }),
    );
    expect(good.adapter.name).toBe('hubspot');
    expect(good.budgetMs).toBe(3000);
    expect(loadCrm(configFile({ type: 'hubspot', accessToken: 'pat-x' })).budgetMs).toBe(8000);
    const bad = configFile({
      type: 'hubspot',
      accessToken: 'pat-x',
      lookup: ['fax'],
      ticketProperties: ['sub ject'],
      apiVersion: '2025-01',
    });
    for (const named of [
      /apiVersion: /,
      /lookup\.0: /,
      /ticketProperties\.0: must be a HubSpot property name/,
    ])
      expect(() => loadCrm(bad)).toThrow(named);
  });

  it('decides with what HubSpot gave when a part is refused, and says which part in notes', async () => {
    const hubspot = await startServer(
      hubSpotStandIn({
        scopes: [
          'crm.objects.contacts.read',
          'crm.objects.deals.read',
          'crm.objects.companies.read',
        ],
      }).handler,
    );
    const file = configFile({ type: 'hubspot', accessToken: 'pat-test', baseUrl: hubspot.url });
    const s = withCrm(file);
    const d = await (await s.call('POST', '/v1/handoff', { body: input() })).json();
    expect(d.handoff).toBe(true);
    expect(d.notes).toEqual([
      'HubSpot tickets unavailable (MISSING_SCOPES: tickets); decided without them',
    ]);
    await hubspot.close();
  });
});
