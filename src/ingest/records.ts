// JSON and JSONL adapters: records with `text` or `html` plus optional url, outlet, published, title, byline.
import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../model/index.js';
import { parseDateText } from './dates.js';
import { htmlDraft } from './html.js';
import { parseJsonSafely } from './json-safe.js';
import { checkFileSize, decodeInput, firstInvalidUtf8, looksBinary, MAX_INPUT_BYTES, MAX_JSON_FILE_BYTES, MAX_JSONL_FILE_BYTES, readInputFile } from './read.js';
import { textDraft, type Draft, type Found } from './text.js';

/** Longest accepted metadata field (title, outlet, byline, url). */
const MAX_FIELD_CHARS = 2000;
const CHUNK_BYTES = 1 << 20;

/** A bad record or line: collected per record so the other records go on. */
export type RecordError = InputError;

function field(record: Record<string, unknown>, name: string, source: string): string | undefined {
  if (!Object.hasOwn(record, name)) return undefined;
  const value = record[name];
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') throw new InputError('E_RECORD', source, `field "${name}" must be a string, not ${Array.isArray(value) ? 'an array' : typeof value}`);
  const trimmed = value.trim();
  if (name !== 'text' && name !== 'html' && trimmed.length > MAX_FIELD_CHARS) {
    throw new InputError('E_RECORD', source, `field "${name}" is ${trimmed.length} characters, over the ${MAX_FIELD_CHARS} limit`);
  }
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Turns one JSON-like record into a Draft. Only known fields are read (own properties, never the prototype).
 * Record fields win over what the text or markup says; `meta` notes them as 'record'.
 */
export function recordDraft(value: unknown, source: string): Draft {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('E_RECORD', source, `expected a record object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const text = field(record, 'text', source);
  const html = field(record, 'html', source);
  if (text === undefined && html === undefined) throw new InputError('E_RECORD', source, 'record has no "text" or "html" field');
  const body = text ?? html ?? '';
  if (body.length > MAX_INPUT_BYTES) {
    throw new InputError('E_TOO_LARGE', source, `record ${text !== undefined ? 'text' : 'html'} is ${(body.length / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  }
  const url = field(record, 'url', source);
  const found: Found = {};
  const outlet = field(record, 'outlet', source);
  if (outlet) found.outlet = [outlet, 'record'];
  const title = field(record, 'title', source);
  if (title) found.title = [title, 'record'];
  const byline = field(record, 'byline', source);
  if (byline) found.byline = [byline, 'record'];
  const published = field(record, 'published', source);
  let badDate = false;
  if (published) {
    const iso = parseDateText(published);
    if (iso) found.published = [iso, 'record'];
    else badDate = true;
  }
  const name = url ?? source;
  const draft = text !== undefined ? textDraft(text, name, found) : htmlDraft(body, name, found);
  if (badDate) draft.meta = { ...draft.meta, 'record-published': `ignored "${published!.slice(0, 40)}": not a date` };
  if (url) draft.meta = { ...draft.meta, input: source };
  return draft;
}

/** A JSON file: one record or an array of records (each error is collected, the rest go on). */
export function readJsonFile(path: string, errors: InputError[]): Draft[] {
  const raw = readInputFile(path, MAX_JSON_FILE_BYTES);
  const parsed = parseJsonSafely(raw);
  if (!parsed.ok) throw new InputError('E_PARSE', path, parsed.error);
  if (!Array.isArray(parsed.value)) return [recordDraft(parsed.value, path)];
  const drafts: Draft[] = [];
  parsed.value.forEach((item, i) => {
    try {
      drafts.push(recordDraft(item, `${path}#${i + 1}`));
    } catch (error) {
      errors.push(asInputError(error, `${path}#${i + 1}`));
    }
  });
  if (parsed.value.length === 0) throw new InputError('E_EMPTY', path, 'is an empty array (no records)');
  return drafts;
}

/** Parses one JSONL line into a Draft; the error names the file and the line number. */
export function jsonlLineDraft(line: string, path: string, lineNumber: number): Draft {
  const input = `${path}:${lineNumber}`;
  const parsed = parseJsonSafely(line);
  if (!parsed.ok) throw new InputError('E_PARSE', input, `line ${lineNumber} ${parsed.error}`);
  try {
    return recordDraft(parsed.value, input);
  } catch (error) {
    const e = asInputError(error, input);
    throw new InputError(e.code, input, `line ${lineNumber}: ${e.detail ?? e.message}`);
  }
}

/**
 * A JSONL file, streamed in 1 MB chunks so a dump bigger than memory-friendly sizes still works: each line is
 * decoded and parsed on its own; a bad line becomes one error with its line number and the others go on.
 */
export function readJsonlFile(path: string, errors: InputError[]): Draft[] {
  const size = checkFileSize(path, MAX_JSONL_FILE_BYTES);
  if (size === 0) throw new InputError('E_EMPTY', path);
  const drafts: Draft[] = [];
  const fd = openSync(path, 'r');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let oversized = false;
    let lineNumber = 0;
    let first = true;
    let sawContent = false;
    const finishLine = (bytes: Buffer) => {
      lineNumber++;
      const input = `${path}:${lineNumber}`;
      if (oversized) {
        errors.push(new InputError('E_TOO_LARGE', input, `line ${lineNumber} is over the ${MAX_INPUT_BYTES / 1048576} MB record limit`));
        return;
      }
      let line: string;
      try {
        line = decoder.decode(bytes);
      } catch {
        errors.push(new InputError('E_ENCODING', input, `line ${lineNumber} is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)} of the line)`));
        return;
      }
      if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (line.trim() === '') return;
      sawContent = true;
      try {
        drafts.push(jsonlLineDraft(line, path, lineNumber));
      } catch (error) {
        errors.push(asInputError(error, input));
      }
    };
    for (;;) {
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      const view = chunk.subarray(0, n);
      if (first) {
        first = false;
        if (looksBinary(view)) throw new InputError('E_BINARY', path);
      }
      let start = 0;
      for (let nl = view.indexOf(10, start); nl >= 0; nl = view.indexOf(10, start)) {
        let piece = view.subarray(start, nl);
        if (piece.length && piece[piece.length - 1] === 13) piece = piece.subarray(0, piece.length - 1);
        if (!oversized && pendingBytes + piece.length > MAX_INPUT_BYTES) oversized = true;
        const whole = oversized ? Buffer.alloc(0) : pending.length ? Buffer.concat([...pending, piece]) : Buffer.from(piece);
        finishLine(whole);
        pending = [];
        pendingBytes = 0;
        oversized = false;
        start = nl + 1;
      }
      const rest = view.subarray(start);
      if (!oversized && pendingBytes + rest.length > MAX_INPUT_BYTES) { oversized = true; pending = []; }
      if (!oversized && rest.length) pending.push(Buffer.from(rest));
      pendingBytes += rest.length;
    }
    if (pendingBytes > 0) finishLine(oversized ? Buffer.alloc(0) : Buffer.concat(pending));
    if (!sawContent && !errors.some((e) => e.input.startsWith(`${path}:`))) throw new InputError('E_EMPTY', path, 'has no records (only blank lines)');
  } finally {
    closeSync(fd);
  }
  return drafts;
}

/** Decodes in-memory JSONL text (library use) with the same per-line rules. */
export function parseJsonlText(text: string, source: string, errors: InputError[]): Draft[] {
  const drafts: Draft[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      drafts.push(jsonlLineDraft(line.replace(/\r$/, ''), source, i + 1));
    } catch (error) {
      errors.push(asInputError(error, `${source}:${i + 1}`));
    }
  });
  return drafts;
}

export function asInputError(error: unknown, input: string): InputError {
  if (error instanceof InputError) return error;
  return new InputError('E_PARSE', input, `could not be read: ${(error as Error).message.split('\n')[0]}`);
}

export { decodeInput };
