// Stage: tokens, POS and sentences from wink-nlp, with splits at line breaks and quote state kept.
import { tagger } from '../nlp.js';
import type { AnalysisState, Stage, Token } from '../types.js';
import type { Sentence } from '../../model/index.js';
import { trimRange } from '../../model/index.js';

/** Char codes: the straight quote toggles, the curly pair opens and closes. */
const QUOTE = 0x22;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;

/** wink-nlp's tokenizer is quadratic in the length of one token (200,000 letters took ~1 min); longer runs are cut for it. */
const MAX_RUN = 200;

/**
 * The text wink reads: the same length, with a space put into every run of more than MAX_RUN non-space
 * characters, so offsets still line up with the article text.
 */
export function breakLongRuns(text: string): string {
  if (!mayHoldLongRun(text)) return text;
  let run = 0;
  let parts: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32) { run = 0; continue; }
    // Never cut between the halves of a surrogate pair.
    if (++run > MAX_RUN && (code < 0xdc00 || code > 0xdfff)) {
      (parts ??= []).push(text.slice(from, i), ' ');
      from = i + 1;
      run = 0;
    }
  }
  return parts ? parts.join('') + text.slice(from) : text;
}

/**
 * False when the text holds no run of more than MAX_RUN non-space characters, read at a fraction of the cost:
 * such a run covers two sample points STRIDE apart (2 * STRIDE <= MAX_RUN) with no space between them.
 */
function mayHoldLongRun(text: string): boolean {
  const STRIDE = MAX_RUN / 2;
  for (let p = 0; p + STRIDE < text.length; p += STRIDE) {
    if (text.charCodeAt(p) <= 32 || text.charCodeAt(p + STRIDE) <= 32) continue;
    let i = p + 1;
    while (i < p + STRIDE && text.charCodeAt(i) > 32) i++;
    if (i === p + STRIDE) return true;
  }
  return false;
}

/** True when `value` occurs in `text` at `at` (a char loop: cheaper than startsWith for short tokens). */
function occursAt(text: string, value: string, at: number): boolean {
  const length = value.length;
  if (at + length > text.length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** True when text[from..to) holds a line break (no substring built). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Splits the text into sentences: wink-nlp's splits plus a split at every line break. Runs wink-nlp once over the
 * whole text and maps each token to character offsets, in one pass. wink emits line breaks as SPACE tokens: they
 * are dropped from the token list and start a new sentence and paragraph instead.
 */
export function splitSentences(state: AnalysisState): void {
  const { doc } = state;
  const text = doc.text;
  const read = breakLongRuns(text);
  const wink = tagger(read.length);
  const winkDoc = wink.readDoc(read);
  const its = wink.its;
  // Each output is read once, as a whole array.
  const values = winkDoc.tokens().out(its.value) as string[];
  const spaces = winkDoc.tokens().out(its.precedingSpaces) as string[];
  const pos = winkDoc.tokens().out(its.pos) as string[];
  const spans = winkDoc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const ranges: [number, number][] = [];
  let paragraph = 0;
  let first = 0;
  /** Closes the sentence of tokens [first, endToken); its tokens already carry its index (reset if it is dropped). */
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const [start, end] = trimRange(text, tokens[first].start, tokens[endToken - 1].end);
    if (end > start) {
      // makeSpan's fields, written out: a spread per sentence measured ~15 ms/MB here.
      sentences.push({ doc: doc.id, start, end, text: text.slice(start, end), paragraph });
      ranges.push([first, endToken]);
    } else {
      for (let t = first; t < endToken; t++) tokens[t].sentence = 0;
    }
    first = endToken;
  };
  let span = 0;
  // Whether a wink sentence starts, or a line-break SPACE token came, since the last kept token.
  let sentenceStart = false;
  let lineBreakToken = false;
  let offset = 0;
  let previousEnd = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    offset += spaces[i].length;
    let start = offset;
    // wink is lossless in practice; if a token is ever not where expected, find it instead of drifting.
    if (!occursAt(read, value, start)) {
      const found = read.indexOf(value, start);
      if (found >= 0) start = found;
    }
    const end = start + value.length;
    offset = end;
    while (span < spans.length && spans[span][0] <= i) if (spans[span++][0] === i) sentenceStart = true;
    const tag = pos[i];
    if (tag === 'SPACE') {
      if (value.includes('\n')) lineBreakToken = true;
      continue;
    }
    const n = tokens.length;
    if (n > 0) {
      const lineBreak = lineBreakToken || hasLineBreak(text, previousEnd, start);
      if (lineBreak || sentenceStart) close(n);
      if (lineBreak) paragraph++;
    }
    sentenceStart = false;
    lineBreakToken = false;
    previousEnd = end;
    tokens.push({ start, end, pos: tag, lower: value.toLowerCase(), sentence: sentences.length });
  }
  close(tokens.length);
  markQuoteState(text, sentences);
  markHeadings(state, sentences);
  state.tokens = tokens;
  state.sentences = sentences;
  state.sentenceTokens = ranges;
}

/** Records which sentences begin inside a quotation opened in an earlier sentence of the paragraph. */
function markQuoteState(text: string, sentences: Sentence[]): void {
  let open = false;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      // A new paragraph that starts with an opening mark continues or reopens the quote; otherwise it is closed.
      open = false;
    }
    if (open) sentence.quoteOpen = true;
    for (let i = sentence.start; i < sentence.end; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) open = !open;
      else if (code === OPEN_QUOTE) open = true;
      else if (code === CLOSE_QUOTE) open = false;
    }
  }
}

/** Marks sentences that fall inside the document's heading ranges. */
function markHeadings(state: AnalysisState, sentences: Sentence[]): void {
  const headings = state.doc.headings ?? [];
  if (headings.length === 0) return;
  for (const sentence of sentences) {
    if (headings.some((h) => h.start <= sentence.start && sentence.end <= h.end)) sentence.heading = true;
  }
}

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: [],
  provides: ['tokens', 'sentences'],
  run: splitSentences,
};
