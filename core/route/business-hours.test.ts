import { describe, expect, it } from 'vitest';
import { isOpenAt, nextOpening, validateBusinessHours } from './business-hours';
import { localTime, zonedTimeToEpoch } from '../time';
import type { BusinessHours } from './types';

const weekdays = (tz: string, from = '09:00', to = '17:00'): BusinessHours => ({
  timeZone: tz,
  weekly: {
    mon: [[from, to]],
    tue: [[from, to]],
    wed: [[from, to]],
    thu: [[from, to]],
    fri: [[from, to]],
  },
});
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('business hours across time zones and daylight saving', () => {
  const berlin = weekdays('Europe/Berlin');
  const newYork = weekdays('America/New_York');

  it('Berlin, end of March: opens at 09:00 CET before the change and 09:00 CEST after it', () => {
    expect(isOpenAt(berlin, at('2026-03-27T07:59:00Z'))).toBe(false); // 08:59 CET
    expect(isOpenAt(berlin, at('2026-03-27T08:00:00Z'))).toBe(true); // 09:00 CET
    expect(isOpenAt(berlin, at('2026-03-30T07:00:00Z'))).toBe(true); // 09:00 CEST
    expect(isOpenAt(berlin, at('2026-03-30T06:59:00Z'))).toBe(false);
    // Friday evening -> Monday morning, across the night the clocks go forward.
    expect(iso(nextOpening(berlin, at('2026-03-27T16:30:00Z')))).toBe('2026-03-30T07:00:00.000Z');
  });

  it('Berlin: a window that starts inside the skipped hour opens when the clock jumps', () => {
    const night: BusinessHours = {
      timeZone: 'Europe/Berlin',
      weekly: { sun: [['02:30', '04:00']] },
    };
    expect(iso(nextOpening(night, at('2026-03-28T12:00:00Z')))).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST
  });

  it('New York, November: 09:00 EDT before the change, 09:00 EST after it', () => {
    expect(iso(nextOpening(newYork, at('2026-10-26T12:00:00Z')))).toBe('2026-10-26T13:00:00.000Z'); // EDT
    expect(iso(nextOpening(newYork, at('2026-10-30T21:30:00Z')))).toBe('2026-11-02T14:00:00.000Z'); // EST
    expect(isOpenAt(newYork, at('2026-11-02T13:30:00Z'))).toBe(false); // 08:30 EST
    expect(isOpenAt(newYork, at('2026-10-30T13:30:00Z'))).toBe(true); // 09:30 EDT
  });

  it('the same instant is open in one zone and closed in another', () => {
    const instant = at('2026-11-18T15:30:00Z'); // 16:30 Berlin, 10:30 New York, 21:00 Kolkata
    expect(isOpenAt(berlin, instant)).toBe(true);
    expect(isOpenAt(newYork, instant)).toBe(true);
    expect(isOpenAt(weekdays('Asia/Kolkata'), instant)).toBe(false);
    expect(iso(nextOpening(weekdays('Asia/Kolkata'), instant))).toBe('2026-11-19T03:30:00.000Z');
  });

  it('windows past midnight, closed dates and open moments', () => {
    const late: BusinessHours = {
      timeZone: 'Europe/Madrid',
      weekly: { fri: [['22:00', '02:00']] },
      closedDates: ['2026-12-25'],
    };
    expect(isOpenAt(late, at('2026-11-21T00:30:00Z'))).toBe(true); // Sat 01:30 CET, Friday's window
    expect(isOpenAt(late, at('2026-11-21T01:30:00Z'))).toBe(false); // Sat 02:30
    expect(iso(nextOpening(late, at('2026-12-24T12:00:00Z')))).toBe('2027-01-01T21:00:00.000Z'); // 25th closed
    const now = at('2026-11-18T10:00:00Z');
    expect(nextOpening(berlin, now)).toBe(now);
    expect(nextOpening({ timeZone: 'UTC', weekly: {} }, now)).toBeNull();
  });

  it('converts wall-clock times both ways', () => {
    expect(iso(zonedTimeToEpoch(2026, 11, 2, 9, 0, 'America/New_York'))).toBe(
      '2026-11-02T14:00:00.000Z',
    );
    expect(localTime(at('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toMatchObject({
      hour: 3,
      minute: 30,
      weekday: 0,
    });
  });

  it('refuses unknown zones and malformed times, naming them', () => {
    expect(() => validateBusinessHours({ timeZone: 'Mars/Olympus', weekly: {} })).toThrow(
      /Unknown time zone "Mars\/Olympus"/,
    );
    expect(() =>
      validateBusinessHours({ timeZone: 'UTC', weekly: { mon: [['9am', '17:00']] } }),
    ).toThrow(/mon start: "9am" is not a time/);
  });
});

describe('cached time-zone offsets agree with Intl', () => {
  it('on 3,000 instants across odd offsets and DST rules', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Pacific/Chatham',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 3000; i++) {
      const zone = zones[i % zones.length];
      const instant = Date.UTC(2026, 0, 1) + Math.floor(next() * 365 * 24 * 60) * 60_000;
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      }).formatToParts(instant);
      const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
      expect(localTime(instant, zone), `${zone} ${new Date(instant).toISOString()}`).toMatchObject({
        year: get('year'),
        month: get('month'),
        day: get('day'),
        hour: get('hour'),
        minute: get('minute'),
      });
    }
  });
});
