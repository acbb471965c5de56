import type {
  IDataObject,
  IExecuteFunctions,
  INodeCredentialDescription,
  INodeExecutionData,
  INodeProperties,
} from 'n8n-workflow';
import { decisionIdPattern, verdicts, type Verdict } from '../../../core';
import { mapItems } from '../../shared/items';
import {
  callHandoffService,
  handoffApiCredential,
  type ExplainRefusal,
} from '../../shared/service';

export const credentials: INodeCredentialDescription[] = [
  { name: handoffApiCredential, required: true },
];

export const properties: INodeProperties[] = [
  {
    displayName: 'Decision ID',
    name: 'decisionId',
    type: 'string',
    // The field a Handoff Detect node right before writes: a fresh node works as dropped.
    default: '={{ $json.decisionId }}',
    required: true,
    description:
      'The decisionId a Handoff Detect node or the rule service gave the decision (it starts with "dec_"), e.g. kept in the conversation’s custom attributes',
  },
  {
    displayName: 'Verdict',
    name: 'verdict',
    type: 'options',
    options: [
      {
        name: 'Needed',
        value: 'needed',
        description: 'The handoff was right: a person had to take over',
      },
      {
        name: 'Not Needed',
        value: 'not_needed',
        description: 'The bot could have answered: the handoff was not needed',
      },
      {
        name: 'Too Late',
        value: 'too_late',
        description: 'The handoff was right but should have come earlier',
      },
      {
        name: 'Missed',
        value: 'missed',
        description: 'The bot kept a conversation that needed a person',
      },
    ],
    default: 'needed',
    description:
      'What the agent says about the decision. An expression may also give a label such as "handoff-not-needed" or "Too late".',
  },
  {
    displayName: 'Options',
    name: 'options',
    type: 'collection',
    placeholder: 'Add option',
    default: {},
    options: [
      {
        displayName: 'Author',
        name: 'author',
        type: 'string',
        default: '',
        placeholder: 'e.g. agent-anna@example.com',
        description:
          'Who says it. One verdict per decision and author counts: sending again replaces it. Empty: the API key’s ID.',
      },
      {
        displayName: 'Note',
        name: 'note',
        type: 'string',
        typeOptions: { rows: 2 },
        default: '',
        description: 'Why, in a few words (at most 2,000 characters)',
      },
    ],
  },
];

/**
 * A verdict from what a user or a label says: case, spaces, hyphens and a "handoff" prefix
 * do not matter ("handoff-not-needed", "Not needed" and "not_needed" are the same verdict).
 *
 * @example
 * readVerdict('handoff-too-late'); // 'too_late'
 */
export function readVerdict(value: unknown): Verdict | undefined {
  const word = String(value ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/^handoff_/, '');
  return (verdicts as readonly string[]).includes(word) ? (word as Verdict) : undefined;
}

const explain =
  (decisionId: string): ExplainRefusal =>
  (status, _body, baseUrl) => {
    if (status === 401) {
      return `The rule service at ${baseUrl} refused the Handoff API credential's key (401): check its API Key`;
    }
    if (status === 403) {
      return `The Handoff API key may not send verdicts (403): it needs the "evaluate" scope`;
    }
    if (status === 404) {
      return `The rule service at ${baseUrl} has no logged decision "${decisionId}" (404): it may be older than the log keeps (DECISION_LOG_DAYS), come from another service, or the log is off`;
    }
    return undefined;
  };

/** Sends every item's verdict; the item goes on with a `feedback` field saying what was stored. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
  return await mapItems(this, 1, async (item, itemIndex) => {
    const decisionId = String(this.getNodeParameter('decisionId', itemIndex, '') ?? '').trim();
    if (!decisionIdPattern.test(decisionId)) {
      throw new Error(
        decisionId === ''
          ? 'Decision ID is empty: map the decisionId the decision came with (e.g. {{ $json.decisionId }})'
          : `Decision ID "${decisionId.slice(0, 80)}" is not a decision id: they look like "dec_0mi3x9k2a1f2e3d4c5b6a"`,
      );
    }
    const given = this.getNodeParameter('verdict', itemIndex, '');
    const verdict = readVerdict(given);
    if (!verdict) {
      throw new Error(
        `Verdict "${String(given).slice(0, 80)}" is not one of ${verdicts.join(', ')} (a label such as "handoff-not-needed" also works)`,
      );
    }
    const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
    const body: IDataObject = { verdict };
    for (const key of ['author', 'note'] as const) {
      const value = String(options[key] ?? '').trim();
      if (value) body[key] = value;
    }
    const path = `/v1/decisions/${decisionId}/feedback`;
    const answer = await callHandoffService(this, itemIndex, path, body, {}, explain(decisionId));
    const stored = (answer.verdict ?? {}) as IDataObject;
    return {
      json: { ...item.json, feedback: { ...stored, created: answer.created === true } },
      output: 0,
    };
  });
}
