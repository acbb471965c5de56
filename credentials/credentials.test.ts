import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ICredentialType } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { HandoffApi } from './HandoffApi.credentials';
import { HandoffCrmApi } from './HandoffCrmApi.credentials';
import { HandoffHubSpotApi } from './HandoffHubSpotApi.credentials';
import { HandoffLlmApi } from './HandoffLlmApi.credentials';
import { HandoffEnrichV1 } from '../nodes/HandoffEnrich/v1/HandoffEnrichV1.node';

const all: ICredentialType[] = [
  new HandoffApi(),
  new HandoffHubSpotApi(),
  new HandoffCrmApi(),
  new HandoffLlmApi(),
];

describe('credentials', () => {
  it('HubSpot: the Enrich node tests it (every scope), and the wording names today’s token types', () => {
    const hubspot: ICredentialType = new HandoffHubSpotApi();
    expect(hubspot.test).toBeUndefined();
    expect(hubspot.properties[0].displayName).toBe('Access Token');
    expect(hubspot.properties[0].description).toMatch(/service key/);
    expect(hubspot.documentationUrl).toMatch(/account-service-keys/);
  });

  it('each has a test (a request, or a node’s test function), an icon and its secret hidden', () => {
    const enrich = new HandoffEnrichV1();
    for (const credential of all) {
      const testedBy = enrich.description.credentials?.find(
        (c) => c.name === credential.name,
      )?.testedBy;
      if (typeof testedBy === 'string')
        expect(
          enrich.methods.credentialTest[testedBy as 'handoffHubSpotScopes'],
          credential.name,
        ).toBeTypeOf('function');
      else expect(credential.test?.request.url, credential.name).toBeTruthy();
      // A light and a dark variant, both shipped beside the credential.
      const icon = credential.icon as { light: string; dark: string };
      for (const file of [icon.light, icon.dark]) {
        expect(file, credential.name).toMatch(/^file:icons\/.+\.svg$/);
        expect(existsSync(join('credentials', file.slice('file:'.length))), file).toBe(true);
      }
      expect(icon.dark, credential.name).not.toBe(icon.light);
      const secrets = credential.properties.filter((p) => /key|token|value/i.test(p.name));
      expect(secrets.length, credential.name).toBeGreaterThan(0);
      for (const secret of secrets)
        expect(secret.typeOptions?.password, `${credential.name}.${secret.name}`).toBe(true);
    }
  });

  it('HTTP CRM sends the configured header, and nothing when no value is set', async () => {
    const crm = new HandoffCrmApi();
    const request = { url: '/x', headers: { accept: 'application/json' } };
    expect(
      await crm.authenticate({ headerName: 'X-API-Key', headerValue: 'k-1' }, request),
    ).toEqual({
      url: '/x',
      headers: { accept: 'application/json', 'X-API-Key': 'k-1' },
    });
    expect(
      await crm.authenticate({ headerName: '', headerValue: 'Bearer t' }, request),
    ).toMatchObject({
      headers: { Authorization: 'Bearer t' },
    });
    expect(await crm.authenticate({ headerName: 'X-API-Key', headerValue: '' }, request)).toEqual(
      request,
    );
  });
});
