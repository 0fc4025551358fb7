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
};

/** Where the clustering decided the article goes; the store applies it atomically with the insert. */
export type Assignment =
  | { kind: 'new'; score?: number }
  | { kind: 'join'; story: number; score?: number }
  | { kind: 'merge'; stories: number[]; score?: number }
  /**
   * Join `story` and move its members `detach` into a new story; the article goes to the `side` it fits. Applied
   * only when `story` is still live at `version` (nothing changed it since the decision); otherwise a plain join.
   */
  | { kind: 'split'; story: number; version: number; detach: number[]; side: 'kept' | 'detached'; score?: number };

export type AddResult = {
  article: number;
  story: number;
  /** false when the URL or content was already stored (nothing was written). */
  created: boolean;
  /** Stories folded into `story` by this insert. */
  merged: number[];
  /** The story a split opened for the detached members (see Assignment 'split'). */
  split?: number;
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

  /** Live (not merged-away) stories, most recently active first. */
  listStories(options?: { since?: string; limit?: number }): Promise<StorySummary[]>;
  /** A story by id; a merged-away id still resolves (see `mergedInto`). */
  getStory(id: number): Promise<StorySummary | undefined>;
  /** The story's articles in ingest order. */
  storyArticles(story: number): Promise<StoredArticle[]>;
  /** The ids of the story's first `limit` articles in ingest order (an index range read, no documents). */
  storyMembers(story: number, limit: number): Promise<number[]>;
  listMerges(): Promise<MergeRecord[]>;

  getReport(story: number): Promise<CachedReport | undefined>;
  /** Caches a report computed for `version`; ignored when the story changed meanwhile. */
  putReport(story: number, version: number, report: unknown): Promise<boolean>;
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
