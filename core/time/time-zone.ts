/** A moment's wall-clock reading in a time zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Makes a formatter, or null when Intl refuses the options (an unknown time zone). */
export const formatOrNull = (make: () => Intl.DateTimeFormat): Intl.DateTimeFormat | null => {
  try {
    return make();
  } catch {
    return null;
  }
};

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f: Intl.DateTimeFormat | null | undefined = formatters.get(timeZone);
  if (!f) {
    f = formatOrNull(
      () =>
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
    );
    if (!f) {
      throw new RangeError(
        `Unknown time zone "${timeZone}": use an IANA name such as "Europe/Berlin"`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
};

/** Throws a clear error unless the time zone is a known IANA name. */
export const assertTimeZone = (timeZone: string): void => {
  formatterFor(timeZone);
};

/**
 * The wall-clock time of a moment in a time zone (DST included, via Intl).
 *
 * @example
 * localTime(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Berlin').hour // 3 (CEST)
 */
export const localTime = (epochMs: number, timeZone: string): LocalTime => {
  const d = new Date(epochMs + offsetMs(epochMs, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
};

/** The zone's offset from UTC at a moment, read from Intl (slow: the cache below saves it). */
const offsetFromIntl = (epochMs: number, timeZone: string): number => {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(epochMs / 1000) * 1000;
};

// Offsets change only at quarter-hour boundaries in every zone in use, so one lookup per
// zone and quarter hour is exact. Bounded, since a service runs for months.
const quarterHour = 15 * 60 * 1000;
const offsets = new Map<string, Map<number, number>>();

const offsetMs = (epochMs: number, timeZone: string): number => {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(epochMs / quarterHour);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    offset = offsetFromIntl(bucket * quarterHour, timeZone);
    if (zone.size >= 10_000) zone.clear();
    zone.set(bucket, offset);
  }
  return offset;
};

/**
 * The moment a wall-clock time happens in a time zone. A time skipped by a DST change
 * (02:30 on the spring-forward night) comes out as the moment the clock jumps past it.
 *
 * @example
 * zonedTimeToEpoch(2026, 11, 2, 9, 0, 'America/New_York') // 2026-11-02T14:00:00Z
 */
export const zonedTimeToEpoch = (
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number => {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  if (second === first) return first;
  // The offsets disagree only inside a spring-forward gap: the wall time does not exist
  // that day, so the answer is the first moment the clock shows a later time, the jump.
  let lo = Math.min(first, second);
  let hi = Math.max(first, second);
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    const t = localTime(mid, timeZone);
    const reached = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) >= wall;
    if (reached) hi = mid;
    else lo = mid;
  }
  return hi;
};
