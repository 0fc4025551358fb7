// Messages between the bounded-work pool and its worker threads (plain, structured-clone data).
import type { AnalyzedDoc, Doc, ErrorCode } from '../model/index.js';
import type { IngestOptions } from '../ingest/index.js';

export type WireError = { code: ErrorCode; input: string; detail?: string };

export type BoundedRequest =
  | { id: number; task: 'ingest'; path: string; options: IngestOptions }
  | { id: number; task: 'analyze'; doc: Doc; options: { published?: string } }
  | { id: number; task: 'analyze-batch'; docs: Doc[]; options: { published?: string } };

export type BoundedResponse = { id: number; docs?: Doc[]; analyzed?: AnalyzedDoc; analyzedDocs?: AnalyzedDoc[]; errors?: WireError[] };
