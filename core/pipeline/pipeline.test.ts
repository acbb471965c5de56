import { afterEach, describe, expect, it } from 'vitest';
import { HandoffDecision, validate, type HandoffInput } from '../contract';
import { InputError } from '../decide';
import { createHubSpotCrm } from '../enrich';
import { fetchTransport } from '../http/fetch-transport';
import { realSleep } from '../http/test/real-sleep';
import { hubSpotStandIn, hubspotHandler } from '../enrich/test/hubspot-server';
import { sendJson, startServer } from '../http/test/local-server';
import { messagePacks, pickLanguage } from '../messages';
import fixture from '../route/fixtures/routing.json';
import type { Agent, RoutingTable } from '../route';
import { loadLabelled } from '../summarize/test/labelled';
import { runHandoff } from './run';
import { runHandoffAsync } from './run-async';

const labelled = loadLabelled();
const routing = fixture.table as RoutingTable;
const roster = fixture.roster as Agent[];

const input: HandoffInput = {
  conversation: {
    id: 'c-1042',
    channel: 'web',
    previousHandoffs: 0,
    messages: [
      {
        role: 'customer',
        text: 'Hallo, meine Rechnung RE-2291 über 89,00 € wurde doppelt abgebucht.',
        at: '2026-11-18T09:58:00Z',
      },
      {
        role: 'bot',
        text: 'Das tut mir leid. Können Sie mir die Rechnungsnummer nennen?',
        at: '2026-11-18T09:58:05Z',
      },
      {
        role: 'customer',
        text: 'Steht doch oben! Ich will mein Geld zurück, sonst mache ich eine Rückbuchung.',
        at: '2026-11-18T09:59:00Z',
      },
    ],
  },
  customer: { name: 'Anna Berger', email: 'anna@example.com', tier: 'enterprise' },
  now: '2026-11-18T10:00:00Z',
};

describe('runHandoff on the labelled conversations', () => {
  it('returns contract-valid decisions; handoffs carry summary, route, customer message and missing details', () => {
    let handoffs = 0;
    for (const l of labelled) {
      const d = runHandoff(l.input);
      const v = validate(HandoffDecision, d);
      if (!v.ok) throw new Error(`${l.id}: ${JSON.stringify(v.issues)}`);
      expect('hints' in d).toBe(false);
      if (!d.handoff) {
        expect(d.route).toBeUndefined();
        expect(d.summary).toBeUndefined();
        continue;
      }
      handoffs++;
      expect(d.route?.queue).toBeTruthy();
      expect(d.route?.language).toBe(d.language);
      expect(d.summary).toContain(
        messagePacks[pickLanguage(d.language)].summary.issue[d.issueType],
      );
      expect(d.customerMessage).toContain(
        messagePacks[pickLanguage(d.language)].transparency.handoffIntro,
      );
      expect(Array.isArray(d.missingDetails)).toBe(true);
    }
    expect(handoffs).toBeGreaterThan(50);
  });
});

describe('runHandoff with a routing table and roster', () => {
  it('routes an enterprise German billing dispute to the senior native speaker and tells the customer in German', () => {
    const d = runHandoff(input, { routing, roster });
    expect(d.handoff).toBe(true);
    expect(d.issueType).toBe('billing');
    expect(d.language).toBe('de');
    expect(d.route).toMatchObject({
      queue: 'billing-de',
      seniority: 'senior',
      agentId: 'de-senior',
      estimatedWaitSeconds: 0,
      available: true,
    });
    expect(d.summary).toMatch(
      /^Anna Berger \(enterprise\) braucht Hilfe bei einer Abrechnungsfrage: „/,
    );
    expect(d.summary).toContain('89,00 €');
    expect(d.customerMessage).toMatch(/^Ich bin ein KI-Assistent/);
    expect(d.customerMessage).toMatch(/gleich dazukommt/);
    expect(d.missingDetails?.map((m) => m.key)).toEqual(['accountVerified']);
  });

  it('out of hours: says when a person answers and offers email, in the customer’s language', () => {
    const late = { ...input, now: '2026-11-18T19:30:00Z' };
    const d = runHandoff(late, { routing, roster });
    expect(d.route).toMatchObject({
      available: false,
      nextOpenAt: '2026-11-19T07:00:00.000Z',
      followUp: { channel: 'email', email: 'anna@example.com' },
    });
    expect(d.customerMessage).toMatch(/ab Donnerstag, 19\. November um 08:00 MEZ/);
    expect(d.customerMessage).toContain('per E-Mail an anna@example.com');
  });

  it('attaches the redacted Markdown transcript when asked', () => {
    const d = runHandoff(input, { transcript: { timeZone: 'Europe/Berlin' } });
    expect(d.transcript).toContain('**Customer** · 18/11/2026, 10:58:00');
    expect(runHandoff(input).transcript).toBeUndefined();
  });

  it('writes the summary in the agents’ language when configured', () => {
    const d = runHandoff(input, { summary: { agentLanguage: 'en' } });
    expect(d.summary).toMatch(/^Anna Berger \(enterprise\) needs help with a billing matter/);
    expect(d.customerMessage).toMatch(/^Ich bin ein KI-Assistent/);
  });

  it('refuses a bad routing table or roster, naming the paths', () => {
    const bad = {
      queues: [{ id: 'x', businessHours: { timeZone: 'Nowhere', weekly: {} } }],
    } as RoutingTable;
    expect(() => runHandoff(input, { routing: bad })).toThrow(
      /invalid routing options: routing\.queues\[0\]\.businessHours\.timeZone: must be an IANA time zone/,
    );
    expect(() => runHandoff(input, { roster: [{ id: 'a' }] as Agent[] })).toThrow(
      /invalid routing options: roster\[0\]\.skills/,
    );
  });

  it('refuses bad input naming the path', () => {
    expect(() => runHandoff({ conversation: { messages: [] } } as never)).toThrow(InputError);
    expect(() => runHandoff({ conversation: { messages: [] } } as never)).toThrow(
      /conversation\.messages/,
    );
  });
});

describe('runHandoffAsync: CRM enrichment and LLM summary over injected transport', () => {
  let servers: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  it('fills context from HubSpot and uses the LLM summary', async () => {
    const hubspot = await startServer((req, res) => hubspotHandler(req, res));
    const llm = await startServer((_req, res) =>
      sendJson(res, 200, {
        choices: [
          {
            message: {
              role: 'assistant',
              content: 'Anna wurde 89,00 € doppelt abgebucht (RE-2291) und droht mit Rückbuchung.',
            },
          },
        ],
      }),
    );
    servers.push(hubspot, llm);
    const d = await runHandoffAsync(input, {
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
      routing,
      roster,
      crm: { adapter: createHubSpotCrm({ accessToken: 'pat-test', baseUrl: hubspot.url }) },
      llm: { endpoint: `${llm.url}/v1`, model: 'small' },
    });
    expect(d.summarySource).toBe('llm');
    expect(d.summary).toMatch(/RE-2291/);
    expect(d.notes).toBeUndefined();
    // Contact search; deals, tickets and company associations and reads; two pipelines.
    expect(hubspot.seen.length).toBe(9);
    expect(validate(HandoffDecision, d).ok).toBe(true);
  });

  it('tells the agent in notes when a part of HubSpot was unavailable, and decides with the rest', async () => {
    const partial = hubSpotStandIn({
      scopes: ['crm.objects.contacts.read', 'crm.objects.deals.read'],
    });
    const hubspot = await startServer(partial.handler);
    servers.push(hubspot);
    const d = await runHandoffAsync(input, {
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
      crm: { adapter: createHubSpotCrm({ accessToken: 'pat-test', baseUrl: hubspot.url }) },
    });
    expect(d.handoff).toBe(true);
    // Both parts fail at once; their notes may arrive in either order.
    expect([...(d.notes ?? [])].sort()).toEqual([
      'HubSpot company unavailable (MISSING_SCOPES: crm.objects.companies.read); decided without them',
      'HubSpot tickets unavailable (MISSING_SCOPES: tickets); decided without them',
    ]);
  });

  it('still decides when the CRM and the LLM are down, saying so in notes', async () => {
    const dead = await startServer((_req, res) => sendJson(res, 503, { error: 'down' }));
    servers.push(dead);
    const d = await runHandoffAsync(input, {
      transport: fetchTransport,
      sleep: realSleep,
      now: Date.now,
      crm: {
        adapter: createHubSpotCrm({ accessToken: 'pat-test', baseUrl: dead.url }),
        retries: 1,
      },
      llm: { endpoint: `${dead.url}/v1`, model: 'small', retries: 0 },
    });
    expect(d.handoff).toBe(true);
    expect(d.summarySource).toBe('offline');
    expect(d.summary).toMatch(/braucht Hilfe bei einer Abrechnungsfrage/);
    expect(d.notes).toEqual([
      expect.stringMatching(/^CRM hubspot unavailable, decided without CRM data: .*HTTP 503/),
      expect.stringMatching(/^LLM summary failed \(HTTP 503\); used the offline summary$/),
    ]);
  });
});
