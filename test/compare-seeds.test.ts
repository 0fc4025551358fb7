// compare: the founding articles (read from ../shared/seeds, never copied): issue 6's "Done when" on real reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, compare, ingestPaths, type Finding, type Report } from '../src/index.js';
import { ReportSchema } from '../src/model/index.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const skip = existsSync(SEEDS) ? false : 'needs ../shared/seeds';

let cached: Report | undefined;
function report(): Report {
  if (cached) return cached;
  const files = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort().map((n) => join(SEEDS, n));
  const { docs } = ingestPaths(files);
  cached = compare(analyze(docs).documents);
  return cached;
}

const entityName = (r: Report, id?: string) => r.entities.find((e) => e.id === id)?.name ?? '';
const docsOf = (f: Finding) => new Set(f.evidence.map((e) => e.span.doc));
const mentions = (f: Finding, phrase: string) => f.evidence.some((e) => e.span.text.toLowerCase().includes(phrase.toLowerCase()));

test('compare seeds: the report is valid and cross-checks the two articles', { skip }, () => {
  const r = report();
  ReportSchema.parse(JSON.parse(JSON.stringify(r)));
  assert.equal(r.documents.length, 2);
  assert.equal(r.related, true);
  assert.equal(r.copies, undefined, 'two independent reports');
});

for (const phrase of ['realism and rationality', 'Doha Agreement']) {
  test(`compare seeds: the statement with "${phrase}" is attributed to two different officials (conflict/attribution)`, { skip }, () => {
    const r = report();
    const f = r.findings.find((x) => x.kind === 'conflict' && x.type === 'attribution' && mentions(x, phrase));
    assert.ok(f, `no attribution conflict over "${phrase}"`);
    assert.equal(docsOf(f).size, 2);
    const speakers = new Set(f.evidence.map((e) => e.speaker).filter(Boolean));
    assert.equal(speakers.size, 2, 'two resolved speakers');
    for (const s of speakers) assert.equal(r.entities.find((e) => e.id === s)?.type, 'person');
  });
}

test('compare seeds: one official is given different titles (conflict/descriptor)', { skip }, () => {
  const r = report();
  const d = r.findings.filter((x) => x.kind === 'conflict' && x.type === 'descriptor');
  assert.equal(d.length, 1, d.map((x) => x.summary).join('\n'));
  const values = d[0].evidence.map((e) => e.value ?? '');
  assert.ok(values.some((v) => /military chief/i.test(v)) && values.some((v) => /chief of staff/i.test(v)), values.join(' / '));
  assert.equal(new Set(d[0].evidence.map((e) => e.speaker)).size, 1, 'one person');
});

test("compare seeds: the US President's remarks are corroborated despite wording differences", { skip }, () => {
  const r = report();
  const f = r.findings.find((x) => x.kind === 'corroborated' && x.type === 'wording');
  assert.ok(f, 'no corroborated/wording finding');
  assert.equal(docsOf(f).size, 2);
  const speakers = new Set(f.evidence.map((e) => e.speaker));
  assert.equal(speakers.size, 1);
  assert.match(entityName(r, [...speakers][0]), /Trump/);
});

test('compare seeds: the anniversary display is corroborated and its dates agree (2024-08)', { skip }, () => {
  const r = report();
  const f = r.findings.find((x) => x.kind === 'corroborated' && x.type === 'time' && mentions(x, 'anniversary'));
  assert.ok(f, 'no corroborated/time finding over the anniversary');
  assert.equal(docsOf(f).size, 2);
  assert.deepEqual(f.evidence.map((e) => e.value), ['2024-08', '2024-08']);
  assert.match(f.summary, /dates agree \(August 2024\)/);
});

test('compare seeds: nothing is called a conflict where the reports agree', { skip }, () => {
  const r = report();
  const conflicts = r.findings.filter((x) => x.kind === 'conflict');
  const unexpected = conflicts.filter((x) => x.type !== 'attribution' && x.type !== 'descriptor');
  assert.deepEqual(unexpected.map((x) => x.summary), []);
  // Every attribution conflict puts one statement in the mouths of two different people, never one person twice.
  for (const f of conflicts.filter((x) => x.type === 'attribution')) {
    assert.equal(new Set(f.evidence.map((e) => e.speaker)).size, 2, f.summary);
  }
});

test('compare seeds: the undated article inherits the event date from the dated one', { skip }, () => {
  const r = report();
  const undated = r.documents.filter((d) => !d.published).map((d) => d.id);
  assert.equal(undated.length, 1);
  assert.deepEqual(r.anchors?.map((a) => [a.doc, a.date]), [[undated[0], '2025-09-21']]);
});

test('compare seeds: summaries are one sentence naming articles readably, never by path or file name', { skip }, () => {
  const r = report();
  for (const f of r.findings) {
    assert.doesNotMatch(f.summary, /\.txt\b|\/|\\/, f.summary);
    assert.match(f.summary, /^\p{Lu}/u, f.summary);
    assert.match(f.summary, /[.?!]$/, f.summary);
  }
});

test('compare seeds: outlets credited as speakers are second-hand sourcing, not people in attribution conflicts', { skip }, () => {
  const r = report();
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  for (const f of r.findings) {
    for (const e of f.evidence) {
      const speaker = e.speaker ? byId.get(e.speaker) : undefined;
      if (f.type === 'attribution') assert.equal(speaker?.type, 'person', f.summary);
      if (speaker && e.citedOutlet) assert.notEqual(speaker.name.toLowerCase(), e.citedOutlet.toLowerCase(), `${f.id}: ${f.summary}`);
    }
  }
  // Every claim an article credits to an outlet says so on its evidence.
  const credited = r.findings.flatMap((f) => f.evidence).filter((e) => e.citedOutlet);
  assert.ok(credited.length > 0);
});
