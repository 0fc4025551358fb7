// Ingestion: turns files, directories and records into Docs with ids d1, d2, ... in input order.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Doc } from '../model/index.js';
import { InputError } from '../model/index.js';
import { htmlDraft } from './html.js';
import { MAX_INPUT_BYTES, readInputFile } from './read.js';
import { asInputError, parseJsonlText, readJsonFile, readJsonlFile, recordDraft } from './records.js';
import { textDraft, type Draft } from './text.js';

export type IngestOptions = {
  /** Overrides or supplies the publication date (ISO 8601). */
  published?: string;
  /** Overrides or supplies the outlet name. */
  outlet?: string;
};

export type IngestResult = { docs: Doc[]; errors: InputError[] };

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl';

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};
/** Directories deeper than this are not followed (and symlink loops are cut by real path). */
const MAX_DIRECTORY_DEPTH = 16;
const HTML_DOCUMENT = /^\s*<(?:!doctype\s+html|html)\b/i;
const HTML_FRAGMENT = /^\s*<(?:!doctype|html|head|body|article|main|div|p|section|h[1-6]|meta|title)\b/i;

/** Guesses a format from content when the extension does not say: markup, JSON, JSON lines, or text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 2048);
  if (HTML_FRAGMENT.test(head)) return 'html';
  const first = head.trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') {
    const lines = text.split('\n', 3).filter((line) => line.trim() !== '');
    return lines.length > 1 && lines.every((line) => line.trim().startsWith('{') && line.trim().endsWith('}')) ? 'jsonl' : 'json';
  }
  return 'text';
}

/** Reads one file into zero or more drafts (JSON and JSONL files hold many; their bad records go to `errors`). */
export function readFileDrafts(path: string, errors: InputError[]): Draft[] {
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (format === 'jsonl') return readJsonlFile(path, errors);
  if (format === 'json') return readJsonFile(path, errors);
  const raw = readInputFile(path);
  if (format === 'html') return [htmlDraft(raw, path)];
  if (format === 'text') return [HTML_DOCUMENT.test(raw.slice(0, 512)) ? htmlDraft(raw, path) : textDraft(raw, path)];
  return draftsOfText(raw, path, sniffFormat(raw), errors);
}

function draftsOfText(raw: string, source: string, format: InputFormat, errors: InputError[]): Draft[] {
  if (format === 'html') return [htmlDraft(raw, source)];
  if (format === 'jsonl') return parseJsonlText(raw, source, errors);
  if (format === 'json') {
    const errorsBefore = errors.length;
    try {
      const drafts: Draft[] = [];
      const parsed = JSON.parse(raw) as unknown;
      if (Array.isArray(parsed)) parsed.forEach((item, i) => { try { drafts.push(recordDraft(item, `${source}#${i + 1}`)); } catch (e) { errors.push(asInputError(e, `${source}#${i + 1}`)); } });
      else drafts.push(recordDraft(parsed, source));
      return drafts;
    } catch {
      // Text that merely starts with a brace or bracket is still text.
      errors.length = errorsBefore;
      return [textDraft(raw, source)];
    }
  }
  return [textDraft(raw, source)];
}

/**
 * Expands directories (sorted, skipping hidden entries, following each real directory once) into file paths.
 * A directory that cannot be read becomes an error; the rest go on.
 */
/** Names of a directory's own documentation files, skipped when a directory is expanded (given by name, they are read). */
const PROJECT_FILES = /^(?:readme|license|licence|copying|changelog|contributing|authors|notice)(?:\.[a-z]{1,8})?$/i;

export function expandPaths(paths: string[], errors: InputError[] = []): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string, depth: number, top: boolean): void => {
    let isDir = false;
    try { isDir = statSync(path).isDirectory(); } catch { out.push(path); return; }
    if (!isDir) { out.push(path); return; }
    let real = path;
    try { real = realpathSync(path); } catch { /* keep the given path */ }
    if (seen.has(real) || depth > MAX_DIRECTORY_DEPTH) return;
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (error) {
      errors.push(new InputError('E_PARSE', path, `directory could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
      return;
    }
    const before = out.length;
    for (const name of names) {
      // Hidden files and a folder's own documentation (README, LICENSE, ...) are not articles.
      if (name.startsWith('.') || PROJECT_FILES.test(name)) continue;
      visit(join(path, name), depth + 1, false);
    }
    if (top && out.length === before) errors.push(new InputError('E_NO_INPUT', path, 'directory holds no files'));
  };
  for (const path of paths) visit(path, 0, true);
  return out;
}

/** Gives drafts their ids and applies the caller's overrides; a draft left with no text is an error. */
function finish(drafts: Draft[], options: IngestOptions, errors: InputError[], firstId = 1): Doc[] {
  const docs: Doc[] = [];
  for (const draft of drafts) {
    if (draft.text.trim() === '') {
      errors.push(new InputError('E_EMPTY', draft.source, 'has no article text left after removing boilerplate'));
      continue;
    }
    const doc: Doc = { id: `d${firstId + docs.length}`, ...draft };
    if (options.published) { doc.published = options.published; doc.meta = { ...doc.meta, published: 'option' }; }
    if (options.outlet) { doc.outlet = options.outlet; doc.meta = { ...doc.meta, outlet: 'option' }; }
    docs.push(doc);
  }
  return docs;
}

/** Ingests paths; bad inputs are collected as errors (one per input or record) and the rest go on. */
export function ingestPaths(paths: string[], options: IngestOptions = {}): IngestResult {
  const errors: InputError[] = [];
  const drafts: Draft[] = [];
  for (const path of expandPaths(paths, errors)) {
    try {
      // A loop, not push(...): a JSONL dump can hold more records than a call's argument limit.
      for (const draft of readFileDrafts(path, errors)) drafts.push(draft);
    } catch (error) {
      errors.push(asInputError(error, path));
    }
  }
  return { docs: finish(drafts, options, errors), errors };
}

/** Throws the first error, for the single-input calls below. */
function single(drafts: Draft[], options: IngestOptions, source: string): Doc {
  const errors: InputError[] = [];
  const [doc] = finish(drafts, options, errors);
  if (!doc) throw errors[0] ?? new InputError('E_EMPTY', source);
  return doc;
}

function checkLength(text: string, source: string): void {
  if (text.length > MAX_INPUT_BYTES) {
    throw new InputError('E_TOO_LARGE', source, `is ${(text.length / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  }
}

/** Ingests one in-memory plain text (library use, HTTP bodies). Throws an InputError when nothing is left. */
export function ingestText(text: string, source = 'input', options: IngestOptions = {}): Doc {
  checkLength(text, source);
  return single([textDraft(text, source)], options, source);
}

/** Ingests one in-memory HTML page. Throws an InputError for markup over the limits or with no text. */
export function ingestHtml(html: string, source = 'input', options: IngestOptions = {}): Doc {
  checkLength(html, source);
  return single([htmlDraft(html, source)], options, source);
}

/**
 * Ingests one JSON-like record (`text` or `html`, optional url, outlet, published, title, byline), as the HTTP
 * API receives them. Throws an InputError naming `source` for a bad record.
 */
export function ingestRecord(record: unknown, source = 'record', options: IngestOptions = {}): Doc {
  return single([recordDraft(record, source)], options, source);
}

export { MAX_INPUT_BYTES } from './read.js';
