// The commonest chrono windows read without chrono: one capitalized weekday or month name, "Month D", "Month D, YYYY",
// "D Month (YYYY)", "Month YYYY" or a clock ("18:30", "6 p.m.", "16:08 UTC"), alone among words chrono ignores. The
// result is what chrono's parsers and the conversion in parse-with-chrono.ts give for such a window (checked against
// chrono in simple-window.test.ts); a window this reader is unsure of (ranges, other numbers or date words, modifiers,
// odd punctuation) is left to chrono.
import type { CalendarMeaning } from '../types.js';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * One expression: a 24-hour clock (1, 2) with an optional UTC/GMT (3); a 12-hour clock (4, 5) with "a.m."/"p.m." (6)
 * and an optional UTC/GMT (7); a weekday (8); a month (10) with a day before it (9) and an optional year (11); a month
 * (12) with a day after it (13) and an optional year (14, after ", " or " "); a month (15) with a year (16); a bare
 * month (17).
 */
const SIMPLE = new RegExp(
  `\\b(?:([01]?\\d|2[0-3]):([0-5]\\d)(?: (UTC|GMT))?`
  + `|(1[0-2]|[1-9])(?::([0-5]\\d))? ([ap])\\.m\\.(?: (UTC|GMT))?`
  + `|(${WEEKDAY_NAMES.join('|')})`
  + `|([1-9]|[12]\\d|3[01]) (${MONTH_NAMES.join('|')})(?: ([12]\\d{3}))?`
  + `|(${MONTH_NAMES.join('|')}) ([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:,? ([12]\\d{3}))?`
  + `|(${MONTH_NAMES.join('|')}) ([12]\\d{3})`
  + `|(${MONTH_NAMES.join('|')}))(?!\\w)`,
  'g',
);

/** Words chrono's remaining parsers (see parse-with-chrono.ts) can read as or into a date; any of them defers to chrono. */
const CHRONO_WORDS = new Set([
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul', 'august', 'aug',
  'september', 'sep', 'sept', 'october', 'oct', 'november', 'nov', 'december', 'dec',
  'sunday', 'sun', 'monday', 'mon', 'tuesday', 'tue', 'wednesday', 'wed', 'thursday', 'thurs', 'thur', 'thu', 'friday', 'fri',
  'saturday', 'sat', 'weekend', 'weekday', 'weekends', 'weekdays',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
  'am', 'pm', 'noon', 'midnight', 'midday', 'utc', 'gmt', 'today', 'tonight', 'tomorrow', 'yesterday', 'now',
]);
const WORD = /[A-Za-z]+/g;
const DIGIT = /\d/;
/** Right before the expression, words chrono folds into it ("last Friday") or that move its day ("the end of June"). */
const MODIFIER_BEFORE = /(?:this|last|past|next)\s+$|\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
/** After the expression: "Friday next week", "June of", "June -", a range ("to", "-"), or not a space or plain punctuation. */
const UNSAFE_AFTER = /^\s*(?:[,)]\s*)?(?:(?:of|to|through|until|till|and|or)\b|this|last|past|next|[-–—/:（）])/i;
/** What may follow the expression: the end, or plain punctuation and then a space and a word (no stray commas). */
const PLAIN_AFTER = /^[.,;:!?)"'’”]*(?:\s+[A-Za-z("“‘']|\s*$)/;
/** A time zone abbreviation chrono appends to a date ("Tuesday, EST"; only upper case for a date without a time). */
const ZONE_AFTER = /^[\s,)]*\(?[A-Z]{2,4}\)?(?!\w)/;
/** After a number: a clock chrono reads ("6 p.m.", "6 a", "6 o'clock", "6 in the morning"). */
const CLOCK_AFTER = /^\s*(?:[ap](?![a-z])|[ap]\.m|[ap]m|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))/i;
/** After a number: an era chrono reads into a year ("June 5 AD" is the year 5). */
const ERA_AFTER = /^\s{0,2}(?:be|ad|bc|ce)/i;
/** A comma or bracket after a space (or at the start) right before a weekday: chrono's weekday takes it in. */
const WEEKDAY_PREFIX_BEFORE = /(?:^|\W)[,(（]\s*(?:on\s*)?$/i;
/** Words before a number that chrono's clock parser takes as the start of a time. */
const CLOCK_PREFIX_BEFORE = /\b(?:at|from)\s*$/i;
/** After a bare month chrono's own pattern reads on unless a space and a letter, the end, or punctuation follows. */
const BARE_MONTH_AFTER = /^(?:$|[.;:!?)"'’”]|,?\s+["'“‘(]?[A-Za-z])/;
/** After a clock, a word chrono may take as a time zone (any case); NOT_ZONES are words that are none (tested). */
const CLOCK_ZONE_AFTER = /^[\s,)]*\(?([A-Za-z]{2,4})\)?(?!\w)/;
export const NOT_ZONES = new Set([
  'the', 'an', 'and', 'was', 'were', 'is', 'are', 'in', 'on', 'of', 'to', 'for', 'with', 'from', 'by', 'as', 'its', 'his',
  'her', 'but', 'or', 'had', 'has', 'said', 'when', 'then', 'that', 'this', 'into', 'up', 'down', 'over', 'after', 'than',
  'local', 'time', 'it', 'he', 'she', 'they', 'we', 'you', 'our', 'will', 'also', 'just', 'only', 'so', 'not', 'new',
]);
/** Days in each month (February's 29th depends on a year chrono implies: left to chrono). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Glued words chrono's patterns allow around a name: "onMonday", "inJune", "lastFriday", "firstJune", "Juneof". */
const GLUED = /^(?:on|in|this|last|past|next|of|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty|week)/;
const NAME_START = /^(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday)/;

/**
 * A word chrono can read: a date word alone, or glued to what its patterns allow without a space before ("onMonday",
 * "firstJune") or after ("Juneof", "Mondaynextweek"). Ordinary words that merely start like a name ("market",
 * "month") are not.
 */
function isChronoWord(word: string): boolean {
  let w = word;
  let ordinal = false;
  for (;;) {
    if (CHRONO_WORDS.has(w)) return true;
    const name = NAME_START.exec(w);
    if (name) {
      let tail = w.slice(name[0].length);
      if (tail.startsWith('.')) tail = tail.slice(1);
      if (tail === '' || GLUED.test(tail)) return true;
    }
    const prefix = GLUED.exec(w);
    if (!prefix) return false;
    ordinal ||= CHRONO_WORDS.has(prefix[0]) || prefix[0] === 'twenty' || prefix[0] === 'thirty';
    // "firstof": glue pieces only, one an ordinal ("the first of June" without spaces).
    if (prefix[0].length === w.length) return ordinal;
    w = w.slice(prefix[0].length);
  }
}

/** Whether any word of `text` is one chrono can read (isChronoWord). */
function hasChronoWord(text: string): boolean {
  WORD.lastIndex = 0;
  for (let w = WORD.exec(text); w !== null; w = WORD.exec(text)) {
    if (isChronoWord(w[0].toLowerCase())) {
      WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** What may stand before the expression: nothing, or a space after a word or closing punctuation (not "(" or a modifier). */
function safeBefore(before: string): boolean {
  if (before.trim() === '') return true;
  if (!/\s$/.test(before)) return false;
  if (/[(（[\-–—/]\s*$/.test(before)) return false;
  return !MODIFIER_BEFORE.test(before);
}

export type SimpleDate = { start: number; end: number; meaning: CalendarMeaning };

/**
 * Reads a chrono window holding a single simple expression; `undefined` when the window needs chrono. The offsets
 * are relative to the window.
 */
export function readSimpleWindow(text: string): SimpleDate[] | undefined {
  SIMPLE.lastIndex = 0;
  const m = SIMPLE.exec(text);
  if (!m) return undefined;
  const start = m.index;
  const end = start + m[0].length;
  // Nothing else chrono could read: no digit, no date word, no second expression.
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (DIGIT.test(before) || DIGIT.test(after) || hasChronoWord(before) || hasChronoWord(after)) return undefined;
  if (!safeBefore(before) || !PLAIN_AFTER.test(after) || UNSAFE_AFTER.test(after) || ZONE_AFTER.test(after)) return undefined;
  // chrono's weekday takes in a comma or bracket standing alone before it (", Monday").
  if (m[8] && WEEKDAY_PREFIX_BEFORE.test(before)) return undefined;
  // "from 5 June": chrono's clock parser reads "from 5" as five o'clock.
  if (m[9] && CLOCK_PREFIX_BEFORE.test(before)) return undefined;
  if (DIGIT.test(m[0]) && (ERA_AFTER.test(after) || CLOCK_AFTER.test(after))) return undefined;
  const meaning: CalendarMeaning = { kind: 'calendar' };
  if (m[1] || m[4]) {
    // A clock: chrono appends a time zone word of any case after it unless it is known not to be one.
    const zone = CLOCK_ZONE_AFTER.exec(after);
    if (zone && !NOT_ZONES.has(zone[1].toLowerCase())) return undefined;
    if (m[1]) {
      meaning.hour = Number(m[1]);
      meaning.minute = Number(m[2]);
    } else {
      const hour = Number(m[4]) % 12;
      meaning.hour = m[6] === 'p' ? hour + 12 : hour;
      meaning.minute = m[5] ? Number(m[5]) : 0;
    }
    if (m[3] || m[7]) meaning.utc = true;
  } else if (m[8]) {
    meaning.weekday = WEEKDAY_NAMES.indexOf(m[8]) + 1;
  } else {
    const monthName = m[10] ?? m[12] ?? m[15] ?? m[17];
    const month = MONTH_NAMES.indexOf(monthName) + 1;
    const year = m[11] ?? m[14] ?? m[16];
    const day = m[9] ?? m[13];
    if (m[17]) {
      // chrono drops a bare "May" (the modal) and reads "June of", "June -" on: left to chrono.
      if (month === 5 || !BARE_MONTH_AFTER.test(after)) return undefined;
    }
    if (year) meaning.year = Number(year);
    meaning.month = month;
    if (day) {
      if (Number(day) > MONTH_DAYS[month - 1]) return undefined;
      meaning.day = Number(day);
    }
  }
  return [{ start, end, meaning }];
}
