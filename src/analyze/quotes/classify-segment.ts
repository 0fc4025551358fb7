// Decides what a quoted segment is: a direct quote, a partial quote inside a sentence, a scare-quoted term, or no quote at all.
import type { AnalysisState } from '../types.js';
import { WORK_NOUNS } from './cues.js';
import { isCue } from './find-speaker.js';
import { tokenAt } from './speaker-index.js';
import type { QuotedSegment } from './types.js';

export type SegmentKind = 'direct' | 'partial' | 'term' | 'skip';

/** "the so-called ", "dubbed ", "the word ": what follows is a term, not anyone's words. */
const TERM_BEFORE_RE = /(?:so-called|dubbed|nicknamed|termed|branded|code-?named|labell?ed|known as|the (?:word|term|phrase|slogan|label))$/i;
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;
const SENTENCE_INSIDE_RE = /[.!?\u2026]["'\u2019\u201d]?\s+["'\u2018\u201c]?[\p{Lu}\d]|\.\.\.\s*[\p{Lu}]|[.!?]\p{Lu}/u;
const ENDS_CLAUSE_RE = /[.!?,;\u2026]$/;
const SPACE_RE = /\s/;
const SENTENCE_END_CHARS = '.!?\u2026';
const UPPER_START_RE = /^[\p{Lu}\d]/u;
const CAPITALISED_RE = /^[\p{Lu}\d]/u;
const ALL_CAPS_RE = /^[^\p{Ll}]+$/u;
const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as', 'but', 'nor', 'vs']);

/** The rules below only tell counts up to 15 apart from larger ones. */
const MAX_COUNTED_WORDS = 16;

const LETTER_RE = /^[\p{L}\p{N}]$/u;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Length in code units of the letter or digit (`[\p{L}\p{N}]`) at text[i], or 0; ASCII without the regex. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i)!;
  const length = cp > 0xffff ? 2 : 1;
  return LETTER_RE.test(text.slice(i, i + length)) ? length : 0;
}

/**
 * How many matches of WORD_RE `text` holds (at most `max`): runs of letters and digits, joined by single
 * apostrophes or hyphens. Scanned by hand, which is several times faster than the Unicode regex.
 */
export function countWords(text: string, max = 64): number {
  let n = 0;
  let i = 0;
  // Only small counts matter to the rules; stop early on long quotes.
  while (i < text.length && n < max) {
    let w = letterLength(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    n++;
    i += w;
    for (;;) {
      while ((w = letterLength(text, i)) > 0) i += w;
      const c = text.charCodeAt(i);
      if ((c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE || c === HYPHEN) && (w = letterLength(text, i + 1)) > 0) i += 1 + w;
      else break;
    }
  }
  return n;
}

/**
 * "The Last Harvest", "Operation Dawn": every word capitalised except small ones, and not shouted in capitals.
 * `count` is countWords(inner) (capped above 10), so long quotes are turned down before their words are listed.
 */
function isTitleCase(inner: string, count: number): boolean {
  if (count < 2 || count > 10) return false;
  const words = inner.match(WORD_RE) ?? [];
  if (words.length < 2 || words.length > 10 || ALL_CAPS_RE.test(inner)) return false;
  return words.every((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase())) || CAPITALISED_RE.test(w));
}

export type SegmentContext = {
  /** Index of the sentence holding the opening mark. */
  sentence: number;
  /** Whether the sentence has a speech cue outside quotes (computed by the caller once per sentence). */
  sentenceHasCue: boolean;
  /** Opening mark of the next segment, if any. */
  nextOpen?: number;
};

/** The first non-space character before `at` (not before `floor`), '' if none; with `lines`, a line break counts. */
function lastCharBefore(text: string, at: number, floor: number, lines = false): string {
  for (let i = at - 1; i >= floor; i--) {
    const ch = text[i];
    if (lines && ch === '\n') return ch;
    if (!SPACE_RE.test(ch)) return ch;
  }
  return '';
}

function firstCharAfter(text: string, at: number): string {
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || !SPACE_RE.test(ch)) return ch;
  }
  return '';
}

function sentenceEndOf(state: AnalysisState, sentence: number): number {
  const next = state.sentences[sentence + 1];
  // A frame "she said," is often split off by the sentence splitter: the next sentence of the paragraph counts too.
  return next && next.paragraph === state.sentences[sentence].paragraph ? next.end : state.sentences[sentence].end;
}

/**
 * Classifies one segment. Direct quotes are whole statements: they open a sentence, follow a colon or a cue
 * ("said, "), continue a paragraph quote, or hold a sentence of their own. Shorter quoted stretches inside
 * a narrator's sentence are partial quotes when the sentence names a speaker by a speech cue, and terms
 * (scare quotes) when one noun follows its modifier ("the 20-year-long "struggle"") or no cue is there.
 */
export function classifySegment(state: AnalysisState, segment: QuotedSegment, context: SegmentContext): SegmentKind {
  const text = state.doc.text;
  const sentence = state.sentences[context.sentence];
  if (!sentence) return 'skip';
  if (sentence.heading) return 'skip';
  if (segment.continues !== undefined) return 'direct';
  const inner = text.slice(segment.start, segment.end);
  const words = countWords(inner, MAX_COUNTED_WORDS);
  if (words === 0) return 'skip';
  // Scans stop at the first non-space character, so many quotes in one long sentence stay linear.
  const lastBefore = lastCharBefore(text, segment.open, sentence.start);
  // A quote opening right after a full stop opens a sentence, whatever the splitter made of it.
  const atStart = lastBefore === '' || SENTENCE_END_CHARS.includes(lastBefore);
  // A paragraph that is nothing but a quoted phrase without end punctuation is a subheading.
  const charBefore = lastCharBefore(text, segment.open, 0, true);
  const charAfter = firstCharAfter(text, segment.close + 1);
  const aloneBefore = charBefore === '' || charBefore === '\n';
  const aloneAfter = charAfter === '' || charAfter === '\n';
  if (aloneBefore && aloneAfter && !ENDS_CLAUSE_RE.test(inner) && words <= 15) return 'skip';
  const firstToken = tokenAt(state, segment.open);
  for (let k = Math.max(0, firstToken - 3); k < firstToken && k < state.tokens.length; k++) {
    const t = state.tokens[k];
    if (t.sentence === context.sentence && WORK_NOUNS.has(t.lower) && t.pos !== 'VERB') return 'skip';
  }
  if (!atStart && isTitleCase(inner, words) && !ENDS_CLAUSE_RE.test(inner)) return 'skip';
  if (TERM_BEFORE_RE.test(text.slice(Math.max(0, segment.open - 30), segment.open).trimEnd())) return 'term';
  const prevToken = state.tokens[firstToken - 1];
  const introduced = lastBefore === ':' || (lastBefore === ',' && firstToken >= 2 && isCue(state, firstToken - 2)) ||
    (prevToken !== undefined && prevToken.sentence === state.tokens[firstToken]?.sentence && isCue(state, firstToken - 1));
  const multiSentence = SENTENCE_INSIDE_RE.test(inner);
  if (words >= 3 && (atStart || lastBefore === ':' || multiSentence)) return 'direct';
  if (words >= 3 && UPPER_START_RE.test(inner) && (introduced || prevToken?.lower === 'that') && ENDS_CLAUSE_RE.test(inner)) return 'direct';
  if (words >= 4 && introduced && lastBefore === ',') return 'direct';
  // "Asked about it, "It is dead," she said": a capitalised clause after a comma is a sentence of its own.
  if (words >= 4 && lastBefore === ',' && UPPER_START_RE.test(inner) && ENDS_CLAUSE_RE.test(inner)) return 'direct';
  // "This road," she said, "was promised": the first piece of a quote interrupted by its frame.
  if (atStart && /,$/.test(inner) && context.nextOpen !== undefined && context.nextOpen < sentenceEndOf(state, context.sentence)) return 'direct';
  // Inside a sentence: a single noun after its modifier is a term, as is a short phrase nobody is said to have said.
  if (!context.sentenceHasCue) return words <= 4 ? 'term' : 'partial';
  if (words === 1 && !atStart) {
    const innerToken = state.tokens[firstToken + 1];
    const modifier = prevToken && (prevToken.pos === 'DET' || prevToken.pos === 'ADJ' || prevToken.pos === 'NUM' || prevToken.pos === 'PART' || /['\u2019]s$/.test(prevToken.lower));
    if (innerToken && (innerToken.pos === 'NOUN' || innerToken.pos === 'PROPN') && modifier) return 'term';
  }
  return 'partial';
}
