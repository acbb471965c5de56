import { describe, expect, it } from 'vitest';
import { customerInput, hubspotAccount } from '../test/hubspot/harness';

const anna = customerInput({ email: 'anna@example.com' });

describe('date-versioned API with v3/v4 as the fallback (case 6)', () => {
  it('falls back where the 2026-09 endpoints answer 404, and remembers it for the next handoff', async () => {
    const account = hubspotAccount({ families: ['legacy'] });
    const first = await account.enrichWith(anna);
    expect(first.unavailable).toEqual([]);
    expect(first.input.context?.tickets).toHaveLength(2);
    expect(account.paths().slice(0, 2)).toEqual([
      '/crm/objects/2026-09/contacts/search',
      '/crm/v3/objects/contacts/search',
    ]);
    const before = account.http.seen.length;
    await account.enrichWith(anna);
    const second = account.paths().slice(before);
    expect(second.every((p) => !p.includes('2026-09'))).toBe(true);
    expect(second).toContain('/crm/v4/associations/contacts/tickets/batch/read');
  });

  it('uses only v3/v4 when the setting says so', async () => {
    const account = hubspotAccount({}, { apiVersion: 'v3' });
    await account.enrichWith(anna);
    expect(account.paths().some((p) => p.includes('2026-09'))).toBe(false);
    expect(account.paths()).toContain('/crm/v3/pipelines/tickets');
  });
});

describe('pipeline labels cached per token (case 4)', () => {
  it('asks the pipelines API once per TTL, for every handoff on the token', async () => {
    const account = hubspotAccount({}, { pipelineCacheMs: 60_000 });
    const pipelineCalls = () =>
      account.paths().filter((p) => p.startsWith('/crm/pipelines/')).length;
    await account.enrichWith(anna);
    expect(pipelineCalls()).toBe(2);
    await account.enrichWith(anna, { adapterConfig: { pipelineCacheMs: 60_000 } });
    expect(pipelineCalls()).toBe(2);
    account.http.advance(61_000);
    await account.enrichWith(anna);
    expect(pipelineCalls()).toBe(4);
  });

  it('shows stage ids, with a note, when the pipelines cannot be read', async () => {
    const account = hubspotAccount({
      fault: (req) =>
        req.path.startsWith('/crm/pipelines/2026-09/tickets')
          ? {
              status: 403,
              body: {
                status: 'error',
                message: 'no',
                category: 'MISSING_SCOPES',
                correlationId: 'c',
                errors: [
                  {
                    message: 'x',
                    context: { requiredGranularScopes: ['crm.pipelines.orders.read'] },
                  },
                ],
              },
            }
          : undefined,
    });
    const result = await account.enrichWith(anna);
    expect(result.notes).toEqual([
      'HubSpot tickets pipelines unavailable (MISSING_SCOPES: crm.pipelines.orders.read); stages shown as ids',
    ]);
    expect(result.input.context?.tickets?.[0]).toMatchObject({
      id: '7001',
      hs_pipeline_stage: '1',
    });
    expect(result.input.context?.tickets?.[0]).not.toHaveProperty('open');
    expect(result.input.context?.orders?.[0]).toMatchObject({ open: true });
  });
});
