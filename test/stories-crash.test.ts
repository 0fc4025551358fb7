// stories crash: SIGKILL `corroborate ingest` at random points, restart, and find every acknowledged article exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { syntheticArticle } from '../src/stories/synthetic.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');
const ARTICLES = 80;
const KILLS = 10;

type Run = { acks: string[][]; killed: boolean; code: number | null };

/** Runs ingest; when `killAfter` is set, SIGKILLs it right after that many new articles were acknowledged. */
function ingest(args: string[], killAfter?: number, extraDelayMs = 0): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', '--verbose', ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    const acks: string[][] = [];
    let buffer = '';
    let stored = 0;
    let killed = false;
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).split('\t');
        buffer = buffer.slice(nl + 1);
        acks.push(line);
        if (line[0] === 'stored') stored++;
        if (killAfter !== undefined && stored === killAfter && !killed) {
          killed = true;
          setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
        }
      }
    });
    child.on('close', (code) => resolve({ acks, killed, code }));
  });
}

test('stories crash: every acknowledged article survives SIGKILL exactly once and the file stays sound', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-crash-'));
  const input = join(dir, 'articles.jsonl');
  const db = join(dir, 'c.db');
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const { doc } = syntheticArticle(i, 4, 7);
    lines.push(JSON.stringify({ url: doc.source, title: doc.title, published: doc.published, outlet: doc.outlet, text: doc.text }));
  }
  writeFileSync(input, lines.join('\n') + '\n');
  const acknowledged = new Map<string, string>();
  let kills = 0;
  for (let round = 0; kills < KILLS && round < KILLS * 3; round++) {
    const run = await ingest(['--db', db, input], 1 + Math.floor(Math.random() * 5), Math.floor(Math.random() * 40));
    if (run.killed) kills++;
    for (const [status, article, , source] of run.acks) {
      if (status === 'stored') {
        assert.equal(acknowledged.has(source), false, `${source} acknowledged as stored twice`);
        acknowledged.set(source, article);
      }
    }
    if (!run.killed) break;
  }
  assert.ok(kills >= KILLS, `only ${kills} kills landed`);
  const last = await ingest(['--db', db, input]);
  assert.equal(last.code, 0);
  // The last run acknowledges every input, as stored or as already there (stored by a run killed before its ack).
  assert.equal(last.acks.length, ARTICLES);
  for (const [, article, , source] of last.acks) {
    if (acknowledged.has(source)) assert.equal(acknowledged.get(source), article, `${source} kept its id`);
    acknowledged.set(source, article);
  }

  const conn = new Database(db, { readonly: true });
  try {
    assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
    const rows = conn.prepare('SELECT id, url FROM articles').all() as { id: number; url: string }[];
    assert.equal(rows.length, ARTICLES, 'every input stored exactly once');
    const byUrl = new Map(rows.map((r) => [r.url, r.id]));
    assert.equal(byUrl.size, ARTICLES);
    assert.equal(acknowledged.size, ARTICLES);
    for (const [source, article] of acknowledged) {
      assert.equal(byUrl.get(source.replace(/^https?:\/\//, '')), Number(article), `${source} stored under the acknowledged id`);
    }
    const live = conn.prepare('SELECT COALESCE(SUM(article_count), 0) AS n FROM stories WHERE merged_into IS NULL').get() as { n: number };
    assert.equal(live.n, ARTICLES, 'story counts agree with the articles');
    const orphans = conn.prepare('SELECT COUNT(*) AS n FROM articles a JOIN stories s ON s.id = a.story_id WHERE s.merged_into IS NOT NULL').get() as { n: number };
    assert.equal(orphans.n, 0);
  } finally {
    conn.close();
  }
});
