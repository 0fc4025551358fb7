// Turns ingest arguments (files, directories, JSON/JSONL dumps, RSS/Atom feeds, URLs) into Docs, one input at a time.
import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { Doc } from '../model/index.js';
import { InputError } from '../model/index.js';
import { expandPaths, ingestHtml, ingestPaths, ingestText, sniffFormat, type IngestOptions } from '../ingest/index.js';
import { feedDocs, looksLikeFeed } from '../ingest/feed.js';
import { fetchUrl, type FetchOptions } from '../ingest/fetch.js';
import { readInputFile } from '../ingest/read.js';

export type InputBatch = { input: string; docs: Doc[]; errors: InputError[] };

const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.rdf', '']);
const URL_SCHEME = /^[a-z][a-z0-9+.-]{1,20}:\/\//i;

function head(path: string, bytes = 4096): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function fileBatch(path: string, options: IngestOptions): InputBatch {
  const errors: InputError[] = [];
  try {
    if (FEED_EXTENSIONS.has(extname(path).toLowerCase()) && looksLikeFeed(head(path))) {
      return { input: path, docs: feedDocs(readInputFile(path), path, errors, options), errors };
    }
    const result = ingestPaths([path], options);
    return { input: path, docs: result.docs, errors: result.errors };
  } catch (error) {
    errors.push(error instanceof InputError ? error : new InputError('E_PARSE', path, (error as Error).message));
    return { input: path, docs: [], errors };
  }
}

async function urlBatch(url: string, options: IngestOptions, fetchOptions: FetchOptions): Promise<InputBatch> {
  const errors: InputError[] = [];
  try {
    const fetched = await fetchUrl(url, fetchOptions);
    const type = fetched.contentType.toLowerCase();
    if (/xml|rss|atom/.test(type) || looksLikeFeed(fetched.body.slice(0, 4096))) {
      if (looksLikeFeed(fetched.body.slice(0, 65536))) return { input: url, docs: feedDocs(fetched.body, fetched.url, errors, options), errors };
    }
    const html = type.includes('html') || sniffFormat(fetched.body) === 'html';
    const doc = html ? ingestHtml(fetched.body, fetched.url, options) : ingestText(fetched.body, fetched.url, options);
    return { input: url, docs: [doc], errors };
  } catch (error) {
    errors.push(error instanceof InputError ? error : new InputError('E_PARSE', url, (error as Error).message));
    return { input: url, docs: [], errors };
  }
}

/** Reads inputs lazily, one file or URL at a time, so a large directory never sits in memory at once. */
export async function* readInputs(inputs: string[], options: IngestOptions = {}, fetchOptions: FetchOptions = {}): AsyncGenerator<InputBatch> {
  for (const input of inputs) {
    if (URL_SCHEME.test(input)) {
      yield await urlBatch(input, options, fetchOptions);
      continue;
    }
    const errors: InputError[] = [];
    const files = expandPaths([input], errors);
    if (errors.length) yield { input, docs: [], errors };
    for (const file of files) yield fileBatch(file, options);
  }
}
