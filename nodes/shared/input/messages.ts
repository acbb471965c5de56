import type { IDataObject } from 'n8n-workflow';

/** A message in the contract's shape, before validation. */
export interface ContractMessage {
  role: string;
  text: string;
  at: string;
}

/** Every role name n8n users meet, mapped to the contract's four roles. */
const roleAliases: Record<string, string> = {
  customer: 'customer',
  user: 'customer',
  human: 'customer',
  humanmessage: 'customer',
  contact: 'customer',
  incoming: 'customer',
  bot: 'bot',
  assistant: 'bot',
  ai: 'bot',
  aimessage: 'bot',
  outgoing: 'bot',
  agent: 'agent',
  system: 'system',
  systemmessage: 'system',
};

const isObject = (value: unknown): value is IDataObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  // LangChain content may be a list of parts: [{ type: 'text', text: '...' }].
  if (Array.isArray(value)) {
    const parts = value
      .map((part) => (typeof part === 'string' ? part : isObject(part) ? part.text : undefined))
      .filter((part): part is string => typeof part === 'string');
    return parts.length ? parts.join('\n') : undefined;
  }
  return undefined;
};

/** The role of one message in any of the shapes below, lower-cased, before aliasing. */
const rawRole = (message: IDataObject): string | undefined => {
  for (const key of ['role', 'type', 'sender', 'from', 'author']) {
    const value = message[key];
    if (typeof value === 'string' && value !== 'constructor') return value;
  }
  // LangChain's serialised form: { lc: 1, type: 'constructor', id: [..., 'HumanMessage'] }.
  if (Array.isArray(message.id)) {
    const last = message.id[message.id.length - 1];
    if (typeof last === 'string') return last;
  }
  return undefined;
};

const messageText = (message: IDataObject): string | undefined => {
  const nested = [message.data, message.kwargs].find(isObject);
  return (
    asText(message.text) ??
    asText(message.content) ??
    asText(message.message) ??
    (nested ? (asText(nested.content) ?? asText(nested.text)) : undefined)
  );
};

const messageAt = (message: IDataObject, fallbackAt: string): string => {
  for (const key of ['at', 'timestamp', 'createdAt', 'created_at', 'time']) {
    const value = message[key];
    if (typeof value === 'string' && value !== '') return value;
    // Chatwoot and many chat APIs send Unix seconds.
    if (typeof value === 'number' && Number.isFinite(value)) {
      return new Date(value < 1e12 ? value * 1000 : value).toISOString();
    }
  }
  return fallbackAt;
};

/**
 * Turns one message in any common shape into the contract's `{role, text, at}`.
 * Unknown roles stay as written, so validation names them instead of guessing.
 *
 * @example
 * toContractMessage({ type: 'human', data: { content: 'hi' } }, '2026-01-01T00:00:00Z')
 * // { role: 'customer', text: 'hi', at: '2026-01-01T00:00:00Z' }
 */
export function toContractMessage(raw: unknown, fallbackAt: string): ContractMessage | unknown {
  if (!isObject(raw)) return raw;
  const role = rawRole(raw);
  const text = messageText(raw);
  if (role === undefined || text === undefined) return raw;
  const alias = roleAliases[role.toLowerCase()];
  return { role: alias ?? role, text, at: messageAt(raw, fallbackAt) };
}

/**
 * The n8n Chat Memory Manager's simplified output pairs the turns of one exchange:
 * `[{ human: 'question', ai: 'answer' }]`. Returns undefined for any other shape.
 */
function fromExchanges(list: unknown[], fallbackAt: string): ContractMessage[] | undefined {
  const isExchange = (entry: unknown) =>
    isObject(entry) &&
    Object.keys(entry).length > 0 &&
    Object.keys(entry).every((key) => ['human', 'ai', 'system'].includes(key));
  if (list.length === 0 || !list.every(isExchange)) return undefined;
  const out: ContractMessage[] = [];
  for (const exchange of list as IDataObject[]) {
    for (const key of ['system', 'human', 'ai']) {
      const text = asText(exchange[key]);
      if (text !== undefined) {
        out.push({ role: roleAliases[key], text, at: fallbackAt });
      }
    }
  }
  return out;
}

/**
 * Normalises a list of messages from the contract, OpenAI-style chat, LangChain chat memory
 * (stored or serialised) or n8n's Chat Memory Manager into contract messages.
 *
 * @example
 * normalizeMessages([{ role: 'user', content: 'Hello' }], now) // [{ role: 'customer', text: 'Hello', at: now }]
 */
export function normalizeMessages(list: unknown[], fallbackAt: string): unknown[] {
  return fromExchanges(list, fallbackAt) ?? list.map((m) => toContractMessage(m, fallbackAt));
}
