// queue cli: a wrong or unreachable --queue is a one-line error with exit code 2, never a hang (no Redis needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');
const EXAMPLES = join(import.meta.dirname, '..', 'examples');

// Port 1 on loopback: nothing listens there, so the connection is refused at once.
const CASES: [string, string[], RegExp][] = [
  ['queue status, unreachable Redis', ['queue', 'status', '--queue', 'redis://127.0.0.1:1'], /redis:\/\/127\.0\.0\.1:1: cannot reach Redis at 127\.0\.0\.1:1/],
  ['queue status, not a redis URL', ['queue', 'status', '--queue', 'http://127.0.0.1:1'], /http:\/\/127\.0\.0\.1:1: is not a redis:\/\/ URL/],
  ['ingest --queue, unreachable Redis', ['ingest', '--queue', 'redis://127.0.0.1:1', EXAMPLES], /cannot reach Redis/],
  ['worker, unreachable Redis', ['worker', '--queue', 'redis://127.0.0.1:1', '--db', 'postgres://u:p@127.0.0.1:1/db'], /cannot reach Redis/],
  ['stories --since, not a date', ['stories', '--since', 'yesterday', '--db', join(import.meta.dirname, 'no-such-dir-for-store', 'x.db')], /--since: "yesterday" is not a date/],
];

for (const [name, args, message] of CASES) {
  test(`queue cli: ${name} is one line, exit 2`, () => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, message);
  });
}
