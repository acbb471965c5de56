import type { HandoffInput, Message } from '../contract';
import { redactText } from '../detect';
import { formatOrNull } from '../time';

export interface TranscriptOptions {
  /** Replace card numbers, IBANs, secrets and ID numbers with labels (default true). */
  redact?: boolean;
  /** Show times in this IANA time zone (default UTC). */
  timeZone?: string;
  /** Labels for the roles, e.g. in the agents' language. */
  roleLabels?: Partial<Record<Message['role'], string>>;
}

const defaultLabels: Record<Message['role'], string> = {
  customer: 'Customer',
  bot: 'Bot',
  agent: 'Agent',
  system: 'System',
};

const timeFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormat = (timeZone: string): Intl.DateTimeFormat => {
  let f: Intl.DateTimeFormat | null | undefined = timeFormats.get(timeZone);
  if (!f) {
    f = formatOrNull(
      () =>
        new Intl.DateTimeFormat('en-GB', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hourCycle: 'h23',
        }),
    );
    if (!f) {
      throw new RangeError(`Transcript time zone "${timeZone}" is not an IANA time zone`);
    }
    timeFormats.set(timeZone, f);
  }
  return f;
};

// Markdown that a message could use to break the layout: headings, rules, HTML.
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);

/**
 * The conversation as Markdown for the agent: one entry per message with role and time,
 * sensitive data redacted by default.
 *
 * @example
 * renderTranscript(input, { timeZone: 'Europe/Berlin' })
 * // '### Conversation c-1042\n\n**Customer** · 20/11/2026, 11:00:05\n> Hallo, …'
 */
export const renderTranscript = (input: HandoffInput, options: TranscriptOptions = {}): string => {
  const c = input.conversation;
  const labels = { ...defaultLabels, ...options.roleLabels };
  const zone = options.timeZone ?? 'UTC';
  const format = timeFormat(zone);
  const head = [`### Conversation${c.id ? ` ${escapeMarkdown(c.id)}` : ''}`];
  const meta = [
    `channel: ${c.channel}`,
    c.language ? `language: ${c.language}` : '',
    `times: ${zone}`,
  ];
  head.push('', `_${meta.filter(Boolean).join(' · ')}_`);
  const body = c.messages.map((m) => {
    const text = options.redact === false ? m.text : redactText(m.text);
    const quoted = escapeMarkdown(text)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    return `**${labels[m.role]}** · ${format.format(new Date(m.at))}\n${quoted}`;
  });
  return [...head, '', body.join('\n\n'), ''].join('\n');
};
