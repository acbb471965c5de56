import type {
  IAuthenticateGeneric,
  Icon,
  ICredentialTestRequest,
  ICredentialType,
  INodeProperties,
} from 'n8n-workflow';

/** The Handoff rule service: base URL and an API key sent as a Bearer token. */
export class HandoffApi implements ICredentialType {
  name = 'handoffApi';

  displayName = 'Handoff API';

  icon: Icon = { light: 'file:icons/handoff.svg', dark: 'file:icons/handoff.dark.svg' };

  documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-handoff#credentials';

  properties: INodeProperties[] = [
    {
      displayName: 'Base URL',
      name: 'baseUrl',
      type: 'string',
      default: 'http://localhost:8080',
      placeholder: 'https://handoff.example.com',
      description: 'Where the Handoff rule service runs, without a trailing /v1',
      required: true,
    },
    {
      displayName: 'API Key',
      name: 'apiKey',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      description: 'A key with the "evaluate" scope, created in the rule service',
      required: true,
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: {
      headers: { Authorization: '=Bearer {{$credentials.apiKey}}' },
    },
  };

  // Listing rulesets needs a valid key, so a wrong key fails the test instead of passing it.
  test: ICredentialTestRequest = {
    request: {
      baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
      url: '/v1/rulesets',
      method: 'GET',
    },
  };
}
