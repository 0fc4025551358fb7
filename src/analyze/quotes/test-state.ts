// Test helper: an analysis state built by hand (real sentences and tokens, hand-written entities) for the quote tests.
import type { Entity, EntityType } from '../../model/index.js';
import { makeSpan } from '../../model/index.js';
import { newState } from '../pipeline.js';
import { splitSentences } from '../sentences/split.js';
import type { AnalysisState } from '../types.js';
import { sentenceAt } from './speaker-index.js';

export type HandEntity = { name: string; type?: EntityType; subtype?: string; descriptors?: string[]; aliases?: string[] };

function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) out.push(at);
  }
  return out;
}

/**
 * Sentences and tokens come from the real sentence stage; entities are the given ones, their full names
 * and aliases linked 'explicit' and each person's bare surname linked to the nearest full mention before it
 * ('surname'), as the entity layer's contract promises.
 */
export function stateWith(text: string, entities: HandEntity[], headings?: { start: number; end: number }[]): AnalysisState {
  const state = newState({ id: 'd1', source: 'test', contributors: [], text, removed: [], headings });
  splitSentences(state);
  const out: Entity[] = entities.map((e, i) => ({
    id: `d1-e${i + 1}`, name: e.name, type: e.type ?? 'person', subtype: e.subtype, mentions: [],
    descriptors: (e.descriptors ?? []).map((d) => ({ doc: 'd1', text: d })),
  }));
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && s < b);
  const full: { at: number; entity: number }[] = [];
  entities.forEach((e, i) => {
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      for (const at of occurrences(text, name)) {
        if (!free(at, at + name.length)) continue;
        taken.push([at, at + name.length]);
        out[i].mentions.push({ ...makeSpan('d1', text, at, at + name.length), link: 'explicit' });
        full.push({ at, entity: i });
      }
    }
  });
  const surnames = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if ((e.type ?? 'person') !== 'person' || !e.name.includes(' ')) return;
    const surname = e.name.slice(e.name.lastIndexOf(' ') + 1);
    surnames.set(surname, [...(surnames.get(surname) ?? []), i]);
  });
  for (const [surname, owners] of surnames) {
    for (const at of occurrences(text, surname)) {
      if (!free(at, at + surname.length)) continue;
      const before = full.filter((f) => f.at < at && owners.includes(f.entity)).sort((a, b) => b.at - a.at)[0];
      const owner = before?.entity ?? owners[0];
      out[owner].mentions.push({ ...makeSpan('d1', text, at, at + surname.length), link: 'surname' });
    }
  }
  for (const e of out) e.mentions.sort((a, b) => a.start - b.start);
  state.entities = out;
  state.notes.mentions = out
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id, type: e.type, link: m.link, sentence: sentenceAt(state, m.start) })))
    .sort((a, b) => a.start - b.start);
  return state;
}
