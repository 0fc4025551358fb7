// stories CLI: ingest, stories and story end to end through the real binary; bad inputs lose nothing stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ATOM, BILLION_LAUGHS, RSS } from './stories-fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'corroborate.js');
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, 'examples', f));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like run, but asynchronous, so a server in this process can answer the child. */
function runAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // The test servers listen on 127.0.0.1, which fetching refuses unless allowed.
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', CORROBORATE_FETCH_ALLOW_PRIVATE: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function count(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'corroborate-stories-'));

test('stories cli: the examples form one story whose report matches compare; a second ingest adds nothing', { skip: EXAMPLES.length >= 2 ? false : 'needs examples/*.txt' }, () => {
  const db = join(tmp(), 'c.db');
  const first = run(['ingest', '--verbose', '--db', db, ...EXAMPLES]);
  assert.equal(first.code, 0, first.stderr);
  const acks = first.stdout.trim().split('\n').map((line) => line.split('\t'));
  assert.deepEqual(acks.map((a) => a[0]), EXAMPLES.map(() => 'stored'));
  assert.equal(new Set(acks.map((a) => a[2])).size, 1, 'every example lands in one story');
  const again = run(['ingest', '--verbose', '--db', db, ...EXAMPLES]);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(again.stdout.trim().split('\n').map((line) => line.split('\t')[0]), EXAMPLES.map(() => 'duplicate'));
  assert.equal(count(db), EXAMPLES.length);
  const stories = JSON.parse(run(['stories', '--format', 'json', '--db', db]).stdout);
  assert.equal(stories.stories.length, 1);
  assert.equal(stories.stories[0].articles, EXAMPLES.length);
  const story = run(['story', String(stories.stories[0].id), '--format', 'json', '--db', db]);
  assert.equal(story.code, 0, story.stderr);
  const compared = run(['compare', '--format', 'json', ...EXAMPLES]);
  assert.equal(compared.code, 0, compared.stderr);
  const summaries = (out: string) => JSON.parse(out).findings.map((f: { kind: string; summary: string }) => `${f.kind}: ${f.summary}`);
  assert.deepEqual(summaries(story.stdout), summaries(compared.stdout));
  const text = run(['story', String(stories.stories[0].id), '--db', db]);
  assert.equal(text.code, 0, text.stderr);
  assert.ok(text.stdout.length > 0);
});

test('stories cli: feeds are ingested; a bomb, a malformed and a truncated feed are one-line errors that lose nothing', () => {
  const dir = tmp();
  const db = join(dir, 'c.db');
  writeFileSync(join(dir, 'brindle.xml'), RSS);
  writeFileSync(join(dir, 'kestrel.atom'), ATOM);
  const ok = run(['ingest', '--db', db, join(dir, 'brindle.xml'), join(dir, 'kestrel.atom')]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(count(db), 3);
  const bad = join(dir, 'bad');
  writeFileSync(`${bad}-bomb.xml`, BILLION_LAUGHS);
  writeFileSync(`${bad}-malformed.rss`, '<rss><channel><item><title>x</channel>');
  writeFileSync(`${bad}-truncated.xml`, RSS.slice(0, Math.floor(RSS.length * 0.6)));
  writeFileSync(`${bad}-truncated.jsonl`, '{"text": "The Ostervale ferry resumed service on Friday, operator Wenna Lusk said.", "url": "https://x.example/ferry"}\n{"text": "The Oster');
  const started = Date.now();
  const r = run(['ingest', '--db', db, `${bad}-bomb.xml`, `${bad}-malformed.rss`, `${bad}-truncated.xml`, `${bad}-truncated.jsonl`]);
  assert.ok(Date.now() - started < 60_000);
  assert.equal(r.code, 2);
  const errors = r.stderr.split('\n').filter((line) => line.startsWith('corroborate: '));
  assert.equal(errors.length, 4, r.stderr);
  for (const [line, name] of errors.map((e, i) => [e, ['bomb', 'malformed', 'truncated.xml', 'truncated.jsonl'][i]])) assert.ok(line.includes(name), line);
  assert.equal(count(db), 4, 'the good record of the truncated JSONL is stored; nothing earlier is lost');
  const check = new Database(db, { readonly: true });
  assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
  check.close();
});

test('stories cli: an unreachable URL is a one-line error with exit 2 and the store is untouched', async () => {
  const port = await new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as { port: number };
      server.close(() => resolve(p));
    });
  });
  const dir = tmp();
  const db = join(dir, 'c.db');
  writeFileSync(join(dir, 'brindle.xml'), RSS);
  assert.equal(run(['ingest', '--db', db, join(dir, 'brindle.xml')]).code, 0);
  const r = await runAsync(['ingest', '--db', db, `http://127.0.0.1:${port}/feed.xml`]);
  assert.equal(r.code, 2);
  const lines = r.stderr.split('\n').filter((line) => line.startsWith('corroborate: '));
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /127\.0\.0\.1.*could not be fetched \(ECONNREFUSED\)/);
  assert.equal(count(db), 2);
});

test('stories cli: bad usage is a one-line error with exit 2', () => {
  const db = join(tmp(), 'c.db');
  const rows: [string[], RegExp][] = [
    [['stories', '--since', 'yesterday', '--db', db], /is not a date/],
    [['stories', '--format', 'yaml', '--db', db], /unknown format/],
    [['story', '42', '--db', db], /story 42: no such story/],
    [['story', 'abc', '--db', db], /not a story id/],
  ];
  for (const [args, expected] of rows) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, expected);
  }
});

const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const SEED_FILES = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f)) : [];

test('stories cli: the two seed reports form one story, apart from the examples, with the findings of compare', { skip: SEED_FILES.length === 2 && EXAMPLES.length >= 2 ? false : 'needs ../shared/seeds and examples/' }, () => {
  const db = join(tmp(), 'c.db');
  const r = run(['ingest', '--verbose', '--db', db, ...EXAMPLES, ...SEED_FILES]);
  assert.equal(r.code, 0, r.stderr);
  const storyOf = new Map(r.stdout.trim().split('\n').map((line) => line.split('\t')).map((a) => [a[3], a[2]]));
  const seedStories = new Set(SEED_FILES.map((f) => storyOf.get(f)));
  assert.equal(seedStories.size, 1, 'both seeds in one story');
  assert.ok(!EXAMPLES.some((f) => seedStories.has(storyOf.get(f))), 'no example joins the seeds');
  const story = run(['story', [...seedStories][0]!, '--format', 'json', '--db', db]);
  const compared = run(['compare', '--format', 'json', ...SEED_FILES]);
  const summaries = (out: string) => JSON.parse(out).findings.map((f: { kind: string; summary: string }) => `${f.kind}: ${f.summary}`);
  assert.deepEqual(summaries(story.stdout), summaries(compared.stdout));
});
