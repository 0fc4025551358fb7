// Golden tests on examples/: analyze (and compare, once it exists) must match test/golden/**; invariants hold on every output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { AnalysisSchema, ReportSchema, type AnalyzedDoc, type Report, type Span } from '../src/model/index.js';
import { analyze, ingestPaths } from '../src/index.js';
import {
  COMPARE_MODULE, EXAMPLES_DIR, GOLDEN_COMPARE_PATH, REPO, analyzeExample, compareExamples, exampleFiles, goldenAnalyzePath,
} from '../scripts/regenerate-fixtures.js';
import { readGold } from './examples-gold.js';

const REGENERATE_HINT = 'if the change is intended, run `npm run fixtures` and review `git diff test/golden` before committing it';

function preview(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return 'undefined';
  return json.length > 120 ? `${json.slice(0, 117)}...` : json;
}

/** Up to `limit` readable differences between two JSON values, as `path: golden X, now Y` lines. */
export function jsonDifferences(golden: unknown, actual: unknown, path = '$', out: string[] = [], limit = 8): string[] {
  if (out.length >= limit) return out;
  if (Array.isArray(golden) && Array.isArray(actual)) {
    if (golden.length !== actual.length) out.push(`${path}: golden has ${golden.length} items, now ${actual.length}`);
    for (let i = 0; i < Math.min(golden.length, actual.length) && out.length < limit; i++) jsonDifferences(golden[i], actual[i], `${path}[${i}]`, out, limit);
    return out;
  }
  if (golden && actual && typeof golden === 'object' && typeof actual === 'object' && !Array.isArray(golden) && !Array.isArray(actual)) {
    const g = golden as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    for (const key of new Set([...Object.keys(g), ...Object.keys(a)])) {
      if (out.length >= limit) break;
      if (!(key in a)) out.push(`${path}.${key}: in golden (${preview(g[key])}), missing now`);
      else if (!(key in g)) out.push(`${path}.${key}: new (${preview(a[key])}), not in golden`);
      else jsonDifferences(g[key], a[key], `${path}.${key}`, out, limit);
    }
    return out;
  }
  if (golden !== actual) out.push(`${path}: golden ${preview(golden)}, now ${preview(actual)}`);
  return out;
}

/** Deep-compares a fresh result with its golden file; fails with the first differences and how to regenerate. */
function assertMatchesGolden(goldenPath: string, actual: unknown): void {
  const name = relative(REPO, goldenPath);
  assert.ok(existsSync(goldenPath), `${name} does not exist: run \`npm run fixtures\` and review the new file`);
  const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as unknown;
  const fresh = JSON.parse(JSON.stringify(actual)) as unknown;
  const differences = jsonDifferences(golden, fresh);
  if (differences.length === 0) return;
  assert.fail(`output differs from ${name}:\n  ${differences.join('\n  ')}\n${REGENERATE_HINT}`);
}

type Ranged = { start: number; end: number };

function checkSpan(label: string, text: string, docId: string, span: Span): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${label}: offsets are integers`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${label}: [${span.start}, ${span.end}) out of bounds (text length ${text.length})`);
  assert.equal(span.doc, docId, `${label}: span.doc`);
  assert.equal(text.slice(span.start, span.end), span.text, `${label}: text.slice(start, end) !== span.text`);
}

function checkSorted(label: string, ranges: Ranged[]): void {
  for (let i = 1; i < ranges.length; i++) {
    const [a, b] = [ranges[i - 1], ranges[i]];
    assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end), `${label}: item ${i} [${b.start}, ${b.end}) comes before item ${i - 1} [${a.start}, ${a.end})`);
  }
}

/** The invariants every analyzed document satisfies, whatever the stages find. */
export function checkAnalyzedDoc(doc: AnalyzedDoc): void {
  const { text, id } = doc;
  const where = `${doc.source} ${id}`;
  doc.sentences.forEach((s, i) => checkSpan(`${where} sentence ${i}`, text, id, s));
  for (let i = 1; i < doc.sentences.length; i++) {
    const [a, b] = [doc.sentences[i - 1], doc.sentences[i]];
    assert.ok(a.end <= b.start, `${where}: sentences ${i - 1} and ${i} overlap or are out of order`);
    assert.ok(a.paragraph <= b.paragraph, `${where}: sentence ${i} has a paragraph index lower than sentence ${i - 1}`);
  }
  for (const h of doc.headings ?? []) assert.ok(h.start >= 0 && h.start <= h.end && h.end <= text.length, `${where}: heading out of bounds`);
  const entityIds = new Set<string>();
  for (const entity of doc.entities) {
    assert.ok(!entityIds.has(entity.id), `${where}: entity id ${entity.id} is not unique`);
    entityIds.add(entity.id);
    entity.mentions.forEach((m, i) => checkSpan(`${where} entity ${entity.id} (${entity.name}) mention ${i}`, text, id, m));
    checkSorted(`${where} entity ${entity.id} mentions`, entity.mentions);
    for (const d of entity.descriptors) if (d.span) checkSpan(`${where} entity ${entity.id} descriptor`, text, id, d.span);
  }
  const quoteIds = new Set<string>();
  for (const quote of doc.quotes) {
    assert.ok(!quoteIds.has(quote.id), `${where}: quote id ${quote.id} is not unique`);
    quoteIds.add(quote.id);
    assert.equal(quote.doc, id, `${where} quote ${quote.id}: quote.doc`);
    checkSpan(`${where} quote ${quote.id}`, text, id, quote.span);
    if (quote.speaker) assert.ok(entityIds.has(quote.speaker), `${where} quote ${quote.id}: speaker ${quote.speaker} is no entity of the document`);
  }
  checkSorted(`${where} quotes`, doc.quotes.map((q) => q.span));
  doc.times.forEach((t, i) => checkSpan(`${where} time ${i}`, text, id, t.span));
  checkSorted(`${where} times`, doc.times.map((t) => t.span));
  doc.numbers.forEach((n, i) => checkSpan(`${where} number ${i}`, text, id, n.span));
  checkSorted(`${where} numbers`, doc.numbers.map((n) => n.span));
  (doc.citations ?? []).forEach((c, i) => checkSpan(`${where} citation ${i}`, text, id, c.span));
}

/** The invariants of a compare report: every span points into its own document's text. */
export function checkReport(report: Report): void {
  const texts = new Map(report.documents.map((d) => [d.id, d.text]));
  const spanOk = (label: string, span: Span) => {
    const text = texts.get(span.doc);
    assert.ok(text !== undefined, `${label}: span.doc ${span.doc} is no document of the report`);
    checkSpan(label, text, span.doc, span);
  };
  for (const e of report.entities) e.mentions.forEach((m, i) => spanOk(`entity ${e.id} mention ${i}`, m));
  for (const q of report.quotes) spanOk(`quote ${q.id}`, q.span);
  for (const f of report.findings) f.evidence.forEach((ev, i) => spanOk(`finding ${f.id} evidence ${i}`, ev.span));
  const rank = { conflict: 0, corroborated: 1, 'single-source': 2 } as const;
  for (let i = 1; i < report.findings.length; i++) {
    assert.ok(rank[report.findings[i - 1].kind] <= rank[report.findings[i].kind], `finding ${report.findings[i].id}: findings are not ordered conflicts, corroborated, single-source`);
  }
}

const files = exampleFiles();

test('examples: there are three example articles', () => {
  assert.equal(files.length, 3, `expected three .txt files in ${relative(REPO, EXAMPLES_DIR)}`);
});

test('examples: every evidence phrase of the README gold occurs in the articles it names', () => {
  const gold = readGold();
  const ids = gold.map((g) => g.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'gold ids are unique');
  for (const kind of ['conflict', 'corroborated', 'single-source']) assert.ok(gold.some((g) => g.kind === kind), `the gold has ${kind} findings`);
  for (const finding of gold) {
    assert.ok(finding.evidence.length > 0, `README gold ${finding.id}: no evidence`);
    for (const e of finding.evidence) {
      assert.ok(e.start >= 0, `README gold ${finding.id}: "${e.phrase}" is not in article ${e.article}`);
      assert.ok(finding.articles.includes(e.article), `README gold ${finding.id}: evidence from ${e.article}, which the row does not list`);
    }
  }
  assert.ok(gold.reduce((n, g) => n + g.evidence.length, 0) >= 40, 'the README table lost evidence phrases');
});

test('examples: jsonDifferences names the path of each difference', () => {
  const rows: [unknown, unknown, string[]][] = [
    [{ a: [1, 2] }, { a: [1, 2] }, []],
    [{ a: [1, 2] }, { a: [1, 3] }, ['$.a[1]: golden 2, now 3']],
    [{ a: 1 }, { b: 1 }, ['$.a: in golden (1), missing now', '$.b: new (1), not in golden']],
    [[1], [1, 2], ['$: golden has 1 items, now 2']],
  ];
  for (const [golden, actual, expected] of rows) assert.deepEqual(jsonDifferences(golden, actual), expected);
});

for (const file of files) {
  const name = basename(file);
  test(`examples: analyze ${name} keeps its invariants`, () => {
    const analysis = AnalysisSchema.parse(analyzeExample(file));
    for (const doc of analysis.documents) checkAnalyzedDoc(doc);
  });
  test(`examples: analyze ${name} matches its golden file`, () => {
    assertMatchesGolden(goldenAnalyzePath(file), analyzeExample(file));
  });
}

const SEEDS = join(REPO, '..', 'shared', 'seeds');

test('examples: analyze keeps its invariants on the seed articles too', { skip: existsSync(SEEDS) ? false : 'needs ../shared/seeds' }, () => {
  const seedFiles = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort().map((n) => join(SEEDS, n));
  const { docs } = ingestPaths(seedFiles);
  assert.equal(docs.length, seedFiles.length);
  for (const doc of AnalysisSchema.parse(analyze(docs)).documents) checkAnalyzedDoc(doc);
});

test('examples: the compare harness loads a compare module and checks its report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-harness-'));
  try {
    const ok = join(dir, 'ok.mjs');
    writeFileSync(ok, 'export function compare(documents) { return { version: 1, documents, entities: [], quotes: [], findings: [] }; }\n');
    const bad = join(dir, 'bad.mjs');
    writeFileSync(bad, 'export function compare(documents) { const d = documents[0]; return { version: 1, documents, entities: [], quotes: [], ' +
      'findings: [{ id: "f1", kind: "conflict", summary: "s", confidence: 1, evidence: [{ span: { doc: d.id, start: 0, end: 3, text: "xyz" } }] }] }; }\n');
    const report = await compareExamples(files, ok);
    assert.ok(report);
    assert.deepEqual(report.documents.map((d) => d.id), ['d1', 'd2', 'd3']);
    assert.deepEqual(report.documents.map((d) => d.source), files.map((f) => `examples/${basename(f)}`));
    checkReport(ReportSchema.parse(report));
    const badReport = await compareExamples(files, bad);
    assert.throws(() => checkReport(ReportSchema.parse(badReport)), /text.slice/, 'a span whose text drifted is caught');
    assert.equal(await compareExamples(files, join(dir, 'missing.ts')), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const compareSkip = existsSync(COMPARE_MODULE) ? false : `needs ${relative(REPO, COMPARE_MODULE)}`;

test('examples: compare on the three examples keeps its invariants and matches test/golden/compare.json', { skip: compareSkip }, async () => {
  const report = await compareExamples(files);
  assert.ok(report, 'compare returned nothing');
  checkReport(ReportSchema.parse(report));
  assertMatchesGolden(GOLDEN_COMPARE_PATH, report);
});
