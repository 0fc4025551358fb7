// server: every API route and error case in-process (app.inject) over a temporary SQLite store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { ReportSchema } from '../src/model/index.js';
import { buildApp, type AppOptions } from '../src/server/app.js';
import { API_ERRORS } from '../src/server/errors.js';
import { createRateLimiter } from '../src/server/rate-limit.js';
import { checkServeOptions, isLoopbackHost } from '../src/cli/commands/serve.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { BRIDGE_ARTICLES, ORCHARD } from './server-fixtures.js';

const TOKEN = 'test-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');

function tempStore(): SqliteStore {
  return new SqliteStore(join(mkdtempSync(join(tmpdir(), 'corroborate-server-')), 'store.db'));
}

function makeApp(options: Partial<AppOptions> = {}): FastifyInstance {
  return buildApp({ store: tempStore(), token: TOKEN, rateLimit: false, now: () => new Date('2026-05-06T10:00:00Z'), ...options });
}

async function call(app: FastifyInstance, options: InjectOptions) {
  const res = await app.inject(options);
  let json: any;
  try { json = res.json(); } catch { json = undefined; }
  return { status: res.statusCode, headers: res.headers, body: res.body, json };
}

function assertError(res: { status: number; json: any }, status: number, code: string, message?: RegExp): void {
  assert.equal(res.status, status, JSON.stringify(res.json));
  assert.equal(res.json?.error?.code, code);
  assert.equal(API_ERRORS[code as keyof typeof API_ERRORS], status, `${code} is in the catalog with ${status}`);
  assert.equal(typeof res.json.error.message, 'string');
  if (message) assert.match(res.json.error.message, message);
}

test('server: GET /v1/healthz reports the store', async () => {
  const app = makeApp();
  const res = await call(app, { method: 'GET', url: '/v1/healthz' });
  assert.equal(res.status, 200);
  assert.deepEqual(res.json, { ok: true, store: 'sqlite', schemaVersion: res.json.schemaVersion, articles: 0, writable: true });
  assert.ok(res.json.schemaVersion >= 1);
});

test('server: every write route answers 401 without the token or with a wrong one', async () => {
  const app = makeApp();
  await app.ready();
  const writes = app.routeTable.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method) && r.url !== '/v1/compare');
  assert.ok(writes.length >= 1, 'there are write routes');
  for (const route of writes) {
    assert.ok(route.write, `${route.method} ${route.url} is marked as a write route`);
    const url = route.url.replace(/:\w+/g, '1');
    for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }]) {
      const res = await call(app, { method: route.method as 'POST', url, headers, payload: { text: 'A short invented note.' } });
      assertError(res, 401, 'E_UNAUTHORIZED');
      assert.equal(res.headers['www-authenticate'], 'Bearer');
    }
  }
  assert.equal(await app.routeTable.length > 0, true);
});

test('server: the only unauthenticated POST is /v1/compare', async () => {
  const app = makeApp();
  await app.ready();
  const open = app.routeTable.filter((r) => r.method === 'POST' && !r.write).map((r) => r.url);
  assert.deepEqual(open, ['/v1/compare']);
});

test('server: POST /v1/compare returns a version 1 report with the planted attribution conflict, storing nothing', async () => {
  const store = tempStore();
  const app = makeApp({ store });
  const res = await call(app, { method: 'POST', url: '/v1/compare', payload: { articles: BRIDGE_ARTICLES } });
  assert.equal(res.status, 200, res.body);
  const report = ReportSchema.parse(res.json);
  assert.deepEqual(report.documents.map((d) => d.id), ['d1', 'd2']);
  assert.deepEqual(report.documents.map((d) => d.outlet), ['Quill Post', 'Harbour Times']);
  assert.ok(report.findings.some((f) => f.kind === 'conflict' && f.type === 'attribution'), 'attribution conflict found');
  assert.match(String(res.headers['corroborate-counts']), /^\d+ conflicts?, \d+ corroborated, \d+ single-source$/);
  assert.equal(await store.countArticles(), 0);
});

test('server: POST /v1/compare reads HTML articles as pages (title from the markup, no tags in the text)', async () => {
  const app = makeApp();
  const page = '<!doctype html><html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1><p>The Quillhaven harbour bridge will close for 8 weeks, deputy mayor Arvid Solem said on Tuesday.</p><p>"We have no choice," Solem said.</p></article></body></html>';
  const res = await call(app, { method: 'POST', url: '/v1/compare', payload: { articles: [BRIDGE_ARTICLES[0], { html: page, outlet: 'Harbour Times' }] } });
  assert.equal(res.status, 200, res.body);
  const doc = res.json.documents[1];
  assert.equal(doc.title, 'Bridge closes');
  assert.ok(!doc.text.includes('<'), 'no markup left in the text');
  assert.match(doc.text, /We have no choice/);
});

test('server: report formats: html has the page policy, md is Markdown, unknown format is 400', async () => {
  const app = makeApp();
  const rows: [string, number, RegExp][] = [
    ['html', 200, /^text\/html/],
    ['md', 200, /^text\/markdown/],
    ['json', 200, /^application\/json/],
  ];
  for (const [format, status, type] of rows) {
    const res = await call(app, { method: 'POST', url: `/v1/compare?format=${format}`, payload: { articles: BRIDGE_ARTICLES } });
    assert.equal(res.status, status, format);
    assert.match(String(res.headers['content-type']), type, format);
    if (format === 'html') {
      assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
      assert.match(res.body, /class="finding conflict"/);
    }
  }
  assertError(await call(app, { method: 'POST', url: '/v1/compare?format=pdf', payload: { articles: BRIDGE_ARTICLES } }), 400, 'E_INVALID', /format/);
});

test('server: bad bodies are 400 with a stable code and a readable message', async () => {
  const app = makeApp();
  const json = { 'content-type': 'application/json' };
  const rows: [string, InjectOptions, string, RegExp][] = [
    ['one article', { payload: { articles: [BRIDGE_ARTICLES[0]] } }, 'E_INVALID', /at least two articles/],
    ['no articles field', { payload: { docs: [] } }, 'E_INVALID', /articles/],
    ['article without text', { payload: { articles: [BRIDGE_ARTICLES[0], { outlet: 'Quill Post' }] } }, 'E_INVALID', /articles\[1\]: an article needs "text" or "html"/],
    ['text is a number', { payload: { articles: [BRIDGE_ARTICLES[0], { text: 42 }] } }, 'E_INVALID', /articles\[1\]\.text/],
    ['blank text', { payload: { articles: [BRIDGE_ARTICLES[0], { text: '   ' }] } }, 'E_RECORD', /article 2/],
    ['bad JSON', { payload: '{"articles": [', headers: json }, 'E_BAD_JSON', /JSON/],
    ['empty JSON body', { payload: '', headers: json }, 'E_BAD_JSON', /empty/],
    ['__proto__ key', { payload: '{"articles": [], "__proto__": {"admin": true}}', headers: json }, 'E_PROTO', /__proto__/],
    ['nested __proto__', { payload: '{"articles": [{"text": "x", "__proto__": {"polluted": 1}}, {"text": "y"}]}', headers: json }, 'E_PROTO', /__proto__/],
    ['escaped __proto__', { payload: '{"articles": [], "\\u005f_proto__": {"admin": true}}', headers: json }, 'E_PROTO', /__proto__/],
    ['constructor.prototype', { payload: '{"articles": [], "constructor": {"prototype": {"admin": true}}}', headers: json }, 'E_PROTO', /prototype/],
  ];
  for (const [name, options, code, message] of rows) {
    const res = await call(app, { method: 'POST', url: '/v1/compare', ...options });
    assertError(res, 400, code, message);
    assert.ok(!res.json.error.message.includes('\n'), `${name}: one line`);
  }
  assert.equal(({} as Record<string, unknown>).admin, undefined, 'no prototype was polluted');
});

test('server: a body that is not JSON is 415; a body over the limit is 413', async () => {
  const app = makeApp({ bodyLimit: 64 * 1024 });
  assertError(await call(app, { method: 'POST', url: '/v1/compare', payload: 'plain words', headers: { 'content-type': 'text/plain' } }), 415, 'E_MEDIA_TYPE');
  const big = { articles: [{ text: 'word '.repeat(20_000) }, { text: 'other words' }] };
  assertError(await call(app, { method: 'POST', url: '/v1/compare', payload: big }), 413, 'E_TOO_LARGE');
  assertError(await call(app, { method: 'POST', url: '/v1/articles', payload: big, headers: AUTH }), 413, 'E_TOO_LARGE');
  const defaults = makeApp();
  const over = { articles: [{ text: 'x'.repeat(2 * 1024 * 1024) }, { text: 'y' }] };
  assertError(await call(defaults, { method: 'POST', url: '/v1/compare', payload: over }), 413, 'E_TOO_LARGE');
});

test('server: rate limits answer 429 with Retry-After, per client, and refill with time', async () => {
  let clock = Date.parse('2026-05-06T10:00:00Z');
  const app = makeApp({ rateLimit: { heavy: { burst: 2, perSecond: 0.5 }, read: { burst: 100, perSecond: 100 } }, now: () => new Date(clock) });
  const post = (ip = '127.0.0.1') => call(app, { method: 'POST', url: '/v1/compare', payload: { articles: [{ text: 'a' }] }, remoteAddress: ip });
  assert.equal((await post()).status, 400);
  assert.equal((await post()).status, 400);
  const limited = await post();
  assertError(limited, 429, 'E_RATE_LIMITED');
  assert.equal(limited.headers['retry-after'], '2');
  assert.equal((await post('127.0.0.2')).status, 400, 'another client has its own bucket');
  assert.equal((await call(app, { method: 'GET', url: '/v1/healthz' })).status, 200, 'reads use another bucket');
  clock += 2000;
  assert.equal((await post()).status, 400, 'refilled after 2 s');
});

test('rate-limit: token bucket takes, refills and forgets the least recently seen clients', () => {
  const limiter = createRateLimiter({ burst: 2, perSecond: 1, maxClients: 2 });
  const rows: [string, number, number][] = [['a', 0, 0], ['a', 0, 0], ['a', 0, 1], ['a', 500, 1], ['a', 1000, 0], ['b', 1000, 0], ['c', 1000, 0]];
  for (const [key, at, wait] of rows) assert.equal(limiter.take(key, at), wait, `${key}@${at}`);
  assert.equal(limiter.size, 2);
  assert.equal(limiter.take('a', 1000), 0, '"a" was forgotten, so it starts with a full bucket');
});

test('server: unknown routes, stories and ids are 404 JSON', async () => {
  const app = makeApp();
  const rows = ['/nope', '/v1/nope', '/v1/stories/999', '/v1/stories/abc', '/v1/stories/0', '/v1/stories/999/report', '/stories/999', `/v1/stories/${'9'.repeat(40)}`];
  for (const url of rows) {
    const res = await call(app, { method: 'GET', url });
    assertError(res, 404, 'E_NOT_FOUND');
    assert.match(String(res.headers['content-type']), /^application\/json/);
  }
  assertError(await call(app, { method: 'DELETE', url: '/v1/stories/1' }), 404, 'E_NOT_FOUND');
  assertError(await call(app, { method: 'GET', url: `/v1/stories/${'9'.repeat(80)}` }), 414, 'E_URI_TOO_LONG');
});

test('server: POST /v1/articles stores articles into stories; list, search, detail and reports read them back', async () => {
  const store = tempStore();
  const app = makeApp({ store });
  const one = await call(app, { method: 'POST', url: '/v1/articles', headers: AUTH, payload: BRIDGE_ARTICLES[0] });
  assert.equal(one.status, 201, one.body);
  assert.equal(one.json.results.length, 1);
  assert.equal(one.json.results[0].created, true);
  const rest = await call(app, { method: 'POST', url: '/v1/articles', headers: AUTH, payload: { articles: [BRIDGE_ARTICLES[1], { text: ORCHARD, title: 'Early apple harvest in Teshwald', published: '2026-05-01' }] } });
  assert.equal(rest.status, 201, rest.body);
  const [b, orchard] = rest.json.results;
  assert.equal(b.story, one.json.results[0].story, 'the second bridge article joins the bridge story');
  assert.notEqual(orchard.story, b.story, 'the orchard article opens its own story');
  const again = await call(app, { method: 'POST', url: '/v1/articles', headers: AUTH, payload: BRIDGE_ARTICLES[0] });
  assert.equal(again.json.results[0].duplicate, true, 'idempotent by URL and content');
  assert.equal(await store.countArticles(), 3);

  const list = await call(app, { method: 'GET', url: '/v1/stories' });
  assert.equal(list.status, 200);
  assert.deepEqual(list.json.stories.map((s: { id: number }) => s.id), [b.story, orchard.story], 'newest first');
  const searches: [string, number[]][] = [
    ['Brandvik', [b.story]], ['lotte brandvik', [b.story]], ['bridges', [b.story]], ['Teshwald', [orchard.story]],
    ['apple harvest', [orchard.story]], ['repairs', [b.story]], ['zeppelin', []], ['bridge apple', []], ['', [b.story, orchard.story]],
  ];
  for (const [q, ids] of searches) {
    const res = await call(app, { method: 'GET', url: `/v1/stories?q=${encodeURIComponent(q)}` });
    assert.deepEqual(res.json.stories.map((s: { id: number }) => s.id), ids, `q=${q}`);
  }
  assert.deepEqual((await call(app, { method: 'GET', url: '/v1/stories?since=2026-05-05' })).json.stories.map((s: { id: number }) => s.id), [b.story]);
  assert.deepEqual((await call(app, { method: 'GET', url: '/v1/stories?since=2027-01-01' })).json.stories, []);
  assert.equal((await call(app, { method: 'GET', url: '/v1/stories?limit=1' })).json.stories.length, 1);
  for (const bad of ['since=yesterday', 'limit=0', 'limit=x', `q=${'w'.repeat(201)}`]) {
    assertError(await call(app, { method: 'GET', url: `/v1/stories?${bad}` }), 400, 'E_INVALID');
  }

  const detail = await call(app, { method: 'GET', url: `/v1/stories/${b.story}` });
  assert.equal(detail.status, 200);
  assert.equal(detail.json.story.articles, 2);
  assert.deepEqual(detail.json.articles.map((a: { outlet: string }) => a.outlet), ['Quill Post', 'Harbour Times']);

  const report = await call(app, { method: 'GET', url: `/v1/stories/${b.story}/report` });
  assert.equal(report.status, 200);
  const parsed = ReportSchema.parse(report.json);
  assert.deepEqual(parsed.documents.map((d) => d.id), ['d1', 'd2']);
  assert.ok(parsed.findings.some((f) => f.kind === 'conflict' && f.type === 'attribution'));
  assert.equal((await store.getReport(b.story))?.version, detail.json.story.version, 'the report is cached for this version');
  const cached = await call(app, { method: 'GET', url: `/v1/stories/${b.story}/report` });
  assert.equal(cached.body, report.body);
  const page = await call(app, { method: 'GET', url: `/v1/stories/${b.story}/report?format=html` });
  assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'self'/);
  assert.equal(page.headers['x-frame-options'], 'SAMEORIGIN');
  assert.match((await call(app, { method: 'GET', url: `/v1/stories/${b.story}/report?format=md` })).body, /^# /);
});

test('server: a bad article in a batch fails the request before anything is stored', async () => {
  const store = tempStore();
  const app = makeApp({ store });
  const rows: [unknown, string, RegExp][] = [
    [{ articles: [BRIDGE_ARTICLES[0], { text: '' }] }, 'E_RECORD', /article 2/],
    [{ articles: [BRIDGE_ARTICLES[0], { title: 'no body' }] }, 'E_INVALID', /articles\[1\]/],
    [{ articles: [] }, 'E_INVALID', /at least one/],
    [{ outlet: 'Quill Post' }, 'E_INVALID', /"text" or "html"/],
    [[BRIDGE_ARTICLES[0]], 'E_INVALID', /expected object/],
  ];
  for (const [payload, code, message] of rows) {
    assertError(await call(app, { method: 'POST', url: '/v1/articles', headers: AUTH, payload: payload as object }), 400, code, message);
  }
  assert.equal(await store.countArticles(), 0);
});

test('server: read-only servers refuse writes; tokenless servers take writes from localhost only', async () => {
  const readOnly = makeApp({ writable: false, token: undefined });
  assertError(await call(readOnly, { method: 'POST', url: '/v1/articles', payload: BRIDGE_ARTICLES[0] }), 403, 'E_READ_ONLY');
  assert.equal((await call(readOnly, { method: 'POST', url: '/v1/compare', payload: { articles: BRIDGE_ARTICLES } })).status, 200);
  const open = makeApp({ token: undefined });
  const rows: [string, string, number][] = [
    ['127.0.0.1', 'localhost:8787', 201], ['::1', '[::1]:8787', 201], ['127.0.0.1', 'evil.example:8787', 401], ['10.0.0.7', 'localhost:8787', 401],
  ];
  for (const [remoteAddress, host, status] of rows) {
    const res = await call(open, { method: 'POST', url: '/v1/articles', payload: { text: `A short invented note from ${host}.` }, remoteAddress, headers: { host } });
    assert.equal(res.status, status, `${remoteAddress} ${host}: ${res.body}`);
  }
});

test('server: /openapi.json describes every API route and its references resolve; /schema/report.json is the report schema', async () => {
  const app = makeApp();
  await app.ready();
  const doc = (await call(app, { method: 'GET', url: '/openapi.json' })).json;
  assert.equal(doc.openapi, '3.1.0');
  for (const route of app.routeTable.filter((r) => r.url.startsWith('/v1/') && r.method !== 'HEAD')) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    assert.ok(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path} is documented`);
    if (route.write) assert.deepEqual(doc.paths[path][route.method.toLowerCase()].security, [{ bearer: [] }]);
  }
  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
  assert.ok(refs.length > 5);
  for (const ref of refs) {
    const name = ref.replace('#/components/schemas/', '');
    assert.ok(doc.components.schemas[name], `${ref} resolves`);
  }
  const schema = await call(app, { method: 'GET', url: '/schema/report.json' });
  assert.match(String(schema.headers['content-type']), /^application\/schema\+json/);
  assert.equal(schema.json.$id, 'https://corroborate.dev/schema/report.json');
  assert.ok(schema.json.properties.findings);
});

test('server: web pages carry the security headers and escape stored text', async () => {
  const store = tempStore();
  const app = makeApp({ store });
  const title = '<script>alert(1)</script> & "quotes"';
  const added = await call(app, { method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: ORCHARD, title } });
  const story = added.json.results[0].story;
  for (const url of ['/', '/?q=Teshwald', `/stories/${story}`, '/compare']) {
    const res = await call(app, { method: 'GET', url });
    assert.equal(res.status, 200, url);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    const csp = String(res.headers['content-security-policy']);
    for (const directive of ["default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'none'"]) assert.ok(csp.includes(directive), `${url}: ${directive}`);
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp), `${url}: no unsafe sources`);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.ok(!res.body.includes('<script>alert'), `${url}: stored text is escaped`);
    assert.ok(!/<script>[^<]/.test(res.body), `${url}: no inline script`);
  }
  const list = await call(app, { method: 'GET', url: '/' });
  assert.ok(list.body.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;'));
  assert.ok(list.body.includes(`href="/stories/${story}"`));
  const none = await call(app, { method: 'GET', url: '/?q=zeppelin' });
  assert.match(none.body, /No story matches/);
  const page = await call(app, { method: 'GET', url: `/stories/${story}` });
  assert.match(page.body, new RegExp(`<iframe[^>]*sandbox="allow-scripts"[^>]*src="/v1/stories/${story}/report\\?format=html"`));
  const compare = await call(app, { method: 'GET', url: '/compare' });
  const script = /<script src="([^"]+)"><\/script>/.exec(compare.body)?.[1];
  assert.ok(script, 'the compare page loads its script from the server');
  const js = await call(app, { method: 'GET', url: script });
  assert.match(String(js.headers['content-type']), /^text\/javascript/);
  assert.match(js.body, /\/v1\/compare\?format=html/);
  assert.ok(!/https?:\/\//.test(js.body), 'the script loads nothing from elsewhere');
});

test('server: a client that sends its body too slowly is cut off (request timeout)', async () => {
  const app = makeApp({ requestTimeout: 1500 });
  const address = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
  try {
    const started = performance.now();
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(address.port), '127.0.0.1', () => {
        socket.write('POST /v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"articles"');
      });
      let data = '';
      socket.on('data', (chunk) => { data += chunk.toString('latin1'); });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      socket.setTimeout(15_000, () => { socket.destroy(); reject(new Error('no timeout within 15 s')); });
    });
    const seconds = (performance.now() - started) / 1000;
    assert.match(reply, /^HTTP\/1\.1 408/);
    assert.ok(seconds >= 1.4 && seconds < 6, `cut off after ${seconds.toFixed(1)} s`);
  } finally {
    await app.close();
  }
});

test('serve: options: port, token and loopback rules', () => {
  const rows: [Parameters<typeof checkServeOptions>[0], Record<string, string>, string | { writable: boolean; port: number }][] = [
    [{ host: '127.0.0.1', port: '8787' }, {}, { writable: true, port: 8787 }],
    [{ host: 'localhost', port: '0' }, {}, { writable: true, port: 0 }],
    [{ host: '0.0.0.0', port: '8787' }, { CORROBORATE_TOKEN: 'secret-token' }, { writable: true, port: 8787 }],
    [{ host: '0.0.0.0', port: '8787', readOnly: true }, {}, { writable: false, port: 8787 }],
    [{ host: '0.0.0.0', port: '8787' }, {}, 'refusing to serve writable'],
    [{ host: '192.168.1.20', port: '8787' }, { CORROBORATE_TOKEN: '' }, 'refusing to serve writable'],
    [{ host: '127.0.0.1', port: '70000' }, {}, 'is not a port'],
    [{ host: '127.0.0.1', port: 'http' }, {}, 'is not a port'],
  ];
  for (const [opts, env, expected] of rows) {
    if (typeof expected === 'string') assert.throws(() => checkServeOptions(opts, env), (e: Error) => e.message.includes(expected), JSON.stringify(opts));
    else assert.deepEqual({ writable: checkServeOptions(opts, env).writable, port: checkServeOptions(opts, env).port }, expected);
  }
  assert.deepEqual(['127.0.0.1', '127.3.0.1', '::1', 'localhost', '0.0.0.0', '::', '10.1.1.1'].map(isLoopbackHost), [true, true, true, true, false, false, false]);
});

test('serve: the CLI refuses a writable non-loopback address without a token, in one line, exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
  const env = { ...process.env };
  delete env.CORROBORATE_TOKEN;
  const r = spawnSync(process.execPath, [BIN, 'serve', '--host', '0.0.0.0', '--port', '0', '--db', join(dir, 'x.db')], { encoding: 'utf8', env, timeout: 60_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /^corroborate: --host: refusing to serve writable on non-loopback address 0\.0\.0\.0 without a token/);
});
