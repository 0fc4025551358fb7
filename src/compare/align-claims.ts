// Claim alignment: weighted (IDF) cosine mixed with containment over content words, entities, dates and figures, then greedy clusters.
import type { Claim } from './claims.js';

export type ClaimPair = { a: number; b: number; sim: number };

export type ClaimAlignment = {
  /** Clusters of claim indexes; each holds at most one claim per document. */
  clusters: number[][];
  /** Every cross-document pair at or above the threshold. */
  pairs: ClaimPair[];
  /** Best similarity each claim reaches with a claim of another document. */
  best: Float64Array;
};

/** Similarity (mean of cosine and containment) at or above which two claims of different articles report the same thing. */
export const ALIGN_THRESHOLD = 0.3;

function weightOf(feature: string, idf: number): number {
  if (feature.startsWith('T:')) return idf * 1.5;
  if (feature.startsWith('E:')) return idf * 1.2;
  return idf;
}

/** Pairwise similarity through an inverted index, so unrelated claims cost nothing. */
export function alignClaims(claims: Claim[], threshold = ALIGN_THRESHOLD, counts: (c: Claim) => boolean = () => true): ClaimAlignment {
  // Document frequencies come from the claims `counts` accepts (one copy of a reprinted story, not every copy).
  const df = new Map<string, number>();
  let n = 0;
  for (const c of claims) {
    if (!counts(c)) continue;
    n++;
    for (const f of c.features) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const weights = claims.map((c) => {
    const w = new Map<string, number>();
    let norm = 0;
    for (const f of c.features) {
      const value = weightOf(f, Math.log(1 + Math.max(n, 1) / (df.get(f) || 1)));
      w.set(f, value);
      norm += value * value;
    }
    return { w, norm: Math.sqrt(norm) };
  });
  const postings = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const f of c.features) {
      const list = postings.get(f) ?? [];
      list.push(i);
      postings.set(f, list);
    }
  });
  const pairs: ClaimPair[] = [];
  const best = new Float64Array(claims.length);
  const scores = new Float64Array(claims.length);
  const touched: number[] = [];
  for (let i = 0; i < claims.length; i++) {
    const ci = claims[i];
    for (const [f, wi] of weights[i].w) {
      for (const j of postings.get(f)!) {
        if (j <= i || claims[j].doc === ci.doc) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] += wi * weights[j].w.get(f)!;
      }
    }
    for (const j of touched) {
      const dot = scores[j];
      const cos = dot / (weights[i].norm * weights[j].norm || 1);
      // Containment of the smaller claim (a short sentence inside a long one) counts half.
      const small = Math.min(weights[i].norm, weights[j].norm);
      const sim = (cos + dot / (small * small || 1)) / 2;
      scores[j] = 0;
      if (sim > best[i]) best[i] = sim;
      if (sim > best[j]) best[j] = sim;
      if (sim >= threshold) pairs.push({ a: i, b: j, sim });
    }
    touched.length = 0;
  }
  pairs.sort((p, q) => q.sim - p.sim || p.a - q.a || p.b - q.b);
  return { clusters: cluster(claims, pairs), pairs, best };
}

/** Greedy single-link clustering from the strongest pair down, never two claims of one document in a cluster. */
function cluster(claims: Claim[], pairs: ClaimPair[]): number[][] {
  const owner = new Map<number, number>();
  const clusters: { members: number[]; docs: Set<number> }[] = [];
  for (const { a, b } of pairs) {
    const ca = owner.get(a);
    const cb = owner.get(b);
    if (ca === undefined && cb === undefined) {
      owner.set(a, clusters.length);
      owner.set(b, clusters.length);
      clusters.push({ members: [a, b], docs: new Set([claims[a].doc, claims[b].doc]) });
    } else if (ca !== undefined && cb === undefined) {
      if (clusters[ca].docs.has(claims[b].doc)) continue;
      clusters[ca].members.push(b);
      clusters[ca].docs.add(claims[b].doc);
      owner.set(b, ca);
    } else if (ca === undefined && cb !== undefined) {
      if (clusters[cb].docs.has(claims[a].doc)) continue;
      clusters[cb].members.push(a);
      clusters[cb].docs.add(claims[a].doc);
      owner.set(a, cb);
    } else if (ca !== cb) {
      const x = clusters[ca!];
      const y = clusters[cb!];
      if ([...y.docs].some((d) => x.docs.has(d))) continue;
      for (const m of y.members) { x.members.push(m); owner.set(m, ca!); }
      for (const d of y.docs) x.docs.add(d);
      y.members = [];
    }
  }
  // A sentence may report two things another article says in two sentences: such pairs, left out above, become
  // clusters of their own, as long as neither claim is already in two clusters.
  const count = new Map<number, number>();
  for (const c of clusters) for (const m of c.members) count.set(m, 1);
  const extra: number[][] = [];
  for (const { a, b } of pairs) {
    if (owner.get(a) === owner.get(b) || (count.get(a) ?? 0) >= 2 || (count.get(b) ?? 0) >= 2) continue;
    extra.push([a, b]);
    count.set(a, (count.get(a) ?? 0) + 1);
    count.set(b, (count.get(b) ?? 0) + 1);
  }
  return clusters.filter((c) => c.members.length > 1).map((c) => c.members.sort((p, q) => p - q)).concat(extra);
}
