import { validateInput, type HandoffInput, type HandoffInputRaw } from '../../contract';

type Turn = [role: 'customer' | 'bot' | 'agent' | 'system', text: string];

/**
 * Builds a validated input from turns, one minute apart from 10:00 (tests only).
 *
 * @example
 * chat([['customer', 'hi']], { customer: { tier: 'enterprise' } })
 */
export const chat = (
  turns: Turn[],
  extra: Omit<Partial<HandoffInputRaw>, 'conversation'> & {
    conversation?: Partial<HandoffInputRaw['conversation']>;
  } = {},
  minutesApart = 1,
): HandoffInput => {
  const at = (i: number) =>
    new Date(Date.UTC(2026, 10, 20, 10, 0) + i * minutesApart * 60_000).toISOString();
  const raw = {
    ...extra,
    conversation: {
      ...extra.conversation,
      messages: turns.map(([role, text], i) => ({ role, text, at: at(i) })),
    },
  };
  const r = validateInput(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

/** A one-message conversation from the customer. */
export const say = (text: string, extra?: Parameters<typeof chat>[1]): HandoffInput =>
  chat([['customer', text]], extra);
