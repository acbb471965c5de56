import { fillTemplate } from './format';
import type { MessagePack } from './pack';

/**
 * A wait in words a customer reads: "less than a minute", "4 minutes", "2 hours".
 *
 * @example
 * formatWait(250, messagePacks.en) // '4 minutes'
 */
export const formatWait = (seconds: number, pack: MessagePack): string => {
  const c = pack.customer;
  if (seconds < 60) return c.lessThanMinute;
  const minutes = Math.round(seconds / 60);
  if (minutes <= 1) return c.oneMinute;
  if (minutes < 60) return fillTemplate(c.minutes, { n: String(minutes) });
  const hours = Math.round(minutes / 60);
  return hours <= 1 ? c.oneHour : fillTemplate(c.hours, { n: String(hours) });
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as a customer reads it, in the queue's time zone and the customer's locale:
 * "Monday 30 March at 09:00 CEST".
 */
const openings = new Map<string, string>();

export const formatOpening = (iso: string, timeZone: string, pack: MessagePack): string => {
  // Many customers wait for the same opening: format each one once.
  const seen = openings.get(`${pack.locale}|${timeZone}|${iso}`);
  if (seen !== undefined) return seen;
  const key = `${pack.locale}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(pack.locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    formatters.set(key, format);
  }
  const text = format.format(new Date(iso));
  if (openings.size >= 2000) openings.clear();
  openings.set(`${key}|${iso}`, text);
  return text;
};
