import type {
  ICredentialDataDecryptedObject,
  Icon,
  ICredentialTestRequest,
  ICredentialType,
  IHttpRequestOptions,
  INodeProperties,
} from 'n8n-workflow';

/** Any HTTP/JSON CRM: a base URL and one authentication header. */
export class HandoffCrmApi implements ICredentialType {
  name = 'handoffCrmApi';

  displayName = 'Handoff HTTP CRM API';

  icon: Icon = { light: 'file:icons/crm.svg', dark: 'file:icons/crm.dark.svg' };

  documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-handoff#credentials';

  properties: INodeProperties[] = [
    {
      displayName: 'Base URL',
      name: 'baseUrl',
      type: 'string',
      default: '',
      placeholder: 'https://crm.example.com/api',
      required: true,
    },
    {
      displayName: 'Header Name',
      name: 'headerName',
      type: 'string',
      default: 'Authorization',
      description: 'The header that carries the credential, such as Authorization or X-API-Key',
    },
    // The value is the CRM's API key or bearer token, so it stays masked.
    // eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password
    {
      displayName: 'Header Value',
      name: 'headerValue',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      placeholder: 'Bearer ...',
    },
    {
      displayName: 'Test Path',
      name: 'testPath',
      type: 'string',
      default: '/',
      description: 'A path under the base URL that answers 2xx when the header is accepted',
    },
  ];

  // The header's name is itself configurable, which the declarative form cannot express.
  async authenticate(
    credentials: ICredentialDataDecryptedObject,
    requestOptions: IHttpRequestOptions,
  ): Promise<IHttpRequestOptions> {
    const name = String(credentials.headerName || 'Authorization');
    const value = String(credentials.headerValue ?? '');
    if (value === '') return requestOptions;
    return { ...requestOptions, headers: { ...requestOptions.headers, [name]: value } };
  }

  test: ICredentialTestRequest = {
    request: {
      baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
      url: '={{$credentials.testPath || "/"}}',
      method: 'GET',
    },
  };
}
