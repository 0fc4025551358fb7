// compare: the CLI end to end on examples/, in every format, and its usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ReportSchema } from '../src/model/index.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');
const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const FILES = readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt')).sort().map((n) => join(EXAMPLES, n));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('compare cli: --format json emits a valid version 1 report', () => {
  const r = run(['compare', '--format', 'json', ...FILES]);
  assert.equal(r.code, 0, r.stderr);
  const report = ReportSchema.parse(JSON.parse(r.stdout));
  assert.equal(report.documents.length, FILES.length);
  assert.ok(report.findings.length > 0);
});

test('compare cli: text, md and html render the same findings', () => {
  const cases: [string, RegExp][] = [['text', /conflict/i], ['md', /#/], ['html', /<html/i]];
  for (const [format, expected] of cases) {
    const r = run(['compare', '--format', format, ...FILES]);
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.match(r.stdout, expected, format);
  }
});

test('compare cli: an unknown format and a missing file are one-line errors with exit code 2', () => {
  const bad = run(['compare', '--format', 'yaml', ...FILES]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown format "yaml"/);
  const missing = run(['compare', '/no/such/file.txt']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr.trim().split('\n').length, 1, missing.stderr);
});
