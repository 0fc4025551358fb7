// The Store interface: where articles, their candidate-index keys, stories and cached reports live (SQLite, later PostgreSQL).
import type { Doc } from '../model/index.js';

/** What clustering keeps about an article: enough to score it against a newcomer without re-analysis. */
export type Signature = {
  /** Top content words with their raw counts in the article, best first. */
  terms: [string, number][];
  /** Top normalized names (people, organizations, places, proper-noun runs) with their counts. */
  names: [string, number][];
  /** MinHash LSH band keys over word shingles. */
  bands: string[];
  /** Number of content words in the article (for normalization). */
  length: number;
};

/** A new article as ingest hands it to the store, fully prepared outside the transaction. */
export type NewArticle = {
  /** Normalized URL when the source is an http(s) URL; unique. */
  url?: string;
  /** sha256 of the lowercased, whitespace-collapsed text; unique. */
  hash: string;
  doc: Doc;
  /** Day number (days since 1970-01-01) of publication, when known. */
  day?: number;
  /** When ingest stored it (ISO), supplied by the caller; the store never reads the clock. */
  addedAt?: string;
  signature: Signature;
  /** Candidate-index keys (names, terms, MinHash bands), already prefixed by kind. */
  keys: string[];
  /** Distinct content words, for the document-frequency table. */
  terms: string[];
  /** What the article adds to its story's centroid; absent: the centroid is left as it is. */
  centroid?: CentroidContribution;
};

/**
 * A story's running centroid: the sum of its articles' weighted term and name vectors, heaviest entries first,
 * capped so its size (and every read and update of it) stays bounded however large the story grows.
 */
export type Centroid = {
  /** Articles summed into it (fewer than the story's articles for stories begun before centroids existed). */
  articles: number;
  terms: [string, number][];
  names: [string, number][];
};

/** An article's vector and the caps its story's centroid is cut to after adding it. */
export type CentroidContribution = {
  terms: [string, number][];
  names: [string, number][];
  maxTerms: number;
  maxNames: number;
};

/** Where the clustering decided the article goes; the store applies it atomically with the insert. */
export type Assignment =
  | { kind: 'new'; score?: number }
  | { kind: 'join'; story: number; score?: number }
  | { kind: 'merge'; stories: number[]; score?: number };

export type AddResult = {
  article: number;
  story: number;
  /** false when the URL or content was already stored (nothing was written). */
  created: boolean;
  /** Stories folded into `story` by this insert. */
  merged: number[];
};

export type StoredArticle = {
  id: number;
  url?: string;
  hash: string;
  story: number;
  published?: string;
  addedAt?: string;
  doc: Doc;
};

export type CandidateQuery = {
  keys: string[];
  /** Inclusive day window; undated articles are candidates for every window. Absent: no window. */
  window?: { from: number; to: number };
  /** At most this many postings read per key (most recent first), so lookup cost never grows with the store. */
  perKey: number;
};

/** A posting hit: an article sharing `keys` with the query. */
export type Candidate = { article: number; keys: string[] };

export type SignatureRow = { article: number; story: number; day?: number; signature: Signature };

export type StorySummary = {
  id: number;
  title?: string;
  articles: number;
  firstPublished?: string;
  lastPublished?: string;
  lastAdded?: string;
  /** Bumped whenever the story's article set changes; the cached report is fresh when it matches. */
  version: number;
  /** Set when this story was merged into another. */
  mergedInto?: number;
};

export type MergeRecord = { into: number; from: number; article: number; score?: number };

export type CachedReport = { version: number; report: unknown };

/** One interface for every store; every method is async so a networked store (PostgreSQL) fits the same suite. */
export interface Store {
  readonly kind: string;
  /** The highest applied migration. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;

  /** The id of an already stored article with this URL or content hash. */
  findArticle(key: { url?: string; hash: string }): Promise<number | undefined>;
  /** Inserts the article, its index keys and term counts, and applies the assignment, in one transaction. */
  addArticle(article: NewArticle, assignment: Assignment): Promise<AddResult>;
  getArticle(id: number): Promise<StoredArticle | undefined>;
  countArticles(): Promise<number>;

  /** Document frequencies of the given terms and the number of articles they were counted over. */
  termStats(terms: string[]): Promise<{ total: number; df: Map<string, number> }>;
  /** Articles sharing index keys with the query: an indexed lookup bounded by `perKey`, never a scan. */
  findCandidates(query: CandidateQuery): Promise<Candidate[]>;
  getSignatures(articles: number[]): Promise<SignatureRow[]>;
  /**
   * The stored centroids of these stories (a merged-away id is absent: ask for the live story). Updated in the
   * same transaction as the article insert that changes them; a merge sums the merged stories' centroids.
   */
  getCentroids(stories: number[]): Promise<Map<number, Centroid>>;

  /** Live (not merged-away) stories, most recently active first. */
  listStories(options?: { since?: string; limit?: number }): Promise<StorySummary[]>;
  /** A story by id; a merged-away id still resolves (see `mergedInto`). */
  getStory(id: number): Promise<StorySummary | undefined>;
  /** The story's articles in ingest order. */
  storyArticles(story: number): Promise<StoredArticle[]>;
  listMerges(): Promise<MergeRecord[]>;

  getReport(story: number): Promise<CachedReport | undefined>;
  /** Caches a report computed for `version`; ignored when the story changed meanwhile. */
  putReport(story: number, version: number, report: unknown): Promise<boolean>;
}

const WEIGHT_DIGITS = 1e6;

function sumInto(into: Map<string, number>, entries: [string, number][]): void {
  for (const [key, w] of entries) into.set(key, (into.get(key) ?? 0) + w);
}

function cut(sum: Map<string, number>, max: number): [string, number][] {
  return [...sum]
    .map(([key, w]): [string, number] => [key, Math.round(w * WEIGHT_DIGITS) / WEIGHT_DIGITS])
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max);
}

/**
 * The centroid of a story after an insert: the kept story's centroid, plus the article's contribution, plus
 * the centroids of the stories merged into it (in that order), rounded and cut to the caps. Every store calls
 * this inside its insert transaction, so a story's centroid never disagrees with its articles.
 */
export function combineCentroids(story: Centroid | undefined, article: CentroidContribution, merged: (Centroid | undefined)[]): Centroid {
  const terms = new Map<string, number>();
  const names = new Map<string, number>();
  let articles = 1;
  for (const part of [story, { articles: 0, terms: article.terms, names: article.names }, ...merged]) {
    if (!part) continue;
    sumInto(terms, part.terms);
    sumInto(names, part.names);
    articles += part.articles;
  }
  return { articles, terms: cut(terms, article.maxTerms), names: cut(names, article.maxNames) };
}

/** A story's display title: its first article's title, else that article's first line cut at a word (every store uses this). */
export function storyTitle(doc: Doc): string | undefined {
  if (doc.title) return doc.title;
  const line = doc.text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (!line) return undefined;
  if (line.length <= 80) return line;
  const cut = line.lastIndexOf(' ', 77);
  return `${line.slice(0, cut > 40 ? cut : 77)}...`;
}
