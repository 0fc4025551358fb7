// hostile http: oversized, chunked and compressed-bomb request bodies over real sockets on 127.0.0.1: refused, memory bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, deflateSync, brotliCompressSync } from 'node:zlib';
import { buildApp } from '../src/server/app.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const TOKEN = 'hostile-token-0123456789';
const LIMIT = 256 * 1024;
const MB = 1024 * 1024;

type Reply = { status: number; body: string; sentBytes: number };

/** Sends a body (a Buffer, or a generator of chunks for chunked transfer) and reads the reply; socket errors after a reply are fine. */
function send(port: number, path: string, headers: Record<string, string>, body: Buffer | (() => Generator<Buffer>)): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let replied = false;
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (s: string) => { text += s; });
      res.on('end', () => { replied = true; resolve({ status: res.statusCode ?? 0, body: text, sentBytes }); });
    });
    req.on('error', (error) => { if (!replied) reject(error); });
    if (Buffer.isBuffer(body)) {
      sentBytes = body.length;
      req.end(body);
      return;
    }
    const chunks = body();
    const pump = () => {
      for (;;) {
        const next = chunks.next();
        if (next.done || req.destroyed) { req.end(); return; }
        sentBytes += next.value.length;
        if (!req.write(next.value)) { req.once('drain', pump); return; }
      }
    };
    pump();
  });
}

async function withServer(fn: (port: number) => Promise<void>): Promise<void> {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'corroborate-http-')), 'store.db'));
  const app = buildApp({ store, token: TOKEN, rateLimit: false, bodyLimit: LIMIT, requestTimeout: 20_000 });
  const address = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
  try {
    await fn(Number(address.port));
  } finally {
    await app.close();
  }
}

/** A JSON body that never ends: `{"articles":[{"text":"xxxx....` in 64 KB chunks, up to `total` bytes. */
function* endlessJson(total: number): Generator<Buffer> {
  yield Buffer.from('{"articles":[{"text":"');
  const chunk = Buffer.alloc(64 * 1024, 'x');
  for (let sent = 0; sent < total; sent += chunk.length) yield chunk;
  yield Buffer.from('"}]}');
}

const ROUTES: [string, Record<string, string>][] = [
  ['/v1/compare', {}],
  ['/v1/articles', { authorization: `Bearer ${TOKEN}` }],
];

test('hostile http: a declared oversized body is 413 before it is read', async () => {
  await withServer(async (port) => {
    for (const [path, auth] of ROUTES) {
      const body = Buffer.alloc(4 * MB, 'a');
      const reply = await send(port, path, { ...auth, 'content-type': 'application/json', 'content-length': String(body.length) }, body);
      assert.equal(reply.status, 413, `${path}: ${reply.body}`);
      assert.match(reply.body, /E_TOO_LARGE/);
    }
  });
});

test('hostile http: a chunked body without a length is cut off at the limit with 413, and memory stays bounded', async () => {
  await withServer(async (port) => {
    for (const [path, auth] of ROUTES) {
      global.gc?.();
      const before = process.memoryUsage().rss;
      const reply = await send(port, path, { ...auth, 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, () => endlessJson(64 * MB));
      const grown = (process.memoryUsage().rss - before) / MB;
      assert.equal(reply.status, 413, `${path}: ${reply.body}`);
      assert.ok(reply.sentBytes < 64 * MB, `${path}: the server read the whole 64 MB stream`);
      assert.ok(grown < 48, `${path}: rss grew ${grown.toFixed(0)} MB for a ${LIMIT / 1024} KB limit`);
    }
  });
});

test('hostile http: compressed bodies (gzip, deflate, br bombs) are refused without inflating them', async () => {
  const inflated = Buffer.alloc(64 * MB, ' ');
  const bombs: [string, Buffer][] = [['gzip', gzipSync(inflated)], ['deflate', deflateSync(inflated)], ['br', brotliCompressSync(inflated)]];
  await withServer(async (port) => {
    for (const [path, auth] of ROUTES) {
      for (const [encoding, bomb] of bombs) {
        global.gc?.();
        const before = process.memoryUsage().rss;
        const reply = await send(port, path, { ...auth, 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': String(bomb.length) }, bomb);
        const grown = (process.memoryUsage().rss - before) / MB;
        // 413 (too large once inflated) or 415 (coding not accepted) both refuse it; a 2xx or 5xx does not.
        assert.ok(reply.status === 413 || reply.status === 415, `${path} ${encoding}: ${reply.status} ${reply.body.slice(0, 200)}`);
        assert.ok(grown < 48, `${path} ${encoding}: rss grew ${grown.toFixed(0)} MB`);
      }
    }
  });
});
