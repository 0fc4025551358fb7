// Read access to the entity layer for attribution: mentions by sentence and token, entity types and genders.
import type { Entity } from '../../model/index.js';
import type { AnalysisState } from '../types.js';
import type { Gender } from './cues.js';
import { zeroedInt32 } from './scratch.js';
import type { MentionLike, SpeakerRef } from './types.js';

const FEMALE_WORDS_RE = /\b(?:she|her|hers|mrs|ms|miss|madam|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|woman|queen|princess|duchess|actress|mother|daughter|sister|wife|widow|grandmother|lady)\b/i;
const MALE_WORDS_RE = /\b(?:he|him|his|mr|sir|spokesman|chairman|congressman|businessman|councilman|man|king|prince|duke|actor|father|son|brother|husband|widower|grandfather|lord)\b/i;

export type SpeakerIndex = {
  mentions: MentionLike[];
  /** Mentions per sentence, in text order. */
  bySentence: MentionLike[][];
  /** For each token, 1 + the index of the first mention covering it, or 0 (so a fresh array needs no fill). */
  tokenMention: Int32Array;
  entities: Map<string, Entity>;
  /** Genders, worked out when first asked for; a pronoun resolved to a person fixes theirs. */
  genders: Map<string, Gender | null>;
  text: string;
  /** The entity layer's genders (from titles, honorifics, role words), when it gives them. */
  known?: Record<string, unknown>;
  /** 1 for tokens inside quotation marks, once known: words inside a quote never name its frame's speaker. */
  inQuote?: Uint8Array;
  /** speakerBefore a cue from its sentence's first token, by cue token: several passes ask for the same cue. */
  beforeCue?: Map<number, SpeakerRef & { npStart?: number }>;
};

/** An entity's gender: the entity layer's word first, else what its mentions and descriptors show. */
export function genderFor(index: SpeakerIndex, entityId: string): Gender | undefined {
  let gender = index.genders.get(entityId);
  if (gender === undefined) {
    const given = index.known?.[entityId];
    const entity = index.entities.get(entityId);
    gender = given === 'male' || given === 'female' ? given : (entity ? genderOf(entity, index.text) : undefined) ?? null;
    index.genders.set(entityId, gender);
  }
  return gender ?? undefined;
}

function isMention(value: unknown): value is MentionLike {
  const m = value as MentionLike;
  return typeof m === 'object' && m !== null && typeof m.start === 'number' && typeof m.end === 'number' && typeof m.entity === 'string';
}

/**
 * sentenceAt for offsets given in increasing order: walks on from the last answer (`from`) when the offset lies
 * at or after its start, else searches.
 */
export function sentenceAtFrom(state: AnalysisState, offset: number, from: number): number {
  const sentences = state.sentences;
  if (from < 0 || from >= sentences.length || sentences[from].start > offset) return sentenceAt(state, offset);
  let s = from;
  while (s + 1 < sentences.length && sentences[s + 1].start <= offset) s++;
  return s;
}

/** Finds the sentence holding an offset by binary search. */
export function sentenceAt(state: AnalysisState, offset: number): number {
  const sentences = state.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Finds the first token ending after an offset by binary search. */
export function tokenAt(state: AnalysisState, offset: number): number {
  const tokens = state.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mentions the entity layer left in state.notes.mentions (text order); when absent, they are rebuilt from
 * the entities' own mention lists, so the stage depends on the contract only.
 */
function readMentions(state: AnalysisState): MentionLike[] {
  const notes = state.notes.mentions;
  if (Array.isArray(notes) && notes.every(isMention)) {
    // Only read (the pronoun pass replaces the notes' list, never edits it): shared unless it must be sorted.
    const mentions = notes as MentionLike[];
    return isSortedByStart(mentions) ? mentions : mentions.slice().sort((a, b) => a.start - b.start);
  }
  const out: MentionLike[] = [];
  for (const entity of state.entities) {
    for (const m of entity.mentions) {
      out.push({ start: m.start, end: m.end, entity: entity.id, type: entity.type, link: m.link, sentence: sentenceAt(state, m.start) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function isSortedByStart(mentions: MentionLike[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return false;
  return true;
}

const FEMALE = 1;
const MALE = 2;
/** Gender-word bits of mention texts (names recur through a document), bounded. */
const WORD_GENDERS = new Map<string, number>();
const MAX_CACHED_WORDS = 8192;

/** FEMALE and MALE bits for the gender words `words` holds; `cache` false for one-off strings. */
function wordGenders(words: string, cache = true): number {
  let bits = cache ? WORD_GENDERS.get(words) : undefined;
  if (bits === undefined) {
    bits = (FEMALE_WORDS_RE.test(words) ? FEMALE : 0) | (MALE_WORDS_RE.test(words) ? MALE : 0);
    if (cache) {
      if (WORD_GENDERS.size >= MAX_CACHED_WORDS) WORD_GENDERS.clear();
      WORD_GENDERS.set(words, bits);
    }
  }
  return bits;
}

function genderOf(entity: Entity, text: string): Gender | undefined {
  if (entity.type !== 'person') return entity.type === 'organization' ? 'neuter' : undefined;
  let female = false;
  let male = false;
  for (const m of entity.mentions) {
    // Honorifics just before a mention and pronouns already linked to it tell the gender. The five characters
    // before and the mention, joined by a space, are tested apart: no gender word spans a space.
    let words = wordGenders(m.text);
    if (m.link !== 'pronoun') words |= wordGenders(text.slice(Math.max(0, m.start - 5), m.start), false);
    if (words & FEMALE) female = true;
    else if (words & MALE) male = true;
    // Both seen: nothing below can change the answer.
    if (female && male) return undefined;
  }
  for (const d of entity.descriptors) {
    if (FEMALE_WORDS_RE.test(d.text)) female = true;
    else if (MALE_WORDS_RE.test(d.text)) male = true;
  }
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  return undefined;
}

/**
 * tokenAt for offsets given in increasing order: the first token at or after `from` ending after `offset`,
 * found by galloping from `from` (mentions are a few tokens apart), then a binary search.
 */
function firstTokenEndingAfter(tokens: AnalysisState['tokens'], offset: number, from: number): number {
  if (from >= tokens.length || tokens[from].end > offset) return from;
  // tokens[lo].end <= offset throughout; hi is past the answer.
  let lo = from;
  let step = 1;
  let hi = from + step;
  while (hi < tokens.length && tokens[hi].end <= offset) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > tokens.length) hi = tokens.length;
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildSpeakerIndex(state: AnalysisState): SpeakerIndex {
  const mentions = readMentions(state);
  // Sentences without mentions keep no array (readers use `?? []`).
  const bySentence: MentionLike[][] = new Array(state.sentences.length);
  const tokens = state.tokens;
  const tokenMention = zeroedInt32(tokens.length);
  // Mentions come sorted by start, so the first token ending after each start only moves forward (what tokenAt finds).
  let first = 0;
  // Likewise the sentence holding a mention without a valid `sentence` (what sentenceAt finds).
  const sentences = state.sentences;
  let at = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let s = m.sentence;
    if (!(s >= 0 && s < bySentence.length)) {
      while (at + 1 < sentences.length && sentences[at + 1].start <= m.start) at++;
      s = at;
    }
    if (s >= 0 && s < bySentence.length) (bySentence[s] ??= []).push(m);
    first = firstTokenEndingAfter(tokens, m.start, first);
    for (let t = first; t < tokens.length && tokens[t].start < m.end; t++) {
      if (tokenMention[t] === 0) tokenMention[t] = i + 1;
    }
  }
  const entities = new Map<string, Entity>();
  for (const e of state.entities) entities.set(e.id, e);
  return { mentions, bySentence, tokenMention, entities, genders: new Map(), text: state.doc.text, known: state.notes.entityGender as Record<string, unknown> | undefined };
}

/** Whether an entity can be what a pronoun of this gender points to. */
export function pronounFits(index: SpeakerIndex, entityId: string, gender: Gender): boolean {
  const entity = index.entities.get(entityId);
  if (!entity) return false;
  const known = genderFor(index, entityId);
  if (gender === 'male' || gender === 'female') return entity.type === 'person' && (known === undefined || known === gender);
  if (gender === 'neuter') return entity.type === 'organization';
  return entity.type === 'organization' || known === 'plural';
}
