import { localTime, zonedTimeToEpoch, assertTimeZone } from '../time';
import type { BusinessHours, Weekday } from './types';

const weekdays: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const clock = /^([01]\d|2[0-4]):([0-5]\d)$/;

const minutesOf = (hhmm: string, where: string): number => {
  const m = clock.exec(hhmm);
  if (!m || (m[1] === '24' && m[2] !== '00')) {
    throw new RangeError(`Business hours ${where}: "${hhmm}" is not a time such as "09:00"`);
  }
  return Number(m[1]) * 60 + Number(m[2]);
};

/**
 * Open minute ranges `[start, end, fromDayBefore]` of one weekday, including the part
 * of windows that began the day before (which a closed date on that day cancels).
 */
type Window = [start: number, end: number, fromDayBefore: boolean];
const parsed = new WeakMap<BusinessHours, Window[][]>();

const windowsOn = (hours: BusinessHours, weekday: number): Window[] => {
  let week = parsed.get(hours);
  if (!week) {
    week = [0, 1, 2, 3, 4, 5, 6].map((d) => parseDay(hours, d));
    parsed.set(hours, week);
  }
  return week[weekday];
};

const parseDay = (hours: BusinessHours, weekday: number): Window[] => {
  const out: Window[] = [];
  const day = weekdays[weekday];
  for (const [from, to] of hours.weekly[day] ?? []) {
    const s = minutesOf(from, `${day} start`);
    const e = minutesOf(to, `${day} end`);
    out.push([s, e > s ? e : 1440, false]);
  }
  const before = weekdays[(weekday + 6) % 7];
  for (const [from, to] of hours.weekly[before] ?? []) {
    const s = minutesOf(from, `${before} start`);
    const e = minutesOf(to, `${before} end`);
    if (e <= s && e > 0) out.push([0, e, true]);
  }
  return out.sort((a, b) => a[0] - b[0]);
};

const isoDate = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const dayBefore = (y: number, m: number, d: number): string => {
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
};

/** Checks business hours up front, so a typo fails when configured, not at 3 a.m. */
export const validateBusinessHours = (hours: BusinessHours): void => {
  assertTimeZone(hours.timeZone);
  for (let d = 0; d < 7; d++) windowsOn(hours, d);
};

/**
 * Whether a moment falls in the business hours, read in their time zone (DST aware).
 *
 * @example
 * isOpenAt({ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] } },
 *   Date.parse('2026-03-30T07:30:00Z')) // true: 09:30 CEST
 */
export const isOpenAt = (hours: BusinessHours, epochMs: number): boolean => {
  const t = localTime(epochMs, hours.timeZone);
  const closed = hours.closedDates;
  const today = closed?.includes(isoDate(t.year, t.month, t.day)) ?? false;
  const yesterday = closed ? closed.includes(dayBefore(t.year, t.month, t.day)) : false;
  const minute = t.hour * 60 + t.minute;
  return windowsOn(hours, t.weekday).some(
    ([s, e, spill]) => !(spill ? yesterday : today) && minute >= s && minute < e,
  );
};

/**
 * The next moment the business hours open, at or after `epochMs` (the moment itself
 * when open), looking up to `horizonDays` ahead; null when they never open in that span.
 *
 * @example
 * nextOpening(hours, Date.parse('2026-11-06T23:00:00Z')) // Monday's opening, in UTC ms
 */
export const nextOpening = (
  hours: BusinessHours,
  epochMs: number,
  horizonDays = 14,
): number | null => {
  if (isOpenAt(hours, epochMs)) return epochMs;
  const today = localTime(epochMs, hours.timeZone);
  for (let offset = 0; offset <= horizonDays; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    for (const [start] of windowsOn(hours, date.getUTCDay())) {
      const at = zonedTimeToEpoch(y, m, d, Math.floor(start / 60), start % 60, hours.timeZone);
      if (at > epochMs && isOpenAt(hours, at)) return at;
    }
  }
  return null;
};
