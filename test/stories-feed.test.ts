// feed and fetch: RSS/Atom parsing with no entity expansion, and URL fetching against a local server only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeXmlEntities, feedDocs, looksLikeFeed, parseFeed } from '../src/ingest/feed.js';
import { fetchUrl } from '../src/ingest/fetch.js';
import { InputError } from '../src/model/index.js';
import { ATOM, BILLION_LAUGHS, RSS } from './stories-fixtures.js';

test('feed: RSS 2.0 items become records with title, link, date and cleaned HTML', () => {
  const feed = parseFeed(RSS, 'brindle.xml');
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Brindle Gazette');
  assert.equal(feed.records.length, 2);
  assert.equal(feed.records[0].title, 'Tram strike halts Ostervale & suburbs');
  assert.equal(feed.records[0].url, 'https://brindle.example/tram-strike');
  assert.match(feed.records[0].html ?? '', /^<p>Tram drivers/);
  assert.match(feed.records[1].html ?? '', /library reopened/);
  const errors: InputError[] = [];
  const docs = feedDocs(RSS, 'brindle.xml', errors);
  assert.deepEqual(errors, []);
  assert.equal(docs.length, 2);
  assert.equal(docs[0].source, 'https://brindle.example/tram-strike');
  assert.equal(docs[0].title, 'Tram strike halts Ostervale & suburbs');
  assert.equal(docs[0].published?.slice(0, 10), '2026-03-03');
  assert.match(docs[0].text, /Tram drivers in Ostervale walked out/);
  assert.doesNotMatch(docs[0].text, /<p>/);
});

test('feed: Atom entries read title, alternate link, published and content', () => {
  const feed = parseFeed(ATOM, 'kestrel.atom');
  assert.equal(feed.kind, 'atom');
  assert.deepEqual(feed.records.map((r) => [r.title, r.url, r.published]), [['Harbour dredging approved', 'https://kestrel.example/dredging', '2026-03-05T12:00:00Z']]);
  const docs = feedDocs(ATOM, 'kestrel.atom', []);
  assert.match(docs[0].text, /approved dredging of the east channel/);
});

test('feed: an entity bomb is refused at once, never expanded', () => {
  const started = performance.now();
  assert.throws(() => parseFeed(BILLION_LAUGHS, 'bomb.xml'), (e: unknown) => e instanceof InputError && /DOCTYPE/.test(e.message));
  assert.ok(performance.now() - started < 1000);
  assert.equal(decodeXmlEntities('&i; &amp; &#65;&#x42; &bogus;'), '&i; & AB &bogus;');
});

test('feed: malformed, truncated and non-feed XML are one-line errors naming the input', () => {
  const rows: [string, RegExp][] = [
    ['<rss><channel><item><title>Open</channel></rss>', /bad\.xml: is not a well-formed feed/],
    [RSS.slice(0, RSS.length / 2), /bad\.xml: is not a well-formed feed/],
    ['<?xml version="1.0"?><catalog><book/></catalog>', /bad\.xml: is XML but not an RSS or Atom feed/],
  ];
  for (const [xml, expected] of rows) {
    assert.throws(() => parseFeed(xml, 'bad.xml'), (e: unknown) => e instanceof InputError && expected.test(e.message) && !e.message.includes('\n'), xml.slice(0, 40));
  }
});

test('feed: feeds are told apart from other markup by their root element', () => {
  const rows: [string, boolean][] = [[RSS, true], [ATOM, true], [BILLION_LAUGHS, true], ['<html><body>x</body></html>', false], ['plain text', false]];
  for (const [text, expected] of rows) assert.equal(looksLikeFeed(text), expected, text.slice(0, 30));
});

function serve(handler: (path: string, res: import('node:http').ServerResponse) => void): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => handler(req.url ?? '/', res));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

test('fetch: follows a bounded number of redirects, re-checking each, with a size cap and a time limit', async () => {
  const { server, base } = await serve((path, res) => {
    if (path === '/feed') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(RSS); return; }
    if (path === '/moved') { res.writeHead(301, { location: '/feed' }); res.end(); return; }
    if (path.startsWith('/loop')) { res.writeHead(302, { location: `/loop${path.length}` }); res.end(); return; }
    if (path === '/to-file') { res.writeHead(302, { location: 'file:///etc/passwd' }); res.end(); return; }
    if (path === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('x'.repeat(5000)); return; }
    if (path === '/slow') { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('partial'); return; }
    res.writeHead(404); res.end();
  });
  // The server is on 127.0.0.1, which fetching refuses unless allowed (test/hostile-fetch.test.ts covers the refusal).
  process.env.CORROBORATE_FETCH_ALLOW_PRIVATE = '1';
  try {
    const fetched = await fetchUrl(`${base}/moved`);
    assert.equal(fetched.url, `${base}/feed`);
    assert.equal(parseFeed(fetched.body, fetched.url).records.length, 2);
    const rows: [string, Parameters<typeof fetchUrl>[1], RegExp][] = [
      [`${base}/loop`, { maxRedirects: 3 }, /more than 3 redirects/],
      [`${base}/to-file`, {}, /file URLs are not fetched/],
      [`${base}/big`, { maxBytes: 1000 }, /over the/],
      [`${base}/slow`, { timeoutMs: 300 }, /timed out/],
      [`${base}/missing`, {}, /HTTP 404/],
      ['ftp://127.0.0.1/feed', {}, /ftp URLs are not fetched/],
    ];
    for (const [url, options, expected] of rows) {
      await assert.rejects(fetchUrl(url, options), (e: unknown) => e instanceof InputError && expected.test(e.message), url);
    }
  } finally {
    delete process.env.CORROBORATE_FETCH_ALLOW_PRIVATE;
    server.closeAllConnections();
    server.close();
  }
});
