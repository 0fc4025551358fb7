// Fetches one URL for ingest: http(s) only, a size cap, a time limit, and a bounded number of redirects, each re-checked.
import { InputError } from '../model/index.js';
import { decodeInput } from './read.js';

export type FetchOptions = {
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Whole-request time limit (all redirects included), in milliseconds. */
  timeoutMs?: number;
  maxRedirects?: number;
};

export type Fetched = { url: string; contentType: string; body: string };

export const FETCH_DEFAULTS: Required<FetchOptions> = { maxBytes: 16 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 5 };

/** Parses and checks a URL: only http and https are fetched. */
export function checkUrl(raw: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError('E_USAGE', input, `"${raw.slice(0, 200)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError('E_USAGE', input, `${url.protocol.slice(0, -1)} URLs are not fetched (only http and https)`);
  return url;
}

function reason(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? 'failed';
}

/** Reads a response body up to the cap, refusing larger ones without buffering them. */
async function readCapped(response: Response, maxBytes: number, input: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new InputError('E_TOO_LARGE', input, `is ${(declared / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InputError('E_TOO_LARGE', input, `is over the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) { out.set(chunk, at); at += chunk.byteLength; }
  return out;
}

function decodeBody(bytes: Uint8Array, contentType: string, input: string): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    try {
      const text = new TextDecoder(charset).decode(bytes);
      if (text.trim() === '') throw new InputError('E_EMPTY', input);
      return text;
    } catch (error) {
      if (error instanceof InputError) throw error;
    }
  }
  return decodeInput(bytes, input);
}

/** Fetches a URL; every failure is an InputError naming the URL and the reason. */
export async function fetchUrl(raw: string, options: FetchOptions = {}): Promise<Fetched> {
  const { maxBytes, timeoutMs, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  const signal = AbortSignal.timeout(timeoutMs);
  let url = checkUrl(raw, raw);
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'application/rss+xml, application/atom+xml, text/html, text/plain, */*;q=0.5' } });
    } catch (error) {
      throw new InputError('E_NOT_FOUND', raw, `could not be fetched (${reason(error)})`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel().catch(() => undefined);
      if (hop >= maxRedirects) throw new InputError('E_NOT_FOUND', raw, `more than ${maxRedirects} redirects`);
      url = checkUrl(new URL(response.headers.get('location')!, url).href, raw);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError('E_NOT_FOUND', raw, `could not be fetched (HTTP ${response.status})`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(response, maxBytes, raw);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError('E_NOT_FOUND', raw, `could not be fetched (${reason(error)})`);
    }
    return { url: url.href, contentType, body: decodeBody(bytes, contentType, raw) };
  }
}
