// The library API: the one place where the order of ingest -> analyze -> compare is written.
import type { Analysis, AnalyzedDoc, Doc } from './model/index.js';
import { runPipeline } from './analyze/pipeline.js';
import { ingestHtml, ingestPaths, ingestRecord, ingestText, type IngestOptions, type IngestResult } from './ingest/index.js';

export * from './model/index.js';
export { ingestHtml, ingestPaths, ingestRecord, ingestText, type IngestOptions, type IngestResult };
export { compare } from './compare/index.js';
export { analyzeBounded, ingestPathsBounded, BoundedPool, type Bounds } from './bounded/index.js';
export { detectLanguage, type LanguageGuess } from './analyze/language/index.js';
export { render, shouldColor, RENDER_FORMATS, type RenderFormat, type RenderOptions } from './render/index.js';

export type AnalyzeOptions = { published?: string };

/** Analyzes one document: sentences, entities, quotes, times, numbers. Pure; never throws for odd text. */
export function analyzeDoc(doc: Doc, options: AnalyzeOptions = {}): AnalyzedDoc {
  const published = options.published ?? doc.published;
  return runPipeline(doc, { published, options: {} }).doc;
}

/** Analyzes several documents into analyze's JSON output shape. */
export function analyze(docs: Doc[], options: AnalyzeOptions = {}): Analysis {
  return { version: 1, documents: docs.map((doc) => analyzeDoc(doc, options)) };
}
