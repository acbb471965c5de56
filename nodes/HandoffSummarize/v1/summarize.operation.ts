import type {
  IDataObject,
  IExecuteFunctions,
  INodeCredentialDescription,
  INodeExecutionData,
  INodeProperties,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import {
  languageNames,
  readEarlierDecision,
  runSummarize,
  runSummarizeWithLlm,
  supportedLanguages,
  type HandoffInput,
  type SummarizeStepOptions,
  type SummarizeStepResult,
} from '../../../core';
import {
  handoffApiCredentialDescription,
  inputProperties,
  runOnProperty,
} from '../../shared/descriptions';
import { itemInput, withContractFields } from '../../shared/input/params';
import { mapItems } from '../../shared/items';
import { callHandoffService } from '../../shared/service';
import { n8nTransport } from '../../shared/transport';

const llmCredential = 'handoffLlmApi';

export const credentials: INodeCredentialDescription[] = [
  handoffApiCredentialDescription,
  {
    name: llmCredential,
    required: true,
    // Shown by the summarizer and hidden on the service, not shown by `runOn: ['local']`: when
    // the credentials' `show` conditions cover every Run On value, n8n's editor takes Run On
    // for the node's authentication field and moves it out of the panel into the credential
    // dialog (editor-ui nodeTypesUtils `getMainAuthField`).
    displayOptions: { show: { summarizer: ['llm'] }, hide: { runOn: ['service'] } },
  },
];

export const properties: INodeProperties[] = [
  runOnProperty,
  ...inputProperties,
  {
    displayName: 'Summarizer',
    name: 'summarizer',
    type: 'options',
    noDataExpression: true,
    options: [
      {
        name: 'Offline',
        value: 'offline',
        description: 'Extractive: the request, key facts, what the bot tried, the mood',
      },
      {
        name: 'LLM (OpenAI-Compatible)',
        value: 'llm',
        description:
          'An LLM writes it; on a timeout, an error or an invented number, the offline summary is used',
      },
    ],
    default: 'offline',
    displayOptions: { show: { runOn: ['local'] } },
  },
  {
    displayName: 'Agent Language',
    name: 'agentLanguage',
    type: 'options',
    options: [
      { name: "The Customer's Language", value: '' },
      ...supportedLanguages.map((code) => ({ name: languageNames[code], value: code })),
    ],
    default: '',
    description:
      'The language of the summary, for agents who read another language than the customer writes',
  },
  {
    displayName: 'Redact Sensitive Data',
    name: 'redact',
    type: 'boolean',
    default: true,
    description:
      'Whether to replace card numbers, IBANs, secrets and ID numbers with labels in the summary and transcript',
  },
  {
    displayName: 'Include Transcript',
    name: 'includeTranscript',
    type: 'boolean',
    default: true,
    description: 'Whether to add the whole conversation as Markdown in the "transcript" field',
  },
  {
    displayName: 'LLM Timeout (Seconds)',
    name: 'llmTimeoutSeconds',
    type: 'number',
    typeOptions: { minValue: 1 },
    default: 8,
    displayOptions: { show: { runOn: ['local'], summarizer: ['llm'] } },
  },
];

type Summary = Pick<SummarizeStepResult, 'summary' | 'transcript'> & {
  summarySource: string;
  summaryNote?: string;
};

async function summarizeLocally(
  ctx: IExecuteFunctions,
  itemIndex: number,
  input: HandoffInput,
  json: IDataObject,
): Promise<Summary> {
  const options = {
    decision: readEarlierDecision(json),
    agentLanguage: ((ctx.getNodeParameter('agentLanguage', itemIndex, '') as string) ||
      undefined) as SummarizeStepOptions['agentLanguage'],
    redact: ctx.getNodeParameter('redact', itemIndex, true) as boolean,
    transcript: ctx.getNodeParameter('includeTranscript', itemIndex, true) as boolean,
  };
  const result =
    ctx.getNodeParameter('summarizer', itemIndex, 'offline') !== 'llm'
      ? runSummarize(input, options)
      : await runSummarizeWithLlm(input, {
          ...options,
          llm: await llmOptions(ctx, itemIndex),
        });
  const { summary, summarySource = 'offline', transcript } = result;
  const note = 'summaryNote' in result ? (result.summaryNote as string | undefined) : undefined;
  return {
    summary,
    summarySource,
    ...(note ? { summaryNote: note } : {}),
    ...(transcript !== undefined ? { transcript } : {}),
  };
}

async function llmOptions(ctx: IExecuteFunctions, itemIndex: number) {
  const credentials = await ctx.getCredentials(llmCredential, itemIndex);
  return {
    endpoint: String(credentials.baseUrl ?? ''),
    apiKey: String(credentials.apiKey ?? ''),
    model: String(credentials.model ?? ''),
    timeoutMs: (ctx.getNodeParameter('llmTimeoutSeconds', itemIndex, 8) as number) * 1000,
    transport: n8nTransport(ctx, llmCredential),
    sleep,
    now: Date.now,
  };
}

async function summarizeOnService(
  ctx: IExecuteFunctions,
  itemIndex: number,
  input: HandoffInput,
): Promise<Summary> {
  const body = await callHandoffService(ctx, itemIndex, '/v1/summarize', input);
  if (typeof body.summary !== 'string') {
    throw new Error('The rule service answered /v1/summarize without a "summary" text');
  }
  const transcript =
    ctx.getNodeParameter('includeTranscript', itemIndex, true) &&
    typeof body.transcript === 'string'
      ? { transcript: body.transcript }
      : {};
  return { summary: body.summary, summarySource: 'service', ...transcript };
}

/** Adds `summary` (and `transcript`) to every item, for the agent who takes over. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
  const now = new Date().toISOString();
  return await mapItems(this, 1, async (item, itemIndex) => {
    const input = itemInput(this, item.json, itemIndex, now);
    const onService = this.getNodeParameter('runOn', itemIndex, 'local') === 'service';
    const summary = onService
      ? await summarizeOnService(this, itemIndex, input)
      : await summarizeLocally(this, itemIndex, input, item.json);
    return {
      json: { ...withContractFields(item.json, input), ...summary },
      output: 0,
    };
  });
}
