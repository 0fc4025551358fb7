// A story's cross-check report: compare() over its articles, cached in the store per story version.
import type { AnalyzedDoc, Report } from '../model/index.js';
import { runPipelineBatch } from '../analyze/pipeline.js';
import { compare } from '../compare/index.js';
import type { Store, StorySummary } from '../store/store.js';

export type StoryReport = { story: StorySummary; report: Report; cached: boolean; mergedFrom?: number };

/** Follows merges to the live story an id now belongs to. */
export async function liveStory(store: Store, id: number): Promise<{ story: StorySummary; mergedFrom?: number } | undefined> {
  let story = await store.getStory(id);
  const first = story;
  for (let hops = 0; story?.mergedInto !== undefined && hops < 1000; hops++) story = await store.getStory(story.mergedInto);
  if (!story) return undefined;
  return story.id === first?.id ? { story } : { story, mergedFrom: id };
}

/** The story's articles, analyzed and numbered d1, d2, ... in ingest order (as `compare` numbers its inputs). */
export async function storyDocuments(store: Store, story: number): Promise<AnalyzedDoc[]> {
  const articles = await store.storyArticles(story);
  const docs = articles.map((article, i) => ({ ...article.doc, id: `d${i + 1}` }));
  // One batch, stage by stage (the same results as one document at a time); compare keeps every document anyway.
  return runPipelineBatch(docs, (i) => ({ published: docs[i].published, options: {} })).map((result) => result.doc);
}

/** Returns the story's report, recomputing it (and caching it) when the story changed since the last one. */
export async function storyReport(store: Store, id: number): Promise<StoryReport | undefined> {
  const live = await liveStory(store, id);
  if (!live) return undefined;
  const { story } = live;
  const cached = await store.getReport(story.id);
  if (cached && cached.version === story.version) return { ...live, report: cached.report as Report, cached: true };
  const report = compare(await storyDocuments(store, story.id));
  await store.putReport(story.id, story.version, report);
  return { ...live, report, cached: false };
}
