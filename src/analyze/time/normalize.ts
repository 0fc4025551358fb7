// Resolves a candidate's meaning against the publication date into a TIMEX3 type and value.
//
// Conventions (TIMEX3 / ISO 8601):
// - dates at the granularity stated: 2025-09-21, 2024-08, 2025-W37 (ISO week), 2025-W38-WE, 2025-Q1, 2025-H1,
//   2025-SU (SP/SU/FA/WI), 199 (the 1990s), 2021; times 2025-09-21T15:00 (Z when UTC/GMT is stated), 2025-09-19TMO.
// - durations P4Y, P3D, PT12H, PXY (unstated length); sets P1W (every week), XXXX-WXX-7 (every Sunday).
// - PRESENT_REF ("now"), PAST_REF ("recently"), FUTURE_REF ("in the long term").
// - "N units ago" is a date at the unit's granularity (2023 for "two years ago" in 2025; days for weeks and days);
//   hedges go to `mod`: BEFORE for "more than ... ago", AFTER for "less than ... ago", APPROX for "about";
//   MORE_THAN / LESS_THAN / APPROX on durations; START / MID / END for "early" / "mid-" / "late", "the end of".
// - Without a publication date nothing is taken from the clock: relative parts become X placeholders
//   (XXXX-WXX-7 for "Sunday", XXXX-03 for "March", XXXX-WXX for "last week", XXXX for "last year",
//   XXXX-08 for "August last year") and the expression is marked `anchored: false`; stated years stay as they are.
import {
  addDays, addMonths, formatDay, toDayNumber, formatMonth, formatWeek, quarterOf, weekdayOnOrAfter, weekdayOnOrBefore, type Ymd,
} from './calendar.js';
import type { CalendarMeaning, Direction, Meaning, RelativeMeaning } from './types.js';

export type Normalized = {
  type: 'date' | 'time' | 'duration' | 'set';
  value: string;
  /** false when the value depends on an unknown publication date (it then holds X placeholders). */
  anchored: boolean;
  stated: string[];
};

const pad = (n: number) => String(n).padStart(2, '0');
const SEASON_MONTH = { SP: 4, SU: 7, FA: 10, WI: 1 } as const;
/** The parts a calendar meaning states, in this order (one test per field: a loop over key names was a slow keyed load). */
function statedParts(m: CalendarMeaning): string[] {
  const stated: string[] = [];
  if (m.year !== undefined) stated.push('year');
  if (m.month !== undefined) stated.push('month');
  if (m.day !== undefined) stated.push('day');
  if (m.weekday !== undefined) stated.push('weekday');
  if (m.hour !== undefined) stated.push('hour');
  if (m.minute !== undefined) stated.push('minute');
  if (m.part !== undefined) stated.push('part');
  if (m.season !== undefined) stated.push('season');
  if (m.quarter !== undefined) stated.push('quarter');
  if (m.half !== undefined) stated.push('half');
  if (m.decade !== undefined) stated.push('decade');
  return stated;
}

/**
 * Picks the option whose position is on or before `here` (past), on or after it (future), or closest to it
 * (nearest, with the past favoured two to one, the usual case in news).
 */
function pick<T>(options: T[], position: (o: T) => number, here: number, dir: Direction): T {
  let best = options[1];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of options) {
    const d = position(o) - here;
    if (dir === 'past' && d > 0) continue;
    if (dir === 'future' && d < 0) continue;
    // News mostly reports what happened: a future reading must be twice as close to win.
    const distance = d > 0 ? 2 * d + 0.5 : -d;
    if (distance < bestDistance) {
      best = o;
      bestDistance = distance;
    }
  }
  return best;
}

/** Normalizes one meaning. `anchor` is the publication date; without it relative parts become X placeholders. */
export function normalize(meaning: Meaning, anchor: Ymd | undefined, direction: Direction = 'past'): Normalized {
  switch (meaning.kind) {
    case 'duration': return { type: 'duration', value: meaning.value, anchored: true, stated: ['duration'] };
    case 'set': return { type: 'set', value: meaning.value, anchored: true, stated: ['frequency'] };
    case 'ref': return { type: 'date', value: meaning.value, anchored: true, stated: ['reference'] };
    case 'ago': return normalizeAgo(meaning.unit, meaning.amount, anchor);
    case 'relative': return normalizeRelative(meaning, anchor);
    case 'calendar': return normalizeCalendar(meaning, anchor, direction);
  }
}

function withTime(date: string, m: { hour?: number; minute?: number; part?: string; utc?: boolean }): { value: string; time: boolean } {
  if (m.hour !== undefined) return { value: `${date}T${pad(m.hour)}:${pad(m.minute ?? 0)}${m.utc ? 'Z' : ''}`, time: true };
  if (m.part) return { value: `${date}T${m.part}`, time: true };
  return { value: date, time: false };
}

function normalizeAgo(unit: string, amount: number, anchor: Ymd | undefined): Normalized {
  const stated = ['relative'];
  if (!anchor) {
    const value = unit === 'year' || unit === 'decade' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX';
    return { type: 'date', value, anchored: false, stated };
  }
  const whole = Math.round(amount);
  switch (unit) {
    case 'year': return { type: 'date', value: String(anchor.year - whole), anchored: true, stated };
    case 'decade': return { type: 'date', value: String(anchor.year - 10 * whole), anchored: true, stated };
    case 'month': {
      const m = addMonths(anchor.year, anchor.month, -whole);
      return { type: 'date', value: formatMonth(m.year, m.month), anchored: true, stated };
    }
    case 'week': return { type: 'date', value: formatDay(addDays(anchor, -7 * whole)), anchored: true, stated };
    default: return { type: 'date', value: formatDay(addDays(anchor, -whole)), anchored: true, stated };
  }
}

function normalizeRelative(m: RelativeMeaning, anchor: Ymd | undefined): Normalized {
  const stated = ['relative'];
  if (m.month) stated.push('month');
  if (m.quarter) stated.push('quarter');
  if (m.season) stated.push('season');
  const timed = m.hour !== undefined || m.part !== undefined;
  if (!anchor) {
    const placeholder: Record<string, string> = {
      year: 'XXXX', month: 'XXXX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', quarter: 'XXXX-QX', decade: 'XXX', day: 'XXXX-XX-XX',
    };
    let value = placeholder[m.unit] ?? 'XXXX-XX-XX';
    if (m.month) value = `XXXX-${pad(m.month)}`;
    else if (m.quarter) value = `XXXX-Q${m.quarter}`;
    else if (m.half) value = `XXXX-H${m.half}`;
    else if (m.season) value = `XXXX-${m.season}`;
    return { type: timed ? 'time' : 'date', value: withTime(value, m).value, anchored: false, stated };
  }
  switch (m.unit) {
    case 'year': {
      const year = anchor.year + m.offset;
      if (m.month) return { type: 'date', value: formatMonth(year, m.month), anchored: true, stated };
      if (m.quarter) return { type: 'date', value: `${year}-Q${m.quarter}`, anchored: true, stated };
      if (m.half) return { type: 'date', value: `${year}-H${m.half}`, anchored: true, stated };
      if (m.season) return { type: 'date', value: `${year}-${m.season}`, anchored: true, stated };
      return { type: 'date', value: String(year), anchored: true, stated };
    }
    case 'decade': return { type: 'date', value: String(Math.floor(anchor.year / 10) + m.offset), anchored: true, stated };
    case 'quarter': {
      const q = addMonths(anchor.year, anchor.month, 3 * m.offset);
      return { type: 'date', value: `${q.year}-Q${quarterOf(q.month)}`, anchored: true, stated };
    }
    case 'month': {
      const mm = addMonths(anchor.year, anchor.month, m.offset);
      return { type: 'date', value: formatMonth(mm.year, mm.month), anchored: true, stated };
    }
    case 'week': return { type: 'date', value: formatWeek(addDays(anchor, 7 * m.offset)), anchored: true, stated };
    case 'weekend': return { type: 'date', value: `${formatWeek(addDays(anchor, 7 * m.offset))}-WE`, anchored: true, stated };
    default: {
      const { value, time } = withTime(formatDay(addDays(anchor, m.offset)), m);
      return { type: time ? 'time' : 'date', value, anchored: true, stated };
    }
  }
}

function normalizeCalendar(m: CalendarMeaning, anchor: Ymd | undefined, direction: Direction): Normalized {
  const stated = statedParts(m);
  const dir: Direction = m.shift === 1 ? 'future' : m.shift === -1 ? 'past' : direction;
  const date = (value: string, anchored: boolean): Normalized => {
    const t = withTime(value, m);
    return { type: t.time ? 'time' : 'date', value: t.value, anchored, stated };
  };
  if (m.decade !== undefined) return date(String(m.decade), true);
  if (m.year !== undefined) {
    if (m.month !== undefined && m.day !== undefined) return date(formatDay({ year: m.year, month: m.month, day: m.day }), true);
    if (m.month !== undefined) return date(formatMonth(m.year, m.month), true);
    if (m.season) return date(`${m.year}-${m.season}`, true);
    if (m.quarter) return date(`${m.year}-Q${m.quarter}`, true);
    if (m.half) return date(`${m.year}-H${m.half}`, true);
    return date(String(m.year), true);
  }
  if (!anchor) {
    if (m.month !== undefined && m.day !== undefined) return date(`XXXX-${pad(m.month)}-${pad(m.day)}`, false);
    if (m.month !== undefined) return date(`XXXX-${pad(m.month)}`, false);
    if (m.weekday !== undefined) return date(`XXXX-WXX-${m.weekday}`, false);
    if (m.season) return date(`XXXX-${m.season}`, false);
    if (m.quarter) return date(`XXXX-Q${m.quarter}`, false);
    if (m.half) return date(`XXXX-H${m.half}`, false);
    return date('XXXX-XX-XX', false);
  }
  if (m.month !== undefined && m.day !== undefined) {
    const month = m.month;
    const day = m.day;
    const options = [anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({ year, month, day }));
    return date(formatDay(pick(options, toDayNumber, toDayNumber(anchor), dir)), true);
  }
  if (m.month !== undefined) {
    const month = m.month;
    const here = anchor.year * 12 + anchor.month - 1;
    const options = [anchor.year - 1, anchor.year, anchor.year + 1];
    const year = pick(options, (y) => y * 12 + month - 1, here, dir);
    return date(formatMonth(year, month), true);
  }
  if (m.weekday !== undefined) {
    const before = weekdayOnOrBefore(anchor, m.weekday, m.shift === -1);
    // Forward includes the anchor day ("set to land on Monday" in a Monday report); "next Monday" excludes it.
    const after = weekdayOnOrAfter(anchor, m.weekday, m.shift === 1);
    let day = dir === 'future' ? after : before;
    if (dir === 'nearest') day = 2 * (toDayNumber(after) - toDayNumber(anchor)) < toDayNumber(anchor) - toDayNumber(before) ? after : before;
    return date(formatDay(day), true);
  }
  if (m.season) {
    let year = anchor.year;
    const start = SEASON_MONTH[m.season];
    if (dir !== 'future' && start > anchor.month && m.season !== 'WI') year--;
    if (dir === 'future' && start < anchor.month) year++;
    return date(`${year}-${m.season}`, true);
  }
  if (m.quarter) {
    let year = anchor.year;
    const current = quarterOf(anchor.month);
    // With no tense cue a bare quarter is this year's.
    if (dir === 'past' && m.quarter > current) year--;
    if (dir === 'future' && m.quarter < current) year++;
    return date(`${year}-Q${m.quarter}`, true);
  }
  if (m.half) {
    // A bare half: this year's, or last year's first half read in the second half of a past-tense clause.
    const current = anchor.month <= 6 ? 1 : 2;
    const year = dir === 'past' && m.half > current ? anchor.year - 1 : dir === 'future' && m.half < current ? anchor.year + 1 : anchor.year;
    return date(`${year}-H${m.half}`, true);
  }
  // A clock time or part of day alone: on the publication day.
  return date(formatDay(anchor), true);
}
