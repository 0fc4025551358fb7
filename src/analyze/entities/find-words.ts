// Pass 1: turns wink tokens into words (hyphenated names joined, possessives and stray dots cut off), one pass.
import type { AnalysisState } from '../types.js';
import type { Word } from './types.js';
import { HONORIFICS, ORG_KEYWORDS, PLACE_KEYWORDS } from './data/words.js';

const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', ':', '\u2014', '\u2013', '-', '\u00ab']);
/** Name particles that may start a capitalised hyphenated name: "al-Qaeda", "bin-Laden". */
const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'ul', 'bin', 'ibn', 'abu', 'abd', 'de', 'di', 'da', 'le', 'la', 'du']);

function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 48 && code <= 57) || ch.toLowerCase() !== ch.toUpperCase();
}

/** Cuts possessive endings and a sentence-final dot ("X.") off a word's end; returns the new end. */
function cleanEnd(text: string, start: number, end: number, sentenceFinal: boolean): number {
  const surface = text.slice(start, end);
  if (surface.length > 2 && (surface.endsWith("'s") || surface.endsWith('\u2019s'))) return end - 2;
  if (surface.length > 1 && (surface.endsWith("'") || surface.endsWith('\u2019'))) return end - 1;
  if (sentenceFinal && surface.length > 1 && surface.endsWith('.') && surface.indexOf('.') === surface.length - 1) {
    const lower = surface.toLowerCase();
    // Keep the dot of abbreviations that end names ("Co.", "Inc.", "Jr."), drop it elsewhere ("on X.").
    if (!(lower in HONORIFICS) && !ORG_KEYWORDS.has(lower) && !PLACE_KEYWORDS.has(lower)) return end - 1;
  }
  return end;
}

export function findWords(state: AnalysisState): { words: Word[]; sentenceWords: [number, number][] } {
  const { tokens, sentenceTokens } = state;
  const text = state.doc.text;
  const words: Word[] = [];
  const sentenceWords: [number, number][] = [];
  for (let s = 0; s < sentenceTokens.length; s++) {
    const [a, b] = sentenceTokens[s];
    const from = words.length;
    let initial = true;
    for (let i = a; i < b; i++) {
      const token = tokens[i];
      if (token.pos === 'PUNCT' || token.pos === 'SYM') {
        const ch = text[token.start];
        if (OPENERS.has(ch) && token.end - token.start === 1) initial = true;
        // A hyphen that joins two parts of a word is handled below; a stray one is skipped.
        continue;
      }
      let last = i;
      // Join "Al - Qaeda" style hyphenations written without spaces.
      while (last + 2 < b && tokens[last + 1].start === tokens[last].end && tokens[last + 2].start === tokens[last + 1].end
        && (text[tokens[last + 1].start] === '-' || text[tokens[last + 1].start] === '\u2011') && tokens[last + 1].end - tokens[last + 1].start === 1
        && isWordChar(text[tokens[last + 2].start])) {
        last += 2;
      }
      const start = token.start;
      const end = cleanEnd(text, start, tokens[last].end, last === b - 1 || (last === b - 2 && tokens[b - 1].pos === 'PUNCT'));
      if (end <= start) { i = last; continue; }
      const surface = text.slice(start, end);
      const lower = surface.toLowerCase().replaceAll('\u2019', "'");
      let cap = isUpperLetter(surface[0]);
      if (!cap && last > i) {
        const dash = surface.indexOf('-');
        if (dash > 0 && PARTICLES.has(lower.slice(0, dash)) && isUpperLetter(surface[dash + 1])) cap = true;
      }
      let letters = 0;
      let upper = 0;
      for (const ch of surface) {
        if (ch.toLowerCase() !== ch.toUpperCase()) {
          letters++;
          if (ch === ch.toUpperCase()) upper++;
        }
      }
      words.push({
        start, end, first: i, last, text: surface, lower, pos: token.pos, cap,
        allCaps: letters >= 2 && upper === letters, sentence: s, initial,
      });
      initial = false;
      i = last;
    }
    sentenceWords.push([from, words.length]);
  }
  return { words, sentenceWords };
}
