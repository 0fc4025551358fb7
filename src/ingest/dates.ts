// Date parsing for ingest metadata: ISO stamps and written news dates ("Sept. 21, 2025", "21 September 2025").

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Month names and their abbreviations, as a regex alternation (longest first so "Sept" wins over "Sep"). */
export const MONTH_PATTERN = 'January|February|March|April|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`, 'i');
const LEADING_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s+/i;
const SLASH_YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;

/** Returns YYYY-MM-DD when the parts form a real calendar date. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** A date found at the start of a string: its ISO form and how many characters it took. */
export type DateMatch = { iso: string; length: number };

const ISO_AT_START = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?(?![\d:-])/;
// The meridiem brings its own optional space (a bare `\s*` before `\s+` backtracked quadratically); GMT+N is tried before bare zone letters.
const CLOCK_AT_START = /^,?\s*(?:at\s+)?\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT[+-]\d{1,2}|[A-Z]{2,4}))?/i;

/** The first three letters of every month and weekday name the patterns below read, as threeLetterKey numbers. */
const DATE_WORD_STARTS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
  .map((word) => threeLetterKey(word)));

/** The first three characters as one small number, ASCII capitals lower-cased (no substring built); -1 if not ASCII. */
function threeLetterKey(text: string): number {
  let key = 0;
  for (let i = 0; i < 3; i++) {
    let code = text.charCodeAt(i);
    if (!(code < 128)) return -1;
    if (code >= 65 && code <= 90) code += 32;
    key = key * 128 + code;
  }
  return key;
}

/** A cheap test every date the patterns below match passes: a digit first, or a month or weekday name's first letters. */
export function mayStartWithDate(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  return text.length >= 3 && DATE_WORD_STARTS.has(threeLetterKey(text));
}

/** Finds a date at the very start of `text` (no trimming), with an optional clock time after a written date. */
export function matchDateAtStart(text: string): DateMatch | undefined {
  if (!mayStartWithDate(text)) return undefined;
  const weekday = LEADING_WEEKDAY.exec(text)?.[0].length ?? 0;
  const found = matchDateAfterWeekday(text.slice(weekday));
  return found ? { iso: found.iso, length: found.length + weekday } : undefined;
}

function matchDateAfterWeekday(text: string): DateMatch | undefined {
  const head = text.slice(0, 80);
  const iso = ISO_AT_START.exec(head);
  if (iso) {
    const parsed = parseDateText(iso[0]);
    return parsed ? { iso: parsed, length: iso[0].length } : undefined;
  }
  for (const pattern of [MONTH_DAY_YEAR, DAY_MONTH_YEAR, SLASH_YEAR_FIRST]) {
    const m = pattern.exec(head);
    if (!m) continue;
    const parsed = parseDateText(m[0]);
    if (!parsed) return undefined;
    const clock = CLOCK_AT_START.exec(head.slice(m[0].length));
    return { iso: parsed, length: m[0].length + (clock ? clock[0].length : 0) };
  }
  return undefined;
}

/**
 * Parses a date written at the start of `value` (after trimming): an ISO date or timestamp, "Sept. 21, 2025",
 * "21 September 2025" or "2025/09/21". Returns ISO 8601 (the day, or the full timestamp when one was given).
 */
export function parseDateText(value: string): string | undefined {
  // "Sun, 21 Sep 2025 ..." (RSS) and "Sunday, September 21, 2025": the weekday adds nothing.
  const text = value.trim().slice(0, 80).replace(LEADING_WEEKDAY, '');
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return undefined;
    if (iso[4] === undefined) return day;
    const stamp = `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${normalizeZone(iso[7])}`;
    return Number.isNaN(Date.parse(stamp)) ? day : stamp;
  }
  const isoPrefix = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (isoPrefix) return isoDay(Number(isoPrefix[1]), Number(isoPrefix[2]), Number(isoPrefix[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isoDay(Number(mdy[3]), monthNumber(mdy[1]) ?? 0, Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoDay(Number(dmy[3]), monthNumber(dmy[2]) ?? 0, Number(dmy[1]));
  const slash = SLASH_YEAR_FIRST.exec(text);
  if (slash) return isoDay(Number(slash[1]), Number(slash[2]), Number(slash[3]));
  return undefined;
}

function normalizeZone(zone: string | undefined): string {
  if (!zone) return '';
  if (zone === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}
