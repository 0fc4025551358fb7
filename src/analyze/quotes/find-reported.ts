// Finds reported speech in a sentence: "X said (that) ...", "X urged ...", "according to X, ...", "..., X claimed."
import type { AnalysisState } from '../types.js';
import { FRAME_ONLY_CUES, PARTICIPLE_CUES } from './cues.js';
import { findChannel, type Channel } from './find-channel.js';
import { clauseSubject, isNegated, isPassive, speakerAfter, speakerBeforeCue } from './find-speaker.js';
import type { SentenceCues } from './sentence-cues.js';
import type { SpeakerIndex } from './speaker-index.js';
import type { Attribution, SpeakerRef, Statement } from './types.js';

const APPOSITIVE_POS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PART', 'NUM']);
const CLAUSE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM', 'PART']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '\u201d', "'", '\u2019']);
const END_CHARS = ' \t\n\r\u00a0.,;:!?';
/** A sentence with more cue verbs than this is no prose (lists, hostile input): the rest are skipped. */
const MAX_CUES_PER_SENTENCE = 8;

/** A sentence-final attribution: where its content ends and who it names. */
export type FinalAttribution = Attribution & { contentEnd: number; frameStart: number };

function hasClause(state: AnalysisState, from: number, to: number): boolean {
  let words = 0;
  let verb = false;
  for (let t = from; t < to; t++) {
    const tok = state.tokens[t];
    if (tok.pos !== 'PUNCT') words++;
    if (CLAUSE_POS.has(tok.pos)) verb = true;
  }
  return words >= 3 && verb;
}

/** Moves `end` back over spaces and end punctuation (a loop, not /[...]+$/, which is quadratic on long runs). */
export function trimEnd(text: string, start: number, end: number, chars = END_CHARS): number {
  while (end > start && chars.includes(text[end - 1])) end--;
  return end;
}

/**
 * "..., Reyes claimed." / "..., the agency's wire service, Daily Ledger, reported." / "..., said Reyes." /
 * "..., according to X." The cue is the sentence's last cue; after it come only the speaker, a channel, a
 * date or an object ("told the Daily Ledger"); before its speaker, a comma closing the content.
 */
function findFinal(state: AnalysisState, index: SpeakerIndex, cue: number, first: number, last: number): FinalAttribution | undefined {
  const tokens = state.tokens;
  const text = state.doc.text;
  const lower = tokens[cue].lower;
  if (last - cue > 16) return undefined;
  // After the cue, no clause: a "that", a conjunction or a verb ends it, unless inside a channel phrase ("in a
  // speech broadcast by ..."). The channel is looked for only when such a word is there, or once the rest holds.
  let channel: Channel | undefined;
  let channelKnown = false;
  for (let t = cue + 1; t <= last; t++) {
    const tok = tokens[t];
    if (!(tok.lower === 'that' || tok.pos === 'SCONJ' || (CLAUSE_POS.has(tok.pos) && tok.lower !== 'according'))) continue;
    if (!channelKnown) {
      channel = findChannel(text.slice(tokens[cue].end, tokens[last].end), tokens[cue].end);
      channelKnown = true;
    }
    if (!(channel && tok.start >= channel.start && tok.end <= channel.end)) return undefined;
  }
  let speaker: SpeakerRef;
  let frameStart: number;
  const inverted = tokens[cue - 1]?.lower === ',' ? speakerAfter(state, index, cue, last + 1) : undefined;
  if ((inverted && inverted.kind !== 'none') || lower === 'according') {
    speaker = inverted ?? speakerAfter(state, index, cue, last + 1);
    frameStart = tokens[cue - 1]?.lower === ',' ? cue - 1 : cue;
  } else {
    const found = speakerBeforeCue(state, index, cue, first);
    if (found.kind === 'none' || found.npStart === undefined) return undefined;
    speaker = found;
    frameStart = found.npStart - 1;
    // "..., hospital administrator Ana Ruiz said": titles before the name belong to the frame.
    for (let k = frameStart; k > first && found.npStart - k <= 6; k--) {
      if (isCommaBoundary(state, k)) {
        frameStart = k;
        break;
      }
      if (!APPOSITIVE_POS.has(tokens[k].pos)) break;
    }
    // "..., the region's broadcaster, Valley Radio, reported": the appositive belongs to the frame.
    if (isCommaBoundary(state, frameStart) && frameStart > first) {
      let k = frameStart - 1;
      while (k > first && frameStart - k <= 8 && APPOSITIVE_POS.has(tokens[k].pos) && tokens[k].lower !== ',') k--;
      if (isCommaBoundary(state, k) && k < frameStart - 1) frameStart = k;
    }
  }
  if (speaker.kind === 'none' || !isCommaBoundary(state, frameStart)) return undefined;
  if (!hasClause(state, first, frameStart)) return undefined;
  const attribution: FinalAttribution = {
    cue: lower === 'according' ? 'according to' : lower, cueToken: cue, speaker, frameStart,
    contentEnd: trimEnd(text, tokens[first].start, tokens[frameStart].lower === ',' ? tokens[frameStart - 1].end : tokens[frameStart].end),
  };
  if (!channelKnown) channel = findChannel(text.slice(tokens[cue].end, tokens[last].end), tokens[cue].end);
  if (channel) attribution.channel = channel.text;
  return attribution;
}

/** A comma, or a closing quotation mark right after one (`feasible,"`): where a content clause ends. */
function isCommaBoundary(state: AnalysisState, t: number): boolean {
  const tok = state.tokens[t];
  if (!tok) return false;
  if (tok.lower === ',') return true;
  return CLOSING_MARKS.has(tok.lower) && state.tokens[t - 1]?.lower === ',';
}

/** Where the content of a forward cue starts: after an object of "told", a "that", a date or a channel. */
function contentStart(state: AnalysisState, cue: number, last: number): number {
  const tokens = state.tokens;
  let t = cue + 1;
  if (tokens[cue].lower === 'told' || tokens[cue].lower === 'tells' || tokens[cue].lower === 'telling') {
    while (t <= last && t - cue <= 6 && OBJECT_POS.has(tokens[t].pos) && tokens[t].lower !== 'that') t++;
  }
  for (let k = t; k <= last && k - t <= 8; k++) {
    const tok = tokens[k];
    if (tok.lower === 'that') {
      let after = k + 1;
      while (after <= last && tokens[after].lower === ',') after++;
      return after;
    }
    if (CLAUSE_POS.has(tok.pos) || tok.pos === 'PUNCT' && tok.lower !== ',') break;
  }
  while (t <= last && (tokens[t].lower === ',' || tokens[t].lower === ':')) t++;
  return t;
}

/** Ends content before a trailing ", commenting on ..." participle or a trailing channel ("in comments broadcast by ..."). */
function contentEnd(state: AnalysisState, cues: SentenceCues, from: number, end: number): number {
  const tokens = state.tokens;
  const text = state.doc.text;
  let stop = end;
  for (let t = from + 1; t < tokens.length && tokens[t].end <= stop; t++) {
    const comma = tokens[t].lower === ',' ? cues.inQuote[t] === 0 : isCommaBoundary(state, t);
    if (comma && tokens[t + 1]?.pos === 'VERB' && tokens[t + 1].lower.endsWith('ing') && cues.inQuote[t + 1] === 0) {
      stop = tokens[t].lower === ',' ? tokens[t].start : tokens[t].end;
      break;
    }
  }
  const body = text.slice(tokens[from].start, stop);
  const channel = findChannel(body, tokens[from].start);
  if (channel && channel.start > tokens[from].start) {
    const before = text.slice(Math.max(tokens[from].start, channel.start - 3), channel.start);
    if (/[,"'\u201d\u2019]\s*$/.test(before) || stop - channel.end < 40) stop = channel.start;
  }
  return trimEnd(text, tokens[from].start, stop);
}

export type Dateline = { length: number; paren?: { start: number; end: number } };

const EM_DASH = 0x2014;
const EN_DASH = 0x2013;
const DATELINE_HEAD_RE = /^[\p{Lu}\p{M} .'-]+$/u;
const MAX_DATELINE = 100;

/**
 * "TOWN, May 2 (Wire Name) — ": a dateline opening a sentence (upper-case place, optional date after a
 * comma, optional outlet in parentheses, a dash). Scanned by hand over at most 100 characters.
 */
export function matchDateline(text: string): Dateline | undefined {
  let dash = -1;
  for (let i = 0; i < Math.min(text.length, MAX_DATELINE); i++) {
    const c = text.charCodeAt(i);
    if (c === EM_DASH || c === EN_DASH) {
      dash = i;
      break;
    }
  }
  if (dash < 2) return undefined;
  const head = text.slice(0, dash);
  const open = head.indexOf('(');
  const close = open >= 0 ? head.indexOf(')', open) : -1;
  if (open >= 0 && (close < 0 || head.slice(close + 1).trim() !== '')) return undefined;
  const beforeParen = open >= 0 ? head.slice(0, open) : head;
  const comma = beforeParen.indexOf(',');
  const place = (comma >= 0 ? beforeParen.slice(0, comma) : beforeParen).trim();
  if (place.length < 2 || !DATELINE_HEAD_RE.test(place) || !/\p{Lu}{2}/u.test(place)) return undefined;
  let length = dash + 1;
  while (length < text.length && (text[length] === ' ' || text[length] === '\u00a0')) length++;
  return open >= 0 && close > open + 2 ? { length, paren: { start: open + 1, end: close } } : { length };
}

/** Where the words of sentence s start, after a dateline if the sentence opens with one. */
export function sentenceContentStart(state: AnalysisState, s: number): number {
  const sentence = state.sentences[s];
  // Datelines open paragraphs.
  if (s > 0 && state.sentences[s - 1].paragraph === sentence.paragraph) return sentence.start;
  const dateline = matchDateline(sentence.text);
  return dateline ? sentence.start + dateline.length : sentence.start;
}

export type Reported = { statements: Statement[]; final?: FinalAttribution };

/** The answer for most sentences, shared: callers only read it. */
const NOTHING_REPORTED: Reported = Object.freeze({ statements: Object.freeze([]) as unknown as Statement[] });

/** Reported statements in sentence s (cue tokens consumed by direct quotes excluded). */
export function findReported(state: AnalysisState, index: SpeakerIndex, cues: SentenceCues, s: number): Reported {
  const [first, stop] = state.sentenceTokens[s] ?? [0, 0];
  const last = stop - 1;
  if (stop <= first || state.sentences[s].heading) return NOTHING_REPORTED;
  const tokens = state.tokens;
  const usable: number[] = [];
  const framing: number[] = [];
  for (const t of cues.cues[s]) {
    if (usable.length === MAX_CUES_PER_SENTENCE) break;
    if (cues.consumed.has(t) || isNegated(state, t)) continue;
    usable.push(t);
    if (!FRAME_ONLY_CUES.has(tokens[t].lower)) framing.push(t);
  }
  if (usable.length === 0) return NOTHING_REPORTED;
  const out: Statement[] = [];
  const lastCue = framing[framing.length - 1];
  let final = lastCue === undefined ? undefined : findFinal(state, index, lastCue, first, last);
  // "..., a police spokesman said, but advised ...": a parenthetical attribution ends its content too.
  if (!final) {
    for (const cue of framing) {
      if (tokens[cue + 1]?.lower !== ',') continue;
      final = findFinal(state, index, cue, first, cue);
      if (final) break;
    }
  }
  const limit = !final ? tokens[last].end : tokens[final.frameStart].lower === ',' ? tokens[final.frameStart].start : tokens[final.frameStart].end;
  for (const cue of usable) {
    if (final && cue === final.cueToken) continue;
    const lower = tokens[cue].lower;
    if (FRAME_ONLY_CUES.has(lower) || (isPassive(state, cue) && lower !== 'according')) continue;
    if (out.some((st) => st.start <= tokens[cue].start && tokens[cue].start < st.end)) continue;
    let attribution: Attribution;
    let from: number;
    // A channel in the frame before the cue ("In a post on X, Ruiz said ..."), looked for once the statement stands.
    let preChannel = false;
    if (lower === 'according') {
      // "According to X, ...": the content follows the comma after X.
      const speaker = speakerAfter(state, index, cue, stop);
      if (speaker.kind === 'none' || speaker.npEnd === undefined) continue;
      from = speaker.npEnd + 1;
      while (from < stop && tokens[from].lower === ',') from++;
      if (cue > first + 1) continue; // a mid-sentence "according to" ends the content instead (handled as final)
      attribution = { cue: 'according to', cueToken: cue, speaker };
    } else {
      const speaker = PARTICIPLE_CUES.has(lower) ? clauseSubject(state, index, cue, first) : speakerBeforeCue(state, index, cue, first);
      if (speaker.kind === 'none') continue;
      attribution = { cue: lower, cueToken: cue, speaker };
      from = contentStart(state, cue, last);
      preChannel = true;
    }
    if (from > last || tokens[from].start >= limit) continue;
    const end = contentEnd(state, cues, from, limit);
    let to = from;
    while (to < stop && tokens[to].end <= end) to++;
    if (!hasClause(state, from, to) && !(lower === 'urged' && to - from >= 3)) continue;
    const pre = preChannel ? findChannel(state.doc.text.slice(tokens[first].start, tokens[cue].start), tokens[first].start) : undefined;
    if (pre) attribution.channel = pre.text;
    const tail = findChannel(state.doc.text.slice(end, limit), end);
    if (tail && !attribution.channel) attribution.channel = tail.text;
    out.push({ kind: 'reported', start: tokens[from].start, end, sentence: s, attribution });
  }
  return { statements: out, final };
}
