import type { HandoffInput } from '../contract';
import { BoundedMap } from './bounded-map';
import { findSensitive } from './sensitive';

/**
 * Replaces every piece of sensitive data with a label: `[card ****4242]` keeps a card's
 * last four digits (what an agent may see), everything else becomes `[iban]`,
 * `[national_id]`, `[password]` or `[api_secret]`.
 *
 * @example
 * redactText('card 4242 4242 4242 4242 please') // 'card [card ****4242] please'
 */
export const redactText = (text: string): string => {
  let out = redacted.get(text);
  if (out === undefined) {
    out = redact(text);
    // A text that holds sensitive data is not kept: the memory never holds a secret.
    if (out === text) redacted.set(text, out);
  }
  return out;
};

/** Texts without sensitive data: summaries, transcripts and logs redact the same messages again. */
const redacted = new BoundedMap<string, string>(4_096);

const redact = (text: string): string => {
  const found = findSensitive(text);
  let out = '';
  let at = 0;
  for (const f of found) {
    const value = text.slice(f.start, f.end);
    const label =
      f.kind === 'card' ? `[card ****${value.replace(/\D/g, '').slice(-4)}]` : `[${f.kind}]`;
    out += text.slice(at, f.start) + label;
    at = f.end;
  }
  return out + text.slice(at);
};

/**
 * A copy of the input whose messages have their sensitive data redacted, for summaries,
 * logs and anything that leaves the decision.
 *
 * @example
 * redactTranscript(input).conversation.messages[0].text
 */
export const redactTranscript = (input: HandoffInput): HandoffInput => ({
  ...input,
  conversation: {
    ...input.conversation,
    messages: input.conversation.messages.map((m) => ({ ...m, text: redactText(m.text) })),
  },
});
