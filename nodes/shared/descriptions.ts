import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

/** "Run On": every node computes locally or asks the rule service. */
export const runOnProperty: INodeProperties = {
  displayName: 'Run On',
  name: 'runOn',
  type: 'options',
  noDataExpression: true,
  options: [
    {
      name: 'Local',
      value: 'local',
      description: 'Compute inside this n8n, no server needed',
    },
    {
      name: 'Rule Service',
      value: 'service',
      description:
        'Ask the rule service (credential Handoff API), which holds the published rulesets',
    },
  ],
  default: 'local',
};

/** The Handoff API credential, asked for only when the node runs on the rule service. */
export const handoffApiCredentialDescription: INodeCredentialDescription = {
  name: 'handoffApi',
  required: true,
  displayOptions: { show: { runOn: ['service'] } },
};

/** "Input": where the conversation comes from, and the fields to map when the user picks them. */
export const inputProperties: INodeProperties[] = [
  {
    displayName: 'Input',
    name: 'inputSource',
    type: 'options',
    noDataExpression: true,
    options: [
      {
        name: 'Auto',
        value: 'auto',
        description:
          'The Handoff contract fields (conversation, customer, context), the Chat Trigger (chatInput, sessionId) or chat memory (messages)',
      },
      {
        name: 'Map Fields',
        value: 'fields',
        description: 'Pick the messages, customer and context with expressions',
      },
    ],
    default: 'auto',
  },
  {
    displayName: 'Messages',
    name: 'messages',
    type: 'json',
    default: '[]',
    description:
      'Earlier messages as a list: each with "role", "text" and "at", OpenAI\'s "role" and "content", or LangChain chat memory messages',
    displayOptions: { show: { inputSource: ['fields'] } },
  },
  {
    displayName: 'Latest Customer Message',
    name: 'latestMessage',
    type: 'string',
    default: '',
    placeholder: 'e.g. {{ $json.chatInput }}',
    description:
      "Appended to the messages as the customer's newest message, unless it already ends them",
    displayOptions: { show: { inputSource: ['fields'] } },
  },
  {
    displayName: 'Conversation ID',
    name: 'conversationId',
    type: 'string',
    default: '',
    displayOptions: { show: { inputSource: ['fields'] } },
  },
  {
    displayName: 'Channel',
    name: 'channel',
    type: 'options',
    options: [
      { name: 'Email', value: 'email' },
      { name: 'Other', value: 'other' },
      { name: 'SMS', value: 'sms' },
      { name: 'Voice', value: 'voice' },
      { name: 'Web', value: 'web' },
      { name: 'WhatsApp', value: 'whatsapp' },
    ],
    default: 'web',
    displayOptions: { show: { inputSource: ['fields'] } },
  },
  {
    displayName: 'Customer',
    name: 'customer',
    type: 'json',
    default: '{}',
    placeholder: '{ "email": "anna@example.com", "tier": "enterprise" }',
    description:
      'The customer as JSON: ID, name, email, tier (free, pro, enterprise), segment, lifetimeValue, language',
    displayOptions: { show: { inputSource: ['fields'] } },
  },
  {
    displayName: 'Context',
    name: 'context',
    type: 'json',
    default: '{}',
    description: 'CRM context as JSON, with any of the keys "account", "orders", "tickets"',
    displayOptions: { show: { inputSource: ['fields'] } },
  },
];

/** The same properties, shown only when `show` also holds (added to their own conditions). */
export function onlyWhen(
  properties: INodeProperties[],
  show: Record<string, Array<string | boolean>>,
): INodeProperties[] {
  return properties.map((property) => ({
    ...property,
    displayOptions: {
      ...property.displayOptions,
      show: { ...property.displayOptions?.show, ...show },
    },
  }));
}
