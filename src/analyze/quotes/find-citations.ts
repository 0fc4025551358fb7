// Finds outlet citations: "Daily Ledger reported", "told The Evening Star", "according to Wirepress", "the report added".
import type { Citation, Entity } from '../../model/index.js';
import { makeSpan, trimRange } from '../../model/index.js';
import type { AnalysisState } from '../types.js';
import { BACK_REFERENCE_OUTLET_NOUNS, CITATION_CUES, OUTLET_WORDS_RE } from './cues.js';
import { speakerAfter, speakerBeforeCue } from './find-speaker.js';
import { matchDateline } from './find-reported.js';
import type { SentenceCues } from './sentence-cues.js';
import type { SpeakerIndex } from './speaker-index.js';
import type { MentionLike } from './types.js';

const MIXED_DIGITS_RE = /\p{L}\d|\d\p{L}/u;
/** Words that may come between a cue and the outlet it names ("told the Ledger"). */
const OBJECT_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADP']);
/** Cues whose object is the outlet: "told X", "according to X", "cited by X". */
const OBJECT_CITATION_CUES: ReadonlySet<string> = new Set(['told', 'according', 'cited', 'quoted', 'reported']);

/** An outlet: the entity layer says so, or an organization whose name reads like one ("... News", "France 9"). */
export function isOutlet(entity: Entity | undefined): boolean {
  if (!entity) return false;
  if (entity.subtype === 'outlet') return true;
  if (entity.type !== 'organization' || (entity.subtype !== undefined && entity.subtype !== 'outlet' && entity.subtype !== 'organization')) return false;
  return readsLikeOutlet(entity.name);
}

/** Names already tested against the outlet patterns (a few per document, asked about many times). */
const OUTLET_NAMES = new Map<string, boolean>();
const MAX_CACHED_NAMES = 4096;

function readsLikeOutlet(name: string): boolean {
  let known = OUTLET_NAMES.get(name);
  if (known === undefined) {
    if (OUTLET_NAMES.size >= MAX_CACHED_NAMES) OUTLET_NAMES.clear();
    known = OUTLET_WORDS_RE.test(name) || MIXED_DIGITS_RE.test(name);
    OUTLET_NAMES.set(name, known);
  }
  return known;
}

export type CitationHit = { citation: Citation; sentence: number; entity?: string };

function mentionAfter(state: AnalysisState, index: SpeakerIndex, from: number, stop: number): MentionLike | undefined {
  for (let t = from; t < stop && t - from <= 3; t++) {
    const i = index.tokenMention[t] - 1;
    if (i >= 0) return index.mentions[i];
    if (!OBJECT_LEAD_POS.has(state.tokens[t].pos) && state.tokens[t].lower !== 'by') return undefined;
  }
  return undefined;
}

function addHit(hits: CitationHit[], state: AnalysisState, s: number, start: number, end: number, name: string, cue: string, entity?: string): void {
  hits.push({ citation: { span: makeSpan(state.doc.id, state.doc.text, start, end), outlet: name, cue }, sentence: s, entity });
}

/**
 * Citations in text order. A back-reference ("the report added", "the newspaper said") names the outlet
 * cited last; with no outlet cited before, it is no citation.
 */
export function findCitations(state: AnalysisState, index: SpeakerIndex, cues: SentenceCues): CitationHit[] {
  const text = state.doc.text;
  const tokens = state.tokens;
  const hits: CitationHit[] = [];
  // "TOWN, May 2 (Wire Name) — ...": a dateline naming another outlet says the copy came from it.
  const opening = state.sentences[0];
  const paren = opening ? matchDateline(opening.text)?.paren : undefined;
  if (opening && paren) {
    const [at, end] = trimRange(text, opening.start + paren.start, opening.start + paren.end);
    const mention = index.mentions.find((m) => m.start >= at && m.end <= end);
    const entity = mention ? index.entities.get(mention.entity) : undefined;
    // The parenthesis of a dateline holds a wire or outlet name whatever type the entity layer gave it.
    const name = entity?.name ?? text.slice(at, end);
    if (end > at && name !== state.doc.outlet) addHit(hits, state, 0, at, end, name, 'dateline', entity?.id);
  }
  for (let s = 0; s < state.sentences.length; s++) {
    if (cues.cues[s].length === 0 || state.sentences[s].heading) continue;
    const [first, stop] = state.sentenceTokens[s] ?? [0, 0];
    for (const cue of cues.cues[s]) {
      const lower = tokens[cue].lower;
      if (!CITATION_CUES.has(lower)) continue;
      const cueName = lower === 'according' ? 'according to' : lower;
      // "told The Evening Star", "according to Wirepress", "cited by Channel 9", "reported by the Ledger"
      const object = mentionAfter(state, index, cue + 1, stop);
      const objectEntity = object ? index.entities.get(object.entity) : undefined;
      if (object && isOutlet(objectEntity) && OBJECT_CITATION_CUES.has(lower)) {
        addHit(hits, state, s, tokens[cue].start, object.end, objectEntity!.name, cueName, object.entity);
        continue;
      }
      if (lower === 'according' || lower === 'told' || lower === 'cited' || lower === 'quoted') continue;
      let speaker = speakerBeforeCue(state, index, cue, first);
      if (speaker.kind === 'none' && tokens[cue - 1]?.lower === ',') speaker = speakerAfter(state, index, cue, stop);
      if (speaker.kind === 'mention') {
        const entity = index.entities.get(speaker.mention.entity);
        if (isOutlet(entity)) {
          const [a, b] = speaker.mention.start < tokens[cue].start ? [speaker.mention.start, tokens[cue].end] : [tokens[cue].start, speaker.mention.end];
          addHit(hits, state, s, a, b, entity!.name, cueName, entity!.id);
        }
      } else if (speaker.kind === 'description' && hits.length > 0) {
        // The outlet cited last.
        const last = hits[hits.length - 1];
        const words = text.slice(speaker.start, speaker.end).toLowerCase().split(/\s+/);
        if (words[0] === 'the' && words.length <= 3 && BACK_REFERENCE_OUTLET_NOUNS.has(words[words.length - 1])) {
          const [a, b] = speaker.start < tokens[cue].start ? [speaker.start, tokens[cue].end] : [tokens[cue].start, speaker.end];
          addHit(hits, state, s, a, b, last.citation.outlet, cueName, last.entity);
        }
      }
    }
  }
  return hits;
}
