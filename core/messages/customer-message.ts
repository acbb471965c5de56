import { formatOpening, formatWait } from './duration';
import { fillTemplate } from './format';
import type { SupportedLanguage } from './languages';
import { messagePack, type MessageOverrides } from './overrides';

/** What the customer message needs to know about the handoff. */
export interface HandoffAvailability {
  /** Someone can take over now (the queue is open and staffed). */
  available: boolean;
  estimatedWaitSeconds: number | null;
  /** When a person will answer, if nobody can now (ISO 8601). */
  nextOpenAt?: string | null;
  /** The time zone to state `nextOpenAt` in (the queue's). */
  timeZone?: string;
  /** Offer an email follow-up; with the customer's address when known. */
  followUp?: { email?: string } | null;
  /** An agent was assigned and has free capacity. */
  agentAssigned?: boolean;
}

export interface CustomerMessageOptions {
  overrides?: MessageOverrides;
  /** Start with the bot's transparency line (default true). */
  disclose?: boolean;
  /** Tell the customer the agent sees a summary (default true). */
  mentionSummary?: boolean;
}

/**
 * The message the bot sends when it hands over: honest that a person takes over, how
 * long that takes or when someone will answer, and an email follow-up when nobody can
 * take over now.
 *
 * @example
 * customerMessage('de', { available: true, estimatedWaitSeconds: 240 })
 * // 'Ich bin ein KI-Assistent, … Die Wartezeit beträgt etwa 4 Minuten. …'
 */
export const customerMessage = (
  language: SupportedLanguage,
  availability: HandoffAvailability,
  options: CustomerMessageOptions = {},
): string => {
  const pack = messagePack(language, options.overrides);
  const c = pack.customer;
  const parts: string[] = [];
  if (options.disclose !== false) parts.push(pack.transparency.handoffIntro);
  const wait = availability.estimatedWaitSeconds;
  if (availability.available) {
    if (availability.agentAssigned || (wait !== null && wait < 30)) parts.push(c.handoffNow);
    else if (wait !== null)
      parts.push(fillTemplate(c.handoffWait, { wait: formatWait(wait, pack) }));
    else parts.push(c.handoffSoon);
  } else if (availability.nextOpenAt) {
    const when = formatOpening(availability.nextOpenAt, availability.timeZone ?? 'UTC', pack);
    parts.push(fillTemplate(c.closed, { when }));
  } else {
    parts.push(c.closedUnknown);
  }
  if (!availability.available && availability.followUp) {
    const email = availability.followUp.email;
    parts.push(email ? fillTemplate(c.followUpEmail, { email }) : c.followUp);
  }
  if (options.mentionSummary !== false) parts.push(c.noRepeat);
  return parts.join(' ');
};

/**
 * One of the bot's transparency lines in a language, with overrides applied.
 *
 * @example
 * transparencyLine('fr', 'aiDisclosure') // 'Je suis un assistant IA.'
 */
export const transparencyLine = (
  language: SupportedLanguage,
  line: 'aiDisclosure' | 'handoffIntro',
  overrides?: MessageOverrides,
): string => messagePack(language, overrides).transparency[line];
