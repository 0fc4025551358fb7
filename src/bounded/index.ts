// Bounded batch work: each file's extraction and each document's analysis runs in a worker thread under a time and heap limit.
import { statSync } from 'node:fs';
import type { AnalyzedDoc, Doc } from '../model/index.js';
import { InputError } from '../model/index.js';
import { expandPaths, ingestPaths, type IngestOptions, type IngestResult } from '../ingest/index.js';
import { ANALYZE_BATCH, analyzeDocs } from '../index.js';
import { BoundedPool, DEFAULT_BOUNDS, type Bounds } from './pool.js';
import type { WireError } from './types.js';

export { BoundedPool, DEFAULT_BOUNDS, type Bounds };

export type BoundedAnalysis = { documents: AnalyzedDoc[]; errors: InputError[] };

function unwire(error: WireError): InputError {
  return new InputError(error.code, error.input, error.detail);
}

/** Runs `fn` with a pool that is closed afterwards unless the caller passed its own. */
async function withPool<T>(bounds: Bounds & { pool?: BoundedPool }, fn: (pool: BoundedPool) => Promise<T>): Promise<T> {
  const pool = bounds.pool ?? new BoundedPool(bounds);
  try {
    return await fn(pool);
  } finally {
    if (!bounds.pool) await pool.close();
  }
}

/** A batch sent to one thread holds at most this much text; a larger document goes alone. */
const BATCH_CHARS = 256 * 1024;

/** Cuts docs into runs of consecutive documents: at most ANALYZE_BATCH of them and BATCH_CHARS of text each. */
function batches(docs: Doc[]): Doc[][] {
  const out: Doc[][] = [];
  let current: Doc[] = [];
  let chars = 0;
  for (const doc of docs) {
    if (current.length && (current.length >= ANALYZE_BATCH || chars + doc.text.length > BATCH_CHARS)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(doc);
    chars += doc.text.length;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Analyzes documents in worker threads under `timeMs` and `memoryMb`: a document that overruns gets an E_TOO_LARGE
 * error naming it and the others go on. Results keep input order. Small documents travel in batches (one task
 * each, analyzed stage by stage, ~15% cheaper); a batch that overruns is redone one document per task, so only the
 * document at fault is reported.
 */
export async function analyzeBounded(docs: Doc[], options: Bounds & { published?: string; pool?: BoundedPool } = {}): Promise<BoundedAnalysis> {
  return withPool(options, async (pool) => {
    const taskOptions = { published: options.published };
    const one = async (doc: Doc): Promise<{ documents: AnalyzedDoc[]; errors: InputError[] }> => {
      try {
        const response = await pool.run({ task: 'analyze', doc, options: taskOptions }, doc.source);
        if (response.analyzed) return { documents: [response.analyzed], errors: [] };
        return { documents: [], errors: (response.errors ?? [{ code: 'E_PARSE', input: doc.source }]).map(unwire) };
      } catch (error) {
        return { documents: [], errors: [error as InputError] };
      }
    };
    const batch = async (group: Doc[]): Promise<{ documents: AnalyzedDoc[]; errors: InputError[] }> => {
      if (group.length === 1) return one(group[0]);
      try {
        const response = await pool.run({ task: 'analyze-batch', docs: group, options: taskOptions }, group[0].source);
        if (response.analyzedDocs) return { documents: response.analyzedDocs, errors: [] };
      } catch {
        // Over a bound: find the document at fault by redoing the batch one document per task.
      }
      const parts = await Promise.all(group.map(one));
      return { documents: parts.flatMap((p) => p.documents), errors: parts.flatMap((p) => p.errors) };
    };
    const results = await Promise.all(batches(docs).map(batch));
    return { documents: results.flatMap((r) => r.documents), errors: results.flatMap((r) => r.errors) };
  });
}

/**
 * `ingestPaths` with each file read and extracted (HTML through Readability included) in a bounded worker
 * thread. Documents are numbered d1, d2, ... in input order, as `ingestPaths` does.
 */
export async function ingestPathsBounded(paths: string[], options: IngestOptions & Bounds & { pool?: BoundedPool } = {}): Promise<IngestResult> {
  return withPool(options, async (pool) => {
    const errors: InputError[] = [];
    const files = expandPaths(paths, errors);
    const ingestOptions: IngestOptions = { published: options.published, outlet: options.outlet };
    const settled = await Promise.allSettled(files.map((path) => pool.run({ task: 'ingest', path, options: ingestOptions }, path)));
    const docs: Doc[] = [];
    for (const outcome of settled) {
      if (outcome.status === 'rejected') { errors.push(outcome.reason as InputError); continue; }
      for (const doc of outcome.value.docs ?? []) docs.push({ ...doc, id: `d${docs.length + 1}` });
      errors.push(...(outcome.value.errors ?? []).map(unwire));
    }
    return { docs, errors };
  });
}

/** Inputs at least this large (all files together) are read and analyzed in bounded threads by the CLI. */
export const BOUNDED_FROM_BYTES = 1024 * 1024;

/**
 * Whether a batch should run bounded: `CORROBORATE_BOUNDED=always|never` decides, otherwise inputs of
 * BOUNDED_FROM_BYTES or more (a thread costs ~0.5-3 s to start under tsx; small inputs stay in-process).
 */
export function shouldBound(paths: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.CORROBORATE_BOUNDED === 'always') return true;
  if (env.CORROBORATE_BOUNDED === 'never') return false;
  let total = 0;
  for (const path of expandPaths(paths, [])) {
    try { total += statSync(path).size; } catch { /* missing files are reported by ingest */ }
    if (total >= BOUNDED_FROM_BYTES) return true;
  }
  return false;
}

/**
 * The CLI's read-and-analyze step: in-process for small inputs, in bounded threads (one pool for both steps) when
 * `shouldBound` says so. `onIngested` sees the ingest errors first (the CLI reports them and may stop there);
 * `fallbackPublished` dates documents that carry no date of their own.
 */
export async function readAndAnalyze(
  paths: string[],
  options: IngestOptions & { fallbackPublished?: string } & Bounds,
  onIngested: (errors: InputError[], usable: number) => void,
): Promise<BoundedAnalysis> {
  const ingestOptions: IngestOptions = { published: options.published, outlet: options.outlet };
  const dated = (docs: Doc[]) => (options.fallbackPublished ? docs.map((d) => (d.published ? d : { ...d, published: options.fallbackPublished })) : docs);
  if (!shouldBound(paths)) {
    const { docs, errors } = ingestPaths(paths, ingestOptions);
    onIngested(errors, docs.length);
    return { documents: analyzeDocs(dated(docs)), errors: [] };
  }
  return withPool(options, async (pool) => {
    const { docs, errors } = await ingestPathsBounded(paths, { ...ingestOptions, pool });
    onIngested(errors, docs.length);
    return analyzeBounded(dated(docs), { pool });
  });
}
