import { HandoffInput, formatIssues, issuesFromZod, type HandoffInputRaw } from '../../../core';

const roles = ['customer', 'bot', 'agent', 'system'] as const;

/**
 * Reads a pasted conversation: a `HandoffInput` as JSON (or a labelled line with `input`), or
 * plain text with one `customer:`/`bot:`/`agent:`/`system:` line per message (a line without a
 * role continues the message before it). Messages get one minute apart, ending now.
 *
 * @example
 * parseConversation('customer: I want a refund\nbot: Sure'); // { ok: true, input: {...} }
 */
export const parseConversation = (
  text: string,
  now = new Date(),
): { ok: true; input: HandoffInputRaw } | { ok: false; message: string } => {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Paste a conversation first.' };
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      return { ok: false, message: `That is not valid JSON: ${(e as Error).message}.` };
    }
    const candidate = (json as { input?: unknown }).input ?? json;
    const parsed = HandoffInput.safeParse(candidate);
    if (!parsed.success)
      return {
        ok: false,
        message: `That JSON is not a conversation: ${formatIssues(issuesFromZod(parsed.error))}.`,
      };
    return { ok: true, input: candidate as HandoffInputRaw };
  }
  const messages: { role: (typeof roles)[number]; text: string }[] = [];
  for (const [i, line] of trimmed.split('\n').entries()) {
    if (!line.trim()) continue;
    const m = /^\s*(customer|bot|agent|system)\s*:\s*(.*)$/i.exec(line);
    if (m)
      messages.push({ role: m[1]!.toLowerCase() as (typeof roles)[number], text: m[2]!.trim() });
    else if (messages.length) messages[messages.length - 1]!.text += `\n${line.trim()}`;
    else
      return {
        ok: false,
        message: `Line ${i + 1} has no role: start each message with "customer:" or "bot:".`,
      };
  }
  const empty = messages.findIndex((m) => !m.text);
  if (empty !== -1)
    return {
      ok: false,
      message: `Message ${empty + 1} is empty: write what was said after the role.`,
    };
  const end = now.getTime();
  const input: HandoffInputRaw = {
    conversation: {
      channel: 'web',
      messages: messages.map((m, i) => ({
        ...m,
        at: new Date(end - (messages.length - 1 - i) * 60_000)
          .toISOString()
          .replace(/\.\d+Z$/, 'Z'),
      })),
    },
  };
  const parsed = HandoffInput.safeParse(input);
  return parsed.success
    ? { ok: true, input }
    : { ok: false, message: formatIssues(issuesFromZod(parsed.error)) };
};
