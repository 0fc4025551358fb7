// render robustness: odd but schema-valid reports (spans out of range, unknown documents, any characters)
// render in every format without throwing, and the HTML never turns their text into markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Report } from '../src/model/index.js';
import { render } from '../src/render/index.js';
import { displayWidth } from '../src/render/wrap.js';

const TEXT = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '.', '<', '>', '&', '"', "'", '|', '*', '\u001b', '\u0000', '東', '\u0301', '\ud800', '“', '—', '\t'), maxLength: 80 });
const DOC_IDS = ['d1', 'd2', 'd3'];

const span = (texts: string[]) => fc.record({
  doc: fc.constantFrom(...DOC_IDS, 'd9'),
  start: fc.nat({ max: 90 }),
  length: fc.nat({ max: 30 }),
}).map(({ doc, start, length }) => {
  const text = texts[DOC_IDS.indexOf(doc)] ?? '';
  return { doc, start, end: start + length, text: text.slice(start, start + length) };
});

const REPORT: fc.Arbitrary<Report> = fc.array(TEXT, { minLength: 1, maxLength: 3 }).chain((texts) => fc.record({
  version: fc.constant(1 as const),
  documents: fc.constant(texts.map((text, i) => ({ id: DOC_IDS[i], source: `src-${i}<x>`, outlet: i % 2 ? undefined : `Outlet ${i} | *`, contributors: [], text, removed: [] }))),
  entities: fc.array(fc.record({
    id: fc.constantFrom('e1', 'e2'),
    name: TEXT,
    type: fc.constantFrom('person' as const, 'organization' as const, 'place' as const, 'other' as const),
    mentions: fc.array(span(texts), { maxLength: 3 }),
    descriptors: fc.array(fc.record({ doc: fc.constantFrom(...DOC_IDS), text: TEXT }), { maxLength: 2 }),
  }), { maxLength: 3 }),
  quotes: fc.array(fc.record({
    id: fc.string({ maxLength: 4 }),
    doc: fc.constantFrom(...DOC_IDS),
    span: span(texts),
    kind: fc.constantFrom('direct' as const, 'partial' as const, 'reported' as const, 'term' as const),
    speaker: fc.option(fc.constantFrom('e1', 'e2', 'e7'), { nil: undefined }),
    speakerName: fc.option(TEXT, { nil: undefined }),
  }), { maxLength: 4 }),
  findings: fc.array(fc.record({
    id: fc.string({ maxLength: 4 }),
    kind: fc.constantFrom('conflict' as const, 'corroborated' as const, 'single-source' as const),
    type: fc.option(fc.constantFrom('attribution' as const, 'descriptor' as const, 'time' as const, 'number' as const, 'negation' as const, 'wording' as const), { nil: undefined }),
    summary: TEXT,
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    evidence: fc.array(fc.record({
      span: span(texts),
      speaker: fc.option(fc.constantFrom('e1', 'x'), { nil: undefined }),
      value: fc.option(fc.oneof(TEXT, fc.constantFrom('2026-04-14', '2026-W12', '2026-02-31T10:00Z', '1999')), { nil: undefined }),
    }), { maxLength: 3 }),
  }), { maxLength: 5 }),
})) as fc.Arbitrary<Report>;

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)/g;
const ALLOWED = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'div', 'label', 'input', 'b', 'span', 'main',
  'aside', 'nav', 'button', 'section', 'p', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'article', 'details', 'summary', 'script']);

test('render robustness: any schema-shaped report renders in every format', () => {
  fc.assert(fc.property(REPORT, fc.integer({ min: 1, max: 200 }), (report, width) => {
    const text = render(report, 'text', { width, color: false });
    for (const line of text.split('\n')) assert.ok(displayWidth(line) <= Math.max(40, Math.min(120, width)), line);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text), 'no control characters in terminal output');
    const md = render(report, 'md');
    assert.ok(!/(?<!\\)<[a-zA-Z/!?]/.test(md), 'no raw tags in Markdown');
    const page = render(report, 'html');
    const data = /<script type="application\/json" id="corroborate-data">([\s\S]*?)<\/script>/.exec(page)![1];
    assert.deepEqual(JSON.parse(data).report, JSON.parse(JSON.stringify(report)));
    for (const [, tag] of page.replace(/<script>[\s\S]*?<\/script>/, '').replace(/<style>[\s\S]*?<\/style>/, '').matchAll(TAG)) {
      assert.ok(ALLOWED.has(tag.toLowerCase()), `<${tag}>`);
    }
  }), { numRuns: 150 });
});
