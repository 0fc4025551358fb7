// Attributes a direct quote from its frame: the words before the opening mark or after the closing one in its sentence.
import type { AnalysisState } from '../types.js';
import { PARTICIPLE_CUES } from './cues.js';
import { findChannel } from './find-channel.js';
import { clauseSubject, isCue, isNegated, isPassive, speakerAfter, speakerBeforeCue } from './find-speaker.js';
import type { SentenceCues } from './sentence-cues.js';
import { tokenAt, type SpeakerIndex } from './speaker-index.js';
import type { Attribution, QuotedSegment, SpeakerRef } from './types.js';

const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', ';']);
const MAX_FRAME_TOKENS = 30;
/** Auxiliaries a post-frame may hold before its cue ("has said"); any other verb ends the search. */
const FRAME_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have', 'was', 'is']);
const MAX_PRE_FRAME_TOKENS = 40;

function sentenceFirstToken(state: AnalysisState, sentence: number): number {
  return state.sentenceTokens[sentence]?.[0] ?? 0;
}

export function attributionAt(state: AnalysisState, index: SpeakerIndex, cue: number, floor: number, ceiling: number): Attribution {
  const lower = state.tokens[cue].lower;
  let speaker: SpeakerRef;
  if (lower === 'according') speaker = speakerAfter(state, index, cue, ceiling);
  else if (PARTICIPLE_CUES.has(lower)) speaker = clauseSubject(state, index, cue, sentenceFirstToken(state, state.tokens[cue].sentence));
  else {
    speaker = speakerBeforeCue(state, index, cue, floor);
    if (speaker.kind === 'none') speaker = speakerAfter(state, index, cue, ceiling);
  }
  return { cue: lower === 'according' ? 'according to' : lower, cueToken: cue, speaker };
}

/**
 * Looks for the cue and speaker of a direct quote. The pre-frame runs from the start of the sentence (or the
 * previous quote's closing mark) to the opening mark; the post-frame from the closing mark to the next stop,
 * the next opening mark or 30 tokens, and counts only if its first verb is a cue ("," he said", not "," and left").
 */
export function attributeDirect(
  state: AnalysisState, index: SpeakerIndex, cues: SentenceCues, segments: QuotedSegment[], i: number, sentence: number,
): Attribution | undefined {
  const seg = segments[i];
  const tokens = state.tokens;
  const text = state.doc.text;
  const openTok = tokenAt(state, seg.open);
  let preStart = sentenceFirstToken(state, sentence);
  const prev = segments[i - 1];
  if (prev && prev.close < seg.open && prev.close >= state.sentences[sentence].start) preStart = Math.max(preStart, tokenAt(state, prev.close) + 1);
  // An opening mark right after a full stop starts a sentence: nothing before it frames the quote.
  const before = tokens[openTok - 1];
  if (before && (before.lower === '.' || before.lower === '!' || before.lower === '?' || before.lower === '\u2026')) preStart = openTok;
  // Pre-frame: the last cue before the opening mark.
  let pre: Attribution | undefined;
  let preWithoutSpeaker: Attribution | undefined;
  preStart = Math.max(preStart, openTok - MAX_PRE_FRAME_TOKENS);
  for (let t = openTok - 1; t >= preStart; t--) {
    if (cues.isCueOutside[t] === 1 && !isNegated(state, t) && !(isPassive(state, t) && tokens[t].lower !== 'according')) {
      const found = attributionAt(state, index, t, preStart, openTok);
      if (found.speaker.kind === 'none') {
        preWithoutSpeaker ??= found;
        continue;
      }
      pre = found;
      break;
    }
  }
  if (pre) {
    const frame = text.slice(tokens[preStart].start, seg.open);
    const channel = findChannel(frame);
    if (channel) pre.channel = channel.text;
  }
  // Post-frame: only after a closed quote, and only looked for when no pre-frame names a speaker (which wins).
  let post: Attribution | undefined;
  if (seg.closed && !pre) {
    const closeTok = tokenAt(state, seg.close);
    const next = segments[i + 1];
    let end = closeTok + 1;
    let frameSentence = tokens[closeTok]?.sentence ?? sentence;
    // wink may split right after `?"`; a lower-case word there still belongs to the frame.
    const first = tokens[closeTok + 1];
    if (first && first.sentence !== frameSentence && /^\p{Ll}/u.test(text[first.start])) frameSentence = first.sentence;
    while (end < tokens.length && end - closeTok <= MAX_FRAME_TOKENS) {
      const tok = tokens[end];
      if (next && tok.start >= next.open) break;
      if (STOPS.has(tok.lower) || tok.sentence !== frameSentence) break;
      end++;
    }
    for (let t = closeTok + 1; t < end; t++) {
      const tok = tokens[t];
      if ((cues.inQuote[t] === 0 ? cues.isCueOutside[t] === 1 : isCue(state, t)) && !isNegated(state, t)) {
        const found = attributionAt(state, index, t, closeTok + 1, end);
        const channel = findChannel(text.slice(tok.end, tokens[end - 1]?.end ?? tok.end), tok.end);
        if (found && channel) found.channel = channel.text;
        post = found;
        break;
      }
      if (tok.pos === 'VERB' || (tok.pos === 'AUX' && !FRAME_AUXILIARIES.has(tok.lower))) break;
    }
  }
  const atStart = preStart >= openTok;
  let chosen = atStart ? post : (pre ?? post ?? preWithoutSpeaker);
  // "Ana Ruiz said:" closing the sentence (or paragraph) before a frameless quote introduces it.
  if (!chosen && atStart && !seg.continues && sentence > 0) {
    const prevSentence = state.sentences[sentence - 1];
    if (!prevSentence.heading && prevSentence.text.endsWith(':')) {
      const [from, to] = state.sentenceTokens[sentence - 1];
      const cue = cues.cues[sentence - 1].filter((t) => !cues.consumed.has(t) && !isNegated(state, t)).pop();
      if (cue !== undefined) chosen = attributionAt(state, index, cue, from, to);
    }
  }
  if (chosen) cues.consumed.add(chosen.cueToken);
  return chosen;
}
