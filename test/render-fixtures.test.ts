// render fixtures: every test/fixtures/report-*.json is a valid Report whose spans point at their own text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FindingKindSchema, FindingTypeSchema, ReportSchema, type Report, type Span } from '../src/model/index.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const FILES = readdirSync(FIXTURES).filter((f) => /^report-.*\.json$/.test(f)).sort();

/** Every span a report carries, with where it came from, including analyzer layers a document may carry. */
function spans(report: Report): [string, Span][] {
  const out: [string, Span][] = [];
  report.findings.forEach((f, i) => f.evidence.forEach((e, k) => out.push([`findings[${i}].evidence[${k}]`, e.span])));
  report.quotes.forEach((q, i) => out.push([`quotes[${i}]`, q.span]));
  report.entities.forEach((e, i) => {
    e.mentions.forEach((m, k) => out.push([`entities[${i}].mentions[${k}]`, m]));
    e.descriptors.forEach((d, k) => { if (d.span) out.push([`entities[${i}].descriptors[${k}]`, d.span]); });
  });
  report.documents.forEach((d, i) => {
    const extra = d as { sentences?: Span[]; times?: { span: Span }[] };
    extra.sentences?.forEach((s, k) => out.push([`documents[${i}].sentences[${k}]`, s]));
    extra.times?.forEach((t, k) => out.push([`documents[${i}].times[${k}]`, t.span]));
  });
  return out;
}

test('render fixtures: there are fixtures, one with three outlets', () => {
  assert.ok(FILES.length >= 3, FILES.join(', '));
  const docCounts = FILES.map((f) => (JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Report).documents.length);
  assert.ok(docCounts.includes(2) && docCounts.includes(3), String(docCounts));
});

for (const file of FILES) {
  test(`render fixtures: ${file} is a valid report with exact spans`, () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const parsed = ReportSchema.safeParse(raw);
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
    const report = raw as Report;
    const texts = new Map(report.documents.map((d) => [d.id, d.text]));
    assert.equal(texts.size, report.documents.length, 'document ids are distinct');
    for (const [where, span] of spans(report)) {
      const text = texts.get(span.doc);
      assert.ok(text !== undefined, `${where}: unknown document ${span.doc}`);
      assert.ok(span.start < span.end && span.end <= text.length, `${where}: out of bounds`);
      assert.equal(text.slice(span.start, span.end), span.text, `${where}: text does not match`);
    }
    const kinds = new Set(report.findings.map((f) => f.kind));
    for (const kind of FindingKindSchema.options) assert.ok(kinds.has(kind), `${file} has a ${kind} finding`);
    const entityIds = new Set(report.entities.map((e) => e.id));
    for (const q of report.quotes) if (q.speaker) assert.ok(entityIds.has(q.speaker), `${q.id}: speaker ${q.speaker} is an entity`);
  });
}

test('render fixtures: together they hold every finding type', () => {
  const types = new Set(FILES.flatMap((f) => (JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Report).findings.map((x) => x.type)));
  for (const type of FindingTypeSchema.options) assert.ok(types.has(type), type);
});
