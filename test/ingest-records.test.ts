// ingest (JSON/JSONL records and directories): fields, per-record errors with line numbers, guards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, ingestRecord } from '../src/ingest/index.js';
import { jsonDepth, parseJsonSafely } from '../src/ingest/json-safe.js';
import { InputError } from '../src/model/index.js';

const BODY = 'The Vellmark harbour council on Tuesday approved a budget of 40 million crowns for two new ferries.';
const BODY2 = 'Ferry fares in Ostrava Bay will rise by four percent next spring, the port authority said on Monday.';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
}

test('ingest: records give text or html plus metadata fields, noted as from the record', () => {
  const rows: { name: string; record: unknown; text: string; outlet?: string; published?: string; title?: string; byline?: string; source?: string }[] = [
    { name: 'text with every field', record: { text: BODY, url: 'https://courier.example/a', outlet: 'Vellmark Courier', published: '2026-03-02', title: 'Ferries approved', byline: 'Anna Berg' }, text: BODY, outlet: 'Vellmark Courier', published: '2026-03-02', title: 'Ferries approved', byline: 'Anna Berg', source: 'https://courier.example/a' },
    { name: 'html record', record: { html: `<p>${BODY}</p><p>${BODY2}</p>`, outlet: 'Bay Herald' }, text: `${BODY}\n\n${BODY2}`, outlet: 'Bay Herald' },
    { name: 'record date beats the text stamp', record: { text: `date 2026-01-01 ${BODY}`, published: 'March 2, 2026' }, text: BODY, published: '2026-03-02' },
    { name: 'text stamp used when the record has none', record: { text: `date 2026-01-01 ${BODY}` }, text: BODY, published: '2026-01-01' },
  ];
  for (const row of rows) {
    const doc = ingestRecord(row.record, 'rec');
    assert.equal(doc.text, row.text, row.name);
    assert.equal(doc.outlet, row.outlet, row.name);
    assert.equal(doc.published, row.published, row.name);
    assert.equal(doc.title, row.title, row.name);
    assert.equal(doc.byline, row.byline, row.name);
    assert.equal(doc.source, row.source ?? 'rec', row.name);
    if (row.outlet) assert.equal(doc.meta?.outlet, 'record', row.name);
  }
});

test('ingest: bad records are one-line errors naming the record and the reason', () => {
  const rows: [string, unknown, RegExp][] = [
    ['no text or html', { title: 'x' }, /no "text" or "html"/],
    ['text not a string', { text: 42 }, /"text" must be a string/],
    ['array instead of record', [BODY], /expected a record object/],
    ['null', null, /expected a record object/],
    ['empty text', { text: '   ' }, /no "text" or "html"/],
    ['only boilerplate', { text: 'Share this article' }, /no article text/],
    ['huge title', { text: BODY, title: 'x'.repeat(5000) }, /"title" is 5000 characters/],
  ];
  for (const [name, record, pattern] of rows) {
    assert.throws(() => ingestRecord(record, 'rec'), (e: unknown) => e instanceof InputError && pattern.test(e.message) && e.message.startsWith('rec') && !e.message.includes('\n'), name);
  }
});

test('ingest: __proto__ keys and absurd nesting are guarded', () => {
  const parsed = parseJsonSafely(`{"text": "${BODY}", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`);
  assert.ok(parsed.ok);
  const doc = ingestRecord(parsed.ok ? parsed.value : null, 'rec');
  assert.equal(doc.text, BODY);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(parsed.ok ? parsed.value : null), Object.prototype);
  const rows: [string, boolean][] = [['[[[[1]]]]', true], [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, false], ['{"a": "[[[[[[[[[[[[[[[[["}', true]];
  for (const [text, ok] of rows) assert.equal(parseJsonSafely(text).ok, ok, text.slice(0, 20));
  assert.equal(jsonDepth('{"a": "{{{{"}'), 1);
});

test('ingest: a JSONL file with a broken line reports that line and processes the rest', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'feed.jsonl');
    const lines = [JSON.stringify({ text: BODY, outlet: 'Vellmark Courier' }), '{"text": broken', '', JSON.stringify({ html: `<p>${BODY2}</p>`, published: '2026-03-02' }), JSON.stringify({ title: 'no body' })];
    writeFileSync(file, lines.join('\r\n') + '\n');
    const { docs, errors } = ingestPaths([file]);
    assert.deepEqual(docs.map((d) => [d.id, d.source, d.text]), [['d1', `${file}:1`, BODY], ['d2', `${file}:4`, BODY2]]);
    assert.deepEqual(errors.map((e) => e.input), [`${file}:2`, `${file}:5`]);
    assert.match(errors[0].message, /:2: line 2 is not valid JSON/);
    for (const error of errors) assert.ok(!error.message.includes('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest: a JSONL dump over the single-input limit streams; an oversized line is one error', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'dump.jsonl');
    const record = JSON.stringify({ text: `${BODY} ${'More harbour news follows in this paragraph. '.repeat(20)}` });
    const count = Math.ceil((11 * 1048576) / record.length);
    const huge = JSON.stringify({ text: 'x '.repeat(5.5 * 1048576) });
    writeFileSync(file, `${Array(count).fill(record).join('\n')}\n${huge}\n${record}`);
    const { docs, errors } = ingestPaths([file]);
    assert.equal(docs.length, count + 1);
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, new RegExp(`:${count + 1}: line ${count + 1} is over the 10 MB record limit`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest: JSON files hold one record or an array; bad items are errors, the rest go on', () => {
  const dir = tempDir();
  try {
    const rows: [string, string, number, string[]][] = [
      ['one.json', JSON.stringify({ text: BODY }), 1, []],
      ['many.json', JSON.stringify([{ text: BODY }, { nope: 1 }, { text: BODY2 }]), 2, ['many.json#2']],
      ['broken.json', '{"text": ', 0, ['broken.json']],
      ['deep.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 0, ['deep.json']],
      ['empty-array.json', '[]', 0, ['empty-array.json']],
    ];
    for (const [name, content, docCount, errorInputs] of rows) {
      const file = join(dir, name);
      writeFileSync(file, content);
      const { docs, errors } = ingestPaths([file]);
      assert.equal(docs.length, docCount, name);
      assert.deepEqual(errors.map((e) => e.input.slice(dir.length + 1)), errorInputs, name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest: directories skip hidden files, give one error per binary, sniff unknown extensions', () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), BODY);
    writeFileSync(join(dir, '.hidden.txt'), 'should not be read');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'sub', 'b.page'), `<html><body><p>${BODY2}</p></body></html>`);
    writeFileSync(join(dir, 'sub', 'c.data'), Buffer.from([1, 2, 3, 0, 5, 6]));
    const { docs, errors } = ingestPaths([dir]);
    assert.deepEqual(docs.map((d) => d.text), [BODY, BODY2]);
    assert.deepEqual(errors.map((e) => [e.input.slice(dir.length + 1), e.code]), [['image.png', 'E_BINARY'], ['sub/c.data', 'E_BINARY']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
