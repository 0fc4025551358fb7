// compare: every planted finding of examples/README.md is found, and nothing else is called a conflict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze, compare, ingestPaths, type Finding, type Report } from '../src/index.js';
import { ReportSchema } from '../src/model/index.js';
import { EXAMPLES, exampleFilesByPrefix, readGold, type GoldFinding } from './examples-gold.js';

const files = exampleFilesByPrefix();
const prefixes = [...files.keys()];
const { docs } = ingestPaths([...files.values()].map((name) => join(EXAMPLES, name)));
const report: Report = compare(analyze(docs).documents);
const gold = readGold();
const docId = (article: string) => `d${prefixes.indexOf(article) + 1}`;


function overlapsPhrase(f: Finding, article: string, phrase: string): boolean {
  const id = docId(article);
  const text = report.documents.find((d) => d.id === id)!.text;
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  return f.evidence.some((e) => e.span.doc === id && e.span.start < at + phrase.length && at < e.span.end);
}

/** A finding matches a gold row: kind, type when given, evidence over each phrase (02 may be left out when 01 is there). */
export function matches(f: Finding, g: GoldFinding): boolean {
  if (f.kind !== g.kind || (g.type && f.type !== g.type)) return false;
  const has01 = g.evidence.some((e) => e.article === '01');
  return g.evidence.every((e) => (e.article === '02' && has01 && !f.evidence.some((x) => x.span.doc === docId('02'))) || overlapsPhrase(f, e.article, e.phrase));
}

test('compare examples: the report is valid and says that 02 copies 01', () => {
  ReportSchema.parse(JSON.parse(JSON.stringify(report)));
  assert.deepEqual(report.copies?.map((c) => [c.doc, c.source]), [[docId('02'), docId('01')]]);
  assert.equal(report.related, true);
});

for (const g of gold) {
  test(`compare examples: planted ${g.id} (${g.kind}${g.type ? `/${g.type}` : ''}) is found`, () => {
    const found = report.findings.filter((f) => matches(f, g));
    assert.ok(found.length > 0, `${g.id} not found; findings of that kind:\n${report.findings.filter((f) => f.kind === g.kind).map((f) => `  ${f.id} ${f.type ?? ''} ${f.summary}`).join('\n')}`);
    if (g.id === 'K8') assert.ok(found.every((f) => f.type !== 'wording'), 'K8 is the same statement: no wording finding');
  });
}

test('compare examples: nothing but the planted conflicts is called a conflict', () => {
  const planted = gold.filter((g) => g.kind === 'conflict');
  for (const f of report.findings.filter((x) => x.kind === 'conflict')) {
    const known = planted.some((g) => g.type === f.type && g.evidence.some((e) => overlapsPhrase(f, e.article, e.phrase)));
    assert.ok(known, `unplanted conflict ${f.id} (${f.type}): ${f.summary}`);
  }
});

test('compare examples: the copy never corroborates its source', () => {
  const pair = new Set([docId('01'), docId('02')]);
  for (const f of report.findings.filter((x) => x.kind === 'corroborated')) {
    const docsOf = new Set(f.evidence.map((e) => e.span.doc));
    assert.ok([...docsOf].some((d) => !pair.has(d)), `${f.id} is corroborated by the copy alone: ${f.summary}`);
  }
});

test('compare examples: Lena Marsh and Daniel Marsh stay two people', () => {
  const marsh = report.entities.filter((e) => e.type === 'person' && /\bMarsh$/.test(e.name));
  assert.deepEqual(marsh.map((e) => e.name).sort(), ['Daniel Marsh', 'Lena Marsh']);
});

test('compare examples: omissions list, for each article, the corroborated findings it leaves out', () => {
  const corroborated = new Set(report.findings.filter((f) => f.kind === 'corroborated').map((f) => f.id));
  assert.equal(report.omissions?.length, report.documents.length);
  for (const o of report.omissions!) {
    for (const id of o.findings) {
      assert.ok(corroborated.has(id));
      assert.ok(!report.findings.find((f) => f.id === id)!.evidence.some((e) => e.span.doc === o.doc));
    }
  }
});

test('compare examples: summaries name articles by outlet or readable file name, never by path', () => {
  for (const f of report.findings) assert.doesNotMatch(f.summary, /\.txt\b|\/|\\/, f.summary);
  // The wire's own dateline credit is no second-hand sourcing; the copy's credit names its source, already said.
  assert.ok(report.findings.every((f) => !/credits Northwind Wire/.test(f.summary)), report.findings.map((f) => f.summary).join('\n'));
});
