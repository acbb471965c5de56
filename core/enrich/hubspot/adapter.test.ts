import { describe, expect, it } from 'vitest';
import { TtlCache } from '../cache';
import type { Context } from '../../contract';
import { enrich } from '../enrich';
import { customerInput, hubspotAccount } from '../test/hubspot/harness';
import { createHubSpotCrm } from './adapter';

const anna = customerInput({ name: 'Anna Berger', email: 'Anna@Example.com' });

describe('HubSpot adapter against the stand-in (HubSpot’s published shapes)', () => {
  it('finds the contact, then its company, deals and tickets, with stage labels and open state', async () => {
    const account = hubspotAccount();
    const result = await account.enrichWith(anna);
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([]);
    const ctx = result.input.context as Context;
    expect(ctx.account).toEqual({
      source: 'hubspot',
      contactId: '501',
      matchedBy: 'email',
      email: 'anna@example.com',
      firstname: 'Anna',
      lastname: 'Berger',
      company: 'Berger GmbH',
      phone: '+49301234567',
      lifecyclestage: 'customer',
      createdate: '2025-01-01T00:00:00.000Z',
      lastmodifieddate: '2026-11-01T00:00:00.000Z',
      companyRecord: expect.objectContaining({
        id: '301',
        name: 'Berger GmbH',
        domain: 'berger.example',
      }),
    });
    // null properties (hs_lead_status, mobilephone, a deal without closedate) are left out.
    expect(ctx.orders?.map((o) => [o.id, o.dealname, o.stageLabel, o.open, o.won])).toEqual([
      ['9002', 'Seat expansion', 'Contract sent', true, undefined],
      ['9001', 'Annual renewal', 'Closed won', false, true],
    ]);
    expect(ctx.orders?.[0]).not.toHaveProperty('closedate');
    expect(
      ctx.tickets?.map((t) => [t.id, t.subject, t.pipelineLabel, t.stageLabel, t.open]),
    ).toEqual([
      ['7001', 'Invoice charged twice', 'Support Pipeline', 'New', true],
      ['6990', 'Password reset', 'Support Pipeline', 'Closed', false],
    ]);
    expect(account.paths()).toEqual(
      expect.arrayContaining([
        '/crm/objects/2026-09/contacts/search',
        '/crm/associations/2026-09/contacts/deals/batch/read',
        '/crm/associations/2026-09/contacts/tickets/batch/read',
        '/crm/associations/2026-09/contacts/companies/batch/read',
        '/crm/objects/2026-09/deals/batch/read',
        '/crm/objects/2026-09/tickets/batch/read',
        '/crm/objects/2026-09/companies/batch/read',
        '/crm/pipelines/2026-09/deals',
        '/crm/pipelines/2026-09/tickets',
      ]),
    );
    const search = account.http.seen.find((r) => r.url.endsWith('/contacts/search'));
    expect(JSON.parse(search?.body ?? '{}')).toMatchObject({
      filterGroups: [
        { filters: [{ propertyName: 'email', operator: 'EQ', value: 'anna@example.com' }] },
      ],
    });
  });

  it('keeps the contact, deals and company when the token lacks the tickets scope (case 1)', async () => {
    const account = hubspotAccount({
      scopes: ['crm.objects.contacts.read', 'crm.objects.deals.read', 'crm.objects.companies.read'],
    });
    const result = await account.enrichWith(anna);
    expect(result.ok).toBe(true);
    expect(result.unavailable).toEqual(['tickets']);
    expect(result.notes).toEqual([
      'HubSpot tickets unavailable (MISSING_SCOPES: tickets); decided without them',
    ]);
    const ctx = result.input.context as Context;
    expect(ctx.account?.contactId).toBe('501');
    expect(ctx.orders).toHaveLength(2);
    expect(ctx.account?.companyRecord).toMatchObject({ name: 'Berger GmbH' });
    // Unknown is not the same as none: no tickets list at all.
    expect(ctx).not.toHaveProperty('tickets');
    expect(ctx.notes).toEqual(result.notes);
  });

  it('names the contacts scope when the lookup itself is refused, and still returns the input', async () => {
    const account = hubspotAccount({ scopes: ['tickets'] });
    const result = await account.enrichWith(anna);
    expect(result.ok).toBe(false);
    expect(result.notes).toEqual([
      'CRM hubspot unavailable, decided without CRM data: HubSpot contact lookup failed (MISSING_SCOPES: crm.objects.contacts.read)',
    ]);
    expect(result.input.conversation).toBe(anna.conversation);
  });

  it('reads deals and tickets by a HubSpot id even when the contact record cannot be read', async () => {
    const account = hubspotAccount(
      {
        fault: (req) =>
          req.path.endsWith('/contacts/batch/read')
            ? {
                status: 503,
                body: {
                  status: 'error',
                  message: 'down',
                  correlationId: 'c-1',
                  category: 'SERVICE_UNAVAILABLE',
                },
              }
            : undefined,
      },
      { lookup: ['id'] },
    );
    const result = await account.enrichWith(customerInput({ id: '501' }));
    expect(result.ok).toBe(true);
    expect(result.unavailable).toEqual(['contact']);
    expect(result.notes[0]).toBe(
      'HubSpot contact unavailable (HTTP 503 SERVICE_UNAVAILABLE: down [correlationId c-1]); deals and tickets read by id',
    );
    expect(result.input.context?.tickets).toHaveLength(2);
    expect(result.input.context?.account).toEqual({
      source: 'hubspot',
      contactId: '501',
      matchedBy: 'id',
      companyRecord: expect.objectContaining({ name: 'Berger GmbH' }),
    });
  });

  it('reports a refused token with HubSpot’s category', async () => {
    const account = hubspotAccount({ token: 'another' });
    const result = await account.enrichWith(anna);
    expect(result.ok).toBe(false);
    expect(result.notes[0]).toMatch(
      /HubSpot contact lookup failed \(HTTP 401 INVALID_AUTHENTICATION: Authentication credentials not found/,
    );
    expect(account.http.seen).toHaveLength(1);
  });

  it('keeps what a 207 multi-status batch read returned and says how many records were gone (case 7)', async () => {
    const account = hubspotAccount({ deleted: ['6990'] });
    const result = await account.enrichWith(anna);
    expect(result.input.context?.tickets?.map((t) => t.id)).toEqual(['7001']);
    expect(result.notes).toEqual([
      'HubSpot tickets: 1 of 2 could not be read (OBJECT_NOT_FOUND (1))',
    ]);
    expect(result.unavailable).toEqual([]);
  });

  it('follows `after` paging of associations and keeps the newest records within the limit (case 7)', async () => {
    const account = hubspotAccount({ pageSize: 1 }, { limit: 1 });
    const result = await account.enrichWith(anna);
    expect(result.input.context?.tickets?.map((t) => t.id)).toEqual(['7001']);
    const pages = account.http.seen.filter((r) => r.url.endsWith('/contacts/tickets/batch/read'));
    expect(pages.map((r) => JSON.parse(r.body ?? '{}').inputs[0])).toEqual([
      { id: '501' },
      { id: '501', after: '1' },
    ]);
  });

  it('caches a full answer but not one with a part missing, so the next handoff asks again', async () => {
    const partial = hubspotAccount({
      scopes: ['crm.objects.contacts.read', 'crm.objects.deals.read', 'crm.objects.companies.read'],
    });
    const cache = new TtlCache<Context>({ ttlMs: 60_000, now: partial.http.now });
    const options = {
      adapter: partial.adapter,
      transport: partial.transport,
      sleep: partial.http.sleep,
      now: partial.http.now,
      cache,
    };
    await enrich(anna, options);
    expect(cache.size).toBe(0);
    const full = hubspotAccount();
    const fullOptions = { ...options, adapter: full.adapter, transport: full.transport };
    await enrich(anna, fullOptions);
    const again = await enrich(anna, fullOptions);
    expect(again.cached).toBe(true);
  });

  it('refuses a configuration with bad fields, naming each', () => {
    expect(() =>
      createHubSpotCrm({
        accessToken: '',
        lookup: ['fax' as 'email'],
        ticketProperties: ['sub ject'],
        limit: 500,
        defaultCountry: 'Germany',
      }),
    ).toThrow(
      'HubSpot configuration: accessToken: an access token is required; lookup[0]: "fax" is not one of email, phone, id; ticketProperties[0]: "sub ject" is not a HubSpot property name (letters, digits, _); defaultCountry: "Germany" is not a two-letter country code; limit: must be a whole number from 1 to 100, got 500',
    );
  });
});
