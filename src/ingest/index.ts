// Ingestion: turns files, directories and records into Docs with ids d1, d2, ... in input order.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Doc } from '../model/index.js';
import { InputError } from '../model/index.js';
import { readInputFile } from './read.js';
import { textDraft, type Draft } from './text.js';

export type IngestOptions = {
  /** Overrides or supplies the publication date (ISO 8601). */
  published?: string;
  /** Overrides or supplies the outlet name. */
  outlet?: string;
};

export type IngestResult = { docs: Doc[]; errors: InputError[] };

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);

/** Reads one file into zero or more drafts (a JSONL file holds many). */
export function readFileDrafts(path: string, errors: InputError[]): Draft[] {
  const ext = extname(path).toLowerCase();
  const raw = readInputFile(path);
  if (TEXT_EXTENSIONS.has(ext)) return [textDraft(raw, path)];
  return [textDraft(raw, path)];
}

/** Expands directories (sorted, non-recursive into hidden entries) into file paths. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isDir = false;
    try { isDir = statSync(path).isDirectory(); } catch { out.push(path); continue; }
    if (!isDir) { out.push(path); continue; }
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      out.push(...expandPaths([join(path, name)]));
    }
  }
  return out;
}

function finish(drafts: Draft[], options: IngestOptions): Doc[] {
  return drafts.map((draft, i) => {
    const doc: Doc = { id: `d${i + 1}`, ...draft };
    if (options.published) doc.published = options.published;
    if (options.outlet) doc.outlet = options.outlet;
    return doc;
  });
}

/** Ingests paths; bad inputs are collected as errors and the rest go on. */
export function ingestPaths(paths: string[], options: IngestOptions = {}): IngestResult {
  const errors: InputError[] = [];
  const drafts: Draft[] = [];
  for (const path of expandPaths(paths)) {
    try {
      drafts.push(...readFileDrafts(path, errors));
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else errors.push(new InputError('E_PARSE', path, `could not be read: ${(error as Error).message}`));
    }
  }
  return { docs: finish(drafts, options), errors };
}

/** Ingests one in-memory text (library use, HTTP bodies). */
export function ingestText(text: string, source = 'input', options: IngestOptions = {}): Doc {
  return finish([textDraft(text, source)], options)[0];
}
