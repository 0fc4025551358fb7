// Per-sentence facts the attribution passes share, computed once: which tokens sit inside quotes, and the cue tokens outside them.
import type { AnalysisState } from '../types.js';
import { isCue } from './find-speaker.js';
import { tokenAt } from './speaker-index.js';
import type { QuotedSegment } from './types.js';

export type SentenceCues = {
  /** 1 for tokens between a pair of quotation marks (marks included). */
  inQuote: Uint8Array;
  /** Cue tokens outside quotes, per sentence, in text order. */
  cues: number[][];
  /** Cue tokens already used to attribute a direct quote. */
  consumed: Set<number>;
};

export function findSentenceCues(state: AnalysisState, segments: QuotedSegment[]): SentenceCues {
  const inQuote = new Uint8Array(state.tokens.length);
  for (const seg of segments) {
    for (let t = tokenAt(state, seg.open); t < state.tokens.length && state.tokens[t].start <= seg.close; t++) inQuote[t] = 1;
  }
  const cues: number[][] = state.sentences.map(() => []);
  for (let t = 0; t < state.tokens.length; t++) {
    if (inQuote[t] === 0 && isCue(state, t)) cues[state.tokens[t].sentence]?.push(t);
  }
  return { inQuote, cues, consumed: new Set() };
}
