// Incremental story clustering: each new article is scored against indexed candidates and joins, opens or merges stories.
import type { Doc } from '../model/index.js';
import type { AddResult, Assignment, NewArticle, Signature, SignatureRow, Store } from '../store/store.js';
import { extractFeatures, type Features } from './features.js';
import { contentHash, normalizeUrl } from './identity.js';

export type ClusterOptions = {
  /** Join the best story when its score reaches this. */
  threshold: number;
  /** Merge every other story scoring at least this (above `threshold`) into the best one. */
  mergeThreshold: number;
  /** Share of the score from names (the rest from content words). */
  nameWeight: number;
  /** Articles that both name people, places or organizations but share less than this name similarity score half. */
  nameGate: number;
  /**
   * Stories scored by their best-matching article ('max'), the mean of their two best ('top2'), or the
   * similarity to the centroid of their retrieved articles ('centroid').
   */
  link: 'max' | 'top2' | 'centroid';
  /** Candidates only from articles published within this many days (when both are dated). */
  windowDays: number;
  /** Postings read per index key. */
  perKey: number;
  /** Candidate articles scored in full. */
  maxCandidates: number;
  /** Terms and names kept in the stored signature. */
  signatureTerms: number;
  signatureNames: number;
  /** Index keys per article. */
  keyTerms: number;
  keyNames: number;
  /**
   * Split step: when an article joins a story, the story's articles (with it) are cut in two (2-means); when the
   * two halves' centroids score below this, the half without the story's first article moves to a new story.
   * 0: never split.
   */
  splitThreshold: number;
  /** Each half of a split holds at least this many articles. */
  splitMinPart: number;
  /** Stories of this many articles or more are settled: never re-read (keeps the per-article cost bounded). */
  splitMaxArticles: number;
};

/** Tuned on ECB+ train topics (see src/eval/clustering.ts and BENCHMARKS.md). */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  threshold: 0.25,
  mergeThreshold: 0.45,
  nameWeight: 0.45,
  nameGate: 0.15,
  link: 'centroid',
  windowDays: 14,
  perKey: 40,
  maxCandidates: 60,
  signatureTerms: 60,
  signatureNames: 25,
  keyTerms: 10,
  keyNames: 12,
  splitThreshold: 0.475,
  splitMinPart: 4,
  splitMaxArticles: 40,
};

export type Decision = Assignment & { scores: { story: number; score: number }[] };

export type IngestOutcome = AddResult & { duplicate: boolean; assignment?: Decision };

const NAME_PREFIX = 'n:';
const TERM_PREFIX = 't:';

/**
 * Smoothed inverse document frequency. The prior acts as IDF_PRIOR imaginary articles holding none of the
 * words, so a young store (a handful of articles) does not punish the words its articles share.
 */
const IDF_PRIOR = 100;
function idf(df: number | undefined, total: number): number {
  return Math.log((total + IDF_PRIOR) / ((df ?? 0) + 1));
}

function top(counts: Iterable<[string, number]>, weight: (key: string, count: number) => number, n: number): [string, number][] {
  return [...counts]
    .map(([key, count]) => ({ key, count, w: weight(key, count) }))
    .sort((a, b) => b.w - a.w || (a.key < b.key ? -1 : 1))
    .slice(0, n)
    .map(({ key, count }) => [key, count]);
}

type Vector = Map<string, number>;

function vector(counts: [string, number][], df: Map<string, number>, total: number, prefix: string): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [key, count] of counts) {
    const w = (1 + Math.log(count)) * idf(df.get(prefix + key), total);
    v.set(key, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [key, w] of v) v.set(key, w / norm);
  return v;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, w] of small) {
    const o = large.get(key);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** What an article contributes to the store: signature, index keys, df terms. */
export function describeArticle(features: Features, df: Map<string, number>, total: number, options: ClusterOptions) {
  const termWeight = (key: string, count: number) => (1 + Math.log(count)) * idf(df.get(TERM_PREFIX + key), total);
  const nameWeight = (key: string, count: number) => (1 + Math.log(count)) * idf(df.get(NAME_PREFIX + key), total);
  const terms = top(features.terms, termWeight, options.signatureTerms);
  const names = top(features.names, nameWeight, options.signatureNames);
  const signature: Signature = { terms, names, bands: features.bands, length: features.length };
  const keys = [
    ...names.slice(0, options.keyNames).map(([n]) => NAME_PREFIX + n),
    ...terms.slice(0, options.keyTerms).map(([t]) => TERM_PREFIX + t),
    ...features.bands,
  ];
  const dfTerms = [...[...features.terms.keys()].map((t) => TERM_PREFIX + t), ...[...features.names.keys()].map((n) => NAME_PREFIX + n)];
  return { signature, keys, dfTerms };
}

type StoryEntry = { story: number; scores: number[]; terms: Vector; names: Vector; n: number; score: number };

function normalized(v: Vector): Vector {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const out: Vector = new Map();
  for (const [k, w] of v) out.set(k, w / norm);
  return out;
}

function addInto(into: Vector, v: Vector): void {
  for (const [k, w] of v) into.set(k, (into.get(k) ?? 0) + w);
}

/** Names count only when both sides name at least this many people, places or organizations. */
const MIN_NAMES = 3;

/** The combined score: content words and names, halved when both name things but share few, raised for near-duplicates. */
function combine(terms: number, names: number | undefined, options: ClusterOptions): number {
  let score = (1 - options.nameWeight) * terms;
  if (names !== undefined) {
    score += options.nameWeight * names;
    // Same kind of event, different people and places: a different story.
    if (names < options.nameGate) score /= 2;
  }
  return score;
}

/** Groups the candidate rows by story: each story's member scores and the sum of its members' vectors. */
function rankStories(signature: Signature, rows: SignatureRow[], df: Map<string, number>, total: number, options: ClusterOptions) {
  const termsA = vector(signature.terms, df, total, TERM_PREFIX);
  const namesA = vector(signature.names, df, total, NAME_PREFIX);
  const bandsA = new Set(signature.bands);
  const named = (n: number) => signature.names.length >= MIN_NAMES && n >= MIN_NAMES;
  const perStory = new Map<number, StoryEntry>();
  for (const row of rows) {
    const sig = row.signature;
    const terms = vector(sig.terms, df, total, TERM_PREFIX);
    const names = vector(sig.names, df, total, NAME_PREFIX);
    let score = combine(cosine(termsA, terms), named(sig.names.length) ? cosine(namesA, names) : undefined, options);
    // Sharing half the MinHash bands means a near-duplicate (wire copy, republished text).
    const sharedBands = sig.bands.filter((b) => bandsA.has(b)).length;
    if (bandsA.size && sharedBands * 2 >= bandsA.size) score = Math.max(score, 0.9);
    let entry = perStory.get(row.story);
    if (!entry) perStory.set(row.story, (entry = { story: row.story, scores: [], terms: new Map(), names: new Map(), n: 0, score: 0 }));
    entry.scores.push(score);
    addInto(entry.terms, terms);
    addInto(entry.names, names);
    entry.n = Math.max(entry.n, sig.names.length);
  }
  const entries = [...perStory.values()];
  for (const entry of entries) {
    const list = entry.scores.sort((a, b) => b - a);
    if (options.link === 'centroid') {
      const centroid = combine(cosine(termsA, normalized(entry.terms)), named(entry.n) ? cosine(namesA, normalized(entry.names)) : undefined, options);
      entry.score = Math.max(centroid, list[0] >= 0.9 ? list[0] : 0);
    } else {
      entry.score = options.link === 'top2' && list.length > 1 ? (list[0] + list[1]) / 2 : list[0];
    }
  }
  entries.sort((a, b) => b.score - a.score || a.story - b.story);
  return entries;
}

/** Scores candidate stories for a signature; pure over the rows the store returned. */
export function scoreStories(signature: Signature, rows: SignatureRow[], df: Map<string, number>, total: number, options: ClusterOptions): { story: number; score: number }[] {
  return rankStories(signature, rows, df, total, options).map(({ story, score }) => ({ story, score }));
}

type Member = { id: number; terms: Vector; names: Vector };

/** The similarity of two members or centroids: the combined term and name cosine, without the name gate. */
function memberSimilarity(a: { terms: Vector; names: Vector }, b: { terms: Vector; names: Vector }, options: ClusterOptions): number {
  return (1 - options.nameWeight) * cosine(a.terms, b.terms) + options.nameWeight * cosine(a.names, b.names);
}

function centroidOf(members: Member[]): { terms: Vector; names: Vector } {
  const terms: Vector = new Map();
  const names: Vector = new Map();
  for (const m of members) {
    addInto(terms, m.terms);
    addInto(names, m.names);
  }
  return { terms: normalized(terms), names: normalized(names) };
}

/**
 * Cuts a story's members in two: seeded by its least similar pair, then 2-means (a fixed number of rounds, ties
 * to the first half). Returns the second half's ids and the two halves' centroid similarity, or undefined when a
 * half is smaller than `minPart`. Deterministic for a given member order.
 */
export function bisect(members: Member[], options: ClusterOptions): { second: Set<number>; similarity: number } | undefined {
  if (members.length < 2 * options.splitMinPart) return undefined;
  let seedA = 0;
  let seedB = 1;
  let lowest = Infinity;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const sim = memberSimilarity(members[i], members[j], options);
      if (sim < lowest) [lowest, seedA, seedB] = [sim, i, j];
    }
  }
  let a = { terms: members[seedA].terms, names: members[seedA].names };
  let b = { terms: members[seedB].terms, names: members[seedB].names };
  let inB: boolean[] = [];
  for (let round = 0; round < 6; round++) {
    inB = members.map((m) => memberSimilarity(m, a, options) < memberSimilarity(m, b, options));
    const second = members.filter((_, i) => inB[i]);
    if (second.length === 0 || second.length === members.length) return undefined;
    a = centroidOf(members.filter((_, i) => !inB[i]));
    b = centroidOf(second);
  }
  const size = inB.filter(Boolean).length;
  if (size < options.splitMinPart || members.length - size < options.splitMinPart) return undefined;
  return { second: new Set(members.filter((_, i) => inB[i]).map((m) => m.id)), similarity: memberSimilarity(a, b, options) };
}

/**
 * The split step for a join: reads the joined story's members (bounded by `splitMaxArticles`), cuts them and the
 * new article in two, and turns the join into a split when the halves are far apart.
 */
async function checkSplit(store: Store, decision: Decision, signature: Signature, df: Map<string, number>, total: number, options: ClusterOptions): Promise<Decision> {
  if (decision.kind !== 'join' || options.splitThreshold <= 0) return decision;
  const story = await store.getStory(decision.story);
  if (!story || story.mergedInto !== undefined || story.articles + 1 < 2 * options.splitMinPart || story.articles >= options.splitMaxArticles) return decision;
  const rows = await store.getSignatures(await store.storyMembers(story.id, options.splitMaxArticles));
  const missing = new Set<string>();
  for (const row of rows) {
    for (const [t] of row.signature.terms) if (!df.has(TERM_PREFIX + t)) missing.add(TERM_PREFIX + t);
    for (const [n] of row.signature.names) if (!df.has(NAME_PREFIX + n)) missing.add(NAME_PREFIX + n);
  }
  const allDf = new Map(df);
  if (missing.size) for (const [k, v] of (await store.termStats([...missing])).df) allDf.set(k, v);
  const member = (id: number, sig: Signature): Member => ({ id, terms: vector(sig.terms, allDf, total, TERM_PREFIX), names: vector(sig.names, allDf, total, NAME_PREFIX) });
  // The newcomer is id 0 (stored ids start at 1) and comes last, after the members in ingest order.
  const members = [...rows.map((r) => member(r.article, r.signature)), member(0, signature)];
  const cut = bisect(members, options);
  if (!cut || cut.similarity >= options.splitThreshold) return decision;
  // The half holding the story's first article keeps the story.
  const moving = cut.second.has(members[0].id) ? members.filter((m) => !cut.second.has(m.id)) : members.filter((m) => cut.second.has(m.id));
  const detach = moving.map((m) => m.id).filter((id) => id !== 0);
  const side = moving.some((m) => m.id === 0) ? 'detached' : 'kept';
  return { kind: 'split', story: story.id, version: story.version, detach, side, score: decision.score, scores: decision.scores };
}

/** Decides where an article goes: best story above the threshold, several above the merge bar, or a new one. */
export function decideAssignment(scores: { story: number; score: number }[], options: ClusterOptions): Decision {
  const best = scores[0];
  if (!best || best.score < options.threshold) return { kind: 'new', scores, score: best?.score };
  const strong = scores.filter((s) => s.score >= options.mergeThreshold).slice(0, 4);
  if (strong.length > 1) return { kind: 'merge', stories: strong.map((s) => s.story), score: strong[1].score, scores };
  return { kind: 'join', story: best.story, score: best.score, scores };
}

/** Everything needed to store one article, computed outside the store's transaction. */
export async function prepareArticle(store: Store, doc: Doc, features: Features, options: ClusterOptions, addedAt?: string): Promise<{ article: NewArticle; decision: Decision }> {
  const probe = [...[...features.terms.keys()].map((t) => TERM_PREFIX + t), ...[...features.names.keys()].map((n) => NAME_PREFIX + n)];
  const stats = await store.termStats(probe);
  const { signature, keys, dfTerms } = describeArticle(features, stats.df, stats.total, options);
  const window = features.day === undefined ? undefined : { from: features.day - options.windowDays, to: features.day + options.windowDays };
  const hits = await store.findCandidates({ keys, window, perKey: options.perKey });
  // Rank candidates by how much rare evidence they share before scoring the best few in full.
  const keyWeight = (key: string) => (key.startsWith('b') ? 4 : idf(stats.df.get(key), stats.total));
  const ranked = hits
    .map((hit) => ({ article: hit.article, weight: hit.keys.reduce((sum, key) => sum + keyWeight(key), 0) }))
    .sort((a, b) => b.weight - a.weight || b.article - a.article)
    .slice(0, options.maxCandidates);
  const rows = await store.getSignatures(ranked.map((r) => r.article));
  const candidateTerms = new Set<string>();
  for (const row of rows) {
    for (const [t] of row.signature.terms) if (!stats.df.has(TERM_PREFIX + t)) candidateTerms.add(TERM_PREFIX + t);
    for (const [n] of row.signature.names) if (!stats.df.has(NAME_PREFIX + n)) candidateTerms.add(NAME_PREFIX + n);
  }
  const df = new Map(stats.df);
  if (candidateTerms.size) for (const [k, v] of (await store.termStats([...candidateTerms])).df) df.set(k, v);
  const decision = await checkSplit(store, decideAssignment(scoreStories(signature, rows, df, stats.total, options), options), signature, df, stats.total, options);
  const article: NewArticle = {
    hash: contentHash(doc.text), doc, signature, keys, terms: dfTerms,
  };
  const url = normalizeUrl(doc.source);
  if (url) article.url = url;
  if (features.day !== undefined) article.day = features.day;
  if (addedAt) article.addedAt = addedAt;
  return { article, decision };
}

/** The outcome for an article whose URL or content is already stored (ingest is idempotent), or undefined. */
export async function findStored(store: Store, doc: Doc): Promise<IngestOutcome | undefined> {
  const existing = await store.findArticle({ url: normalizeUrl(doc.source), hash: contentHash(doc.text) });
  if (existing === undefined) return undefined;
  const stored = await store.getArticle(existing);
  return { article: existing, story: stored?.story ?? 0, created: false, merged: [], duplicate: true };
}

/** Stores one article and assigns it to a story; a stored URL or content is a no-op (idempotent). */
export async function clusterArticle(store: Store, doc: Doc, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS, addedAt?: string): Promise<IngestOutcome> {
  const stored = await findStored(store, doc);
  if (stored) return stored;
  const features = extractFeatures(doc);
  const { article, decision } = await prepareArticle(store, doc, features, options, addedAt);
  const { scores: _scores, ...assignment } = decision;
  const result = await store.addArticle(article, assignment as Assignment);
  return { ...result, duplicate: !result.created, assignment: decision };
}
