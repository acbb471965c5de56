import type { IDataObject } from 'n8n-workflow';
import { formatIssues, validateInput, type HandoffInput } from '../../../core';
import { normalizeMessages } from './messages';

/** Conversation fields the user maps with expressions (the node's "Map Fields" input). */
export interface MappedFields {
  /** Earlier messages: an array, or its JSON text, in any shape `normalizeMessages` reads. */
  messages?: unknown;
  /** The customer's newest message, appended when it is not already the last one. */
  latestMessage?: string;
  conversationId?: string;
  channel?: string;
  language?: string;
  /** A `customer` object of the contract, or its JSON text. */
  customer?: unknown;
  /** A `context` object of the contract, or its JSON text. */
  context?: unknown;
}

export type InputSource = { mode: 'auto' } | { mode: 'fields'; fields: MappedFields };

const isObject = (value: unknown): value is IDataObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const notEmpty = (value: unknown) => value !== undefined && value !== null && value !== '';

const tryJson = (text: string): { value: unknown } | { error: string } => {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** Accepts a value or its JSON text; names the field when the text is not JSON. */
export function parseJsonField(name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  const parsed = tryJson(value);
  if ('error' in parsed) throw new Error(`${name} is not valid JSON: ${parsed.error}`);
  return parsed.value;
}

function withLatest(messages: unknown[], latest: unknown, at: string): unknown[] {
  if (typeof latest !== 'string' || latest.trim() === '') return messages;
  const last = messages[messages.length - 1];
  // Chat memory often already holds the newest message; do not count it twice.
  if (isObject(last) && last.role === 'customer' && last.text === latest) return messages;
  return [...messages, { role: 'customer', text: latest, at }];
}

function fromItem(json: IDataObject, now: string): IDataObject {
  const conversation = json.conversation;
  if (isObject(conversation) && Array.isArray(conversation.messages)) {
    return {
      conversation: { ...conversation, messages: normalizeMessages(conversation.messages, now) },
      customer: json.customer,
      context: json.context,
      now: json.now,
    };
  }
  const id = json.sessionId ?? json.conversationId;
  if (Array.isArray(json.messages) || typeof json.chatInput === 'string') {
    const history = Array.isArray(json.messages) ? normalizeMessages(json.messages, now) : [];
    return {
      conversation: {
        ...(notEmpty(id) ? { id: String(id) } : {}),
        messages: withLatest(history, json.chatInput, now),
      },
      customer: json.customer,
      context: json.context,
    };
  }
  throw new Error(
    'No conversation found in the item: expected conversation.messages (the Handoff contract), ' +
      'messages (chat memory) or chatInput (Chat Trigger). Set "Input" to "Map Fields" to pick the fields yourself.',
  );
}

function fromFields(fields: MappedFields, now: string): IDataObject {
  const parsed = parseJsonField('Messages', fields.messages);
  if (notEmpty(parsed) && !Array.isArray(parsed)) {
    throw new Error(`Messages must be an array of messages, got ${typeof parsed}`);
  }
  const messages = withLatest(
    Array.isArray(parsed) ? normalizeMessages(parsed, now) : [],
    fields.latestMessage,
    now,
  );
  return {
    conversation: {
      ...(notEmpty(fields.conversationId) ? { id: String(fields.conversationId) } : {}),
      ...(notEmpty(fields.channel) ? { channel: fields.channel } : {}),
      ...(notEmpty(fields.language) ? { language: fields.language } : {}),
      messages,
    },
    customer: parseJsonField('Customer', fields.customer) as IDataObject,
    context: parseJsonField('Context', fields.context) as IDataObject,
  };
}

/**
 * Reads a `HandoffInput` from an n8n item: the contract's own fields, n8n's Chat Trigger
 * (`chatInput`, `sessionId`), chat memory (`messages` in OpenAI, LangChain or Memory Manager
 * shape), or fields mapped by the user. Messages without a time get `now`.
 * Throws an error that names every offending path when the result breaks the contract.
 *
 * @example
 * readHandoffInput({ chatInput: 'I want a refund', sessionId: 's1' }, { mode: 'auto' }, now)
 * // { conversation: { id: 's1', channel: 'web', previousHandoffs: 0, messages: [...] } }
 */
export function readHandoffInput(
  json: IDataObject,
  source: InputSource,
  now: string,
): HandoffInput {
  const raw = source.mode === 'fields' ? fromFields(source.fields, now) : fromItem(json, now);
  for (const key of ['customer', 'context', 'now'] as const) {
    if (raw[key] === undefined || raw[key] === null || raw[key] === '') delete raw[key];
  }
  const result = validateInput(raw);
  if (!result.ok) {
    const detail = formatIssues(result.issues);
    throw new Error(`The conversation does not match the Handoff contract: ${detail}`);
  }
  return result.value;
}
