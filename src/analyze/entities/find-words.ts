// Pass 1: turns wink tokens into words (hyphenated names joined, possessives and stray dots cut off), one pass.
import type { AnalysisState } from '../types.js';
import { ALL_CAPS, CAP, INITIAL, Word } from './types.js';
import { HONORIFICS, ORG_KEYWORDS, PLACE_KEYWORDS } from './data/words.js';

const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', ':', '\u2014', '\u2013', '-', '\u00ab']);
/** Name particles that may start a capitalised hyphenated name: "al-Qaeda", "bin-Laden". */
const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'ul', 'bin', 'ibn', 'abu', 'abd', 'de', 'di', 'da', 'le', 'la', 'du']);

function isUpperLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** isUpperLetter for the character at `pos` (false past the end), without making a one-character string for ASCII. */
function isUpperAt(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (code < 128) return code >= 65 && code <= 90;
  return isUpperLetter(text[pos]);
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 48 && code <= 57) || ch.toLowerCase() !== ch.toUpperCase();
}

/** A hyphen or a non-breaking hyphen. */
function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2011;
}

/** Cuts possessive endings and a sentence-final dot ("X.") off a word's end; returns the new end. */
function cleanEnd(text: string, start: number, end: number, sentenceFinal: boolean): number {
  const length = end - start;
  const last = text.charCodeAt(end - 1);
  if (length > 2 && (last === 115 || last === 83)) { // s, S
    const before = text.charCodeAt(end - 2);
    if (before === 39 || before === 0x2019) return end - 2;
  }
  if (length > 1 && (last === 39 || last === 0x2019)) return end - 1;
  if (sentenceFinal && length > 1 && last === 46 && text.lastIndexOf('.', end - 2) < start) {
    const lower = text.slice(start, end).toLowerCase();
    // Keep the dot of abbreviations that end names ("Co.", "Inc.", "Jr."), drop it elsewhere ("on X.").
    if (!HONORIFICS.has(lower) && !ORG_KEYWORDS.has(lower) && !PLACE_KEYWORDS.has(lower)) return end - 1;
  }
  return end;
}

/** Counts letters and upper-case letters: "all capitals" needs two letters or more, all upper case. */
function isAllCaps(surface: string): boolean {
  let letters = 0;
  for (let k = 0; k < surface.length; k++) {
    const code = surface.charCodeAt(k);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) { letters++; continue; }
    if (code < 128) continue;
    const ch = surface[k];
    const lower = ch.toLowerCase();
    if (lower === ch.toUpperCase()) continue;
    if (ch === lower) return false;
    letters++;
  }
  return letters >= 2;
}

/** The words of a document, with the indexes the later passes use to skip what cannot matter to them. */
export type DocWords = {
  words: Word[];
  /** Per sentence, its word range [from, to). */
  sentenceWords: [number, number][];
  /** Indexes of the capitalised words, in text order: only they can start a name. */
  capWords: number[];
  /** Per sentence, how many of its words are all capitals (a shouted stretch needs three). */
  allCapsCounts: number[];
  /** Indexes of the words "the" (any case), where definite descriptions start. */
  theWords: number[];
  /**
   * Words seen in lower case that also start a sentence capitalised as proper nouns, the evidence that a
   * sentence-initial "Fire" is the common word.
   */
  lowerSeen: Set<string>;
};

/** Words of the document, one pass over its tokens. */
export function findWords(state: AnalysisState): DocWords {
  const { tokens, sentenceTokens } = state;
  const text = state.doc.text;
  // At most one word per token: made that long at once (then cut to size) instead of grown word by word.
  const words: Word[] = new Array(tokens.length);
  let count = 0;
  const sentenceWords: [number, number][] = [];
  const capWords: number[] = [];
  const allCapsCounts: number[] = [];
  const theWords: number[] = [];
  // Lower-case forms of capitalised sentence-initial proper nouns: the only words `lowerSeen` is ever asked about.
  const wanted = new Set<string>();
  // Lengths (mod 32) of the wanted words, as bits per first letter (mod 128): most words fail this test unhashed.
  const wantedShape = new Uint32Array(128);
  // The next curly apostrophe at or after the word at hand (text.length when none): a word holds one only when it
  // comes before the word's end, so no word is searched.
  let curly = text.indexOf('\u2019');
  if (curly < 0) curly = text.length;
  for (let s = 0; s < sentenceTokens.length; s++) {
    const [a, b] = sentenceTokens[s];
    const from = count;
    let initial = true;
    let allCapsCount = 0;
    for (let i = a; i < b; i++) {
      const token = tokens[i];
      if (token.pos === 'PUNCT' || token.pos === 'SYM') {
        if (token.end - token.start === 1 && OPENERS.has(text[token.start])) initial = true;
        // A hyphen that joins two parts of a word is handled below; a stray one is skipped.
        continue;
      }
      let last = i;
      // Join "Al - Qaeda" style hyphenations written without spaces (the character after the word is tested first:
      // it is rarely a hyphen).
      while (last + 2 < b && isHyphen(text.charCodeAt(tokens[last].end)) && tokens[last + 1].start === tokens[last].end
        && tokens[last + 2].start === tokens[last + 1].end && tokens[last + 1].end - tokens[last + 1].start === 1
        && isWordChar(text[tokens[last + 2].start])) {
        last += 2;
      }
      const start = token.start;
      const end = cleanEnd(text, start, tokens[last].end, last === b - 1 || (last === b - 2 && tokens[b - 1].pos === 'PUNCT'));
      if (end <= start) { i = last; continue; }
      const simple = last === i && end === token.end;
      // "AU$", "US$": a currency prefix, not a name.
      let cap = isUpperAt(text, start) && text.charCodeAt(end) !== 36;
      // Lower-case one-token words are most words: they reuse the token's lower-cased form instead of a new slice.
      const surface = simple && !cap ? token.lower : text.slice(start, end);
      let lower = simple ? token.lower : surface.toLowerCase();
      if (curly < start) {
        curly = text.indexOf('\u2019', start);
        if (curly < 0) curly = text.length;
      }
      if (curly < end) lower = lower.replaceAll('\u2019', "'");
      if (!cap && last > i) {
        const dash = surface.indexOf('-');
        if (dash > 0 && PARTICLES.has(lower.slice(0, dash)) && isUpperLetter(surface[dash + 1])) cap = true;
      }
      if (cap && initial && token.pos === 'PROPN') {
        wanted.add(lower);
        wantedShape[lower.charCodeAt(0) & 127] |= 1 << (lower.length & 31);
      }
      const allCaps = cap && isAllCaps(surface);
      if (cap) capWords.push(count);
      if (allCaps) allCapsCount++;
      // (Lower-casing never shortens a word, so "the" is three characters of text.)
      if (end - start === 3 && lower === 'the') theWords.push(count);
      words[count++] = new Word(start, end, surface, lower, token.pos, s, (cap ? CAP : 0) | (allCaps ? ALL_CAPS : 0) | (initial ? INITIAL : 0));
      initial = false;
      i = last;
    }
    sentenceWords.push([from, count]);
    allCapsCounts.push(allCapsCount);
  }
  words.length = count;
  const lowerSeen = new Set<string>();
  if (wanted.size > 0) {
    for (const word of words) {
      const lower = word.lower;
      if (!word.cap && lower.length > 2 && (wantedShape[lower.charCodeAt(0) & 127] & (1 << (lower.length & 31))) !== 0 && wanted.has(lower)) {
        lowerSeen.add(lower);
      }
    }
  }
  return { words, sentenceWords, capWords, allCapsCounts, theWords, lowerSeen };
}
