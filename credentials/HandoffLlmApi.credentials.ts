import type {
  IAuthenticateGeneric,
  Icon,
  ICredentialTestRequest,
  ICredentialType,
  INodeProperties,
} from 'n8n-workflow';

/** Any OpenAI-compatible chat-completions endpoint, for LLM summaries. */
export class HandoffLlmApi implements ICredentialType {
  name = 'handoffLlmApi';

  displayName = 'Handoff OpenAI-Compatible LLM API';

  icon: Icon = { light: 'file:icons/llm.svg', dark: 'file:icons/llm.dark.svg' };

  documentationUrl = 'https://platform.openai.com/docs/api-reference/chat';

  properties: INodeProperties[] = [
    {
      displayName: 'Base URL',
      name: 'baseUrl',
      type: 'string',
      default: 'https://api.openai.com/v1',
      description: 'The URL before /chat/completions, such as https://api.openai.com/v1',
      required: true,
    },
    {
      displayName: 'API Key',
      name: 'apiKey',
      type: 'string',
      typeOptions: { password: true },
      default: '',
    },
    {
      displayName: 'Model',
      name: 'model',
      type: 'string',
      default: 'gpt-4o-mini',
      required: true,
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: {
      headers: { Authorization: '=Bearer {{$credentials.apiKey}}' },
    },
  };

  test: ICredentialTestRequest = {
    request: {
      baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
      url: '/models',
      method: 'GET',
    },
  };
}
