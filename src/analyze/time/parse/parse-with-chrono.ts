// chrono-node candidates: explicit dates, month names, weekdays and clock times, turned into calendar meanings.
// Relative and casual results ("last year", "today", "four years after") are left to our own rules, which know
// the publication date and TIMEX3 granularity; chrono's computed dates are never used, only the parts it read.
import * as chrono from 'chrono-node';
import type { CalendarMeaning, TimeCandidate } from '../types.js';
import { readSimpleWindow } from './read-simple-window.js';

/** chrono's English parsers minus the casual and relative ones our rules replace (also faster). */
const PARSER = buildParser();

function buildParser(): chrono.Chrono {
  const custom = chrono.casual.clone();
  const SKIP = /Casual|Relative|TimeUnit|EndOfCurrentMonth/;
  custom.parsers = custom.parsers.filter((p) => !SKIP.test(p.constructor.name));
  return custom;
}

/** A fixed reference: chrono's own date arithmetic is not used, only the parts it read. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** What a piece of text holds that some of chrono's parsers need: an ASCII digit, a month word, a weekday word. */
const HAS_DIGIT = 1;
const HAS_MONTH = 2;
const HAS_WEEKDAY = 4;
const DIGIT = /\d/;
/** Every month word of chrono (january, jan., sept, ...) starts with one of these (matched case-insensitively). */
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** Every weekday word of chrono (sunday, sun., thurs, ...) starts with one of these; "weekend", "weekday" too. */
const WEEKDAY_START = /sun|mon|tue|wed|thu|fri|sat|week/i;

/**
 * What each of chrono's parsers cannot match without (read off their patterns: a year, day number, slash date or
 * clock needs a digit; the month-name parsers a month word; the weekday parser a weekday word). A parser that finds
 * nothing adds nothing for the refiners, so leaving it out where the text lacks what it needs gives the same results
 * for less work. Parsers not listed always run.
 */
export const PARSER_NEEDS: Record<string, number> = {
  ENYearMonthDayParser: HAS_DIGIT,
  ISOFormatParser: HAS_DIGIT,
  SlashDateFormatParser: HAS_DIGIT,
  ENSlashMonthFormatParser: HAS_DIGIT,
  ENTimeExpressionParser: HAS_DIGIT,
  ENYearMonthNameParser: HAS_DIGIT | HAS_MONTH,
  ENMonthNameLittleEndianParser: HAS_MONTH,
  ENMonthNameMiddleEndianParser: HAS_MONTH,
  ENMonthNameParser: HAS_MONTH,
  ENWeekdayParser: HAS_WEEKDAY,
};

/** PARSER with only the parsers the text's features allow, by feature bits (built on first use). */
const PARSER_BY_FEATURES: (chrono.Chrono | undefined)[] = [];

function parserFor(features: number): chrono.Chrono {
  let parser = PARSER_BY_FEATURES[features];
  if (!parser) {
    parser = PARSER.clone();
    parser.parsers = parser.parsers.filter((p) => {
      const needs = PARSER_NEEDS[p.constructor.name] ?? 0;
      return (needs & features) === needs;
    });
    PARSER_BY_FEATURES[features] = parser;
  }
  return parser;
}

/** chrono's results for one piece of text; `full` runs every parser (tests compare the two). */
export function chronoResults(text: string, full = false): chrono.ParsedResult[] {
  if (full) return PARSER.parse(text, REFERENCE);
  const features = (DIGIT.test(text) ? HAS_DIGIT : 0) | (MONTH_START.test(text) ? HAS_MONTH : 0)
    | (WEEKDAY_START.test(text) ? HAS_WEEKDAY : 0);
  return parserFor(features).parse(text, REFERENCE);
}

const LEADING = /^(?:on|in|at|of|by|from|the|since|until|during)\s+/i;
const TRAILING_PUNCT = ' \t\n,.;:!?)';
/** Range connectors; the spaces around one are trimmed in code (a `\s*` on both sides made the search quadratic). */
const RANGE_SPLIT = /-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b/gi;

function toMeaning(c: chrono.ParsedComponents, text: string): CalendarMeaning | undefined {
  const m: CalendarMeaning = { kind: 'calendar' };
  if (c.isCertain('year')) m.year = c.get('year') ?? undefined;
  if (c.isCertain('month')) m.month = c.get('month') ?? undefined;
  if (c.isCertain('day')) m.day = c.get('day') ?? undefined;
  if (c.isCertain('weekday')) {
    const w = c.get('weekday') ?? 0;
    m.weekday = w === 0 ? 7 : w;
  }
  if (c.isCertain('hour')) {
    m.hour = c.get('hour') ?? undefined;
    m.minute = c.isCertain('minute') ? (c.get('minute') ?? 0) : 0;
    if (c.isCertain('timezoneOffset') && c.get('timezoneOffset') === 0 && /\b(?:utc|gmt|z)\b/i.test(text)) m.utc = true;
  }
  if (m.year === undefined && m.month === undefined && m.day === undefined && m.weekday === undefined && m.hour === undefined) return undefined;
  // A day without its month (chrono's "the 5th") is too weak to keep.
  if (m.day !== undefined && m.month === undefined) return undefined;
  if (/^\s*last\b/i.test(text)) m.shift = -1;
  else if (/^\s*next\b/i.test(text)) m.shift = 1;
  return m;
}

/** Trims prepositions and punctuation chrono includes in its match, returning [start, end] within the sentence. */
function trimMatch(text: string, index: number): [number, number] {
  let start = index;
  let t = text;
  const lead = LEADING.exec(t);
  if (lead) {
    start += lead[0].length;
    t = t.slice(lead[0].length);
  }
  // Drop trailing punctuation chrono took in, but keep the period of "p.m." / "a.m.".
  if (!/[ap]\.m\.$/i.test(t)) {
    let end = t.length;
    while (end > 0 && TRAILING_PUNCT.includes(t[end - 1])) end--;
    t = t.slice(0, end);
  }
  return [start, start + t.length];
}

/** A piece of the document for chrono: its text, where it starts in the document, and its sentence. */
export type ChronoPiece = { text: string; base: number; sentence: number };

/**
 * Runs chrono over each piece (a window of one sentence) and maps the results into the document. A piece holding one
 * simple date (readSimpleWindow) is read without chrono, with the same result; `useChronoOnly` turns that off (tests).
 */
export function parseWithChrono(pieces: ChronoPiece[], useChronoOnly = false): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const piece of pieces) {
    const simple = useChronoOnly ? undefined : readSimpleWindow(piece.text);
    if (simple) {
      for (const d of simple) out.push({ start: piece.base + d.start, end: piece.base + d.end, meaning: d.meaning, rule: 'chrono', sentence: piece.sentence });
      continue;
    }
    let results: chrono.ParsedResult[];
    try {
      results = chronoResults(piece.text);
    } catch {
      continue;
    }
    for (const r of results) convert(r, piece, r.index, out);
  }
  return out;
}

function convert(r: chrono.ParsedResult, piece: ChronoPiece, index: number, out: TimeCandidate[]): void {
  const { text: sentenceText, base, sentence } = piece;
  {
    const [start, end] = trimMatch(r.text, index);
    if (end <= start) return;
    const text = sentenceText.slice(start, end);
    if (r.end) {
      // A range: one candidate per end point, split at the last connector.
      const parts = [...text.matchAll(RANGE_SPLIT)];
      const cut = parts[parts.length - 1];
      const first = cut ? text.slice(0, cut.index).trimEnd() : text;
      const startMeaning = toMeaning(r.start, first);
      const endMeaning = toMeaning(r.end, text);
      if (cut && startMeaning && endMeaning) {
        // "June 3-5": the first part inherits the month and year it shares with the second.
        if (startMeaning.month === undefined && endMeaning.month !== undefined) startMeaning.month = endMeaning.month;
        if (startMeaning.year === undefined && endMeaning.year !== undefined && startMeaning.month !== undefined) startMeaning.year = endMeaning.year;
        out.push({ start: base + start, end: base + start + first.length, meaning: startMeaning, rule: 'chrono-range', sentence });
        const afterCut = text.slice(cut.index + cut[0].length);
        const secondStart = start + text.length - afterCut.trimStart().length;
        out.push({ start: base + secondStart, end: base + end, meaning: endMeaning, rule: 'chrono-range', sentence });
        return;
      }
    }
    const meaning = toMeaning(r.start, text);
    if (meaning) out.push({ start: base + start, end: base + end, meaning, rule: 'chrono', sentence });
  }
}
