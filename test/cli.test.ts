// cli: analyze end to end through the real binary, including bad input (one line, exit 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');

export function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('cli: analyze --format json emits version 1 with every layer present', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'The Vellmark council met on Tuesday. It approved the budget.\n\nA second paragraph.');
  const r = run(['analyze', '--format', 'json', file]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  const [doc] = out.documents;
  assert.equal(doc.id, 'd1');
  for (const layer of ['sentences', 'entities', 'quotes', 'times', 'numbers']) assert.ok(Array.isArray(doc[layer]), layer);
  assert.equal(doc.sentences.length, 3);
  for (const s of doc.sentences) assert.equal(doc.text.slice(s.start, s.end), s.text);
});

test('cli: a missing file is a one-line error with exit code 2', () => {
  const r = run(['analyze', '/no/such/file.txt']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /\/no\/such\/file\.txt: no such file/);
});

test('cli: an unknown format is a usage error with exit code 2', () => {
  const r = run(['analyze', '--format', 'yaml', BIN]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--format/);
});
