// Finds cue verbs in tokens and the noun phrase that names the speaker next to them (before, or after when inverted).
import type { AnalysisState } from '../types.js';
import { AMBIGUOUS_CUES, BETWEEN_SPEAKER_AND_CUE, CUE_WORDS, NEGATIONS, SUBJECT_PRONOUNS, mayBeCue } from './cues.js';
import { tokenAt, type SpeakerIndex } from './speaker-index.js';
import type { MentionLike, SpeakerRef } from './types.js';

const SPEAKER_TYPES: ReadonlySet<string> = new Set(['person', 'organization']);
/** Tokens that end a speaker noun phrase when walking back from the cue. */
const NP_BOUNDARY_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'SCONJ', 'PRON', 'PUNCT', 'SYM', 'INTJ']);
const NP_BOUNDARY_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'while', 'when', 'as', 'because', 'but', 'and', 'or', 'if']);
const NP_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '\u2019s', "'", '\u2019']);
const MAX_NP_TOKENS = 14;
const MAX_APPOSITIVE_TOKENS = 24;
const SIMPLE_NP_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Words right before a cue that make it passive or subordinate ("was told", "when asked"). */
const PASSIVE_BEFORE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'when', 'if', 'as', 'once', 'after', 'before']);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** What a prepositional tail of a description may hold: "a spokesman for the ministry". */
const DESCRIPTION_TAIL_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Whether tokens[from..to) holds a token whose POS is in `tags` (or NUM, with `num`). */
function hasPos(state: AnalysisState, from: number, to: number, tags: ReadonlySet<string>, num: boolean): boolean {
  const tokens = state.tokens;
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) {
    if (tags.has(tokens[k].pos) || (num && tokens[k].pos === 'NUM')) return true;
  }
  return false;
}

/** Whether token t is a speech cue: a cue word, and a verb where the form could be a noun. */
export function isCue(state: AnalysisState, t: number): boolean {
  const token = state.tokens[t];
  if (!mayBeCue(token.lower) || !CUE_WORDS.has(token.lower)) return false;
  if (token.lower === 'according') return state.tokens[t + 1]?.lower === 'to';
  if (AMBIGUOUS_CUES.has(token.lower)) return token.pos === 'VERB';
  if (token.pos === 'NOUN' || token.pos === 'ADJ') {
    // "the said agreement", "her tweets": a determiner or possessive right before makes it no verb.
    const prev = state.tokens[t - 1];
    if (prev && (prev.pos === 'DET' || POSSESSIVE.has(prev.lower))) return false;
  }
  return true;
}

/** "did not say", "declined to comment", "never told": a negated cue attributes nothing. */
export function isNegated(state: AnalysisState, t: number): boolean {
  const sentence = state.tokens[t].sentence;
  for (let k = t - 1; k >= Math.max(0, t - 3); k--) {
    const token = state.tokens[k];
    if (token.sentence !== sentence || token.pos === 'PUNCT') break;
    if (NEGATIONS.has(token.lower)) return true;
  }
  return false;
}

/** Passive uses ("was told", "when asked") name no speaker before the cue. */
export function isPassive(state: AnalysisState, t: number): boolean {
  const prev = state.tokens[t - 1];
  if (!prev || prev.sentence !== state.tokens[t].sentence) return false;
  return PASSIVE_BEFORE.has(prev.lower);
}

function mentionAt(index: SpeakerIndex, t: number): MentionLike | undefined {
  const i = index.tokenMention[t] - 1;
  return i >= 0 ? index.mentions[i] : undefined;
}

/** A mention is the head of its phrase unless a noun follows it ("US official") or it is possessive. */
function isHeadMention(state: AnalysisState, m: MentionLike, stop: number): boolean {
  const after = tokenAt(state, m.end);
  if (after >= stop || after >= state.tokens.length) return true;
  const next = state.tokens[after];
  if (POSSESSIVE.has(next.lower)) return false;
  return !NP_HEAD_POS.has(next.pos);
}

/** Whether a preposition governs the mention ("to the United Kingdom", "from the ministry"). */
function inPrepositionalPhrase(state: AnalysisState, firstToken: number, floor: number): boolean {
  for (let t = firstToken - 1; t >= floor && t >= firstToken - 3; t--) {
    const token = state.tokens[t];
    if (token.pos === 'ADP') return true;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && !POSSESSIVE.has(token.lower)) return false;
  }
  return false;
}

function firstTokenOf(state: AnalysisState, m: MentionLike, from: number): number {
  let t = from;
  while (t > 0 && state.tokens[t - 1].end > m.start) t--;
  return t;
}

/** Steps back from the cue over adverbs and auxiliaries: "X has also repeatedly said". */
function skipBetween(state: AnalysisState, t: number, floor: number): number {
  while (t >= floor) {
    const token = state.tokens[t];
    if (BETWEEN_SPEAKER_AND_CUE.has(token.lower) || token.pos === 'ADV' || token.pos === 'AUX' || token.pos === 'PART') t--;
    else break;
  }
  return t;
}

/**
 * The speaker named right before a cue (tokens >= floor): a pronoun, an entity mention heading the noun phrase
 * (appositives "X, the spokesman, said" and "the spokesman, X, said" included), or else a description.
 */
export function speakerBefore(state: AnalysisState, index: SpeakerIndex, cue: number, floor: number): SpeakerRef & { npStart?: number } {
  let t = skipBetween(state, cue - 1, floor);
  if (t < floor) return { kind: 'none' };
  const tokens = state.tokens;
  const pronoun = SUBJECT_PRONOUNS.get(tokens[t].lower);
  if (pronoun && tokens[t].pos === 'PRON') return { kind: 'pronoun', start: tokens[t].start, end: tokens[t].end, pronoun: tokens[t].lower, npStart: t };
  // "X rejected the plan and urged ...": the cue shares the subject of the first verb.
  if ((tokens[t].lower === 'and' || tokens[t].lower === 'but') && tokens[t].pos === 'CCONJ') {
    const subject = clauseSubject(state, index, t, floor);
    return subject.kind === 'mention' ? { ...subject, npStart: undefined } : subject;
  }
  let appositive = false;
  if (tokens[t].lower === ',' && t - 1 >= floor) {
    appositive = true;
    t--;
  }
  const direct = mentionAt(index, t);
  if (direct && (SPEAKER_TYPES.has(direct.type) || direct.type === 'place')) {
    const first = firstTokenOf(state, direct, t);
    if (!inPrepositionalPhrase(state, first, floor)) return { kind: 'mention', mention: direct, npStart: first };
  }
  if (appositive) {
    // "Ana Ruiz, a clerk who is not related to the mayor, said": the name before the nearest earlier comma.
    for (let k = t; k > floor && t - k <= MAX_APPOSITIVE_TOKENS; k--) {
      const tok = tokens[k];
      if (tok.pos === 'PUNCT' && tok.lower !== ',' && tok.lower !== '-' && !POSSESSIVE.has(tok.lower)) break;
      if (tok.lower !== ',') continue;
      const m = mentionAt(index, k - 1);
      const opener = tokens[k + 1];
      if (m && SPEAKER_TYPES.has(m.type) && opener && opener.pos !== 'VERB' && opener.pos !== 'AUX') {
        return { kind: 'mention', mention: m, npStart: firstTokenOf(state, m, k - 1) };
      }
      break;
    }
  }
  // "readers who said": the speaker is the antecedent of the relative pronoun, a plain noun phrase.
  const relative = !appositive && (tokens[t].lower === 'who' || tokens[t].lower === 'that') && tokens[t].pos !== 'SCONJ';
  if (relative) {
    t--;
    if (t < floor) return { kind: 'none' };
    const m = mentionAt(index, t);
    if (m && SPEAKER_TYPES.has(m.type)) return { kind: 'mention', mention: m, npStart: firstTokenOf(state, m, t) };
  }
  // Walk the noun phrase back to a boundary, then pick its head mention nearest the cue.
  let start = t;
  while (start - 1 >= floor && t - start < MAX_NP_TOKENS) {
    if (relative && !SIMPLE_NP_POS.has(tokens[start - 1].pos)) break;
    const token = tokens[start - 1];
    if (token.lower === '-' || token.lower === '\u2013') {
      start--;
      continue;
    }
    if ((NP_BOUNDARY_POS.has(token.pos) && !POSSESSIVE.has(token.lower) && token.pos !== 'PRON') || NP_BOUNDARY_WORDS.has(token.lower)) break;
    if (token.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(token.lower)) break;
    start--;
  }
  while (start < t && (tokens[start].pos === 'VERB' || tokens[start].pos === 'CCONJ')) start++;
  for (let k = t; k >= start; k--) {
    const m = mentionAt(index, k);
    if (!m || !SPEAKER_TYPES.has(m.type)) continue;
    const first = firstTokenOf(state, m, k);
    if (first >= start && !inPrepositionalPhrase(state, first, start) && isHeadMention(state, m, cue)) return { kind: 'mention', mention: m, npStart: first };
    k = first;
  }
  while (start < t && tokens[start].pos === 'ADP') start++;
  const hasNoun = hasPos(state, start, t + 1, NP_HEAD_POS, true);
  if (!hasNoun) return { kind: 'none' };
  return { kind: 'description', start: tokens[start].start, end: tokens[t].end, entity: describedEntity(state, index, start, t), npStart: start };
}

/**
 * speakerBefore(state, index, cue, floor), kept per cue when `floor` is the first token of the cue's sentence (what
 * the reported, partial-quote and citation passes all ask): nothing it reads changes before speakers are resolved.
 */
export function speakerBeforeCue(state: AnalysisState, index: SpeakerIndex, cue: number, floor: number): SpeakerRef & { npStart?: number } {
  if (state.sentenceTokens[state.tokens[cue].sentence]?.[0] !== floor) return speakerBefore(state, index, cue, floor);
  const known = index.beforeCue?.get(cue);
  if (known) return known;
  const found = speakerBefore(state, index, cue, floor);
  (index.beforeCue ??= new Map()).set(cue, found);
  return found;
}

/** The speaker named right after a cue: "said John Reyes", "according to the ministry", "said the spokesman". */
export function speakerAfter(state: AnalysisState, index: SpeakerIndex, cue: number, ceiling: number): SpeakerRef & { npEnd?: number } {
  const tokens = state.tokens;
  let t = cue + 1;
  if (tokens[cue].lower === 'according') t++;
  if (t >= ceiling) return { kind: 'none' };
  const pronoun = SUBJECT_PRONOUNS.get(tokens[t].lower);
  if (pronoun && tokens[t].pos === 'PRON') return { kind: 'pronoun', start: tokens[t].start, end: tokens[t].end, pronoun: tokens[t].lower, npEnd: t };
  let end = t;
  while (end < ceiling && end - t < MAX_NP_TOKENS) {
    const token = tokens[end];
    if (token.pos === 'PUNCT' && token.lower !== '-' && !POSSESSIVE.has(token.lower)) break;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ' || token.pos === 'ADP' || NP_BOUNDARY_WORDS.has(token.lower)) break;
    end++;
  }
  if (end === t) return { kind: 'none' };
  for (let k = t; k < end; k++) {
    const m = mentionAt(index, k);
    if (m && SPEAKER_TYPES.has(m.type)) {
      let last = k;
      while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
      if (last + 1 >= end || !NP_HEAD_POS.has(tokens[last + 1].pos)) return { kind: 'mention', mention: m, npEnd: last };
      k = last;
    }
  }
  // Extend a description over a short prepositional tail: "a spokesman for the ministry".
  let tail = end;
  if (tail < ceiling && tokens[tail].pos === 'ADP' && tokens[tail].lower !== 'on' && tokens[tail].lower !== 'in') {
    let k = tail + 1;
    while (k < ceiling && k - tail < 6 && DESCRIPTION_TAIL_POS.has(tokens[k].pos)) k++;
    if (k > tail + 1) tail = k;
  }
  if (!hasPos(state, t, end, NP_HEAD_POS, false)) return { kind: 'none' };
  for (let k = end; k < tail; k++) {
    const m = mentionAt(index, k);
    if (m && SPEAKER_TYPES.has(m.type) && tokens[t].pos === 'DET' && end - t <= 1) return { kind: 'mention', mention: m, npEnd: tail - 1 };
  }
  return { kind: 'description', start: tokens[t].start, end: tokens[tail - 1].end, entity: describedEntity(state, index, t, end - 1), npEnd: tail - 1 };
}

/**
 * A definite description ("the spokesman", "the 64-year-old minister") stands for the person who carries that
 * descriptor, when the entity layer has not linked it already: the most recently mentioned such person.
 */
function describedEntity(state: AnalysisState, index: SpeakerIndex, start: number, end: number): string | undefined {
  const tokens = state.tokens;
  if (tokens[start].lower !== 'the') return undefined;
  let head = -1;
  for (let k = end; k > start; k--) {
    if (tokens[k].pos === 'NOUN') {
      head = k;
      break;
    }
    if (tokens[k].pos === 'ADP') head = -1;
  }
  if (head < 0) return undefined;
  const word = tokens[head].lower;
  const offset = tokens[start].start;
  let best: { id: string; at: number } | undefined;
  for (const entity of index.entities.values()) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    if (!entity.descriptors.some((d) => d.text.toLowerCase().split(/[\s-]+/).includes(word))) continue;
    let at = -1;
    for (const m of entity.mentions) if (m.start < offset && m.start > at) at = m.start;
    if (at >= 0 && (!best || at > best.at)) best = { id: entity.id, at };
  }
  return best?.id;
}

/** The subject of the clause a participle cue ("..., saying that") hangs on: its first head person or organization. */
export function clauseSubject(state: AnalysisState, index: SpeakerIndex, cue: number, floor: number): SpeakerRef {
  const tokens = state.tokens;
  for (let t = floor; t < cue; t++) {
    if (index.inQuote?.[t]) continue;
    const pronoun = SUBJECT_PRONOUNS.get(tokens[t].lower);
    if (pronoun && tokens[t].pos === 'PRON' && (t === floor || tokens[t - 1].pos === 'PUNCT')) {
      return { kind: 'pronoun', start: tokens[t].start, end: tokens[t].end, pronoun: tokens[t].lower };
    }
    const m = mentionAt(index, t);
    if (!m) continue;
    let last = t;
    while (last + 1 < cue && tokens[last + 1].start < m.end) last++;
    if (SPEAKER_TYPES.has(m.type) && !inPrepositionalPhrase(state, t, floor) && isHeadMention(state, m, cue)) return { kind: 'mention', mention: m };
    t = last;
  }
  return { kind: 'none' };
}
