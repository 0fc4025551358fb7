// Pass 4: definite descriptions ("the spokesman", "the 64-year-old minister") linked to the person who carries that role.
import type { Word } from './types.js';
import type { Draft } from './link-mentions.js';
import { isRoleHead, isYearOld } from './find-descriptors.js';
import { ROLE_FILLER, ROLE_HEAD, ROLE_MODIFIER, wordFlags } from './word-flags.js';

/** Folds gendered and variant role words together: spokesman/spokeswoman/spokesperson all become "spokes". */
export function roleStem(lower: string): string {
  if (lower.startsWith('spokes')) return 'spokes';
  if (lower.startsWith('chair')) return 'chair';
  if (lower === 'advisor') return 'adviser';
  if (lower.startsWith('congress')) return 'congress';
  return lower;
}

/** "officials", "spokesmen": a group, not one person. */
function isPlural(lower: string): boolean {
  return lower.endsWith('men') || lower.endsWith('people') || (lower.endsWith('s') && isRoleHead(lower.slice(0, -1)));
}

/**
 * Finds "the [modifiers] ROLE" phrases that are not followed by a name, and links each to the most recently
 * mentioned person whose descriptors hold that role. Returns the links made.
 */
export function linkDescriptions(text: string, words: Word[], theWords: number[], drafts: Draft[]): void {
  const people = drafts.filter((d) => d.type === 'person');
  if (people.length === 0) return;
  const stems = new Map<Draft, Set<string>>();
  const wanted = new Set<string>();
  for (const draft of people) {
    const set = new Set<string>();
    if (draft.roles) for (const role of draft.roles) set.add(roleStem(role));
    stems.set(draft, set);
    for (const stem of set) wanted.add(stem);
  }
  if (wanted.size === 0) return;
  // Character ranges already spoken for (names and their descriptors): a description never overlaps them.
  let taken: Uint8Array | undefined;
  const isTaken = (start: number, end: number): boolean => {
    if (!taken) {
      taken = new Uint8Array(text.length + 1);
      for (const draft of people) {
        for (const range of draft.descriptors) taken.fill(1, range.start, range.end);
        for (const m of draft.mentions) taken.fill(1, m.start, m.end);
      }
    }
    return taken[start] === 1 || taken[end - 1] === 1;
  };
  // Words up to `after` belong to the last description linked.
  let after = -1;
  for (const i of theWords) {
    if (i <= after) continue;
    const sentence = words[i].sentence;
    let j = i + 1;
    while (j < words.length && words[j].sentence === sentence && !words[j].cap && j - i <= 5
      && ((wordFlags(words[j]) & (ROLE_MODIFIER | ROLE_FILLER | ROLE_HEAD)) !== 0 || words[j].pos === 'ADJ' || isYearOld(words[j].lower))) j++;
    const head = j - 1;
    const word = words[head];
    if (head <= i || !isRoleHead(word.lower) || isPlural(word.lower)) continue;
    const next = words[head + 1];
    // Followed by a name or by "of ..." / ", NAME": a title or an appositive, already handled as a descriptor.
    if (next && next.sentence === sentence && (next.cap || next.lower === 'of' || next.lower === 'at')) continue;
    const start = words[i].start;
    const end = word.end;
    const stem = roleStem(word.lower);
    if (!wanted.has(stem) || isTaken(start, end)) continue;
    let best: Draft | undefined;
    let bestStart = -1;
    for (const draft of people) {
      if (!stems.get(draft)!.has(stem)) continue;
      let last = -1;
      for (const m of draft.mentions) if (m.start < start && m.start > last) last = m.start;
      if (last > bestStart) { best = draft; bestStart = last; }
    }
    if (!best) continue;
    best.mentions.push({ start, end, sentence, link: 'description', initial: false, words: head - i + 1 });
    after = head;
  }
}
