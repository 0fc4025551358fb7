// bounded: per-document time and heap limits in worker threads; an overrunning document gets one error and the batch goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc } from '../model/index.js';
import { InputError } from '../model/index.js';
import { analyzeBounded, ingestPathsBounded, BoundedPool } from './index.js';
import { analyzeDoc } from '../index.js';

// Invented prose.
const PROSE = 'The Marrowby ferry council met on Tuesday. "We will reopen the north quay in May," said harbour master Edda Pell. ';
const doc = (id: string, source: string, text: string): Doc => ({ id, source, text, contributors: [], removed: [] } as unknown as Doc);

test('bounded: a document over the time limit gets an E_TOO_LARGE error naming it; the others are analyzed, in order', { timeout: 120_000 }, async () => {
  const docs = [doc('d1', 'first.txt', PROSE), doc('d2', 'huge.txt', PROSE.repeat(40_000)), doc('d3', 'third.txt', PROSE + PROSE)];
  const { documents, errors } = await analyzeBounded(docs, { timeMs: 1_500, memoryMb: 512 });
  assert.deepEqual(documents.map((d) => d.source), ['first.txt', 'third.txt']);
  assert.equal(errors.length, 1);
  assert.ok(errors[0] instanceof InputError);
  assert.match(errors[0].message, /^huge\.txt: took over 1\.5 s \(the time limit\); skipped$/);
  assert.ok(documents[0].sentences.length >= 2 && documents[0].quotes.length >= 1, 'real analysis ran in the thread');
});

test('bounded: many small documents travel in batches and come back in order, equal to in-process analysis', { timeout: 120_000 }, async () => {
  const docs = Array.from({ length: 21 }, (_, i) => doc(`d${i + 1}`, `n${i + 1}.txt`, `${PROSE}The vote on day ${i + 1} was 12 to ${i}.`));
  docs.splice(10, 0, doc('d99', 'huge.txt', PROSE.repeat(40_000)));
  const pool = new BoundedPool({ timeMs: 1_500, memoryMb: 512 });
  try {
    const { documents, errors } = await analyzeBounded(docs, { pool });
    assert.deepEqual(documents.map((d) => d.source), docs.filter((d) => d.source !== 'huge.txt').map((d) => d.source));
    assert.deepEqual(documents, docs.filter((d) => d.source !== 'huge.txt').map((d) => analyzeDoc(d)));
    assert.deepEqual(errors.map((e) => e.input), ['huge.txt']);
  } finally {
    await pool.close();
  }
});

test('bounded: a document over the heap limit gets an error naming it; the thread is replaced', { timeout: 120_000 }, async () => {
  const pool = new BoundedPool({ timeMs: 60_000, memoryMb: 96 });
  try {
    const { documents, errors } = await analyzeBounded([doc('d1', 'big.txt', PROSE.repeat(40_000)), doc('d2', 'after.txt', PROSE)], { pool });
    assert.deepEqual(documents.map((d) => d.source), ['after.txt']);
    assert.match(errors[0]?.message ?? '', /^big\.txt: went over the 96 MB memory limit; skipped$/);
    assert.ok(pool.started >= 2, 'a fresh thread took the next document');
  } finally {
    await pool.close();
  }
});

test('bounded: ingestPathsBounded reads files in threads, numbers docs in input order and reports bad files', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bounded-'));
  try {
    writeFileSync(join(dir, 'a.txt'), PROSE);
    writeFileSync(join(dir, 'b.html'), `<html><body>${'<div>'.repeat(20_000)}<p>${PROSE}</p>${'</div>'.repeat(20_000)}</body></html>`);
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0, 1, 2, 3, 0]));
    writeFileSync(join(dir, 'd.jsonl'), `${JSON.stringify({ text: PROSE })}\n${JSON.stringify({ text: PROSE + ' Then.' })}\n`);
    const { docs, errors } = await ingestPathsBounded([dir], { timeMs: 30_000 });
    assert.deepEqual(docs.map((d) => d.id), ['d1', 'd2', 'd3', 'd4']);
    assert.deepEqual(docs.map((d) => d.source.replace(dir, '')), ['/a.txt', '/b.html', '/d.jsonl:1', '/d.jsonl:2']);
    assert.deepEqual(errors.map((e) => e.code), ['E_BINARY']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bounded: a closed pool refuses work with an error, not a hang', async () => {
  const pool = new BoundedPool();
  await pool.close();
  await assert.rejects(pool.run({ task: 'analyze', doc: doc('d1', 'x.txt', PROSE), options: {} }, 'x.txt'), InputError);
});
