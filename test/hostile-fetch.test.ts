// hostile fetch: URL fetching refuses private/loopback/link-local/metadata addresses (every redirect too), caps size and time, bounds decompression; servers on 127.0.0.1 only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { InputError } from '../src/model/index.js';
import { fetchUrl, isPrivateAddress, type FetchOptions } from '../src/ingest/fetch.js';

const MB = 1024 * 1024;
const ONLY_LOOPBACK_V4: FetchOptions['allowPrivate'] = (address) => address === '127.0.0.1';
// Invented page.
const PAGE = '<html><body><article><p>The Marrowby ferry council met on Tuesday and voted to reopen the north quay in May.</p></article></body></html>';

async function serve(handler: (req: IncomingMessage, res: ServerResponse, base: string) => void): Promise<{ server: Server; base: string }> {
  let base = '';
  const server = createServer((req, res) => handler(req, res, base));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base };
}

async function refused(promise: Promise<unknown>, pattern: RegExp, what: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof InputError, `${what}: ${(e as Error)?.message}`);
    assert.match(e.message, pattern, what);
    assert.ok(!e.message.includes('\n'), 'one line');
    return true;
  });
}

test('fetch: address classification covers private, loopback, link-local, metadata, mapped and reserved ranges', () => {
  const rows: [string, boolean][] = [
    ['127.0.0.1', true], ['127.255.0.9', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.31.255.255', true], ['192.168.1.1', true],
    ['169.254.169.254', true], ['100.100.100.200', true], ['0.0.0.0', true], ['224.0.0.1', true], ['255.255.255.255', true],
    ['::1', true], ['::', true], ['fe80::1', true], ['fd00:ec2::254', true], ['fc00::7', true], ['::ffff:127.0.0.1', true], ['::ffff:169.254.169.254', true],
    ['8.8.8.8', false], ['93.184.216.34', false], ['172.32.0.1', false], ['2606:4700::1111', false], ['::ffff:8.8.4.4', false],
    ['not-an-ip', true],
  ];
  for (const [address, blocked] of rows) assert.equal(isPrivateAddress(address), blocked, address);
});

test('fetch: loopback, private, link-local and metadata URLs are refused by default, before any connection', async () => {
  let hits = 0;
  const { server, base } = await serve((_req, res) => { hits++; res.end(PAGE); });
  const port = new URL(base).port;
  try {
    const saved = process.env.CORROBORATE_FETCH_ALLOW_PRIVATE;
    delete process.env.CORROBORATE_FETCH_ALLOW_PRIVATE;
    try {
      for (const url of [`${base}/`, `http://localhost:${port}/`, `http://[::1]:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`, 'http://169.254.169.254/latest/meta-data/', 'http://metadata.google.internal/computeMetadata/v1/', 'http://10.0.0.1/', 'http://0.0.0.0/', 'http://2130706433/']) {
        await refused(fetchUrl(url, { timeoutMs: 3_000 }), /private, loopback, link-local or metadata address/, url);
      }
      await refused(fetchUrl(`http://user:secret@127.0.0.1:${port}/`, { allowPrivate: true }), /user names or passwords/, 'credentials');
      assert.equal(hits, 0, 'nothing reached the server');
      // Allowed explicitly (the option tests and local users take), the same server is fetched.
      const fetched = await fetchUrl(`${base}/`, { allowPrivate: ONLY_LOOPBACK_V4 });
      assert.match(fetched.body, /Marrowby/);
    } finally {
      if (saved !== undefined) process.env.CORROBORATE_FETCH_ALLOW_PRIVATE = saved;
    }
  } finally {
    server.close();
  }
});

test('fetch: every redirect is checked again: a hop to a private or metadata address is refused', async () => {
  const { server, base } = await serve((req, res) => {
    const port = new URL(`http://x${req.headers.host?.slice(req.headers.host.indexOf(':'))}`).port;
    const targets: Record<string, string> = {
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/iam',
      '/to-v6-loopback': `http://[::1]:${port}/page`,
      '/to-localhost': `http://localhost:${port}/page`,
      '/to-private': 'http://192.168.0.1/admin',
      '/to-file': 'file:///etc/passwd',
      '/loop': '/loop',
    };
    if (targets[req.url ?? '']) { res.writeHead(302, { location: targets[req.url!] }); res.end(); return; }
    res.end(PAGE);
  });
  try {
    for (const path of ['/to-metadata', '/to-v6-loopback', '/to-localhost', '/to-private']) {
      await refused(fetchUrl(`${base}${path}`, { allowPrivate: ONLY_LOOPBACK_V4, timeoutMs: 5_000 }), /private, loopback, link-local or metadata address/, path);
    }
    await refused(fetchUrl(`${base}/to-file`, { allowPrivate: ONLY_LOOPBACK_V4 }), /file URLs are not fetched/, 'file scheme');
    await refused(fetchUrl(`${base}/loop`, { allowPrivate: ONLY_LOOPBACK_V4, maxRedirects: 3 }), /more than 3 redirects/, 'loop');
  } finally {
    server.close();
  }
});

test('fetch: bodies are capped by size (declared or streamed) and the whole fetch by time', async () => {
  const { server, base } = await serve((req, res) => {
    if (req.url === '/declared') { res.writeHead(200, { 'content-length': String(64 * MB) }); res.write('x'); return; }
    if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'y');
      const pump = () => { while (!res.destroyed && res.write(chunk)); if (!res.destroyed) res.once('drain', pump); };
      pump();
      return;
    }
    if (req.url === '/slow') { res.writeHead(200); res.write('a'); return; }
    if (req.url === '/silent') return;
    res.end(PAGE);
  });
  try {
    await refused(fetchUrl(`${base}/declared`, { allowPrivate: ONLY_LOOPBACK_V4, maxBytes: MB }), /over the 1 MB limit/, 'declared');
    await refused(fetchUrl(`${base}/endless`, { allowPrivate: ONLY_LOOPBACK_V4, maxBytes: MB }), /over the 1 MB limit/, 'endless');
    for (const path of ['/slow', '/silent']) {
      const started = performance.now();
      await refused(fetchUrl(`${base}${path}`, { allowPrivate: ONLY_LOOPBACK_V4, timeoutMs: 1_000 }), /timed out/, path);
      assert.ok(performance.now() - started < 5_000, `${path} stopped near the time limit`);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('fetch: compression bombs inflate at most the size cap, with bounded memory', async () => {
  const zeros = Buffer.alloc(200 * MB, 0x20);
  const bombs: Record<string, Buffer> = { '/gzip': gzipSync(zeros), '/br': brotliCompressSync(zeros) };
  const { server, base } = await serve((req, res) => {
    const bomb = bombs[req.url ?? ''];
    if (!bomb) { res.writeHead(200, { 'content-encoding': 'x-unknown' }); res.end('??'); return; }
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': req.url!.slice(1), 'content-length': String(bomb.length) });
    res.end(bomb);
  });
  try {
    for (const path of Object.keys(bombs)) {
      global.gc?.();
      const before = process.memoryUsage().rss;
      await refused(fetchUrl(`${base}${path}`, { allowPrivate: ONLY_LOOPBACK_V4, maxBytes: 2 * MB }), /over the 2 MB limit once decompressed/, path);
      const grown = (process.memoryUsage().rss - before) / MB;
      assert.ok(grown < 64, `${path}: rss grew ${grown.toFixed(0)} MB inflating a 200 MB bomb with a 2 MB cap`);
    }
    await refused(fetchUrl(`${base}/other`, { allowPrivate: ONLY_LOOPBACK_V4 }), /unsupported content encoding/, 'unknown coding');
  } finally {
    server.close();
  }
});

test('fetch: a host name that resolves to a private address is refused where the socket connects (no DNS rebinding gap)', async (t) => {
  const { lookup } = await import('node:dns/promises');
  const { hostname } = await import('node:os');
  const name = hostname();
  let address: string | undefined;
  try { address = (await lookup(name)).address; } catch { /* no resolvable host name here */ }
  if (!address || !isPrivateAddress(address) || name === 'localhost') { t.skip(`host name ${name} does not resolve to a private address here`); return; }
  let hits = 0;
  const server = createServer((_req, res) => { hits++; res.end(PAGE); });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  try {
    const url = `http://${name}:${(server.address() as AddressInfo).port}/`;
    await refused(fetchUrl(url, { timeoutMs: 3_000 }), new RegExp(`private, loopback, link-local or metadata address \\(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} -> `), url);
    assert.equal(hits, 0);
  } finally {
    server.close();
  }
});
