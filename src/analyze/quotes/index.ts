// Stage: quotes (direct, partial, reported, terms) with speakers resolved through the entity layer, and outlet citations.
import type { Quote } from '../../model/index.js';
import { makeSpan } from '../../model/index.js';
import type { AnalysisState, Stage } from '../types.js';
import { attributeDirect } from './attribute-direct.js';
import { classifySegment, type SegmentKind } from './classify-segment.js';
import { findCitations } from './find-citations.js';
import { findQuotedSegments } from './find-quoted-segments.js';
import { findReported, sentenceContentStart, trimEnd } from './find-reported.js';
import { clauseSubject, speakerAfter, speakerBeforeCue } from './find-speaker.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { findSentenceCues } from './sentence-cues.js';
import { buildSpeakerIndex, sentenceAtFrom, tokenAt } from './speaker-index.js';
import { PARTICIPLE_CUES } from './cues.js';
import { giveBack } from './scratch.js';
import type { Statement } from './types.js';

/** Direct quotes keep their final stop ("We won."); the trailing comma before a frame goes. Partial ones lose both. */
function trimmedEnd(text: string, start: number, end: number, kind: Quote['kind']): number {
  return trimEnd(text, start, end, kind === 'direct' ? ' \t\n\r\u00a0,;:' : ' \t\n\r\u00a0,;:.');
}

function compareInText(a: Statement, b: Statement): number {
  return a.start - b.start || b.end - a.end;
}

/** Statements in text order, as indices: by start, the longer first on ties, else in list order (a stable sort). */
function textOrder(statements: Statement[]): number[] {
  const order = statements.map((_, i) => i);
  // A document holds a few statements: insertion sort (stable, as Array.prototype.sort) skips sort's set-up cost.
  if (order.length > 32) return order.sort((a, b) => compareInText(statements[a], statements[b]));
  for (let i = 1; i < order.length; i++) {
    const item = order[i];
    let j = i - 1;
    while (j >= 0 && compareInText(statements[order[j]], statements[item]) > 0) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = item;
  }
  return order;
}

function paragraphOf(state: AnalysisState, sentence: number): number {
  return state.sentences[sentence].paragraph;
}

/** Runs the quote passes over one analysed document (tokens, sentences and entities already there). */
export function findQuotes(state: AnalysisState): void {
  const text = state.doc.text;
  if (state.sentences.length === 0) return;
  const segments = findQuotedSegments(text);
  const index = buildSpeakerIndex(state);
  const cues = findSentenceCues(state, segments);
  index.inQuote = cues.inQuote;
  const statements: Statement[] = [];
  // The inner start, not the mark: the sentence splitter sometimes leaves an opening mark on the sentence before.
  let lastSentence = 0;
  const segSentence = segments.map((seg) => (lastSentence = sentenceAtFrom(state, seg.start, lastSentence)));
  const kinds: SegmentKind[] = segments.map((seg, i) => classifySegment(state, seg, { sentence: segSentence[i], sentenceHasCue: cues.cues[segSentence[i]].length > 0, nextOpen: segments[i + 1]?.open }));
  const segStatement = new Map<number, number>();

  // 1. Direct quotes first: their frames use up cue verbs.
  let lastDirect = -1;
  segments.forEach((seg, i) => {
    if (kinds[i] !== 'direct') return;
    const sentence = segSentence[i];
    const attribution = attributeDirect(state, index, cues, segments, i, sentence);
    const st: Statement = { kind: 'direct', start: seg.start, end: seg.end, sentence };
    if (attribution) st.attribution = attribution;
    else if (seg.continues !== undefined && segStatement.has(seg.continues)) st.follows = segStatement.get(seg.continues);
    else if (lastDirect >= 0 && paragraphOf(state, segSentence[lastDirect]) === paragraphOf(state, segSentence[i]) && sentence - segSentence[lastDirect] <= 1) st.follows = segStatement.get(lastDirect);
    else st.adjacentOk = true;
    // A quote running over paragraphs may be attributed only at its end: the earlier pieces take that speaker.
    if (attribution && seg.continues !== undefined) {
      const earlier = statements[segStatement.get(seg.continues) ?? -1];
      if (earlier && !earlier.attribution && earlier.follows === undefined) {
        earlier.follows = statements.length;
        earlier.adjacentOk = false;
      }
    }
    // "A." "B," she said: a frameless piece right before an attributed one in its paragraph takes its speaker.
    if (attribution && lastDirect >= 0) {
      const earlier = statements[segStatement.get(lastDirect) ?? -1];
      if (earlier && earlier.adjacentOk && paragraphOf(state, segSentence[lastDirect]) === paragraphOf(state, segSentence[i]) && sentence - earlier.sentence <= 1) {
        earlier.follows = statements.length;
        earlier.adjacentOk = false;
      }
    }
    segStatement.set(i, statements.length);
    statements.push(st);
    lastDirect = i;
  });

  // 2. Reported speech, sentence by sentence.
  for (let s = 0; s < state.sentences.length; s++) {
    // A sentence without a cue outside quotes reports nothing.
    if (cues.cues[s].length === 0) continue;
    const { statements: found, final } = findReported(state, index, cues, s);
    statements.push(...found);
    if (!final) continue;
    // "X said that ..., Daily Ledger reported": the outlet's frame is a citation (found later), not a second statement.
    if (found.length > 0) continue;
    const start = sentenceContentStart(state, s);
    if (final.contentEnd <= start) continue;
    statements.push({ kind: 'reported', start, end: final.contentEnd, sentence: s, attribution: final });
  }

  // 3. Partial quotes and terms: a partial takes the speaker of the statement holding it, or of the nearest cue.
  const reportedIn = new Map<number, number[]>();
  statements.forEach((st, i) => {
    if (st.kind === 'reported') reportedIn.set(st.sentence, [...(reportedIn.get(st.sentence) ?? []), i]);
  });
  segments.forEach((seg, i) => {
    const kind = kinds[i];
    if (kind !== 'partial' && kind !== 'term') return;
    const sentence = segSentence[i];
    const st: Statement = { kind, start: seg.start, end: seg.end, sentence };
    if (kind === 'partial') {
      const holder = (reportedIn.get(sentence) ?? []).find((o) => statements[o].start <= seg.open && seg.close <= statements[o].end + 1);
      if (holder !== undefined) st.within = holder;
      else {
        const sentenceCues = cues.cues[sentence].slice(0, 16).filter((t) => !cues.consumed.has(t));
        const openTok = tokenAt(state, seg.open);
        const before = sentenceCues.filter((t) => t < openTok);
        const cue = before.length ? before[before.length - 1] : sentenceCues[0];
        if (cue !== undefined) {
          const first = state.sentenceTokens[sentence][0];
          const lower = state.tokens[cue].lower;
          let speaker = PARTICIPLE_CUES.has(lower) ? clauseSubject(state, index, cue, first) : speakerBeforeCue(state, index, cue, first);
          if (speaker.kind === 'none') speaker = speakerAfter(state, index, cue, state.sentenceTokens[sentence][1]);
          st.attribution = { cue: lower === 'according' ? 'according to' : lower, cueToken: cue, speaker };
        }
      }
    }
    statements.push(st);
  });

  // 4. Resolve speakers in text order; the enclosing statement before the partial quotes it holds.
  const order = textOrder(statements);
  const rank: number[] = new Array(order.length);
  order.forEach((i, r) => {
    rank[i] = r;
  });
  // `statements` is not read past this point: each statement is renumbered in place, once.
  const sorted = order.map((i) => {
    const st = statements[i];
    if (st.follows !== undefined) st.follows = rank[st.follows];
    if (st.within !== undefined) st.within = rank[st.within];
    return st;
  });
  const hits = findCitations(state, index, cues);
  const outletBefore = (offset: number) => {
    let found: string | undefined;
    for (const h of hits) if (h.citation.span.start < offset && h.entity) found = h.entity;
    return found;
  };
  resolveSpeakers(state, index, sorted, outletBefore);

  // 5. Quotes out, with the outlet cited in their sentence.
  const citedIn = new Map<number, string>();
  for (const h of hits) citedIn.set(h.sentence, h.citation.outlet);
  state.citations = hits.map((h) => h.citation);
  let n = 0;
  state.quotes = sorted.filter((st) => st.end > st.start).map((st) => {
    const end = trimmedEnd(text, st.start, st.end, st.kind);
    const quote: Quote = { id: `${state.doc.id}-q${++n}`, doc: state.doc.id, span: makeSpan(state.doc.id, text, st.start, end > st.start ? end : st.end), kind: st.kind, sentence: st.sentence };
    if (st.kind !== 'term') {
      if (st.speaker) quote.speaker = st.speaker;
      if (st.speakerName) quote.speakerName = st.speakerName;
      if (st.attribution?.cue) quote.cue = st.attribution.cue;
      if (st.how) quote.attribution = st.how;
      if (st.attribution?.channel) quote.channel = st.attribution.channel;
      const outlet = citedIn.get(st.sentence);
      if (outlet) quote.citedOutlet = outlet;
    }
    return quote;
  });
  // Nothing reads the token flag arrays after this: their buffers serve the next document.
  giveBack(index.tokenMention, cues.inQuote, cues.isCueOutside);
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities'],
  provides: ['quotes', 'citations'],
  run: findQuotes,
};
