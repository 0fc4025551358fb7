// Helpers for later stages: which entity sits at an offset, and the person a pronoun most likely refers to.
import type { AnalysisState } from '../types.js';
import type { Entity } from '../../model/index.js';
import type { Gender, MentionRef } from './types.js';

export function mentionsOf(state: AnalysisState): MentionRef[] {
  return (state.notes.mentions as MentionRef[] | undefined) ?? [];
}

/** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
function lowerBound(mentions: MentionRef[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention overlapping [start, end), preferring the one that starts first; undefined when none. */
export function entityAt(state: AnalysisState, start: number, end: number): MentionRef | undefined {
  const mentions = mentionsOf(state);
  // Mentions are short; stepping back a few covers one that starts before `start` and reaches into it.
  let i = lowerBound(mentions, start);
  while (i > 0 && mentions[i - 1].end > start) i--;
  for (; i < mentions.length && mentions[i].start < end; i++) {
    if (mentions[i].end > start) return mentions[i];
  }
  return undefined;
}

/** The entity with this id. */
export function entityById(state: AnalysisState, id: string): Entity | undefined {
  return state.entities.find((e) => e.id === id);
}

/**
 * The most recent person mentioned before `offset` whose known gender (if any) agrees with the pronoun's.
 * Returns the entity, or undefined when no person is mentioned before.
 */
export function resolvePronoun(state: AnalysisState, offset: number, gender?: Gender): Entity | undefined {
  const mentions = mentionsOf(state);
  const genders = (state.notes.entityGender as Record<string, Gender> | undefined) ?? {};
  for (let i = lowerBound(mentions, offset) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.type !== 'person' || m.end > offset) continue;
    const known = genders[m.entity];
    if (gender && known && known !== gender) continue;
    return entityById(state, m.entity);
  }
  return undefined;
}
