// property: random and hostile text through every parser and stage: no exception escapes, time stays bounded, every span is exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InputError, type AnalyzedDoc, type Doc } from '../src/model/index.js';
import { ingestHtml, ingestRecord, ingestText } from '../src/ingest/index.js';
import { parseJsonlText } from '../src/ingest/records.js';
import { parseFeed, feedDocs, decodeXmlEntities, feedDate } from '../src/ingest/feed.js';
import { parseDateText, matchDateAtStart } from '../src/ingest/dates.js';
import { newState, runPipeline, DEFAULT_STAGES } from '../src/analyze/pipeline.js';
import type { Stage } from '../src/analyze/types.js';

/** Every stage after language identification: random text must reach them all, whatever language it looks like. */
const ANALYSIS_STAGES = DEFAULT_STAGES.filter((stage) => stage.name !== 'language');
/** 500 runs per property in CI, 100 locally; PROPERTY_RUNS overrides both. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? (process.env.CI ? 500 : 100));
/** A generous ceiling for one short input through one parser or the whole pipeline (a hang, not a slow run). */
const MS_PER_CASE = 2000;

/** Invented prose pieces that wake up every stage: names, titles, quotes, cues, dates, numbers, outlets. */
const WORDS = [
  'The', 'council', 'of', 'Marrowby', 'voted', 'on', 'Tuesday', 'said', 'Edda Pell', 'Mayor', 'Oskar Lind', 'she', 'he', 'added',
  'told', 'the Harbour Gazette', 'according to', 'Reuters', 'in March', 'last year', 'August 2024', '3 p.m.', 'two weeks ago',
  '4.5%', '$1.2 million', '12,000', 'forty-two', 'Dr.', 'U.S.', 'Inc.', 'Ltd', 'next week', '2026-03-02', 'PRESENT',
  '"', '“', '”', '‘', '’', "'", '«', '»', '—', '–', '-', ',', '.', '?', '!', ':', ';', '(', ')', '[', ']', '…', '...',
];
/** Characters that break naive offset arithmetic. */
const TRICKY = [
  '😀', '👩‍👩‍👧', '🇳🇴', '\u{1D400}', 'e\u0301', 'a\u0308\u0323', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060',
  '\u200F', '\u202E', '\u2066', 'مرحبا', 'שלום', 'Ünïcödé', 'İ', 'ß', 'ﬁ', '\r\n', '\r', '\n', '\n\n', '\t', '\u00A0',
  '\u2028', '\u2029', '\u0085', '\uD800', '\uDC00', '&amp;', '&#x1F600;', '<b>', '</p>', '\\', '$&', '$1',
];
const pieceArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const textArb = fc.array(fc.tuple(pieceArb, fc.constantFrom(' ', ' ', ' ', '', '\n', '\r\n', '. ')), { minLength: 1, maxLength: 80 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

function doc(text: string): Doc {
  return { id: 'd1', source: 'property.txt', text, contributors: [], removed: [] } as unknown as Doc;
}

type SpanLike = { start: number; end: number; text: string; doc?: string };

/** Every span in an analyzed document: integer offsets in bounds, and its text exactly the slice it names. */
function checkSpans(analyzed: AnalyzedDoc): void {
  const { text } = analyzed;
  const spans: [string, SpanLike][] = [];
  analyzed.sentences.forEach((s, i) => spans.push([`sentence ${i}`, s as SpanLike]));
  analyzed.entities.forEach((e) => e.mentions.forEach((m, i) => spans.push([`entity ${e.id} mention ${i}`, m])));
  analyzed.quotes.forEach((q) => spans.push([`quote ${q.id}`, q.span]));
  analyzed.times.forEach((t, i) => spans.push([`time ${i}`, t.span]));
  analyzed.numbers.forEach((n, i) => spans.push([`number ${i}`, (n as { span: SpanLike }).span]));
  (analyzed.citations ?? []).forEach((c, i) => spans.push([`citation ${i}`, c.span]));
  for (const [what, span] of spans) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) in bounds of ${text.length}`);
    assert.equal(text.slice(span.start, span.end), span.text, `${what}: text.slice equals span.text`);
    if (span.doc !== undefined) assert.equal(span.doc, analyzed.id, `${what}: names its document`);
  }
  for (const d of analyzed.diagnostics ?? []) assert.ok(!d.rule.startsWith('stage-failed'), `a stage threw: ${d.rule}: ${d.message}`);
}

/** Runs stages one by one, without runPipeline's safety net, so an exception from any stage fails the property. */
function runStagesBare(text: string, stages: Stage[]): void {
  const state = newState(doc(text));
  for (const stage of stages) stage.run(state, { published: '2026-03-03', options: {} });
}

function timed<T>(what: string, fn: () => T): T {
  const started = performance.now();
  const value = fn();
  const ms = performance.now() - started;
  assert.ok(ms < MS_PER_CASE, `${what} took ${ms.toFixed(0)} ms`);
  return value;
}

/** Only InputError (a one-line, named error) may come out of an ingest parser. */
function ingestOrInputError(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof InputError, `unexpected ${(error as Error)?.name}: ${(error as Error)?.message}`);
    assert.ok(!error.message.includes('\n'), 'one-line error');
  }
}

test('property: no stage throws on hostile text, each stage alone and in order', () => {
  fc.assert(fc.property(textArb, (text) => {
    timed('stages', () => runStagesBare(text, DEFAULT_STAGES));
  }), { numRuns: RUNS });
});

test('property: analyzed spans are in bounds and slice exactly (surrogates, combining marks, zero-width, RTL, CRLF)', () => {
  let found = 0;
  fc.assert(fc.property(textArb, fc.option(fc.constantFrom('2026-03-03', '1999-12-31', '2026-02-29T10:00:00Z')), (text, published) => {
    const { doc: analyzed } = timed('pipeline', () => runPipeline(doc(text), { published: published ?? undefined, options: {} }, ANALYSIS_STAGES));
    checkSpans(analyzed);
    found += analyzed.sentences.length + analyzed.entities.length + analyzed.quotes.length + analyzed.times.length + analyzed.numbers.length;
  }), { numRuns: RUNS });
  assert.ok(found > RUNS, `the generator reaches the stages (${found} spans over ${RUNS} runs)`);
});

test('property: ingested text then analyzed keeps every span exact', () => {
  fc.assert(fc.property(textArb, (raw) => {
    let ingested: Doc | undefined;
    ingestOrInputError(() => { ingested = timed('ingestText', () => ingestText(raw, 'property.txt')); });
    if (!ingested) return;
    assert.equal(ingested.text, ingested.text.trim());
    checkSpans(runPipeline(ingested, { options: {} }, ANALYSIS_STAGES).doc);
  }), { numRuns: RUNS });
});

const TAGS = ['p', 'div', 'span', 'article', 'h1', 'h2', 'blockquote', 'script', 'style', 'a', 'figure', 'figcaption', 'table', 'td', 'br', 'nav', 'svg', 'template', 'noscript', 'iframe'];
const htmlArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((t) => t.replace(/[<>]/g, ' ')),
    fc.constantFrom('&amp;', '&lt;', '&#0;', '&#xD800;', '&nbsp;', '&bogus;', '<!-- c -->', '<![CDATA[x]]>', '<', '>', '</', '<p', '"\'', '<meta property="og:title" content="T">'),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, kids, close]) => `<${tag} class="x">${kids.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;

test('property: HTML ingest returns a clean doc or one InputError, in bounded time', () => {
  fc.assert(fc.property(htmlArb, fc.boolean(), (body, wrap) => {
    const html = wrap ? `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>` : body;
    ingestOrInputError(() => {
      const d = timed('ingestHtml', () => ingestHtml(html, 'property.html'));
      assert.equal(d.text, d.text.trim());
      assert.ok(!/<script/i.test(d.text) || body.includes('&lt;script'), 'no script element text leaks as markup');
    });
  }), { numRuns: RUNS });
});

const jsonValueArb = fc.oneof(textArb, fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }));
const recordArb = fc.record({
  text: fc.option(textArb), html: fc.option(htmlArb), title: fc.option(jsonValueArb), url: fc.option(jsonValueArb),
  published: fc.option(fc.oneof(fc.constantFrom('2026-03-02', 'Tue, 03 Mar 2026 08:00:00 GMT', 'yesterday', '0000-00-00', '2026-13-45', ''), jsonValueArb)),
  outlet: fc.option(jsonValueArb), __proto__: fc.option(fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))),
  constructor: fc.option(jsonValueArb),
}, { requiredKeys: [] });

test('property: JSONL lines become docs or per-line InputErrors; nothing else escapes', () => {
  const lineArb = fc.oneof(recordArb.map((r) => JSON.stringify(r)), fc.string({ maxLength: 30 }), fc.constantFrom('{', '[]', '{"text":', '{"__proto__":{"polluted":1},"text":"A council met."}', '\u0000', '""'));
  fc.assert(fc.property(fc.array(lineArb, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
    const errors: InputError[] = [];
    ingestOrInputError(() => timed('parseJsonlText', () => parseJsonlText(lines.join(eol), 'property.jsonl', errors)));
    for (const e of errors) assert.ok(e instanceof InputError && !e.message.includes('\n'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
  }), { numRuns: RUNS });
});

test('property: records (JSON objects of any shape) become a doc or an InputError', () => {
  fc.assert(fc.property(fc.oneof(recordArb, jsonValueArb), (record) => {
    ingestOrInputError(() => timed('ingestRecord', () => ingestRecord(record as never, 'property.json')));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  }), { numRuns: RUNS });
});

const xmlTextArb = textArb.map((t) => t.replace(/[<&]/g, ' '));
const itemArb = fc.record({ title: xmlTextArb, link: fc.constantFrom('https://harbour.example/a', 'not a url', ''), date: fc.constantFrom('Tue, 03 Mar 2026 08:00:00 GMT', '2026-03-02T10:00:00Z', 'garbage', ''), body: fc.oneof(xmlTextArb, htmlArb.map((h) => `<![CDATA[${h.replace(/]]>/g, '')}]]>`)) });
const feedArb = fc.oneof(
  fc.tuple(xmlTextArb, fc.array(itemArb, { maxLength: 5 })).map(([title, items]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${i.date}</pubDate><description>${i.body}</description></item>`).join('')}</channel></rss>`),
  fc.tuple(xmlTextArb, fc.array(itemArb, { maxLength: 5 })).map(([title, items]) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title>${items.map((i) => `<entry><title>${i.title}</title><link href="${i.link}"/><updated>${i.date}</updated><content type="html">${i.body}</content></entry>`).join('')}</feed>`),
  fc.constantFrom('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><description>&b;</description></item></channel></rss>', '<rss><channel><item>', '<feed/>', '<rss version="2.0"></rss>', '<?xml version="1.0"?>', '<rss><channel><item><description>&#0;&#xFFFFFF;&#55296;</description></item></channel></rss>'),
  fc.string({ maxLength: 60 }),
);

test('property: RSS/Atom parsing returns records or one InputError, and decoded entities stay well-formed', () => {
  fc.assert(fc.property(feedArb, (xml) => {
    ingestOrInputError(() => {
      const errors: InputError[] = [];
      const docs = timed('feedDocs', () => feedDocs(xml, 'property.xml', errors));
      for (const d of docs) assert.equal(d.text, d.text.trim());
      for (const e of errors) assert.ok(e instanceof InputError);
    });
    ingestOrInputError(() => timed('parseFeed', () => parseFeed(xml, 'property.xml')));
    const decoded = decodeXmlEntities(xml);
    assert.equal(typeof decoded, 'string');
    assert.ok(decoded.length <= xml.length, 'decoding never expands (no entity bombs)');
  }), { numRuns: RUNS });
});

test('property: date parsers give a valid ISO date or nothing', () => {
  const dateArb = fc.oneof(textArb, fc.constantFrom('March 2, 2026', '2 March 2026', '2026-03-02T10:00:00+01:00', 'Tue, 03 Mar 2026 08:00:00 GMT', 'Feb 30, 2026', '31/12/1999', '0000-01-01', '9999-12-31T23:59:59Z'), fc.date({ noInvalidDate: false }).map((d) => String(d)));
  fc.assert(fc.property(dateArb, (value) => {
    const iso = timed('parseDateText', () => parseDateText(value));
    if (iso !== undefined) assert.ok(!Number.isNaN(Date.parse(iso)), `"${value}" gave "${iso}"`);
    const match = matchDateAtStart(value);
    if (match) assert.ok(match.length > 0 && match.length <= value.length && !Number.isNaN(Date.parse(match.iso)));
    const rss = feedDate(value);
    assert.ok(rss === value || !Number.isNaN(Date.parse(rss!)));
  }), { numRuns: RUNS });
});

test('property: a 200 KB pathological line stays fast through the pipeline', () => {
  const lines = ['"'.repeat(200_000), ' '.repeat(200_000) + 'x', 'a'.repeat(200_000), '“He said'.repeat(25_000), '1,'.repeat(100_000), 'Mr. '.repeat(50_000), '\u200B'.repeat(200_000)];
  for (const line of lines) {
    const started = performance.now();
    runPipeline(doc(line), { options: {} }, ANALYSIS_STAGES);
    const ms = performance.now() - started;
    // 2 s per 100 KB is the corpus bar (RELIABILITY.md); 200 KB gets 4 s.
    assert.ok(ms < 4000, `${JSON.stringify(line.slice(0, 12))}... took ${ms.toFixed(0)} ms`);
  }
});
