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

/** Reads "4", "four", "twenty-one", "2.5", "a"; NaN when it is not a number. */
export function readNumber(word: string): number {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w in SMALL) return SMALL[w];
  const parts = w.split('-');
  if (parts.length === 2 && parts[0] in SMALL && parts[1] in SMALL) return SMALL[parts[0]] + SMALL[parts[1]];
  return Number.NaN;
}

/** Alternation of number words for regexes (longest first so "seventeen" wins over "seven"). */
export const NUMBER_WORDS = Object.keys(SMALL).filter((w) => w.length > 2 || w === 'two' || w === 'six' || w === 'ten' || w === 'one')
  .sort((a, b) => b.length - a.length).join('|');

/** Words that make chrono worth running on a sentence. */
export const CHRONO_TRIGGERS = new Set<string>([
  ...Object.keys(MONTHS), ...Object.keys(MONTHS).map((m) => `${m}.`), ...Object.keys(WEEKDAYS),
  'today', 'tonight', 'yesterday', 'tomorrow', 'noon', 'midnight', 'a.m.', 'p.m.', 'am', 'pm', 'utc', 'gmt',
]);

/** Function words the rules also check for (the prefilter records the word itself). */
export const CUE_WORDS = new Set([
  'ago', 'earlier', 'past', 'last', 'next', 'previous', 'coming', 'first', 'following', 'this', 'current', '-', 'every', 'each',
  'once', 'twice', 'times', 'day', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'for', 'within', 'in',
  'after', 'over', 'a', 'per', 'beginning', 'start', 'end', 'middle', 'close', 'quarter', 'quarters',
]);

/**
 * Cue words for our own rules, by category: a rule runs on a sentence only when one of its categories is present
 * among the sentence's tokens ('digit' and 'year' are set from the token shapes in the prefilter).
 */
export const RULE_CUES = new Map<string, string>([
  ...Object.keys(UNITS).map((w) => [w, 'unit'] as [string, string]),
  ...Object.keys(SEASONS).map((w) => [w, 'season'] as [string, string]),
  ...Object.keys(PARTS_OF_DAY).map((w) => [w, 'dayword'] as [string, string]),
  ...['today', 'yesterday', 'tomorrow'].map((w) => [w, 'dayword'] as [string, string]),
  ...['now', 'currently', 'nowadays', 'presently', 'present'].map((w) => [w, 'now'] as [string, string]),
  ...['recently', 'lately', 'past', 'future'].map((w) => [w, 'ref'] as [string, string]),
  ...['recent'].map((w) => [w, 'recent'] as [string, string]),
  ...['daily', 'weekly', 'monthly', 'quarterly', 'annual', 'annually', 'yearly'].map((w) => [w, 'set'] as [string, string]),
  ...['weekend', 'weekends'].map((w) => [w, 'weekend'] as [string, string]),
  ...['term', 'being'].map((w) => [w, 'term'] as [string, string]),
  ...['utc', 'gmt'].map((w) => [w, 'zone'] as [string, string]),
  ...['q1', 'q2', 'q3', 'q4'].map((w) => [w, 'qcode'] as [string, string]),
  ...Object.keys(WEEKDAYS).map((w) => [w, 'weekday'] as [string, string]),
]);
