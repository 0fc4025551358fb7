// Thin adapters from HTTP-shaped input to the library API: compare posted articles, store articles, search and report stories.
import type { Doc, Report } from '../model/index.js';
import { analyzeDocs, compare } from '../index.js';
import { ingestRecord } from '../ingest/index.js';
import type { Store, StoredArticle, StorySummary } from '../store/store.js';
import { clusterArticle } from '../stories/cluster.js';
import { stem } from '../stories/features.js';
import { liveStory, storyReport } from '../stories/report.js';

/** An article as the API receives it (validated by the request schemas before it gets here). */
export type ArticleInput = {
  text?: string; html?: string; url?: string; outlet?: string; published?: string; title?: string; byline?: string;
};

/** Ingests posted records into Docs with ids d1, d2, ... in input order; a bad record throws an InputError naming it. */
export function ingestArticles(articles: ArticleInput[]): Doc[] {
  return articles.map((article, i) => ({ ...ingestRecord(article, `article ${i + 1}`), id: `d${i + 1}` }));
}

/** Analyzes and compares docs whose ids are distinct; the order of the stages lives in the library. */
export function compareDocs(docs: Doc[]): Report {
  return compare(analyzeDocs(docs));
}

/** `POST /v1/compare`: posted articles in, Report out, nothing stored. */
export function compareArticles(articles: ArticleInput[]): Report {
  return compareDocs(ingestArticles(articles));
}

export type IngestedArticle = { article: number; story: number; created: boolean; duplicate: boolean; merged: number[] };

/**
 * `POST /v1/articles`: every record is ingested first (a bad one fails the request before anything is stored),
 * then each is stored and assigned to a story by the same clustering `corroborate ingest` uses.
 */
export async function storeArticles(store: Store, articles: ArticleInput[], addedAt: string): Promise<IngestedArticle[]> {
  const docs = ingestArticles(articles);
  const out: IngestedArticle[] = [];
  for (const doc of docs) {
    const r = await clusterArticle(store, doc, undefined, addedAt);
    out.push({ article: r.article, story: r.story, created: r.created, duplicate: r.duplicate, merged: r.merged });
  }
  return out;
}

export type ArticleSummary = {
  id: number; source: string; url?: string; outlet?: string; title?: string; published?: string; addedAt?: string;
};

function articleSummary(a: StoredArticle): ArticleSummary {
  const out: ArticleSummary = { id: a.id, source: a.doc.source };
  if (a.url !== undefined) out.url = a.url;
  if (a.doc.outlet !== undefined) out.outlet = a.doc.outlet;
  if (a.doc.title !== undefined) out.title = a.doc.title;
  if (a.doc.published !== undefined) out.published = a.doc.published;
  if (a.addedAt !== undefined) out.addedAt = a.addedAt;
  return out;
}

export type StoryDetail = { story: StorySummary; articles: ArticleSummary[] };

/** `GET /v1/stories/:id`: the live story (a merged-away id resolves to the story it went into) and its articles. */
export async function storyDetail(store: Store, id: number): Promise<StoryDetail | undefined> {
  const story = (await liveStory(store, id))?.story;
  if (!story) return undefined;
  return { story, articles: (await store.storyArticles(story.id)).map(articleSummary) };
}

/** `GET /v1/stories/:id/report`: the story's cross-check, cached per story version (the same call as `corroborate story`). */
export async function storyReportOf(store: Store, id: number): Promise<Report | undefined> {
  return (await storyReport(store, id))?.report;
}

export type StoryQuery = { q?: string; since?: string; limit: number };

/** Stories scanned for title matches and postings read per search key: search cost never grows with the store. */
const SEARCH_RECENT_STORIES = 500;
const SEARCH_PER_KEY = 200;
const SEARCH_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function searchWords(q: string): string[] {
  return [...new Set((q.toLowerCase().match(SEARCH_WORD) ?? []).map((w) => w.replace(/[’']s$/, '')).filter((w) => w.length > 1))].slice(0, 8);
}

/**
 * `GET /v1/stories`: live stories, newest first. With `q`, a story matches when every word of the query is in its
 * title or in the story-index keys of one of its articles (a name like "corinne albescu", a name word, or a
 * content word): indexed lookups bounded per key, plus the titles of the most recent stories.
 */
export async function listStories(store: Store, query: StoryQuery): Promise<StorySummary[]> {
  const words = query.q === undefined ? [] : searchWords(query.q);
  if (!words.length) return store.listStories({ since: query.since, limit: query.limit });
  const phrase = words.join(' ');
  const keyWords = new Map<string, string[]>([[`n:${phrase}`, words]]);
  for (const w of words) {
    for (const key of [`n:${w}`, `t:${stem(w)}`]) keyWords.set(key, [...(keyWords.get(key) ?? []), w]);
  }
  const matched = new Map<number, Set<string>>();
  const mark = (story: number, ws: string[]) => {
    const set = matched.get(story) ?? new Set<string>();
    for (const w of ws) set.add(w);
    matched.set(story, set);
  };
  const hits = await store.findCandidates({ keys: [...keyWords.keys()], perKey: SEARCH_PER_KEY });
  const storyOf = new Map<number, number>();
  for (const hit of hits) {
    const sig = storyOf.get(hit.article) ?? (await store.getSignatures([hit.article]))[0]?.story;
    if (sig === undefined) continue;
    storyOf.set(hit.article, sig);
    for (const key of hit.keys) mark(sig, keyWords.get(key) ?? []);
  }
  const recent = await store.listStories({ since: query.since, limit: SEARCH_RECENT_STORIES });
  for (const story of recent) {
    const title = (story.title ?? '').toLowerCase();
    const inTitle = words.filter((w) => title.includes(w));
    if (inTitle.length) mark(story.id, inTitle);
  }
  const byId = new Map<number, StorySummary>();
  for (const [id, ws] of matched) {
    if (ws.size < words.length) continue;
    const story = (await liveStory(store, id))?.story;
    if (story && story.articles > 0 && (!query.since || newest(story) >= query.since)) byId.set(story.id, story);
  }
  return [...byId.values()].sort((a, b) => (newest(b) < newest(a) ? -1 : newest(b) > newest(a) ? 1 : b.id - a.id)).slice(0, query.limit);
}

function newest(story: StorySummary): string {
  return story.lastPublished ?? story.lastAdded ?? '';
}
