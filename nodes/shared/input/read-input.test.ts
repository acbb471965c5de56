import { describe, expect, it } from 'vitest';
import { readHandoffInput } from './read-input';

const now = '2026-11-20T10:31:00.000Z';
const auto = { mode: 'auto' } as const;

describe('readHandoffInput', () => {
  it('takes the contract fields as they are, defaults applied', () => {
    const input = readHandoffInput(
      {
        conversation: {
          id: 'c-1',
          messages: [{ role: 'customer', text: 'Hallo', at: '2026-11-20T10:00:05Z' }],
        },
        customer: { tier: 'enterprise' },
        unrelated: true,
      },
      auto,
      now,
    );
    expect(input.conversation).toEqual({
      id: 'c-1',
      channel: 'web',
      previousHandoffs: 0,
      messages: [{ role: 'customer', text: 'Hallo', at: '2026-11-20T10:00:05Z' }],
    });
    expect(input.customer).toEqual({ tier: 'enterprise' });
  });

  it('reads the n8n Chat Trigger: chatInput and sessionId', () => {
    const input = readHandoffInput(
      { sessionId: 's-9', action: 'sendMessage', chatInput: 'I want a human' },
      auto,
      now,
    );
    expect(input.conversation.id).toBe('s-9');
    expect(input.conversation.messages).toEqual([
      { role: 'customer', text: 'I want a human', at: now },
    ]);
  });

  it('reads LangChain chat memory (stored and serialised) and appends the new chat input', () => {
    const input = readHandoffInput(
      {
        sessionId: 's-1',
        chatInput: 'Still broken!',
        messages: [
          { type: 'human', data: { content: 'My router is down' } },
          {
            lc: 1,
            type: 'constructor',
            id: ['langchain_core', 'messages', 'AIMessage'],
            kwargs: { content: 'Try a restart' },
          },
        ],
      },
      auto,
      now,
    );
    expect(input.conversation.messages.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'My router is down'],
      ['bot', 'Try a restart'],
      ['customer', 'Still broken!'],
    ]);
  });

  it('reads OpenAI-style messages and the Memory Manager exchange pairs', () => {
    const openai = readHandoffInput(
      {
        messages: [
          { role: 'user', content: 'hi', timestamp: 1795643819 },
          { role: 'assistant', content: [{ type: 'text', text: 'hello' }] },
        ],
      },
      auto,
      now,
    );
    expect(openai.conversation.messages).toEqual([
      { role: 'customer', text: 'hi', at: new Date(1795643819 * 1000).toISOString() },
      { role: 'bot', text: 'hello', at: now },
    ]);
    const pairs = readHandoffInput(
      { messages: [{ human: 'q1', ai: 'a1' }, { human: 'q2' }] },
      auto,
      now,
    );
    expect(pairs.conversation.messages.map((m) => m.role + ':' + m.text)).toEqual([
      'customer:q1',
      'bot:a1',
      'customer:q2',
    ]);
  });

  it('does not count the newest message twice when memory already holds it', () => {
    const input = readHandoffInput(
      { chatInput: 'again', messages: [{ role: 'user', content: 'again' }] },
      auto,
      now,
    );
    expect(input.conversation.messages).toHaveLength(1);
  });

  it('reads mapped fields, JSON text included', () => {
    const input = readHandoffInput(
      {},
      {
        mode: 'fields',
        fields: {
          messages: JSON.stringify([
            { role: 'customer', text: 'Bonjour', at: '2026-11-20T10:00:00Z' },
          ]),
          latestMessage: 'Je veux parler à quelqu’un',
          conversationId: 'cw-7',
          channel: 'whatsapp',
          customer: '{"email":"a@example.com"}',
          context: {},
        },
      },
      now,
    );
    expect(input.conversation).toMatchObject({ id: 'cw-7', channel: 'whatsapp' });
    expect(input.conversation.messages).toHaveLength(2);
    expect(input.customer).toEqual({ email: 'a@example.com' });
  });

  it('names what is missing or wrong', () => {
    expect(() => readHandoffInput({ text: 'hi' }, auto, now)).toThrow(
      /No conversation found in the item/,
    );
    expect(() => readHandoffInput({ chatInput: '' }, auto, now)).toThrow(
      /conversation\.messages: needs at least one message/,
    );
    expect(() =>
      readHandoffInput(
        { conversation: { messages: [{ role: 'robot', text: 'x', at: now }] } },
        auto,
        now,
      ),
    ).toThrow(/conversation\.messages\[0\]\.role/);
    expect(() =>
      readHandoffInput({}, { mode: 'fields', fields: { messages: '[{oops' } }, now),
    ).toThrow(/Messages is not valid JSON/);
    expect(() =>
      readHandoffInput({}, { mode: 'fields', fields: { messages: '{"role":"user"}' } }, now),
    ).toThrow(/Messages must be an array/);
  });
});
