// ingest through the real binary: the founding seeds, and every bad input as a one-line error (exit 2) or a bounded result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');
const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const BODY = 'The Vellmark harbour council on Tuesday approved a budget of 40 million crowns for two new ferries.';
const BODY2 = 'Ferry fares in Ostrava Bay will rise by four percent next spring, the port authority said on Monday.';
/** The done-when bar for every bad input, process start included, in CPU time (wall time on a shared machine is noise). */
const LIMIT_MS = 5000;
/** A hang guard in wall time, generous because other work may share the cores. */
const WALL_LIMIT_MS = 60_000;
/** Preloaded into the child: writes the process's CPU time (all threads, ms) to $CPU_FILE at exit. */
const CPU_PROBE = `data:text/javascript,${encodeURIComponent("import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeFileSync(process.env.CPU_FILE, String((u.user + u.system) / 1000)); });")}`;

const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const cpuFile = join(dir, `cpu-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(process.execPath, ['--import', CPU_PROBE, BIN, ...args], {
    encoding: 'utf8', timeout: WALL_LIMIT_MS, maxBuffer: 64 * 1048576, env: { ...process.env, CPU_FILE: cpuFile },
  });
  const ms = existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : Infinity;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

type Case = { name: string; setup: () => string[]; code: number; errors: RegExp[]; docs?: number; check?: (out: { documents: { text: string; source: string }[] }) => void };

const CASES: Case[] = [
  { name: 'missing file', setup: () => [join(dir, 'no-such-file.txt')], code: 2, errors: [/no-such-file\.txt: no such file or directory/] },
  {
    name: 'directory with binaries in it',
    setup: () => {
      const d = join(dir, 'mixed');
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'a.txt'), BODY);
      writeFileSync(join(d, 'b.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
      writeFileSync(join(d, 'c.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
      writeFileSync(join(d, 'd.txt'), BODY2);
      return [d];
    },
    code: 2, errors: [/mixed\/b\.bin: looks like a binary file/, /mixed\/c\.jpg: looks like a binary file/], docs: 2,
  },
  { name: 'empty file', setup: () => [file('empty.txt', '')], code: 2, errors: [/empty\.txt: input is empty/] },
  { name: 'whitespace-only file', setup: () => [file('blank.txt', ' \n\n\t\n')], code: 2, errors: [/blank\.txt: has no text/] },
  { name: 'invalid UTF-8', setup: () => [file('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners met on Tuesday.')]))], code: 2, errors: [/latin1\.txt: is not valid UTF-8 \(first bad byte at offset 3\)/] },
  {
    name: '50 MB text file',
    setup: () => {
      const path = join(dir, 'big.txt');
      const line = Buffer.from(`${BODY}\n`);
      const block = Buffer.concat(Array(1024).fill(line));
      const fd = openSync(path, 'w');
      for (let written = 0; written < 50 * 1048576; written += block.length) writeSync(fd, block);
      closeSync(fd);
      return [path];
    },
    code: 2, errors: [/big\.txt: is 50\.\d MB, over the 10 MB limit/],
  },
  {
    name: 'HTML with 100,000 nested divs',
    setup: () => [file('deep.html', `<html><body>${'<div>'.repeat(100_000)}<p>${BODY}</p><p>${BODY2}</p>${'</div>'.repeat(100_000)}</body></html>`)],
    code: 0, errors: [], docs: 1,
    check: (out) => assert.equal(out.documents[0].text, `${BODY}\n\n${BODY2}`),
  },
  {
    name: 'JSONL with one broken line',
    setup: () => [file('feed.jsonl', [JSON.stringify({ text: BODY }), '{"text": "unterminated', JSON.stringify({ text: BODY2 })].join('\n'))],
    code: 2, errors: [/feed\.jsonl:2: line 2 is not valid JSON/], docs: 2,
    check: (out) => assert.deepEqual(out.documents.map((d) => d.text), [BODY, BODY2]),
  },
];

for (const c of CASES) {
  test(`ingest cli: ${c.name} -> ${c.code === 0 ? 'bounded correct result' : 'one-line error, exit 2'}, within 5 s`, (t) => {
    const args = c.setup();
    const r = run(['analyze', '--format', 'json', ...args]);
    t.diagnostic(`cpu ${Math.round(r.ms)} ms`);
    assert.equal(r.code, c.code, r.stderr);
    const lines = r.stderr.split('\n').filter((line) => line !== '');
    assert.equal(lines.length, c.errors.length, r.stderr);
    c.errors.forEach((pattern, i) => assert.match(lines[i], pattern));
    for (const line of lines) assert.match(line, /^corroborate: \S/);
    if (c.docs !== undefined) {
      const out = JSON.parse(r.stdout);
      assert.equal(out.documents.length, c.docs);
      c.check?.(out);
    } else {
      assert.equal(r.stdout, '');
    }
    assert.ok(r.ms < LIMIT_MS, `took ${Math.round(r.ms)} ms of CPU`);
  });
}

const seedsSkip = existsSync(SEEDS) ? false : 'needs ../shared/seeds';

test('ingest cli: the founding seeds get dates, contributors, cleaned bodies and headings', { skip: seedsSkip }, () => {
  const seeds = ['000_ab2f0edce1e6a047.txt', '001_2d62b04392c8a2c0.txt'].map((name) => join(SEEDS, name));
  const r = run(['analyze', '--format', 'json', ...seeds]);
  assert.equal(r.code, 0, r.stderr);
  const [post, ap] = JSON.parse(r.stdout).documents as {
    text: string; published?: string; contributors: string[]; removed: { text: string; reason: string }[];
    headings?: { start: number; end: number }[]; sentences: { text: string; heading?: boolean }[];
  }[];
  // The AP article: dated by its own first-line stamp, which leaves the body with its notice.
  assert.equal(ap.published, '2025-09-21');
  assert.ok(ap.removed.some((r) => r.reason === 'tts-notice'), JSON.stringify(ap.removed));
  assert.ok(ap.removed.some((r) => r.reason === 'date-stamp'));
  assert.ok(!/automated voice|\bdate 2025/.test(ap.text));
  assert.ok(ap.text.startsWith('Afghanistan'));
  // The Jerusalem Post article: its credit line becomes contributors and leaves the body.
  assert.deepEqual(post.contributors, ['Jerusalem Post Staff', 'Reuters']);
  assert.ok(post.removed.some((r) => r.reason === 'credit-line'));
  assert.ok(!post.text.includes('contributed to this report'));
  assert.equal(post.published, undefined);
  // Each has exactly one subheading: a lone question line in one, a single-quoted line in the other.
  for (const [doc, pattern] of [[post, /\?$/], [ap, /^\u2018.*\u2019$/]] as const) {
    assert.equal(doc.headings?.length, 1);
    const [h] = doc.headings!;
    assert.match(doc.text.slice(h.start, h.end), pattern);
    const flagged = doc.sentences.filter((s) => s.heading).map((s) => s.text);
    assert.deepEqual(flagged, [doc.text.slice(h.start, h.end)]);
  }
});
