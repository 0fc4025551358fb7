// Vocabulary for time expressions: month, weekday, unit and number words, and the prefilter's trigger sets.
import type { PartOfDay, Season, Unit } from './types.js';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** ISO weekday numbers. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export const PARTS_OF_DAY: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

export const UNITS: Record<string, Unit> = {
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day',
  hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute', quarter: 'quarter', quarters: 'quarter',
  decade: 'decade', decades: 'decade',
};

/** TIMEX3 duration designator for each unit. */
export const UNIT_CODE: Record<Unit, string> = {
  year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', quarter: 'Q', decade: 'DE', weekend: 'WE',
};

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, last: -1, final: 4,
};

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Reads "4", "four", "twenty-one", "2.5", "a"; NaN when it is not a number. */
export function readNumber(word: string): number {
  const lower = word.toLowerCase();
  // Most words have no comma: no replace, no new string.
  const w = lower.includes(',') ? lower.replaceAll(',', '') : lower;
  if (DECIMAL.test(w)) return Number(w);
  if (w in SMALL) return SMALL[w];
  const parts = w.split('-');
  if (parts.length === 2 && parts[0] in SMALL && parts[1] in SMALL) return SMALL[parts[0]] + SMALL[parts[1]];
  return Number.NaN;
}

/** Alternation of number words for regexes (longest first so "seventeen" wins over "seven"). */
export const NUMBER_WORDS = Object.keys(SMALL).filter((w) => w.length > 2 || w === 'two' || w === 'six' || w === 'ten' || w === 'one')
  .sort((a, b) => b.length - a.length).join('|');

/** Prefilter cue categories as bits, so a sentence's cues are one integer and a rule's check is one `&`. */
export const CUE = {
  CHRONO: 1 << 0, UNIT: 1 << 1, SEASON: 1 << 2, DAYWORD: 1 << 3, NOW: 1 << 4, REF: 1 << 5, RECENT: 1 << 6, SET: 1 << 7,
  WEEKEND: 1 << 8, TERM: 1 << 9, ZONE: 1 << 10, QCODE: 1 << 11, WEEKDAY: 1 << 12, DIGIT: 1 << 13, YEAR: 1 << 14, AGO: 1 << 15,
  REL: 1 << 16, HYPHEN: 1 << 17, EVERY: 1 << 18, FREQ: 1 << 19, DAY: 1 << 20, PLURAL: 1 << 21, PREP: 1 << 22, PER: 1 << 23,
  PART: 1 << 24, QUARTER: 1 << 25, HALF: 1 << 26, CLOCK: 1 << 27, NAME: 1 << 28,
} as const;

/** Cues that can start a time expression on their own; a sentence with none of them is skipped outright. */
export const PRIMARY_CUES = CUE.CHRONO | CUE.UNIT | CUE.SEASON | CUE.DAYWORD | CUE.NOW | CUE.REF | CUE.RECENT | CUE.SET | CUE.WEEKEND
  | CUE.TERM | CUE.ZONE | CUE.QCODE | CUE.YEAR | CUE.EVERY | CUE.FREQ | CUE.DAY | CUE.PLURAL | CUE.PART | CUE.QUARTER | CUE.HALF;

/** Month and weekday names that are also common words ("may", "march", "sat", "am"): cues only when capitalized. */
export const AMBIGUOUS_NAMES = new Set([
  'may', 'march', 'mar', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues',
  'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'am', 'pm',
]);

function cueMap(groups: [number, string[]][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [bit, words] of groups) for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  return map;
}

/** Every word that matters to the prefilter, with its cue bits (one lookup per token). */
export const CUES = cueMap([
  [CUE.CHRONO, [...Object.keys(MONTHS), ...Object.keys(MONTHS).map((m) => `${m}.`), ...Object.keys(WEEKDAYS),
    'noon', 'midday', 'midnight', 'a.m.', 'p.m.', 'am', 'pm', 'utc', 'gmt']],
  [CUE.NAME, [...Object.keys(MONTHS), ...Object.keys(MONTHS).map((m) => `${m}.`), ...Object.keys(WEEKDAYS)]],
  [CUE.CLOCK, ['a.m.', 'p.m.', 'am', 'pm', 'utc', 'gmt']],
  [CUE.UNIT, Object.keys(UNITS)],
  [CUE.SEASON, Object.keys(SEASONS)],
  [CUE.DAYWORD, [...Object.keys(PARTS_OF_DAY), 'today', 'yesterday', 'tomorrow']],
  [CUE.NOW, ['now', 'currently', 'nowadays', 'presently', 'present']],
  [CUE.REF, ['recently', 'lately', 'past', 'future']],
  [CUE.RECENT, ['recent']],
  [CUE.SET, ['daily', 'weekly', 'monthly', 'quarterly', 'annual', 'annually', 'yearly']],
  [CUE.WEEKEND, ['weekend', 'weekends']],
  [CUE.TERM, ['term', 'being']],
  [CUE.ZONE, ['utc', 'gmt']],
  [CUE.QCODE, ['q1', 'q2', 'q3', 'q4']],
  [CUE.WEEKDAY, Object.keys(WEEKDAYS)],
  [CUE.AGO, ['ago', 'earlier']],
  [CUE.REL, ['past', 'last', 'next', 'previous', 'coming', 'first', 'following', 'this', 'current']],
  [CUE.HYPHEN, ['-']],
  [CUE.EVERY, ['every', 'each']],
  [CUE.FREQ, ['once', 'twice', 'times']],
  [CUE.DAY, ['day']],
  [CUE.PLURAL, ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades']],
  [CUE.PREP, ['for', 'within', 'in', 'after', 'over', '-']],
  [CUE.PER, ['a', 'per']],
  [CUE.PART, ['beginning', 'start', 'end', 'middle', 'close']],
  [CUE.QUARTER, ['quarter', 'quarters']],
  [CUE.HALF, ['half']],
]);
