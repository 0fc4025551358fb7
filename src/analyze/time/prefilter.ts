// Cheap per-sentence check of the tokens: which of our rules can match, and is chrono worth running?
import type { Token } from '../types.js';
import { AMBIGUOUS_NAMES, CUE, CUES } from './words.js';
import { isAsciiDigit } from '../../model/index.js';

/** What isYearish reads (kept as the reference for its test). */
export const YEARISH = /^\d\d$|(?:^|\D)(?:1[89]|20)\d\ds?$|^'\d0?s?$|^'\d\d$|^\d0s$/;
export const CLOCK_OR_SLASH = /\d[:/]\d|^\d{4}-\d\d-\d\d|^\d{1,2}(?:[ap]m|[ap]\.m\.)$/;

const isUpper = (c: number) => c >= 65 && c <= 90;

/** A digit at the start, second place or end of the token ("2021", "mid-2011", "'82", "3pm"); cheaper than a regex. */
function hasDigit(w: string): boolean {
  return isAsciiDigit(w.charCodeAt(0)) || isAsciiDigit(w.charCodeAt(w.length - 1)) || isAsciiDigit(w.charCodeAt(1));
}

/** YEARISH.test(w) by char codes (the regex's unanchored middle branch made it the costliest test of a number). */
export function isYearish(w: string): boolean {
  const n = w.length;
  // ^\d\d$ and ^\d0s$
  if (n === 2 && isAsciiDigit(w.charCodeAt(0)) && isAsciiDigit(w.charCodeAt(1))) return true;
  if (n === 3 && isAsciiDigit(w.charCodeAt(0)) && w.charCodeAt(1) === 48 && w.charCodeAt(2) === 115) return true;
  // ^'\d0?s?$ and ^'\d\d$: "'8", "'80", "'8s", "'80s", "'82"
  if (w.charCodeAt(0) === 39 && n >= 2 && n <= 4 && isAsciiDigit(w.charCodeAt(1))) {
    if (n === 2) return true;
    const third = w.charCodeAt(2);
    if (n === 3) return third === 48 || third === 115 || isAsciiDigit(third);
    return third === 48 && w.charCodeAt(3) === 115;
  }
  // (?:^|\D)(?:1[89]|20)\d\ds?$: four year digits at the end (before an optional "s"), not after another digit.
  const from = (w.charCodeAt(n - 1) === 115 ? n - 1 : n) - 4;
  if (from < 0 || (from > 0 && isAsciiDigit(w.charCodeAt(from - 1)))) return false;
  const a = w.charCodeAt(from);
  const b = w.charCodeAt(from + 1);
  return ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48))
    && isAsciiDigit(w.charCodeAt(from + 2)) && isAsciiDigit(w.charCodeAt(from + 3));
}

/**
 * Whether CLOCK_OR_SLASH can match at all: it needs a ':' or '/', a '-' at index 4, or a final "m" or "." (most
 * numbers have none, and these checks are cheaper than the regex).
 */
export function mayBeClock(w: string): boolean {
  const lastCode = w.charCodeAt(w.length - 1);
  return lastCode === 109 || lastCode === 46 || w.charCodeAt(4) === 45 || w.includes(':') || w.includes('/');
}

/**
 * The cue bits (CUE) present among the sentence's tokens: none of PRIMARY_CUES means no time expression is possible.
 * chrono is worth running on a clock (CUE.CLOCK) or a month or weekday name next to digits (CUE.NAME with CUE.DIGIT);
 * a bare name ("on Sunday", "in March") is read by our own rule, which is much cheaper than a chrono call.
 */
export function prefilterSentence(text: string, tokens: Token[], first: number, last: number): number {
  let cues = 0;
  for (let i = first; i < last; i++) {
    const w = tokens[i].lower;
    const bits = CUES.get(w);
    if (bits !== undefined) {
      // "may", "march", "sat" in lower case are the verb or the modal: chrono's reading would be dropped anyway.
      if (AMBIGUOUS_NAMES.has(w) && !isUpper(text.charCodeAt(tokens[i].start))) continue;
      cues |= bits;
    } else if (hasDigit(w)) {
      cues |= CUE.DIGIT;
      if (isYearish(w)) cues |= CUE.YEAR;
      if (mayBeClock(w) && CLOCK_OR_SLASH.test(w)) cues |= CUE.CHRONO | CUE.CLOCK;
    }
  }
  return cues;
}

/** How far before the first and after the last chrono cue chrono reads: "last Friday", "10:30 p.m.", "June 5, 2024". */
const CHRONO_BEFORE = 14;
const CHRONO_AFTER = 30;

/** A window never grows past this, so chrono's cost per call stays bounded on odd input (a line of 10,000 dates). */
const MAX_WINDOW = 300;

/**
 * The character ranges of the sentence chrono should read: around each cluster of chrono cues, from a few characters
 * before the first to some after the last, cut at token boundaries (chrono's cost grows with the text it reads).
 */
export function chronoWindows(text: string, tokens: Token[], first: number, last: number): [number, number][] {
  const windows: [number, number][] = [];
  let lo = -1;
  let hi = -1;
  const close = () => {
    if (lo < 0) return;
    let a = lo;
    while (a > first && tokens[a - 1].start >= tokens[lo].start - CHRONO_BEFORE) a--;
    let b = hi;
    while (b < last - 1 && tokens[b + 1].end <= tokens[hi].end + CHRONO_AFTER) b++;
    windows.push([tokens[a].start, tokens[b].end]);
    lo = -1;
  };
  for (let i = first; i < last; i++) {
    const w = tokens[i].lower;
    const bits = CUES.get(w);
    const isCue = bits !== undefined
      ? (bits & CUE.CHRONO) !== 0 && (!AMBIGUOUS_NAMES.has(w) || isUpper(text.charCodeAt(tokens[i].start)))
      : hasDigit(w) && mayBeClock(w) && CLOCK_OR_SLASH.test(w);
    if (!isCue) continue;
    if (lo >= 0 && (tokens[i].start - tokens[hi].end > CHRONO_BEFORE + CHRONO_AFTER || tokens[i].end - tokens[lo].start > MAX_WINDOW)) close();
    if (lo < 0) lo = i;
    hi = i;
  }
  close();
  return windows;
}
