// ingest (properties): every Doc produced from random text, HTML or records keeps headings in bounds and clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ingestHtml, ingestRecord, ingestText } from '../src/ingest/index.js';
import { InputError, type Doc } from '../src/model/index.js';

/** Lines that exercise every rule: prose, headings, questions, quotes, boilerplate, credits, bylines, stamps. */
const LINES = [
  'The Vellmark harbour council on Tuesday approved a budget for two new ferries.',
  'Council chair Ilse Marten said the vote was "a relief for every commuter."',
  'What happens next',
  'Will the ferries be ready before winter?',
  '\u2018Ferries are not a luxury\u2019',
  '\u201cWe will not wait another year,\u201d she said.',
  'Share this article',
  'This is read by an automated voice. Please report any issues here .',
  'date 2026-03-02 The ferry left at noon.',
  'Read more: Harbour strike ends',
  'By Anna Berg',
  'Anna Berg and Nordwire contributed to this report.',
  '(Photo: Jon Holm/Bay Herald)',
  'OSTRAVA, March 2, 2026 (Nordwire) - Fares will rise.',
  '## The vote',
  '',
  '   ',
  '?',
  '\u00e9\u00e8 \u4e2d\u6587 \ud83d\ude00 emoji line',
];

const lineArb = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const textArb = fc.array(fc.tuple(lineArb, fc.constantFrom('\n', '\n\n', '\r\n', ' ')), { maxLength: 30 })
  .map((parts) => parts.map(([line, sep]) => line + sep).join(''));

function checkDoc(doc: Doc): void {
  let previousEnd = 0;
  for (const h of doc.headings ?? []) {
    assert.ok(Number.isInteger(h.start) && Number.isInteger(h.end), 'integer offsets');
    assert.ok(h.start >= previousEnd && h.start < h.end && h.end <= doc.text.length, `in bounds and sorted: ${JSON.stringify(h)}`);
    const slice = doc.text.slice(h.start, h.end);
    assert.equal(slice, slice.trim(), 'no surrounding whitespace');
    assert.ok(!slice.includes('\n'), 'one line');
    previousEnd = h.end;
  }
  assert.equal(doc.text, doc.text.trim());
  assert.ok(doc.text.length > 0);
  for (const r of doc.removed) assert.ok(typeof r.text === 'string' && typeof r.reason === 'string' && r.reason !== '');
  assert.ok(!doc.contributors.some((c) => c.trim() === ''));
}

/** Runs an ingest call: a Doc must satisfy the invariants; the only allowed failure is a one-line InputError. */
function ingestChecked(run: () => Doc): void {
  let doc: Doc;
  try {
    doc = run();
  } catch (error) {
    assert.ok(error instanceof InputError, `unexpected ${(error as Error).stack}`);
    assert.ok(!error.message.includes('\n'));
    return;
  }
  checkDoc(doc);
}

test('ingest: plain-text Docs keep headings in bounds (property)', () => {
  fc.assert(fc.property(textArb, (text) => ingestChecked(() => ingestText(text, 'prop.txt'))), { numRuns: 300 });
});

const htmlPartArb = fc.oneof(
  lineArb.map((line) => `<p>${line}</p>`),
  lineArb.map((line) => `<h2>${line}</h2>`),
  lineArb.map((line) => `<h3>${line}<br>${line}</h3>`),
  lineArb.map((line) => `<figure><figcaption>${line}</figcaption></figure>`),
  fc.nat({ max: 300 }).map((n) => `${'<div>'.repeat(n)}<p>deep ${n}</p>${'</div>'.repeat(n)}`),
  fc.constantFrom('<br>', '<hr>', '<script>x()</script>', '<!-- c -->', '<p>', '</div>', '<', '&amp;', '<li>item'),
);
const htmlArb = fc.array(htmlPartArb, { maxLength: 20 }).map((parts) => `<html><body><article>${parts.join('')}</article></body></html>`);

test('ingest: HTML Docs keep headings in bounds (property)', () => {
  fc.assert(fc.property(htmlArb, (html) => ingestChecked(() => ingestHtml(html, 'prop.html'))), { numRuns: 100 });
});

test('ingest: record Docs keep headings in bounds (property)', () => {
  const recordArb = fc.record({
    text: fc.option(textArb, { nil: undefined }),
    html: fc.option(htmlArb, { nil: undefined }),
    title: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    published: fc.option(fc.oneof(fc.constant('2026-03-02'), fc.string({ maxLength: 12 })), { nil: undefined }),
  }, { requiredKeys: [] });
  fc.assert(fc.property(recordArb, (record) => ingestChecked(() => ingestRecord(record, 'prop'))), { numRuns: 100 });
});
