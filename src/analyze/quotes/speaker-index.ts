// Read access to the entity layer for attribution: mentions by sentence and token, entity types and genders.
import type { Entity } from '../../model/index.js';
import type { AnalysisState } from '../types.js';
import type { Gender } from './cues.js';
import type { MentionLike } from './types.js';

const FEMALE_WORDS_RE = /\b(?:she|her|hers|mrs|ms|miss|madam|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|woman|queen|princess|duchess|actress|mother|daughter|sister|wife|widow|grandmother|lady)\b/i;
const MALE_WORDS_RE = /\b(?:he|him|his|mr|sir|spokesman|chairman|congressman|businessman|councilman|man|king|prince|duke|actor|father|son|brother|husband|widower|grandfather|lord)\b/i;

export type SpeakerIndex = {
  mentions: MentionLike[];
  /** Mentions per sentence, in text order. */
  bySentence: MentionLike[][];
  /** For each token, the mention covering it, or -1. */
  tokenMention: Int32Array;
  entities: Map<string, Entity>;
  /** Genders, worked out when first asked for; a pronoun resolved to a person fixes theirs. */
  genders: Map<string, Gender | null>;
  text: string;
  /** The entity layer's genders (from titles, honorifics, role words), when it gives them. */
  known?: Record<string, unknown>;
  /** 1 for tokens inside quotation marks, once known: words inside a quote never name its frame's speaker. */
  inQuote?: Uint8Array;
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
  if (Array.isArray(notes) && notes.every(isMention)) return [...notes].sort((a, b) => a.start - b.start);
  const out: MentionLike[] = [];
  for (const entity of state.entities) {
    for (const m of entity.mentions) {
      out.push({ start: m.start, end: m.end, entity: entity.id, type: entity.type, link: m.link, sentence: sentenceAt(state, m.start) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function genderOf(entity: Entity, text: string): Gender | undefined {
  if (entity.type !== 'person') return entity.type === 'organization' ? 'neuter' : undefined;
  let female = false;
  let male = false;
  for (const m of entity.mentions) {
    // Honorifics just before a mention and pronouns already linked to it tell the gender.
    const words = m.link === 'pronoun' ? m.text : text.slice(Math.max(0, m.start - 5), m.start) + ' ' + m.text;
    if (FEMALE_WORDS_RE.test(words)) female = true;
    else if (MALE_WORDS_RE.test(words)) male = true;
  }
  for (const d of entity.descriptors) {
    if (FEMALE_WORDS_RE.test(d.text)) female = true;
    else if (MALE_WORDS_RE.test(d.text)) male = true;
  }
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  return undefined;
}

export function buildSpeakerIndex(state: AnalysisState): SpeakerIndex {
  const mentions = readMentions(state);
  const bySentence: MentionLike[][] = state.sentences.map(() => []);
  const tokenMention = new Int32Array(state.tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    const s = m.sentence >= 0 && m.sentence < bySentence.length ? m.sentence : sentenceAt(state, m.start);
    bySentence[s]?.push(m);
    for (let t = tokenAt(state, m.start); t < state.tokens.length && state.tokens[t].start < m.end; t++) {
      if (tokenMention[t] < 0) tokenMention[t] = i;
    }
  });
  const entities = new Map(state.entities.map((e) => [e.id, e]));
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
