// Our own candidate rules for what chrono does not parse: years, decades, seasons, quarters, relative units,
// "N units ago", durations, sets, present/past/future references and day words (today, yesterday, ...).
import {
  CUE, MONTHS, WEEKDAYS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, UNIT_CODE, UNITS, readNumber,
} from '../words.js';
import type { CalendarMeaning, Meaning, Mod, TimeCandidate, Unit } from '../types.js';
import { isAsciiDigit, isRegexSpace, isRegexWord } from '../../../model/index.js';

type Found = { start: number; end: number; meaning: Meaning; mod?: Mod };
/** `needs`: CUE bit groups; the rule runs only when the sentence has a bit of every group. */
type Rule = {
  name: string;
  needs: number[];
  /** A cheap test every match of `pattern` passes; when the sentence fails it the pattern is not run. */
  quick?: RegExp;
  pattern: RegExp;
  build(m: RegExpExecArray, s: string): Found | Found[] | undefined;
};

const NUM = `(?:\\d+(?:\\.\\d+)?|(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?: and a half)?|a|an|several|a few|few|a couple of)`;
const UNIT = '(?:year|month|week|day|hour|minute|decade|quarter)s?';
/** Capitalized month and weekday names, full or abbreviated with a period, with an optional last/next/this before. */
const NAME_PATTERN = new RegExp(
  `(?:\\b(last|next|this|coming|past)\\s+)?\\b(${[
    ...Object.keys(MONTHS).filter((w) => w.length > 3 || w === 'may').map((w) => w[0].toUpperCase() + w.slice(1)),
    ...Object.keys(MONTHS).filter((w) => w.length <= 4 && w !== 'may' && w !== 'june' && w !== 'july').map((w) => `${w[0].toUpperCase()}${w.slice(1)}\\.`),
    ...Object.keys(WEEKDAYS).filter((w) => w.length > 5).map((w) => w[0].toUpperCase() + w.slice(1)),
  ].sort((a, b) => b.length - a.length).join('|')})(?!\\w)`,
  'gi',
);

/** Words that may sit between a count and its unit: "six straight days", "the past five trading days". */
const FILLER = '(?:straight|consecutive|successive|trading|business|working|full|more|long|calendar)';
const APPROX = '(?:more than|less than|fewer than|over|under|nearly|almost|about|around|roughly|some|at least|up to|just over|just under|approximately)';

/** Nouns after a number that make it a count, not a year ("2000 people"). */
const NOT_YEAR_NOUNS = new Set([
  'people', 'percent', 'units', 'times', 'jobs', 'seats', 'workers', 'plants', 'dealers', 'stores', 'shares',
  'barrels', 'vehicles', 'aircraft', 'planes', 'homes', 'users', 'copies', 'pages', 'words', 'calories', 'hectares',
  'acres', 'employees', 'troops', 'soldiers', 'cars', 'votes', 'members', 'points', 'dollars', 'euros', 'tons',
  'miles', 'km', 'metres', 'meters',
]);
const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'through', 'to', 'and', 'or', 'early',
  'late', 'mid', 'around', 'circa', 'between', 'than', 'throughout', 'the', 'its', 'their', 'summer', 'spring', 'autumn', 'winter', 'fall', 'fiscal',
]);
const A_DURATION_PREVIOUS = new Set([
  'for', 'than', 'about', 'nearly', 'almost', 'within', 'over', 'under', 'after', 'in', 'just', 'around', 'least', 'past', 'last', 'of',
]);
const SEASON_PREVIOUS = new Set(['in', 'this', 'last', 'next', 'the', 'during', 'since', 'early', 'late', 'by', 'until', 'coming', 'past', 'mid']);

/** $, € or £. */
const isCurrencyCode = (c: number): boolean => c === 36 || c === 0x20ac || c === 0xa3;

/** The lower-cased word ending just before `index` in `s` (skipping spaces and a hyphen). */
export function wordBefore(s: string, index: number): string {
  let end = index;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 45)) end--;
  let start = end;
  // [\w.']
  for (let c = s.charCodeAt(start - 1); start > 0 && (isRegexWord(c) || c === 46 || c === 39); c = s.charCodeAt(start - 1)) start--;
  return s.slice(start, end).toLowerCase();
}

/** The lower-cased word starting at or after `index`. */
export function wordAfter(s: string, index: number): string {
  let start = index;
  while (start < s.length && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 45)) start++;
  let end = start;
  // [\w']
  for (let c = s.charCodeAt(end); end < s.length && (isRegexWord(c) || c === 39); c = s.charCodeAt(end)) end++;
  return s.slice(start, end).toLowerCase();
}

function modOf(phrase: string | undefined, point: boolean): Mod | undefined {
  if (!phrase) return undefined;
  const p = phrase.toLowerCase();
  if (/more|over|least/.test(p)) return point ? 'BEFORE' : 'MORE_THAN';
  if (/less|fewer|under|up to/.test(p)) return point ? 'AFTER' : 'LESS_THAN';
  return 'APPROX';
}

function durationValue(amount: number | 'X', unit: Unit): string {
  if (unit === 'decade') return amount === 'X' ? 'PXDE' : `P${amount * 10}Y`;
  const code = UNIT_CODE[unit];
  return unit === 'hour' || unit === 'minute' ? `PT${amount}${code}` : `P${amount}${code}`;
}

function amountOf(word: string): number | 'X' {
  const w = word.toLowerCase();
  if (w === 'several' || w === 'a few' || w === 'few') return 'X';
  if (w === 'a couple of') return 2;
  const half = w.endsWith(' and a half') ? 0.5 : 0;
  const n = readNumber(half ? w.slice(0, -' and a half'.length) : w) + half;
  return Number.isNaN(n) ? 'X' : n;
}

/** UNITS as a Map: a lookup with a freshly lower-cased key is cheaper in a Map than on an object. */
const UNIT_OF = new Map(Object.entries(UNITS));
const unitOf = (word: string): Unit => UNIT_OF.get(word.toLowerCase()) as Unit;
const yearOf = (digits: string): number => (digits.length === 2 ? (Number(digits) > 30 ? 1900 : 2000) + Number(digits) : Number(digits));

export const RULES: Rule[] = [
  {
    // "the first quarter of 2025", "third-quarter", "the final quarter of last year"
    name: 'quarter',
    needs: [CUE.QUARTER],
    pattern: /\b(?:the\s+)?(first|second|third|fourth|final|last)[-\s]quarter(?:\s+of\s+(?:(\d{4})|(last|this|next)\s+year))?\b/gi,
    build(m) {
      const q = ORDINALS[m[1].toLowerCase()];
      const start = m.index;
      const end = m.index + m[0].length;
      if (q === -1 && !m[2] && !m[3]) return { start, end, meaning: { kind: 'relative', unit: 'quarter', offset: -1 } };
      const quarter = q === -1 ? 4 : q;
      if (m[2]) return { start, end, meaning: { kind: 'calendar', year: Number(m[2]), quarter } };
      if (m[3]) return { start, end, meaning: { kind: 'relative', unit: 'year', offset: relOffset(m[3]), quarter } };
      return { start, end, meaning: { kind: 'calendar', quarter } };
    },
  },
  {
    name: 'quarter-code',
    needs: [CUE.QCODE],
    pattern: /\bQ([1-4])(?:\s+(\d{4}))?\b/g,
    build(m) {
      const meaning: Meaning = m[2] ? { kind: 'calendar', quarter: Number(m[1]), year: Number(m[2]) } : { kind: 'calendar', quarter: Number(m[1]) };
      return { start: m.index, end: m.index + m[0].length, meaning };
    },
  },
  {
    // "the 1990s", "the early 2000s", "the '90s", "80s"
    name: 'decade',
    needs: [CUE.YEAR],
    quick: /0s/i,
    pattern: /\b(?:(?:early|mid|late)[-\s])?(1[89]\d0|20\d0)s\b|(?:\B'|\b)([1-9]0)s\b/gi,
    build(m, s) {
      if (m[2] && /\d/.test(s[m.index - 1] ?? '')) return undefined;
      const decade = m[1] ? Math.floor(Number(m[1]) / 10) : 190 + Number(m[2]) / 10;
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'calendar', decade } };
    },
  },
  {
    // "summer 2025", "last winter", "in the spring"
    name: 'season',
    needs: [CUE.SEASON],
    pattern: /\b(?:(last|this|next|coming|past)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/gi,
    build(m, s) {
      const season = SEASONS[m[2].toLowerCase()];
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[3]) return { start, end, meaning: { kind: 'calendar', season, year: Number(m[3]) } };
      if (m[1]) {
        const rel = m[1].toLowerCase();
        if (rel === 'this') return { start, end, meaning: { kind: 'relative', unit: 'year', offset: 0, season } };
        return { start, end, meaning: { kind: 'calendar', season, shift: rel === 'next' || rel === 'coming' ? 1 : -1 } };
      }
      // A bare season needs a time-ish word before it, or a capital letter mid-sentence ("their Autumn meetings").
      if (!SEASON_PREVIOUS.has(wordBefore(s, start)) && !(start > 0 && /[A-Z]/.test(s[start]))) return undefined;
      if (/^(?:of|season|break|camp|school|games|olympics|session|term)$/.test(wordAfter(s, end)) && m[2].toLowerCase() !== 'fall') return undefined;
      return { start, end, meaning: { kind: 'calendar', season } };
    },
  },
  {
    // "the first half of 2009", "the second half of last year", "the first half": TIMEX3 halves (2009-H1)
    name: 'half',
    needs: [CUE.HALF],
    pattern: /\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+(?:(\d{4})|(last|this|next)\s+year))?\b/gi,
    build(m, s) {
      const end = m.index + m[0].length;
      const half = m[1].toLowerCase() === 'first' ? 1 : 2;
      if (m[2]) return { start: m.index, end, meaning: { kind: 'calendar', year: Number(m[2]), half } };
      if (m[3]) return { start: m.index, end, meaning: { kind: 'relative', unit: 'year', offset: relOffset(m[3]), half } };
      // "the first half of the match" is not a time; a bare half needs nothing after it.
      if (wordAfter(s, end) === 'of') return undefined;
      return { start: m.index, end, meaning: { kind: 'calendar', half } };
    },
  },
  {
    // "more than two years ago", "three days ago", "a week ago"
    name: 'ago',
    needs: [CUE.AGO, CUE.UNIT],
    pattern: new RegExp(`\\b(?:(${APPROX})\\s+)?(${NUM})\\s+(${UNIT})\\s+(?:ago|earlier|before now)\\b`, 'gi'),
    build(m) {
      const amount = amountOf(m[2]);
      const unit = unitOf(m[3]);
      if (!unit) return undefined;
      if (amount === 'X') return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'ref', value: 'PAST_REF' } };
      // "a year earlier" is relative to another event, not to the publication date.
      if (!/ago|now/i.test(m[0])) return undefined;
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'ago', unit, amount }, mod: modOf(m[1], true) };
    },
  },
  {
    // "the past two years", "the last three months", "the next four years": durations
    name: 'duration-span',
    needs: [CUE.UNIT, CUE.REL],
    pattern: new RegExp(`\\b(?:the\\s+)?(?:past|last|next|previous|coming|first|following)\\s+(${NUM})\\s+(?:${FILLER}\\s+)?(${UNIT})\\b`, 'gi'),
    build(m) {
      const unit = unitOf(m[2]);
      if (!unit) return undefined;
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'duration', value: durationValue(amountOf(m[1]), unit) } };
    },
  },
  {
    // "the past decade", "the past year": a duration of one unit
    name: 'duration-past-unit',
    needs: [CUE.REF],
    pattern: /\b(?:the\s+)?past\s+(year|decade|month|week|century)\b/gi,
    build(m) {
      const value = m[1].toLowerCase() === 'century' ? 'P100Y' : durationValue(1, unitOf(m[1]));
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'duration', value } };
    },
  },
  {
    // "four years", "more than 18 months", "a week" (after for/in/over...), "several years"
    name: 'duration',
    needs: [CUE.UNIT],
    pattern: new RegExp(`\\b(?:(${APPROX})\\s+)?(${NUM})\\s+(?:${FILLER}\\s+)?(${UNIT})\\b`, 'gi'),
    build(m, s) {
      const unit = unitOf(m[3]);
      if (!unit) return undefined;
      const end = m.index + m[0].length;
      const after = wordAfter(s, end);
      if (after === 'old' || after === 'ago') return undefined;
      const numberWord = m[2].toLowerCase();
      if (unit === 'quarter' && (after === 'of' || numberWord === 'a' || numberWord === 'an')) return undefined;
      const before = wordBefore(s, m.index);
      if ((numberWord === 'a' || numberWord === 'an') && !m[1] && !A_DURATION_PREVIOUS.has(before)) return undefined;
      // "one day" / "a day" opening a narrative are not durations worth keeping when the unit is day and nothing else says so.
      if (before === 'per' || before === 'every') return undefined;
      if (isAsciiDigit(numberWord.charCodeAt(0)) && isCurrencyCode(s.charCodeAt(m.index - 1))) return undefined;
      return { start: m.index, end, meaning: { kind: 'duration', value: durationValue(amountOf(m[2]), unit) }, mod: modOf(m[1], false) };
    },
  },
  {
    // "20-year-long", "fifty-year", "12-hour" (not "64-year-old")
    name: 'duration-adjective',
    needs: [CUE.UNIT, CUE.HYPHEN],
    pattern: new RegExp(`\\b(\\d+(?:\\.\\d+)?|${NUMBER_WORDS}|single)-(year|month|week|day|hour|minute|decade)(?:-long)?\\b`, 'gi'),
    build(m, s) {
      const end = m.index + m[0].length;
      if (/^-old\b/i.test(s.slice(end, end + 4))) return undefined;
      const n = m[1].toLowerCase() === 'single' ? 1 : readNumber(m[1]);
      if (Number.isNaN(n)) return undefined;
      return { start: m.index, end, meaning: { kind: 'duration', value: durationValue(n, unitOf(m[2])) } };
    },
  },
  {
    // "every week", "every other day", "every Sunday"
    name: 'set-every',
    needs: [CUE.EVERY],
    pattern: /\b(?:every|each)\s+(other\s+)?(day|week|month|year|morning|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
    build(m) {
      const word = m[2].toLowerCase();
      const step = m[1] ? 2 : 1;
      const map: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y' };
      let value: string;
      if (word in map) value = `P${step}${map[word]}`;
      else if (word in PARTS_OF_DAY) value = `XXXX-XX-XXT${PARTS_OF_DAY[word]}`;
      else value = `XXXX-WXX-${['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(word) + 1}`;
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'set', value } };
    },
  },
  {
    name: 'set-adverb',
    needs: [CUE.SET],
    pattern: /\b(daily|weekly|monthly|quarterly|annual|annually|yearly)\b/gi,
    build(m) {
      const map: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annual: 'P1Y', annually: 'P1Y', yearly: 'P1Y' };
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'set', value: map[m[1].toLowerCase()] } };
    },
  },
  {
    // "once a week", "twice a year", "three times a month"
    name: 'set-frequency',
    needs: [CUE.FREQ],
    pattern: new RegExp(`\\b(?:once|twice|(?:${NUM})\\s+times)\\s+(?:a|per|every)\\s+(day|week|month|year)\\b`, 'gi'),
    build(m) {
      const map: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' };
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'set', value: map[m[1].toLowerCase()] } };
    },
  },
  {
    // "last week", "this year", "next month", "the previous year", "last weekend", "this quarter"
    name: 'relative-unit',
    needs: [CUE.UNIT | CUE.WEEKEND, CUE.REL],
    pattern: /\b(?:the\s+)?(last|this|next|previous|coming|current|following)\s+(week|month|year|quarter|weekend|decade)\b/gi,
    build(m, s) {
      const end = m.index + m[0].length;
      // "the last year" of a duration, or "the last week of March": handled elsewhere or too complex.
      if (wordAfter(s, end) === 'of') return undefined;
      return { start: m.index, end, meaning: { kind: 'relative', unit: unitOf(m[2]) ?? 'weekend', offset: relOffset(m[1]) } };
    },
  },
  {
    name: 'relative-weekend',
    needs: [CUE.WEEKEND],
    pattern: /\b(?:the|this)\s+weekend\b/gi,
    build(m) {
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'relative', unit: 'weekend', offset: 0 } };
    },
  },
  {
    // "today", "earlier today", "yesterday morning", "tonight", "this morning", "last night"
    name: 'day-word',
    needs: [CUE.DAYWORD],
    pattern: /\b(?:(?:earlier|later)\s+)?(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b|\b(this|last)\s+(morning|afternoon|evening|night)\b/gi,
    build(m) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[3]) {
        const part = PARTS_OF_DAY[m[4].toLowerCase()];
        return { start, end, meaning: { kind: 'relative', unit: 'day', offset: m[3].toLowerCase() === 'last' ? -1 : 0, part } };
      }
      const word = m[1].toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const part = m[2] ? PARTS_OF_DAY[m[2].toLowerCase()] : word === 'tonight' ? 'NI' : undefined;
      return { start, end, meaning: part ? { kind: 'relative', unit: 'day', offset, part } : { kind: 'relative', unit: 'day', offset } };
    },
  },
  {
    name: 'present-ref',
    needs: [CUE.NOW],
    pattern: /\b(now|currently|nowadays|presently|at present)\b/gi,
    build(m, s) {
      // "now" inside "right now" or as a discourse marker is still the present; "now-defunct" is an adjective.
      if (s[m.index + m[0].length] === '-') return undefined;
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'ref', value: 'PRESENT_REF' } };
    },
  },
  {
    name: 'past-future-ref',
    needs: [CUE.REF],
    pattern: /\b(recently|lately)\b|\bthe\s+(past|future)\b/gi,
    build(m, s) {
      const end = m.index + m[0].length;
      if (m[2]) {
        const next = wordAfter(s, end);
        if (next in UNITS || /^\d/.test(next) || !Number.isNaN(readNumber(next)) || next === 'few' || next === 'decade') return undefined;
        return { start: m.index, end, meaning: { kind: 'ref', value: m[2].toLowerCase() === 'past' ? 'PAST_REF' : 'FUTURE_REF' } };
      }
      return { start: m.index, end, meaning: { kind: 'ref', value: 'PAST_REF' } };
    },
  },
  {
    // "the day", "the same day": in news, the day being reported; anchored on the publication date.
    name: 'the-day',
    needs: [CUE.DAY],
    pattern: /\b(?:(?:late|early)\s+in\s+)?the\s+(?:same\s+)?day\b/gi,
    build(m, s) {
      const end = m.index + m[0].length;
      if (/^(?:before|after|of|when|that|earlier|later|he|she|they|it|we|i)$/.test(wordAfter(s, end))) return undefined;
      return { start: m.index, end, meaning: { kind: 'relative', unit: 'day', offset: 0 } };
    },
  },
  {
    name: 'recent',
    needs: [CUE.RECENT],
    pattern: /\brecent(?:\s+(years|months|weeks|days|decades))?\b/gi,
    build(m) {
      const end = m.index + m[0].length;
      if (m[1]) return { start: m.index, end, meaning: { kind: 'duration', value: durationValue('X', UNITS[m[1].toLowerCase()]) } };
      return { start: m.index, end, meaning: { kind: 'ref', value: 'PAST_REF' } };
    },
  },
  {
    // "for years", "over the years", "within minutes", "decades-long": durations of unstated length
    name: 'duration-vague',
    needs: [CUE.PLURAL, CUE.PREP],
    pattern: /\b(?:for|within|in|after|over the)\s+(years|months|weeks|days|hours|minutes|decades)\b|\b(years|months|decades)-long\b/gi,
    build(m, s) {
      const word = (m[1] ?? m[2]).toLowerCase();
      const unit = UNITS[word];
      const end = m.index + m[0].length;
      if (wordAfter(s, end) === 'ago' || wordAfter(s, end) === 'of') return undefined;
      const value = unit === 'decade' ? 'PXDE' : durationValue('X', unit);
      const start = m[2] || /^over/i.test(m[0]) ? m.index : end - word.length;
      return { start, end, meaning: { kind: 'duration', value } };
    },
  },
  {
    // "the end of last year", "the beginning of the year", "the start of this month": the period, with a START/MID/END mod
    name: 'period-part',
    needs: [CUE.PART, CUE.UNIT],
    pattern: /\bthe\s+(beginning|start|end|middle|close)\s+of\s+(?:the\s+|(this|last|next|the\s+previous)\s+)?(year|month|week|quarter)\b/gi,
    build(m) {
      const part = m[1].toLowerCase();
      const mod: Mod = part === 'beginning' || part === 'start' ? 'START' : part === 'middle' ? 'MID' : 'END';
      const offset = m[2] ? relOffset(m[2].split(/\s+/).pop() ?? '') : 0;
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'relative', unit: unitOf(m[3]), offset }, mod };
    },
  },
  {
    // "in the long term", "the near term", "for the time being"
    name: 'term-ref',
    needs: [CUE.TERM],
    pattern: /\bthe\s+(?:(long|near|short)\s+term|time\s+being)\b/gi,
    build(m) {
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'ref', value: m[1] ? 'FUTURE_REF' : 'PRESENT_REF' } };
    },
  },
  {
    // "15 a year", "300 per day": a rate's period
    name: 'set-rate',
    needs: [CUE.PER, CUE.UNIT, CUE.DIGIT],
    pattern: /(?<=\d\s)(?:a|per)\s+(day|week|month|year)\b/gi,
    build(m) {
      const map: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' };
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'set', value: map[m[1].toLowerCase()] } };
    },
  },
  {
    // "Sunday", "last Friday", "in March", "Sept.": a bare month or weekday name (dates with digits are chrono's)
    name: 'name',
    needs: [CUE.NAME],
    pattern: NAME_PATTERN,
    build(m) {
      const lower = m[2].toLowerCase();
      const word = lower.endsWith('.') ? lower.slice(0, -1) : lower;
      const rel = m[1]?.toLowerCase();
      const shift = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : undefined;
      const start = rel === 'this' || rel === undefined ? m.index + m[0].length - m[2].length : m.index;
      const weekday = WEEKDAYS[word];
      const meaning: CalendarMeaning = weekday !== undefined ? { kind: 'calendar', weekday } : { kind: 'calendar', month: MONTHS[word] };
      if (shift) meaning.shift = shift;
      return { start, end: m.index + m[0].length, meaning };
    },
  },
  {
    // "at noon", "midnight": clock times (dated by the day named before them, else the publication day)
    name: 'noon-midnight',
    needs: [CUE.CHRONO],
    pattern: /\b(noon|midday|midnight)\b/gi,
    build(m) {
      const hour = m[1].toLowerCase() === 'midnight' ? 0 : 12;
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'calendar', hour, minute: 0 } };
    },
  },
  {
    // "0800 UTC", "1430 GMT": military-style clock times chrono does not read
    name: 'compact-clock',
    needs: [CUE.ZONE],
    pattern: /\b([01]\d|2[0-3])([0-5]\d)\s+(?:UTC|GMT)\b/g,
    build(m) {
      return { start: m.index, end: m.index + m[0].length, meaning: { kind: 'calendar', hour: Number(m[1]), minute: Number(m[2]), utc: true } };
    },
  },
  {
    // "in 2021", "since 1998", "early 2009", "mid-2011", "in '82"
    name: 'year',
    needs: [CUE.YEAR],
    pattern: /\b(?:(early|late|mid)[-\s])?(1[89]\d\d|20\d\d)\b|(?<=\s)'(\d\d)\b/gi,
    build(m, s) {
      const start = m.index;
      const end = m.index + m[0].length;
      // Part of a longer number, amount or range ("2021.5", "2020%", "2019-20"); a final ".", "," or "-" is fine.
      const next = s.charCodeAt(end);
      if (isAsciiDigit(next) || next === 37 || ((next === 44 || next === 46 || next === 45) && end + 1 < s.length && !isRegexSpace(s.charCodeAt(end + 1)))) return undefined;
      const before = m[1] ? 'in' : wordBefore(s, start);
      if (!YEAR_PREPOSITIONS.has(before) && !(before in MONTHS)) return undefined;
      if (isCurrencyCode(s.charCodeAt(start - 1))) return undefined;
      const after = wordAfter(s, end);
      if (NOT_YEAR_NOUNS.has(after)) return undefined;
      const year = yearOf(m[2] ?? m[3]);
      const mod: Mod | undefined = m[1] ? ({ early: 'START', late: 'END', mid: 'MID' } as const)[m[1].toLowerCase() as 'early'] : undefined;
      return { start, end, meaning: { kind: 'calendar', year }, mod };
    },
  },
];

function relOffset(word: string): number {
  const w = word.toLowerCase();
  if (w === 'last' || w === 'previous' || w === 'past') return -1;
  if (w === 'next' || w === 'coming' || w === 'following') return 1;
  return 0;
}

/** A sentence for the rules: its text, where it starts in the document, its index and its prefilter cues. */
export type RuleSentence = { text: string; base: number; index: number; cues: number };

/**
 * Runs every rule over the sentences of a document, appending to `out`; offsets are shifted by each sentence's `base`
 * into the document text. Rule by rule rather than sentence by sentence, so one rule's regex stays warm across the
 * sentences; within a sentence the candidates come in rule order either way, and the refiners sort them by position.
 */
export function parseWithRules(sentences: RuleSentence[], out: TimeCandidate[] = []): TimeCandidate[] {
  for (const rule of RULES) for (const s of sentences) runRule(rule, s.text, s.base, s.index, s.cues, out);
  return out;
}

function runRule(rule: Rule, sentenceText: string, base: number, sentence: number, cues: number, out: TimeCandidate[]): void {
  if (!hasNeeds(rule.needs, cues) || (rule.quick !== undefined && !rule.quick.test(sentenceText))) return;
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  // exec in a loop rather than matchAll, which clones the regex on every call (none of these matches is empty).
  for (let m = pattern.exec(sentenceText); m !== null; m = pattern.exec(sentenceText)) {
    const found = rule.build(m, sentenceText);
    if (!found) continue;
    if (Array.isArray(found)) for (const f of found) out.push(toCandidate(f, rule.name, base, sentence));
    else out.push(toCandidate(found, rule.name, base, sentence));
  }
}

/** Whether `cues` has a bit of every group of `needs`. */
function hasNeeds(needs: number[], cues: number): boolean {
  for (const group of needs) if ((group & cues) === 0) return false;
  return true;
}

function toCandidate(f: Found, rule: string, base: number, sentence: number): TimeCandidate {
  return { start: base + f.start, end: base + f.end, meaning: f.meaning, rule, mod: f.mod, sentence };
}
