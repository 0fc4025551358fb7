// Fetches one URL for ingest: http(s) only, public addresses only (checked at connect time, every redirect), a size cap, a time limit, bounded decompression.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from '../model/index.js';
import { decodeInput } from './read.js';

export type FetchOptions = {
  /** Largest body accepted, in bytes (after decompression). */
  maxBytes?: number;
  /** Whole-request time limit (all redirects included), in milliseconds. */
  timeoutMs?: number;
  maxRedirects?: number;
  /**
   * Fetch from private, loopback, link-local and cloud-metadata addresses too (true), or from those this
   * predicate accepts (e.g. only 127.0.0.1). Off by default: a URL in a feed must not reach the machine's own
   * network. CORROBORATE_FETCH_ALLOW_PRIVATE=1 turns it on for every address.
   */
  allowPrivate?: boolean | ((address: string) => boolean);
};

export type Fetched = { url: string; contentType: string; body: string };

export const FETCH_DEFAULTS: Required<Omit<FetchOptions, 'allowPrivate'>> = { maxBytes: 16 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 5 };

/** Addresses a fetched URL may not reach unless allowed: private, loopback, link-local, metadata, reserved. */
const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['64:ff9b:1::', 48],
  ['100::', 64], ['2001:db8::', 32], ['2002::', 16], ['2001::', 32],
] as const) BLOCKED.addSubnet(net, bits, 'ipv6');
/** Host names of cloud metadata services (their addresses are link-local and blocked anyway). */
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', 'metadata.azure.internal', 'instance-data', 'instance-data.ec2.internal']);

/** True for an address a URL from the outside must not reach (IPv4-mapped IPv6 is judged as its IPv4 address). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return isPrivateAddress(mapped[1]);
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) return BLOCKED.check(address, 'ipv6');
  return true;
}

function allowPrivate(options: FetchOptions, address: string): boolean {
  if (process.env.CORROBORATE_FETCH_ALLOW_PRIVATE === '1' || options.allowPrivate === true) return true;
  return typeof options.allowPrivate === 'function' && options.allowPrivate(address);
}

/** Parses and checks a URL: only http and https are fetched, with no credentials in them. */
export function checkUrl(raw: string, input: string, options: FetchOptions = {}): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError('E_USAGE', input, `"${raw.slice(0, 200)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError('E_USAGE', input, `${url.protocol.slice(0, -1)} URLs are not fetched (only http and https)`);
  if (url.username || url.password) throw new InputError('E_USAGE', input, 'URLs with user names or passwords are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!allowPrivate(options, host)) {
    if (METADATA_HOSTS.has(host) || host === 'localhost' || host.endsWith('.localhost')) throw refused(input, host);
    if (isIP(host) && isPrivateAddress(host)) throw refused(input, host);
  }
  return url;
}

function refused(input: string, what: string): InputError {
  return new InputError('E_USAGE', input, `refers to a private, loopback, link-local or metadata address (${what}); not fetched (allow with CORROBORATE_FETCH_ALLOW_PRIVATE=1)`);
}

/** DNS lookup that refuses private answers: the check happens where the socket connects, so rebinding cannot slip past it. */
function guardedLookup(input: string, options: FetchOptions) {
  return (hostname: string, opts: object, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void): void => {
    dnsLookup(hostname, { ...opts, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address) && !allowPrivate(options, a.address));
      if (bad) return callback(Object.assign(refused(input, `${hostname} -> ${bad.address}`), { code: 'E_PRIVATE_ADDRESS' }), []);
      if ((opts as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

function reason(error: unknown): string {
  const e = error as { name?: string; code?: string; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'ABORT_ERR') return 'timed out';
  return e.code ?? e.message ?? 'failed';
}

/** One request without following redirects; the response is handed back unread. */
function get(url: URL, signal: AbortSignal, input: string, options: FetchOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(input, options) as never,
      headers: {
        accept: 'application/rss+xml, application/atom+xml, text/html, text/plain, */*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
        'user-agent': 'corroborate',
      },
    }, resolve);
    req.on('error', (error) => reject(error instanceof InputError ? error : error));
    req.end();
  });
}

/** The body stream, decompressed when the server says so; other codings are refused. */
function decoded(response: IncomingMessage, input: string): Readable {
  const coding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (coding === 'identity' || coding === '') return response;
  if (coding === 'gzip' || coding === 'x-gzip') return response.pipe(createGunzip());
  if (coding === 'deflate') return response.pipe(createInflate());
  if (coding === 'br') return response.pipe(createBrotliDecompress());
  response.destroy();
  throw new InputError('E_PARSE', input, `could not be fetched (unsupported content encoding "${coding.slice(0, 40)}")`);
}

/** Reads a (decompressed) body up to the cap, stopping the download as soon as it is passed: a zip bomb inflates at most `maxBytes`. */
async function readCapped(response: IncomingMessage, maxBytes: number, input: string): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    response.destroy();
    throw new InputError('E_TOO_LARGE', input, `is ${(declared / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
  }
  const body = decoded(response, input);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw new InputError('E_TOO_LARGE', input, `is over the ${(maxBytes / 1048576).toFixed(0)} MB limit${body === response ? '' : ' once decompressed'}`);
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (total > maxBytes) { body.destroy(); response.destroy(); }
  }
  return Buffer.concat(chunks, total);
}

function decodeBody(bytes: Uint8Array, contentType: string, input: string): string {
  const charset = /charset="?([\w-]{1,40})/i.exec(contentType)?.[1]?.toLowerCase();
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
  let url = checkUrl(raw, raw, options);
  for (let hop = 0; ; hop++) {
    let response: IncomingMessage;
    try {
      response = await get(url, signal, raw, options);
    } catch (error) {
      if (error instanceof InputError) throw error;
      const cause = (error as { code?: string }).code === 'E_PRIVATE_ADDRESS' ? error : undefined;
      if (cause) throw new InputError('E_USAGE', raw, (cause as InputError).detail);
      throw new InputError('E_NOT_FOUND', raw, `could not be fetched (${signal.aborted ? 'timed out' : reason(error)})`);
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (hop >= maxRedirects) throw new InputError('E_NOT_FOUND', raw, `more than ${maxRedirects} redirects`);
      // Every hop is checked again: scheme, credentials, literal private addresses here; resolved ones at connect.
      url = checkUrl(new URL(response.headers.location, url).href, raw, options);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new InputError('E_NOT_FOUND', raw, `could not be fetched (HTTP ${status})`);
    }
    const contentType = String(response.headers['content-type'] ?? '');
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(response, maxBytes, raw);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError('E_NOT_FOUND', raw, `could not be fetched (${signal.aborted ? 'timed out' : reason(error)})`);
    }
    return { url: url.href, contentType, body: decodeBody(bytes, contentType, raw) };
  }
}
