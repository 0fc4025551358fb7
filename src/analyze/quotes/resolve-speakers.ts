// Resolves statement speakers in text order: named and described speakers directly, pronouns by the speaker rule, adjacent quote pieces by their neighbours.
import type { AnalysisState } from '../types.js';
import { BACK_REFERENCE_OUTLET_NOUNS, CONTINUATION_CUES, SUBJECT_PRONOUNS, type Gender } from './cues.js';
import { genderFor, pronounFits, type SpeakerIndex } from './speaker-index.js';
import type { SpeakerRef, Statement } from './types.js';

type Spoken = { entity: string; sentence: number; statement: Statement };

const LINK_TO_HOW: Record<string, Statement['how']> = {
  explicit: 'explicit', surname: 'surname', partial: 'surname', description: 'description', pronoun: 'pronoun',
};

/** Whether a heading lies between two sentences (a new section: pronouns do not reach across it). */
function headingBetween(state: AnalysisState, from: number, to: number): boolean {
  for (let s = from + 1; s < to; s++) if (state.sentences[s]?.heading) return true;
  return false;
}

const POSSESSIVE_NEXT_RE = /^['\u2019]s?\b/;
/** A preposition (and "the") right before a mention: "to the ministry" names no speaker. */
const PREPOSITION_BEFORE_RE = /\b(?:to|of|from|with|by|at|for|on|about|in)\s+(?:the\s+)?$/;

/**
 * The pronoun rule. A subject pronoun next to a cue ("he added", "she said") names:
 * 1. the most recent speaker of a statement that fits the pronoun (he/she: a person of that or unknown gender;
 *    they/it: an organization) within the last two sentences (three for continuation cues such as "added",
 *    "insisted", "continued"), not across a heading. The previous quote's speaker wins over a person merely
 *    mentioned in between ("X said A. Y has long opposed it. "B," he added." gives B to X);
 * 2. otherwise the first fitting person or organization that heads a phrase in the same sentence before the
 *    pronoun, then in the previous sentence, even across a paragraph break (a newly introduced speaker:
 *    "Earlier, the minister, Ana Ruiz, addressed the crowd. "We stay," she said.");
 * 3. otherwise nobody: the speaker stays empty rather than guessed.
 */
export function resolvePronounSpeaker(
  state: AnalysisState, index: SpeakerIndex, history: Spoken[], pronoun: string, at: number, sentence: number, cue: string,
): string | undefined {
  const gender: Gender = SUBJECT_PRONOUNS.get(pronoun) ?? 'plural';
  const window = CONTINUATION_CUES.has(cue) ? 3 : 2;
  for (let h = history.length - 1; h >= 0; h--) {
    const spoken = history[h];
    if (sentence - spoken.sentence > window || headingBetween(state, spoken.sentence, sentence)) break;
    if (pronounFits(index, spoken.entity, gender)) return spoken.entity;
  }
  const same = candidateBefore(state, index, sentence, at, gender);
  if (same) return same;
  const prev = sentence - 1;
  if (prev >= 0 && !state.sentences[prev].heading) return candidateBefore(state, index, prev, Infinity, gender);
  return undefined;
}

/** The first person or organization of sentence s before offset `before` that heads a phrase and fits the pronoun. */
function candidateBefore(state: AnalysisState, index: SpeakerIndex, s: number, before: number, gender: Gender): string | undefined {
  const text = state.doc.text;
  for (const m of index.bySentence[s] ?? []) {
    if (m.start >= before) break;
    if (m.type !== 'person' && m.type !== 'organization') continue;
    if (POSSESSIVE_NEXT_RE.test(text.slice(m.end, m.end + 2))) continue;
    const lead = text.slice(Math.max(0, m.start - 6), m.start).toLowerCase();
    if (PREPOSITION_BEFORE_RE.test(lead)) continue;
    if (pronounFits(index, m.entity, gender)) return m.entity;
  }
  return undefined;
}

function isSorted<T>(items: T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (order(items[i - 1], items[i]) > 0) return false;
  return true;
}

/**
 * What `[...a, ...b].sort(order)` gives (a stable sort: on ties, items of `a` first, each list in its order),
 * merged in one pass when `a` is already sorted, as the mention list is.
 */
function mergeByStart<T>(a: T[], b: T[], order: (x: T, y: T) => number): T[] {
  if (!isSorted(a, order)) return [...a, ...b].sort(order);
  const sortedB = isSorted(b, order) ? b : [...b].sort(order);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < sortedB.length) out.push(order(sortedB[j], a[i]) < 0 ? sortedB[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < sortedB.length) out.push(sortedB[j++]);
  return out;
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

export type PronounMention = { entity: string; start: number; end: number; sentence: number };

/**
 * Adds the pronouns that name speakers to their entities' mentions (and to the shared mention list), keeping
 * both sorted. Done once at the end, so thousands of "he said" stay linear. Where the entity layer had tied
 * the same pronoun to someone else, the speaker rule wins.
 */
export function addPronounMentions(state: AnalysisState, added: PronounMention[]): void {
  if (added.length === 0) return;
  const text = state.doc.text;
  // Offsets where a speaker pronoun starts: mentions starting there are replaced.
  const at = new Set<number>();
  for (const p of added) at.add(p.start);
  const byEntity = new Map<string, PronounMention[]>();
  for (const p of added) {
    const list = byEntity.get(p.entity);
    if (list) list.push(p);
    else byEntity.set(p.entity, [p]);
  }
  for (const entity of state.entities) {
    const mine = byEntity.get(entity.id) ?? [];
    if (mine.length === 0 && !entity.mentions.some((m) => at.has(m.start))) continue;
    const kept = entity.mentions.filter((m) => !at.has(m.start));
    for (const p of mine) kept.push({ doc: state.doc.id, start: p.start, end: p.end, text: text.slice(p.start, p.end), link: 'pronoun' });
    entity.mentions = kept.sort(byStart);
  }
  const notes = state.notes.mentions;
  if (Array.isArray(notes)) {
    const types = new Map<string, string>();
    for (const e of state.entities) types.set(e.id, e.type);
    const kept = (notes as { start: number }[]).filter((m) => !at.has(m.start));
    const extra = added.map((p) => ({ start: p.start, end: p.end, entity: p.entity, type: types.get(p.entity), link: 'pronoun', sentence: p.sentence } as { start: number }));
    state.notes.mentions = mergeByStart(kept, extra, byStart);
  }
}

const PLURAL_HEAD_RE = /(?:s|police|staff|people|personnel)$/i;

/** The last statement, at most two sentences back, whose speaker is a plural description with no entity. */
function pluralDescribed(described: Statement[], sentence: number): Statement | undefined {
  const last = described[described.length - 1];
  if (!last || sentence - last.sentence > 2 || !last.speakerName || !PLURAL_HEAD_RE.test(last.speakerName)) return undefined;
  return last;
}

function applyRef(
  state: AnalysisState, index: SpeakerIndex, st: Statement, ref: SpeakerRef, history: Spoken[],
  outletBefore: (offset: number) => string | undefined, pronouns: PronounMention[], describedSoFar: Statement[],
): void {
  const text = state.doc.text;
  if (ref.kind === 'mention') {
    const entity = index.entities.get(ref.mention.entity);
    st.speaker = ref.mention.entity;
    st.speakerName = entity?.name ?? text.slice(ref.mention.start, ref.mention.end);
    st.how = LINK_TO_HOW[ref.mention.link ?? 'explicit'] ?? 'explicit';
  } else if (ref.kind === 'pronoun') {
    const id = resolvePronounSpeaker(state, index, history, ref.pronoun, ref.start, st.sentence, st.attribution?.cue ?? '');
    if (!id) {
      // "Officials said ... They added": a plural description speaks again, still without an entity.
      const described = ref.pronoun === 'they' ? pluralDescribed(describedSoFar, st.sentence) : undefined;
      if (described) {
        st.speakerName = described.speakerName;
        st.how = 'pronoun';
      }
      return;
    }
    st.speaker = id;
    st.speakerName = index.entities.get(id)?.name;
    st.how = 'pronoun';
    const gender = SUBJECT_PRONOUNS.get(ref.pronoun);
    if ((gender === 'male' || gender === 'female') && genderFor(index, id) === undefined) index.genders.set(id, gender);
    pronouns.push({ entity: id, start: ref.start, end: ref.end, sentence: st.sentence });
  } else if (ref.kind === 'description') {
    const words = text.slice(ref.start, ref.end);
    const parts = words.toLowerCase().split(/\s+/);
    const backReference = parts[0] === 'the' && parts.length <= 3 && BACK_REFERENCE_OUTLET_NOUNS.has(parts[parts.length - 1]);
    const outlet = backReference ? outletBefore(ref.start) : undefined;
    const id = ref.entity ?? outlet;
    st.how = 'description';
    if (id) {
      st.speaker = id;
      st.speakerName = index.entities.get(id)?.name ?? words;
    } else {
      st.speakerName = words;
    }
  }
}

/** Gives `st` the speaker of `from` (and its cue, without a speaker of its own). */
function copySpeaker(st: Statement, from: Statement, how: Statement['how']): void {
  if (!from.speaker && !from.speakerName) return;
  st.speaker = from.speaker;
  st.speakerName = from.speakerName;
  st.how = how;
  if (!st.attribution && from.attribution) st.attribution = { ...from.attribution, speaker: { kind: 'none' } };
}

/**
 * Resolves every statement in text order. Interrupted and multi-paragraph quote pieces take their
 * neighbour's speaker ('adjacent'); partial quotes take the speaker of the statement holding them; a framed
 * direct quote with no frame of its own takes the speaker of a statement in the sentence before.
 */
export function resolveSpeakers(state: AnalysisState, index: SpeakerIndex, statements: Statement[], outletBefore: (offset: number) => string | undefined): void {
  const history: Spoken[] = [];
  const pronouns: PronounMention[] = [];
  const described: Statement[] = [];
  const done: boolean[] = new Array(statements.length).fill(false);
  const resolve = (i: number, depth = 0) => {
    if (done[i] || depth > 8) return;
    const st = statements[i];
    if (st.follows !== undefined) {
      resolve(st.follows, depth + 1);
      copySpeaker(st, statements[st.follows], 'adjacent');
    } else if (st.within !== undefined) {
      resolve(st.within, depth + 1);
      copySpeaker(st, statements[st.within], statements[st.within].how);
    } else if (st.attribution) {
      applyRef(state, index, st, st.attribution.speaker, history, outletBefore, pronouns, described);
    } else if (st.adjacentOk) {
      const last = history[history.length - 1];
      if (last && st.sentence - last.sentence <= 1 && !headingBetween(state, last.sentence, st.sentence)) copySpeaker(st, last.statement, 'adjacent');
    }
    done[i] = true;
    if (st.speaker && st.kind !== 'term') history.push({ entity: st.speaker, sentence: st.sentence, statement: st });
    else if (st.speakerName && st.how === 'description') described.push(st);
  };
  for (let i = 0; i < statements.length; i++) resolve(i);
  addPronounMentions(state, pronouns);
}
