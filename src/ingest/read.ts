// Reads one input file safely: existence, size limit, binary sniffing and strict UTF-8 decoding.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../model/index.js';

/** Cap on one text or HTML input (file, record field or body); bigger inputs are refused with a clear error. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Cap on one JSON file (an array of records is parsed whole). JSONL is streamed and capped per line instead. */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;
/** Cap on one JSONL dump, streamed line by line. */
export const MAX_JSONL_FILE_BYTES = 1024 * 1024 * 1024;

export function readInputFile(path: string, maxBytes = MAX_INPUT_BYTES): string {
  checkFileSize(path, maxBytes);
  return decodeInput(readFileSync(path), path);
}

/** Stats a file: refuses missing paths, directories and files over `maxBytes`; returns the size. */
export function checkFileSize(path: string, maxBytes: number): number {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError('E_USAGE', path, 'is a directory (expected a file)');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('E_NOT_FOUND', path);
    throw new InputError('E_PARSE', path, `cannot be read (${code ?? (error as Error).message})`);
  }
  if (size > maxBytes) throw new InputError('E_TOO_LARGE', path, `is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
  return size;
}

/** Decodes bytes as UTF-8, refusing binaries and invalid encodings with an error naming the input. */
export function decodeInput(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new InputError('E_EMPTY', input);
  if (looksBinary(bytes)) throw new InputError('E_BINARY', input);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError('E_ENCODING', input, `is not valid UTF-8 (first bad byte at offset ${at})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError('E_EMPTY', input, 'has no text (only whitespace)');
  return text;
}

/** NUL bytes or a high share of control bytes in the first 8 KB mean a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

export function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search the shortest failing prefix (each probe is linear; log2(n) probes).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try { decoder.decode(bytes.subarray(0, mid), { stream: true }); lo = mid; decoder.decode(); } catch { hi = mid; }
  }
  return lo;
}
