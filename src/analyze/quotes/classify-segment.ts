// Decides what a quoted segment is: a direct quote, a partial quote inside a sentence, a scare-quoted term, or no quote at all.
import type { AnalysisState } from '../types.js';
import { TERM_MARKERS, WORK_NOUNS } from './cues.js';
import { isCue } from './find-speaker.js';
import { tokenAt } from './speaker-index.js';
import type { QuotedSegment } from './types.js';

export type SegmentKind = 'direct' | 'partial' | 'term' | 'skip';

const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;
const SENTENCE_INSIDE_RE = /[.!?\u2026]["'\u2019\u201d]?\s+["'\u2018\u201c]?[\p{Lu}\d]|\.\.\.\s*[\p{Lu}]|[.!?]\p{Lu}/u;
const ENDS_CLAUSE_RE = /[.!?,;\u2026]$/;
const UPPER_START_RE = /^[\p{Lu}\d]/u;
const CAPITALISED_RE = /^[\p{Lu}\d]/u;
const ALL_CAPS_RE = /^[^\p{Ll}]+$/u;
const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as', 'but', 'nor', 'vs']);

export function countWords(text: string): number {
  WORD_RE.lastIndex = 0;
  let n = 0;
  while (WORD_RE.exec(text)) n++;
  return n;
}

/** "The Last Harvest", "Operation Dawn": every word capitalised except small ones, and not shouted in capitals. */
function isTitleCase(inner: string): boolean {
  const words = inner.match(WORD_RE) ?? [];
  if (words.length < 2 || words.length > 10 || ALL_CAPS_RE.test(inner)) return false;
  return words.every((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase())) || CAPITALISED_RE.test(w));
}

export type SegmentContext = {
  /** Index of the sentence holding the opening mark. */
  sentence: number;
  /** Whether the sentence has a speech cue outside quotes (computed by the caller once per sentence). */
  sentenceHasCue: boolean;
};

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
  const words = countWords(inner);
  if (words === 0) return 'skip';
  const before = text.slice(sentence.start, segment.open).trimEnd();
  const atStart = before.length === 0;
  // A paragraph that is nothing but a quoted phrase without end punctuation is a subheading.
  const paraStart = text.lastIndexOf('\n', segment.open) + 1;
  let paraEnd = text.indexOf('\n', segment.close);
  if (paraEnd < 0) paraEnd = text.length;
  const restOfPara = text.slice(segment.close + 1, paraEnd).trim();
  if (!text.slice(paraStart, segment.open).trim() && !restOfPara && !ENDS_CLAUSE_RE.test(inner) && words <= 15) return 'skip';
  const firstToken = tokenAt(state, segment.open);
  const prevTokens = state.tokens.slice(Math.max(0, firstToken - 3), firstToken);
  if (prevTokens.some((t) => WORK_NOUNS.has(t.lower))) return 'skip';
  if (!atStart && isTitleCase(inner) && !ENDS_CLAUSE_RE.test(inner)) return 'skip';
  if (prevTokens.some((t) => TERM_MARKERS.has(t.lower))) return 'term';
  const lastBefore = before.slice(-1);
  const prevToken = state.tokens[firstToken - 1];
  const introduced = lastBefore === ':' || (lastBefore === ',' && firstToken >= 2 && isCue(state, firstToken - 2)) ||
    (prevToken !== undefined && prevToken.sentence === state.tokens[firstToken]?.sentence && isCue(state, firstToken - 1));
  const multiSentence = SENTENCE_INSIDE_RE.test(inner);
  if (words >= 3 && (atStart || lastBefore === ':' || multiSentence)) return 'direct';
  if (words >= 3 && UPPER_START_RE.test(inner) && (introduced || prevToken?.lower === 'that') && ENDS_CLAUSE_RE.test(inner)) return 'direct';
  if (words >= 4 && introduced && lastBefore === ',') return 'direct';
  // Inside a sentence: a single noun after its modifier is a term, as is a short phrase nobody is said to have said.
  if (!context.sentenceHasCue) return words <= 4 ? 'term' : 'partial';
  if (words === 1 && !atStart) {
    const innerToken = state.tokens[firstToken + 1];
    const modifier = prevToken && (prevToken.pos === 'DET' || prevToken.pos === 'ADJ' || prevToken.pos === 'NUM' || prevToken.pos === 'PART' || /['\u2019]s$/.test(prevToken.lower));
    if (innerToken && (innerToken.pos === 'NOUN' || innerToken.pos === 'PROPN') && modifier) return 'term';
  }
  return 'partial';
}
