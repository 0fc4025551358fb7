// Pure calendar arithmetic for normalization (UTC, proleptic Gregorian): days, ISO weeks, TIMEX3 formatting.

export type Ymd = { year: number; month: number; day: number };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Parses the date part of an ISO 8601 string ("2025-09-21", "2025-09-21T10:00:00Z"); undefined when it is not one. */
export function parseYmd(iso: string | undefined): Ymd | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!match) return undefined;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) return undefined;
  return ymd;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function toDayNumber(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(d) + days);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: Ymd): number {
  const js = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  // The Thursday of the same ISO week decides the year.
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(jan1)) / 7) + 1;
  return { year: thursday.year, week };
}

export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: Ymd): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Shifts a month by an offset, returning the new year and month. */
export function addMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The most recent date with this ISO weekday on or before `d` (or strictly before when `strict`). */
export function weekdayOnOrBefore(d: Ymd, weekday: number, strict = false): Ymd {
  let back = (isoWeekday(d) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(d, -back);
}

/** The next date with this ISO weekday after `d` (or on it when not `strict`). */
export function weekdayOnOrAfter(d: Ymd, weekday: number, strict = true): Ymd {
  let ahead = (weekday - isoWeekday(d) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(d, ahead);
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
