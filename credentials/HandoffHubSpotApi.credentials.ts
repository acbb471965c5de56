import type { IAuthenticateGeneric, Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * HubSpot through a static access token: a service key (what HubSpot issues for
 * system-to-system integrations since legacy private apps can no longer be created, from
 * 26 October 2026), a project-based app's static token, or an existing legacy private app's.
 *
 * Tested by the Handoff Enrich node (`testedBy: 'handoffHubSpotScopes'`), which reads one
 * record of each object it uses and names any missing scope: a single test request could
 * only check one scope. The lint rule below cannot see that test through the versioned node.
 */
// eslint-disable-next-line @n8n/community-nodes/credential-test-required
export class HandoffHubSpotApi implements ICredentialType {
  name = 'handoffHubSpotApi';

  displayName = 'Handoff HubSpot API';

  icon: Icon = { light: 'file:icons/hubspot.svg', dark: 'file:icons/hubspot.dark.svg' };

  documentationUrl =
    'https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/account-service-keys';

  properties: INodeProperties[] = [
    {
      displayName: 'Access Token',
      name: 'accessToken',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      description:
        'A service key (HubSpot: Development → Keys → Service keys), a project app’s static access token, or an existing legacy private app token. Scopes: crm.objects.contacts.read, crm.objects.deals.read, tickets and crm.objects.companies.read (leave out those of parts you turn off).',
      required: true,
    },
    {
      displayName: 'Base URL',
      name: 'baseUrl',
      type: 'string',
      default: 'https://api.hubapi.com',
      description: 'Change only to reach HubSpot through a proxy or a test server',
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: {
      headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
    },
  };
}
