// Finds quoted stretches in one pass over the characters: double quotes (straight, curly, guillemets), nested single quotes, multi-paragraph quotes.
import type { QuotedSegment } from './types.js';

const MARK_RE = /["'\n\u00ab\u00bb\u2018\u2019\u201c\u201d]/g;
const LETTER_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /\s/;
const NON_SPACE_RE = /\S/;
/** Top-level single quotes longer than this are taken for stray apostrophes, not quotes. */
const MAX_SINGLE_QUOTE = 300;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_RE.test(ch);
}

function isOpeningContext(ch: string | undefined): boolean {
  return ch === undefined || SPACE_RE.test(ch) || '([{\u2014\u2013-/:"\u201c\u00ab'.includes(ch);
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
  for (let m = MARK_RE.exec(text); m !== null; m = MARK_RE.exec(text)) {
    const pos = m.index;
    const ch = m[0];
    const prev = pos > 0 ? text[pos - 1] : undefined;
    const next = pos + 1 < text.length ? text[pos + 1] : undefined;
    if (ch === '\n') {
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
    if (ch === '\u201c' || ch === '\u00ab') {
      if (dOpen >= 0) closeDouble(pos, false);
      openDouble(pos);
    } else if (ch === '\u201d' || ch === '\u00bb') {
      if (dOpen >= 0) closeDouble(pos, true);
    } else if (ch === '"') {
      if (dOpen >= 0) closeDouble(pos, true);
      else if (prev !== undefined && /\d/.test(prev)) continue; // an inch mark: 5'10"
      else if (!isOpeningContext(prev) && (next === undefined || !isLetter(next))) continue; // a stray closer
      else openDouble(pos);
    } else if (ch === '\u2018' || ch === "'") {
      // An apostrophe between letters (it's, O'Neil) or after one (players') is no quote mark.
      if (isLetter(prev) && (ch === "'" || isLetter(next))) {
        if (sOpen >= 0 && ch === "'" && !isLetter(next)) closeSingle(pos);
        continue;
      }
      if (sOpen < 0 && isOpeningContext(prev) && next !== undefined && !SPACE_RE.test(next)) sOpen = pos;
      else if (sOpen >= 0 && !isLetter(next)) closeSingle(pos);
    } else if (ch === '\u2019') {
      if (sOpen >= 0 && !isLetter(next)) closeSingle(pos);
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
