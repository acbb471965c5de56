import { describe, expect, it } from 'vitest';
import { fakeHttp } from '../../http/test/fake-clock';
import { inProcess } from '../test/hubspot/harness';
import { hubSpotStandIn, type StandInOptions } from '../test/hubspot/stand-in';
import { checkHubSpotAccess } from './scopes';

let n = 0;
const check = (standIn: StandInOptions, parts?: Array<'deals' | 'tickets' | 'companies'>) => {
  const http = fakeHttp();
  const transport = http.wrap(inProcess(hubSpotStandIn(standIn).handler));
  const baseUrl = `https://scopes-${++n}.test`;
  return checkHubSpotAccess(
    { accessToken: 'pat-test', baseUrl, parts },
    { transport, sleep: http.sleep, now: http.now },
  );
};

describe('checkHubSpotAccess: the credential test', () => {
  it('passes when every scope the adapter uses is granted', async () => {
    expect(await check({})).toEqual({
      ok: true,
      message: 'Connection successful: the token can read contacts, deals, tickets, companies',
      missing: [],
    });
  });

  it('names each missing scope and the part that needs it', async () => {
    const access = await check({ scopes: ['crm.objects.contacts.read', 'crm.objects.deals.read'] });
    expect(access.ok).toBe(false);
    expect(access.missing).toEqual([
      { object: 'tickets', scopes: ['tickets'] },
      { object: 'companies', scopes: ['crm.objects.companies.read'] },
    ]);
    expect(access.message).toBe(
      'The token lacks tickets (for tickets), crm.objects.companies.read (for companies): add them to the service key or app in HubSpot (Development → Keys), or leave those parts out',
    );
  });

  it('checks only the parts asked for', async () => {
    expect(
      (await check({ scopes: ['crm.objects.contacts.read', 'tickets'] }, ['tickets'])).ok,
    ).toBe(true);
  });

  it('says the token itself was refused', async () => {
    const access = await check({ token: 'other' });
    expect(access.message).toMatch(
      /^HubSpot refused the token \(HTTP 401 INVALID_AUTHENTICATION: /,
    );
  });
});
