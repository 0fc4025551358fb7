// The commonest chrono windows read without chrono: one capitalized weekday or month name, "Month D", "Month D, YYYY",
// "D Month (YYYY)", "Month YYYY" or a clock ("18:30", "6 p.m.", "16:08 UTC"), alone among words chrono ignores. The
// result is what chrono's parsers and the conversion in parse-with-chrono.ts give for such a window (checked against
// chrono in simple-window.test.ts). A weekday may carry its modifier ("last Friday"); several expressions, other
// numbers ("killing all 228 people", "2.62%") and ordinals may stand apart in the window where chrono joins nothing
// to them. A window this reader is unsure of (ranges, numbers or date words next to an expression, odd punctuation)
// is left to chrono.
import type { CalendarMeaning } from '../types.js';
import { isAsciiDigit, isAsciiLetter } from '../../../model/index.js';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * One expression: a 24-hour clock (1, 2; not before "a.m."/"p.m.") with an optional UTC/GMT (3); a 12-hour clock
 * (4, 5) with "a.m."/"p.m." (6) and an optional UTC/GMT (7); a weekday (8); a month (10) with a day before it (9) and an optional year (11); a month
 * (12) with a day after it (13) and an optional year (14, after ", " or " "); a month (15) with a year (16); a bare
 * month (17).
 */
const SIMPLE = new RegExp(
  `\\b(?:([01]?\\d|2[0-3]):([0-5]\\d)(?! [ap]\\.m\\.)(?: (UTC|GMT))?`
  + `|(1[0-2]|[1-9])(?::([0-5]\\d))? ([ap])\\.m\\.(?: (UTC|GMT))?`
  + `|(${WEEKDAY_NAMES.join('|')})`
  + `|([1-9]|[12]\\d|3[01]) (${MONTH_NAMES.join('|')})(?: ([12]\\d{3}))?`
  + `|(${MONTH_NAMES.join('|')}) ([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:,? ([12]\\d{3}))?`
  + `|(${MONTH_NAMES.join('|')}) ([12]\\d{3})`
  + `|(${MONTH_NAMES.join('|')}))(?!\\w)`,
  'g',
);

/**
 * Words chrono's remaining parsers (see parse-with-chrono.ts) can read as or into a date; any of them defers to chrono.
 * Day words ("today", "noon") are not among them: the casual parsers that read those are left out.
 */
const CHRONO_WORDS = new Set([
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul', 'august', 'aug',
  'september', 'sep', 'sept', 'october', 'oct', 'november', 'nov', 'december', 'dec',
  'sunday', 'sun', 'monday', 'mon', 'tuesday', 'tue', 'wednesday', 'wed', 'thursday', 'thurs', 'thur', 'thu', 'friday', 'fri',
  'saturday', 'sat', 'weekend', 'weekday', 'weekends', 'weekdays',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
  'am', 'pm', 'utc', 'gmt',
]);
const WORD = /[A-Za-z]+/g;
const ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
]);
const DIGIT = /\d/;
/** Right before the expression, words chrono folds into it ("last Friday", "onthis") or that move its day ("the end of June"). */
const MODIFIER_BEFORE = /\b(?:on)?(?:this|last|past|next)\s+$|\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
/** A modifier word right before the expression, after a non-word character or the start ("last Friday", "next June"). */
const MODIFIER_WORD_BEFORE = /(?:^|\W)(this|last|past|next)(\s+)$/i;
/** After the expression: "Friday next week", "June of", "June -", a range ("to", "-"), or not a space or plain punctuation. */
const UNSAFE_AFTER = /^\s*(?:[,)]\s*)?(?:of\b|[-–—/:（）])/i;
/** After a weekday: "Friday next week", which chrono's weekday parser reads on. */
const WEEK_AFTER = /^\s*(?:[,)]\s*)?(?:this|last|past|next)/i;
/** After a bare month: " of" that chrono's month parser takes in ("June of the year" reads "June of"). */
const MONTH_OF_AFTER = /^ of(?= [a-z]|[.,;:!?]|$)/i;
/** What may follow the expression: the end, or plain punctuation and a space and a word (no stray commas); a possessive. */
const PLAIN_AFTER = /^(?:['’]s(?!\w))?[.,;:!?)"'’”]*(?:\s+[A-Za-z("“‘']|\s*$)/;
/** A time zone abbreviation chrono appends to a date ("Tuesday, EST"; only upper case for a date without a time). */
const ZONE_AFTER = /^[\s,)]*\(?[A-Z]{2,4}\)?(?!\w)/;
/** After a number: a clock chrono reads ("6 p.m.", "6 a", "6 o'clock", "6 in the morning"). */
const CLOCK_AFTER = /^\s*(?:[ap](?![a-z])|[ap]\.m|[ap]m|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))/i;
/** After a number: an era chrono reads into a year ("June 5 AD" is the year 5). */
const ERA_AFTER = /^\s{0,2}(?:be|ad|bc|ce)/i;
/** A comma or bracket after a space (or at the start) right before a weekday: chrono's weekday takes it in. */
const WEEKDAY_PREFIX_BEFORE = /(?:^|\W)[,(（]\s*(?:on\s*)?$/i;
/** Words before a number that chrono's clock parser takes as the start of a time (also after a "t": "habitat 5"). */
const CLOCK_PREFIX_BEFORE = /(?:\b|t)((?:at|from)\s*)$/i;
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

/** Glued words chrono's patterns allow around a name: "onMonday", "inJune", "lastFriday", "firstJune", "Juneof", "tofirst". */
const GLUED = /^(?:on|in|to|until|till|through|this|last|past|next|of|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty|week)/;
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
function hasChronoWord(text: string, beforeExpression: boolean): boolean {
  WORD.lastIndex = 0;
  for (let w = WORD.exec(text); w !== null; w = WORD.exec(text)) {
    const word = w[0].toLowerCase();
    if (!isChronoWord(word)) continue;
    // An ordinal is read only as the day of a month next to it ("the first of June"): apart from the expression it is inert.
    const end = WORD.lastIndex;
    if (ORDINAL_WORDS.has(word) && hasPlainWord(beforeExpression ? text.slice(end) : text.slice(0, w.index))) {
      WORD.lastIndex = end;
      continue;
    }
    WORD.lastIndex = 0;
    return true;
  }
  return false;
}

/** After an inert number: the end, "," ";" or "." then a space or the end, or a space (after an optional "," or ";") and a letter. */
const INERT_AFTER = /^(?:$|[,;.](?:\s|$)|[,;]?\s+[A-Za-z])/;
/** After a number: what chrono's clock parser reads on from it ("5 pm", "5 po'clock", "5 a.m.x", "5 at night"). */
const CLOCK_SUFFIX_AFTER = /^\s*(?:[ap](?:\.m\.|m)?(?:\s*(?:o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))|(?!\w))|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))/i;
/** After a number: a range of clocks chrono's clock parser reads on ("228 to 300"). */
const RANGE_AFTER = /^\s*(?:to|until|through|till)\s*\d/i;

/** Words chrono's patterns and refiners join a number and a date with ("5 of June", "7 till 6 p.m.", "June 5 at 6"). */
const CONNECTORS = new Set(['of', 'to', 'until', 'through', 'till', 'on', 'at', 'after', 'before', 't', 'from']);

/** A number as it stands in running text: digits, thousands groups, decimals, a percent sign ("1,100", "2.62%"). */
const NUMBER_TOKEN = /\d+(?:,\d{3})*(\.\d+)?(%)?/y;

/**
 * Whether every number in `s` (the window before or after the expression) is one chrono keeps nothing of, so the
 * expression is still the window's only result. chrono's clock parser reads a bare number or decimal ("12", "9.12")
 * as a time only to drop it again as digits alone, unless something clock-like surrounds it: so a number must stand
 * alone after a word that is no clock prefix ("at 5", "from 5", "habitat 5"), before a plain word that is no clock
 * suffix, era, range or (for a number chrono may read) time zone ("5 p.m.", "5 AD", "5 to 7", "12 EST"), with a word
 * between it and the expression that none of chrono's patterns or merges joins them over. Anything else defers.
 */
function numbersAreInert(s: string, beforeExpression: boolean): boolean {
  if (!DIGIT.test(s)) return true;
  for (let i = 0; i < s.length; i++) {
    if (!isAsciiDigit(s.charCodeAt(i))) continue;
    NUMBER_TOKEN.lastIndex = i;
    const number = NUMBER_TOKEN.exec(s);
    if (!number) return false;
    const end = i + number[0].length;
    if (!isInertNumber(s, i, end, number)) return false;
    // A percent sign before the expression keeps chrono's patterns and merges from joining the two ("2.62% at 16:08").
    if (!(beforeExpression && number[2]) && !hasPlainWord(beforeExpression ? s.slice(end) : s.slice(0, i))) return false;
    i = end;
  }
  return true;
}

function isInertNumber(s: string, start: number, end: number, number: RegExpExecArray): boolean {
  // Before: a "$" (maybe and a space: "US$ 85"), which keeps chrono's clock prefixes off; or the start, or one space
  // after a word that does not end in such a prefix.
  const dollar = s.charCodeAt(start - 1) === 36 || (s.charCodeAt(start - 1) === 32 && s.charCodeAt(start - 2) === 36);
  if (!dollar && start > 0) {
    if (start < 2 || s.charCodeAt(start - 1) !== 32 || !isAsciiLetter(s.charCodeAt(start - 2))) return false;
    let w = start - 2;
    while (w > 0 && isAsciiLetter(s.charCodeAt(w - 1))) w--;
    const word = s.slice(w, start - 1).toLowerCase();
    if (word.endsWith('at') || word.endsWith('from')) return false;
  }
  const after = s.slice(end);
  if (!INERT_AFTER.test(after) || CLOCK_SUFFIX_AFTER.test(after) || ERA_AFTER.test(after) || RANGE_AFTER.test(after)) return false;
  // Only a whole number of other than two digits (or above 24) is one chrono's clock parser reads nothing into; what it
  // reads is dropped unless a time zone word follows (a percent sign keeps that off).
  const readable = number[2] === undefined && (number[1] !== undefined || (number[0].length === 2 && Number(number[0]) <= 24));
  if (readable) {
    const zone = CLOCK_ZONE_AFTER.exec(after);
    if (zone && !NOT_ZONES.has(zone[1].toLowerCase())) return false;
  }
  return true;
}

/** Whether `gap` holds a word that is not one of the CONNECTORS. */
function hasPlainWord(gap: string): boolean {
  WORD.lastIndex = 0;
  for (let w = WORD.exec(gap); w !== null; w = WORD.exec(gap)) {
    if (!CONNECTORS.has(w[0].toLowerCase())) {
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
 * Reads a chrono window holding simple expressions only (see the top of the file); `undefined` when the window needs
 * chrono. Between two expressions there must be a word none of chrono's patterns or merges joins them over ("Tuesday
 * in Everett at 18:00"), so each is read alone. The offsets are relative to the window.
 */
export function readSimpleWindow(text: string): SimpleDate[] | undefined {
  const matches: RegExpExecArray[] = [];
  SIMPLE.lastIndex = 0;
  for (let m = SIMPLE.exec(text); m !== null; m = SIMPLE.exec(text)) matches.push(m);
  if (matches.length === 0) return undefined;
  const out: SimpleDate[] = [];
  let from = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const end = m.index + m[0].length;
    const to = k + 1 < matches.length ? matches[k + 1].index : text.length;
    const date = readOne(text, m, from, end, to);
    if (!date || (k > 0 && !hasPlainWord(text.slice(from, date.contextStart)))) return undefined;
    out.push({ start: date.start, end: date.end, meaning: date.meaning });
    from = date.end;
  }
  return out;
}

/**
 * Reads one expression `m` whose window context runs from `from` to `to` (the window's ends or the expressions beside
 * it); `contextStart` is where its context ends before it (a modifier such as "last" is not context).
 */
function readOne(text: string, m: RegExpExecArray, from: number, end: number, to: number): (SimpleDate & { contextStart: number }) | undefined {
  let start = m.index;
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  const of = m[17] ? MONTH_OF_AFTER.exec(after) : null;
  if (of) {
    end += of[0].length;
    after = after.slice(of[0].length);
  }
  // "last Friday": chrono's weekday takes the modifier in (a shift for last and next); its month parsers leave it out.
  let shift: -1 | 1 | undefined;
  const modifier = m[8] || m[12] || m[15] || m[17] ? MODIFIER_WORD_BEFORE.exec(before) : null;
  if (modifier) {
    const modifierStart = before.length - modifier[1].length - modifier[2].length;
    before = before.slice(0, modifierStart);
    if (m[8]) {
      start = from + modifierStart;
      const word = modifier[1].toLowerCase();
      shift = word === 'last' ? -1 : word === 'next' ? 1 : undefined;
    }
  }
  // Nothing else chrono could read: no digit, no date word, no second expression.
  if (!numbersAreInert(before, true) || !numbersAreInert(after, false) || hasChronoWord(before, true) || hasChronoWord(after, false)) return undefined;
  if (!safeBefore(before) || !PLAIN_AFTER.test(after) || UNSAFE_AFTER.test(after) || ZONE_AFTER.test(after)) return undefined;
  if (m[8] && WEEK_AFTER.test(after)) return undefined;
  // chrono's weekday takes in a comma or bracket standing alone before it (", Monday").
  if (m[8] && WEEKDAY_PREFIX_BEFORE.test(before)) return undefined;
  // "from 5 June": chrono's clock parser reads "from 5" as five o'clock.
  if (m[9] && CLOCK_PREFIX_BEFORE.test(before)) return undefined;
  if (DIGIT.test(m[0]) && (ERA_AFTER.test(after) || CLOCK_AFTER.test(after) || CLOCK_SUFFIX_AFTER.test(after))) return undefined;
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
    if (shift) meaning.shift = shift;
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
  // A clock's result starts at its "at" / "from": the context before it ends there.
  const prefix = m[1] || m[4] ? CLOCK_PREFIX_BEFORE.exec(before) : null;
  return { start, end, contextStart: from + before.length - (prefix ? prefix[1].length : 0), meaning };
}
