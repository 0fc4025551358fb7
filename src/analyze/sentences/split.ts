// Stage: tokens, POS and sentences from wink-nlp, with splits at line breaks and quote state kept.
import { tagger } from '../nlp.js';
import type { AnalysisState, Stage, Token } from '../types.js';
import type { Sentence } from '../../model/index.js';
import { makeSpan, trimRange } from '../../model/index.js';

/** Char codes: the straight quote toggles, the curly pair opens and closes. */
const QUOTE = 0x22;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;

/**
 * Runs wink-nlp once over the whole text and maps each token to character offsets. wink emits line breaks
 * as SPACE tokens: they are dropped from the token list and remembered as paragraph breaks instead.
 * `sentenceStarts[i]` / `breaks[i]` are 1 when token i starts a wink sentence / follows a line-break SPACE token
 * (both have one slot past the last token).
 */
/** wink-nlp's tokenizer is quadratic in the length of one token (200,000 letters took ~1 min); longer runs are cut for it. */
const MAX_RUN = 200;

/**
 * The text wink reads: the same length, with a space put into every run of more than MAX_RUN non-space
 * characters, so offsets still line up with the article text.
 */
export function breakLongRuns(text: string): string {
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

export function tokenize(original: string): { tokens: Token[]; sentenceStarts: Uint8Array; breaks: Uint8Array } {
  const text = breakLongRuns(original);
  const winkDoc = tagger().readDoc(text);
  const its = tagger().its;
  const tokens: Token[] = [];
  // Each output is read once, as a whole array.
  const values = winkDoc.tokens().out(its.value) as string[];
  const spaces = winkDoc.tokens().out(its.precedingSpaces) as string[];
  const pos = winkDoc.tokens().out(its.pos) as string[];
  const index = new Int32Array(values.length);
  const breaks = new Uint8Array(values.length + 1);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    offset += spaces[i].length;
    let start = offset;
    // wink is lossless in practice; if a token is ever not where expected, find it instead of drifting.
    if (text.startsWith(value, start) === false) {
      const found = text.indexOf(value, start);
      if (found >= 0) start = found;
    }
    const end = start + value.length;
    offset = end;
    index[i] = tokens.length;
    if (pos[i] === 'SPACE') {
      if (value.includes('\n')) breaks[tokens.length] = 1;
      continue;
    }
    tokens.push({ start, end, pos: pos[i], lower: value.toLowerCase(), sentence: 0 });
  }
  const sentenceStarts = new Uint8Array(values.length + 1);
  for (const [first] of winkDoc.sentences().out(its.span) as unknown as [number, number][]) sentenceStarts[index[first]] = 1;
  return { tokens, sentenceStarts, breaks };
}

/** True when text[from..to) holds a line break (no substring built). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Splits the text into sentences: wink-nlp's splits plus a split at every line break. */
export function splitSentences(state: AnalysisState): void {
  const { doc } = state;
  const text = doc.text;
  const { tokens, sentenceStarts, breaks } = tokenize(text);
  const sentences: Sentence[] = [];
  const ranges: [number, number][] = [];
  let paragraph = 0;
  let first = 0;
  /** Closes the sentence of tokens [first, endToken) and numbers its tokens. */
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const [start, end] = trimRange(text, tokens[first].start, tokens[endToken - 1].end);
    if (end > start) {
      const index = sentences.length;
      sentences.push({ ...makeSpan(doc.id, text, start, end), paragraph });
      ranges.push([first, endToken]);
      for (let t = first; t < endToken; t++) tokens[t].sentence = index;
    }
    first = endToken;
  };
  for (let i = 1; i < tokens.length; i++) {
    const lineBreak = breaks[i] === 1 || hasLineBreak(text, tokens[i - 1].end, tokens[i].start);
    if (lineBreak || sentenceStarts[i] === 1) close(i);
    if (lineBreak) paragraph++;
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
