// Finds quoted stretches in one pass over the characters: double quotes (straight, curly, guillemets), nested single quotes, multi-paragraph quotes.
import type { QuotedSegment } from './types.js';

const MARK_RE = /["'\n\u00ab\u00bb\u2018\u2019\u201c\u201d]/g;
const LETTER_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /\s/;
const NON_SPACE_RE = /\S/;
/** Top-level single quotes longer than this are taken for stray apostrophes, not quotes. */
const MAX_SINGLE_QUOTE = 300;

const NEWLINE = 0x0a;
const DOUBLE = 0x22;
const APOSTROPHE = 0x27;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LEFT_GUILLEMET = 0x00ab;
const RIGHT_GUILLEMET = 0x00bb;

/** Whether text[i] is a letter or digit (false outside the text); ASCII answered without the Unicode regex. */
function letterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_RE.test(text[i]);
}

/** Whether text[i] can precede an opening mark (true before the text). */
function openingAt(text: string, i: number): boolean {
  if (i < 0) return true;
  const ch = text[i];
  return ch === ' ' || SPACE_RE.test(ch) || '([{\u2014\u2013-/:"\u201c\u00ab'.includes(ch);
}

/**
 * Pairs quotation marks into segments. A quote left open at a paragraph end is cut there; when the next
 * paragraph opens with a mark, the new segment records that it continues the previous one (the newspaper
 * convention for quotes running over several paragraphs). Single quotes inside a double quote are part of it.
 */
export function findQuotedSegments(text: string): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let dOpen = -1;
  let sOpen = -1;
  let pending = -1; // segment left open at the last paragraph end
  let lastBreak = -1; // offset of the last line break
  const push = (open: number, close: number, mark: QuotedSegment['mark'], closed: boolean, continues?: number) => {
    let start = open + 1;
    let end = close;
    while (start < end && SPACE_RE.test(text[start])) start++;
    while (end > start && SPACE_RE.test(text[end - 1])) end--;
    if (end <= start) return -1;
    const segment: QuotedSegment = { open, close, start, end, mark, closed };
    if (continues !== undefined && continues >= 0) segment.continues = continues;
    segments.push(segment);
    return segments.length - 1;
  };
  let continuesNext = -1;
  const openDouble = (pos: number) => {
    // A mark opening a paragraph while the last paragraph's quote was left open continues that quote.
    continuesNext = pending >= 0 && !NON_SPACE_RE.test(text.slice(lastBreak + 1, pos)) ? pending : -1;
    pending = -1;
    dOpen = pos;
    sOpen = -1;
  };
  const closeDouble = (pos: number, closed: boolean) => {
    const index = push(dOpen, pos, 'double', closed, continuesNext >= 0 ? continuesNext : undefined);
    continuesNext = -1;
    dOpen = -1;
    sOpen = -1;
    return index;
  };
  MARK_RE.lastIndex = 0;
  // test() with lastIndex, not exec(): no match array per mark (apostrophes are many).
  while (MARK_RE.test(text)) {
    const pos = MARK_RE.lastIndex - 1;
    const c = text.charCodeAt(pos);
    if (c === NEWLINE) {
      if (dOpen >= 0) {
        const index = closeDouble(pos, false);
        pending = index;
      } else if (pending >= 0 && NON_SPACE_RE.test(text.slice(lastBreak + 1, pos))) {
        pending = -1;
      }
      sOpen = -1;
      lastBreak = pos;
      continue;
    }
    if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET) {
      if (dOpen >= 0) closeDouble(pos, false);
      openDouble(pos);
    } else if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) {
      if (dOpen >= 0) closeDouble(pos, true);
    } else if (c === DOUBLE) {
      const prev = pos > 0 ? text.charCodeAt(pos - 1) : -1;
      if (dOpen >= 0) closeDouble(pos, true);
      else if (prev >= 48 && prev <= 57) continue; // an inch mark: 5'10"
      else if (!openingAt(text, pos - 1) && !letterAt(text, pos + 1)) continue; // a stray closer
      else openDouble(pos);
    } else if (c === LEFT_SINGLE || c === APOSTROPHE) {
      // An apostrophe between letters (it's, O'Neil) or after one (players') is no quote mark.
      if (letterAt(text, pos - 1) && (c === APOSTROPHE || letterAt(text, pos + 1))) {
        if (sOpen >= 0 && c === APOSTROPHE && !letterAt(text, pos + 1)) closeSingle(pos);
        continue;
      }
      if (sOpen < 0 && openingAt(text, pos - 1) && pos + 1 < text.length && !SPACE_RE.test(text[pos + 1])) sOpen = pos;
      else if (sOpen >= 0 && !letterAt(text, pos + 1)) closeSingle(pos);
    } else if (c === RIGHT_SINGLE) {
      if (sOpen >= 0 && !letterAt(text, pos + 1)) closeSingle(pos);
    }
  }
  if (dOpen >= 0) closeDouble(text.length, false);
  return segments;

  function closeSingle(pos: number): void {
    // Singles inside a double quote belong to it; top-level ones are quotes of their own (British style).
    if (dOpen < 0 && pos - sOpen <= MAX_SINGLE_QUOTE) push(sOpen, pos, 'single', true);
    sOpen = -1;
  }
}
