// Independence of sources: near-verbatim copies (a wire story reprinted) count as one source.
import type { AnalyzedDoc } from '../model/index.js';
import { words } from './text.js';

export type Copy = { doc: string; source: string; overlap: number };

export type Independence = {
  copies: Copy[];
  /** Document id -> id of its source group (the earliest document of a set of copies). */
  group: Map<string, string>;
};

const SHINGLE = 5;
/** Share of the shorter article's five-word shingles found in the other one that makes it a copy. */
export const COPY_OVERLAP = 0.5;
const MIN_SHINGLES = 40;

export function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Which of two documents copies the other: the later (or undated) one, else the one citing the other's outlet, else the shorter. */
function direction(a: AnalyzedDoc, b: AnalyzedDoc, sizeA: number, sizeB: number): [AnalyzedDoc, AnalyzedDoc] {
  if (a.published && b.published && a.published !== b.published) return a.published > b.published ? [a, b] : [b, a];
  // A reprint often drops the date line; the dated one is the likelier original.
  if (!!a.published !== !!b.published) return a.published ? [b, a] : [a, b];
  const cites = (x: AnalyzedDoc, y: AnalyzedDoc) => !!y.outlet && (x.citations ?? []).some((c) => c.outlet.toLowerCase() === y.outlet!.toLowerCase());
  if (cites(a, b) !== cites(b, a)) return cites(a, b) ? [a, b] : [b, a];
  if (sizeA !== sizeB) return sizeA < sizeB ? [a, b] : [b, a];
  return [b, a];
}

export function findCopies(docs: AnalyzedDoc[]): Independence {
  const sets = docs.map((d) => shingles(d.text));
  const copies: Copy[] = [];
  const parent = new Map(docs.map((d) => [d.id, d.id]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const [small, large] = sets[i].size <= sets[j].size ? [sets[i], sets[j]] : [sets[j], sets[i]];
      // A few shared sentences are quotation or coincidence; a copy is a story's worth of shared wording.
      if (small.size < MIN_SHINGLES) continue;
      let shared = 0;
      for (const s of small) if (large.has(s)) shared++;
      const overlap = shared / small.size;
      if (overlap < COPY_OVERLAP) continue;
      const [copy, source] = direction(docs[i], docs[j], sets[i].size, sets[j].size);
      copies.push({ doc: copy.id, source: source.id, overlap: Math.round(overlap * 100) / 100 });
      const ra = find(docs[i].id);
      const rb = find(docs[j].id);
      if (ra !== rb) {
        // The group is named after its earliest document in input order.
        const [keep, drop] = docs.findIndex((d) => d.id === ra) < docs.findIndex((d) => d.id === rb) ? [ra, rb] : [rb, ra];
        parent.set(drop, keep);
      }
    }
  }
  const group = new Map(docs.map((d) => [d.id, find(d.id)]));
  return { copies, group };
}
