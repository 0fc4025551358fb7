// Per-sentence facts the attribution passes share, computed once: which tokens sit inside quotes, and the cue tokens outside them.
import type { AnalysisState } from '../types.js';
import { CUE_WORDS, mayBeCue } from './cues.js';
import { isCue } from './find-speaker.js';
import { zeroedUint8 } from './scratch.js';
import { tokenAt } from './speaker-index.js';
import type { QuotedSegment } from './types.js';

export type SentenceCues = {
  /** 1 for tokens between a pair of quotation marks (marks included). */
  inQuote: Uint8Array;
  /** Cue tokens outside quotes, per sentence, in text order. */
  cues: number[][];
  /** 1 for those same tokens (a cue outside quotes), so frames are scanned without re-reading token text. */
  isCueOutside: Uint8Array;
  /** Cue tokens already used to attribute a direct quote. */
  consumed: Set<number>;
};

const NO_CUES: number[] = [];
const MIN_CUE_LENGTH = Math.min(...[...CUE_WORDS].map((w) => w.length));
const MAX_CUE_LENGTH = Math.max(...[...CUE_WORDS].map((w) => w.length));

export function findSentenceCues(state: AnalysisState, segments: QuotedSegment[]): SentenceCues {
  const inQuote = zeroedUint8(state.tokens.length);
  for (const seg of segments) {
    for (let t = tokenAt(state, seg.open); t < state.tokens.length && state.tokens[t].start <= seg.close; t++) inQuote[t] = 1;
  }
  // Most sentences hold no cue: they share one empty list (read only) until a cue is found.
  const cues: number[][] = new Array(state.sentences.length).fill(NO_CUES);
  const tokens = state.tokens;
  const isCueOutside = zeroedUint8(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    // A token's lower-cased form is as long as its text (end - start) whenever it is a cue word (ASCII letters), so
    // most tokens are passed over without reading their strings.
    const length = tokens[t].end - tokens[t].start;
    if (length < MIN_CUE_LENGTH || length > MAX_CUE_LENGTH) continue;
    if (inQuote[t] === 0 && mayBeCue(tokens[t].lower) && isCue(state, t)) {
      isCueOutside[t] = 1;
      const s = tokens[t].sentence;
      if (cues[s] === NO_CUES) cues[s] = [t];
      else cues[s]?.push(t);
    }
  }
  return { inQuote, cues, isCueOutside, consumed: new Set() };
}
