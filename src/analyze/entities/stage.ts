// Stage: entities (person, organization, place, other) with descriptors and in-article coreference.
import type { AnalysisState, Stage } from '../types.js';
import type { Entity, EntityType } from '../../model/index.js';
import { makeSpan } from '../../model/index.js';
import type { MentionRef, Piece, Gender } from './types.js';
import { gazetteer } from './gazetteer.js';
import { findWords } from './find-words.js';
import { findPieces } from './find-pieces.js';
import { addPiece, type Draft, newLinking } from './link-mentions.js';
import { linkDescriptions } from './link-descriptions.js';

/** Notes the entity stage leaves for later stages (never serialised). */
export type EntityNotes = {
  mentions: MentionRef[];
  /** Entity id -> gender, when a title, honorific or role word tells it. */
  entityGender: Record<string, Gender>;
};

/** Decides the type of entities nothing typed: people by shape, lone words from what they were linked to. */
function settleType(draft: Draft): EntityType | undefined {
  if (draft.type) return draft.type;
  // A two- or three-word name later used by its last word alone ("Jo Brand ... Brand said") is a person's.
  if (draft.parts.length > 1) return draft.mentions.some((m) => m.link === 'surname') && draft.parts.length <= 4 ? 'person' : 'other';
  // A lone capitalised word seen only at sentence starts, with no cue at all, is most likely a common word.
  if (draft.mentions.every((m) => m.initial)) return undefined;
  return 'other';
}

export function findEntities(state: AnalysisState): void {
  const { doc } = state;
  const text = doc.text;
  const gaz = gazetteer();
  const docWords = findWords(state);
  const { words } = docWords;
  const pieces = findPieces(state, docWords, gaz);
  const titleWords = new Set<number>();
  for (const piece of pieces) if (piece.kind === 'title') for (let i = piece.from; i < piece.to; i++) titleWords.add(i);
  const linking = newLinking(text, words, titleWords, gaz);
  // Body first, then headings: a heading's words count only when they name something the body names too.
  const headings: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'name') continue;
    if (piece.heading) headings.push(piece);
    else addPiece(linking, piece);
  }
  for (const piece of headings) addPiece(linking, piece);
  const drafts = linking.drafts.filter((d) => !d.heading || d.strength >= 3);
  for (const draft of drafts) {
    const type = settleType(draft);
    if (type) draft.type = type;
  }
  const kept = drafts.filter((d) => d.type !== undefined);
  linkDescriptions(text, words, docWords.theWords, kept);
  // Entities in order of their first mention (the sort is stable, so ties keep the drafts' order).
  const order = kept.map((draft, index) => {
    let min = Infinity;
    for (const m of draft.mentions) if (m.start < min) min = m.start;
    return { draft, min, index };
  });
  if (!inOrder(order, minOf)) order.sort((a, b) => a.min - b.min);
  for (let k = 0; k < order.length; k++) kept[k] = order[k].draft;
  const entities: Entity[] = [];
  const refs: MentionRef[] = [];
  const entityGender: Record<string, Gender> = {};
  for (let n = 0; n < kept.length; n++) {
    const draft = kept[n];
    const id = `${doc.id}-e${n + 1}`;
    if (!inOrder(draft.mentions, startOf)) draft.mentions.sort((a, b) => a.start - b.start);
    const type = draft.type as EntityType;
    const mentions: Entity['mentions'] = [];
    for (const m of draft.mentions) {
      mentions.push({ doc: doc.id, start: m.start, end: m.end, text: text.slice(m.start, m.end), link: m.link });
      refs.push({ start: m.start, end: m.end, entity: id, type, link: m.link, sentence: m.sentence });
    }
    const entity: Entity = {
      id,
      name: fullestName(mentions, draft.name),
      type,
      mentions,
      descriptors: dedupe(draft.descriptors.map((r) => ({ doc: doc.id, text: text.slice(r.start, r.end), span: makeSpan(doc.id, text, r.start, r.end) }))),
    };
    if (draft.subtype) entity.subtype = draft.subtype;
    if (draft.gender) entityGender[id] = draft.gender;
    entities.push(entity);
  }
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  state.entities = entities;
  const notes: EntityNotes = { mentions: refs, entityGender };
  state.notes.mentions = notes.mentions;
  state.notes.entityGender = notes.entityGender;
}

/** The fullest form the article uses: its longest explicit mention (so "Associated Press" over "AP"). */
function fullestName(mentions: Entity['mentions'], fallback: string): string {
  let best = '';
  for (const m of mentions) {
    if (m.link !== 'explicit') continue;
    const surface = m.text;
    // Longer wins; at equal length a written-out form beats one in capitals ("Kessling Bay" over a dateline's).
    if (surface.length > best.length || (surface.length === best.length && best === best.toUpperCase() && surface !== best)) best = surface;
  }
  return best || fallback;
}

/** Is the list already in ascending order of `key` (a stable sort would then change nothing)? */
function inOrder<T>(list: T[], key: (item: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (key(list[i]) < key(list[i - 1])) return false;
  return true;
}

const startOf = (item: { start: number }): number => item.start;
const minOf = (item: { min: number }): number => item.min;

function dedupe<T extends { span: { start: number; end: number } }>(list: T[]): T[] {
  if (list.length < 2) return list;
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of list.sort((a, b) => a.span.start - b.span.start)) {
    const key = `${item.span.start}:${item.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  provides: ['entities', 'coref'],
  run: findEntities,
};
