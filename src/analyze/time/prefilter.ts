// Cheap per-sentence check of the tokens: which of our rules can match, and is chrono worth running?
import type { Token } from '../types.js';
import { CUE, CUES } from './words.js';

const YEARISH = /^\d\d$|(?:^|\D)(?:1[89]|20)\d\ds?$|^'\d0?s?$|^'\d\d$|^\d0s$/;
const CLOCK_OR_SLASH = /\d[:/]\d|^\d{4}-\d\d-\d\d|^\d{1,2}(?:[ap]m|[ap]\.m\.)$/;

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** A digit at the start, second place or end of the token ("2021", "mid-2011", "'82", "3pm"); cheaper than a regex. */
function hasDigit(w: string): boolean {
  return isDigitCode(w.charCodeAt(0)) || isDigitCode(w.charCodeAt(w.length - 1)) || isDigitCode(w.charCodeAt(1));
}

/**
 * The cue bits (CUE) present among the sentence's tokens: 0 means no time expression is possible; CUE.CHRONO says a
 * month, weekday or clock is there, so chrono is worth running.
 */
export function prefilterSentence(tokens: Token[], first: number, last: number): number {
  let cues = 0;
  for (let i = first; i < last; i++) {
    const w = tokens[i].lower;
    const bits = CUES.get(w);
    if (bits !== undefined) cues |= bits;
    else if (hasDigit(w)) {
      cues |= CUE.DIGIT;
      if (YEARISH.test(w)) cues |= CUE.YEAR;
      if (CLOCK_OR_SLASH.test(w)) cues |= CUE.CHRONO;
    }
  }
  return cues;
}

/** How far around the first and last chrono cue chrono reads: enough for "from June 3 to June 5, 2024". */
const CHRONO_MARGIN = 40;

/** The [start, end) character range of the sentence around its chrono cues (chrono's cost grows with text length). */
export function chronoWindow(tokens: Token[], first: number, last: number, sentenceStart: number, sentenceEnd: number): [number, number] {
  let lo = -1;
  let hi = -1;
  for (let i = first; i < last; i++) {
    const w = tokens[i].lower;
    const bits = CUES.get(w);
    const isCue = bits !== undefined ? (bits & CUE.CHRONO) !== 0 : hasDigit(w) && CLOCK_OR_SLASH.test(w);
    if (!isCue) continue;
    if (lo < 0) lo = tokens[i].start;
    hi = tokens[i].end;
  }
  if (lo < 0) return [sentenceStart, sentenceEnd];
  let start = Math.max(sentenceStart, lo - CHRONO_MARGIN);
  let end = Math.min(sentenceEnd, hi + CHRONO_MARGIN);
  // Cut at token boundaries so no word is read in half.
  for (let i = first; i < last; i++) {
    if (tokens[i].end > start) {
      start = Math.max(sentenceStart, Math.min(start, tokens[i].start));
      break;
    }
  }
  for (let i = last - 1; i >= first; i--) {
    if (tokens[i].start < end) {
      end = Math.min(sentenceEnd, Math.max(end, tokens[i].end));
      break;
    }
  }
  return [start, end];
}
