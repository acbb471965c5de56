import type {
  IAuthenticateGeneric,
  Icon,
  ICredentialTestRequest,
  ICredentialType,
  INodeProperties,
} from 'n8n-workflow';

/** HubSpot through a private app's access token (CRM v3 API). */
export class HandoffHubSpotApi implements ICredentialType {
  name = 'handoffHubSpotApi';

  displayName = 'Handoff HubSpot API';

  icon: Icon = 'file:icons/hubspot.svg';

  documentationUrl = 'https://developers.hubspot.com/docs/api/private-apps';

  properties: INodeProperties[] = [
    {
      displayName: 'Private App Access Token',
      name: 'accessToken',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      description:
        'The access token of a HubSpot private app with the crm.objects.contacts.read, crm.objects.deals.read and tickets scopes',
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

  test: ICredentialTestRequest = {
    request: {
      baseURL: '={{($credentials.baseUrl || "https://api.hubapi.com").replace(/\\/+$/, "")}}',
      url: '/crm/v3/objects/contacts',
      qs: { limit: 1 },
      method: 'GET',
    },
  };
}
