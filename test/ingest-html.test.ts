// ingest (HTML): metadata sources, paragraphs, headings, the nesting/element caps, and scripts never run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlDraft } from '../src/ingest/html.js';
import { scanHtml, MAX_HTML_DEPTH } from '../src/ingest/html-scan.js';
import { ingestHtml } from '../src/ingest/index.js';
import { InputError } from '../src/model/index.js';

const P1 = 'Ferry fares in Ostrava Bay will rise by four percent next spring, the port authority said on Monday, citing fuel costs.';
const P2 = 'The authority\u2019s director, Ivo Brandt, said the increase was \u201cmodest and overdue.\u201d Commuter groups disagreed.';
const P3 = 'Several regular passengers said they would switch to the coastal bus line if the fares went up again next year.';
const P4 = 'The city council will vote on the fare plan in April, after a public hearing at the harbour office on the quay.';

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head><title>Fares rise | Ostrava Post</title>${head}</head><body>${body}</body></html>`;
}
const ARTICLE = `<article><h1>Ferry fares to rise</h1><p>${P1}</p><p>${P2}</p><h2>What riders say</h2><p>${P3}</p><h3>Next steps</h3><p>${P4}</p></article>`;

test('ingest: HTML metadata comes from meta tags, JSON-LD and <time>, with the source recorded', () => {
  const ld = (obj: object) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
  const rows: { name: string; head: string; body?: string; outlet?: [string, string]; published?: [string, string]; byline?: [string, string] }[] = [
    { name: 'og:site_name and article:published_time', head: '<meta property="og:site_name" content="Ostrava Post"><meta property="article:published_time" content="2026-03-02T08:00:00Z">', outlet: ['Ostrava Post', 'meta:og:site_name'], published: ['2026-03-02T08:00:00Z', 'meta:article:published_time'] },
    { name: 'publisher meta and meta date', head: '<meta name="publisher" content="Bay Herald"><meta name="date" content="2026-03-03">', outlet: ['Bay Herald', 'meta:publisher'], published: ['2026-03-03', 'meta:date'] },
    { name: 'JSON-LD publisher, date and author', head: ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', datePublished: '2026-03-04', publisher: { '@type': 'Organization', name: 'Harbour Wire' }, author: [{ name: 'Mara Lind' }, { name: 'Ivo Brandt' }] }] }), outlet: ['Harbour Wire', 'json-ld'], published: ['2026-03-04', 'json-ld'], byline: ['Mara Lind and Ivo Brandt', 'json-ld'] },
    { name: '<time datetime> in the article', head: '', body: `<article><time datetime="2026-03-05T09:30:00+01:00">5 March</time><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`, published: ['2026-03-05T09:30:00+01:00', 'time-element'] },
    { name: 'broken JSON-LD is ignored', head: '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>' },
    { name: 'meta author that is a URL is not a byline', head: '<meta name="author" content="https://social.example/mara">' },
  ];
  for (const row of rows) {
    const draft = htmlDraft(page(row.head, row.body ?? ARTICLE), 'x.html');
    assert.deepEqual(row.outlet, draft.outlet === undefined ? undefined : [draft.outlet, draft.meta?.outlet], `${row.name}: outlet`);
    assert.deepEqual(row.published, draft.published === undefined ? undefined : [draft.published, draft.meta?.published], `${row.name}: published`);
    if (row.byline) assert.deepEqual([draft.byline, draft.meta?.byline], row.byline, `${row.name}: byline`);
    else assert.equal(draft.byline, undefined, `${row.name}: byline`);
  }
});

test('ingest: HTML paragraphs are blank-line separated and h2-h4 are heading ranges', () => {
  const draft = htmlDraft(page('', ARTICLE), 'x.html');
  assert.equal(draft.text, [P1, P2, 'What riders say', P3, 'Next steps', P4].join('\n\n'));
  assert.deepEqual(draft.headings?.map((h) => draft.text.slice(h.start, h.end)), ['What riders say', 'Next steps']);
  assert.ok(!draft.text.includes('Ferry fares to rise\n'), 'the h1 headline is the title, not body');
  assert.deepEqual([draft.title, draft.meta?.title], ['Ferry fares to rise', 'h1']);
});

test('ingest: a bold-only short paragraph is a heading; bold sentences and partly bold lines are not', () => {
  const rows: [string, string[]][] = [
    [`<p>${P1}</p><p><strong>Fares and the budget</strong></p><p>${P2}</p>`, ['Fares and the budget']],
    [`<p>${P1}</p><p><b>The fares will rise.</b></p><p>${P2}</p>`, []],
    [`<p>${P1}</p><p><strong>Fares</strong> and the budget</p><p>${P2}</p>`, []],
  ];
  for (const [body, expected] of rows) {
    const draft = htmlDraft(page('', `<article>${body}</article>`), 'x.html');
    assert.deepEqual(draft.headings?.map((h) => draft.text.slice(h.start, h.end)) ?? [], expected, body.slice(-80));
  }
});

test('ingest: HTML boilerplate paragraphs, credit lines and captions leave the body with reasons', () => {
  const body = `<article><p>${P1}</p><figure><img src="a.jpg"><figcaption>The quay at dawn.</figcaption></figure><p>${P2}</p><p>Read more: Pier opens</p><p>Share this article</p><p>${P3}</p><p>Eva Lind and Harbour Wire contributed to this report.</p></article>`;
  const draft = htmlDraft(page('', body), 'x.html');
  assert.equal(draft.text, [P1, P2, P3].join('\n\n'));
  assert.deepEqual(draft.contributors, ['Eva Lind', 'Harbour Wire']);
  assert.deepEqual(draft.removed.map((r) => r.reason).sort(), ['credit-line', 'photo-caption', 'read-more', 'share-prompt']);
});

test('ingest: HTML scripts never run and never reach the text', () => {
  const g = globalThis as Record<string, unknown>;
  delete g.__ingestPwned;
  const body = `<script>globalThis.__ingestPwned = 1</script><img src="x" onerror="globalThis.__ingestPwned = 2"><article><p>${P1}</p><p>${P2}</p><p onclick="globalThis.__ingestPwned = 3">${P3}</p><noscript>Enable JavaScript</noscript></article><style>p { color: red }</style>`;
  const draft = htmlDraft(page('', body), 'x.html');
  assert.equal(g.__ingestPwned, undefined);
  for (const word of ['__ingestPwned', 'Enable JavaScript', 'color: red']) assert.ok(!draft.text.includes(word), word);
});

test('ingest: the pre-scan flattens nesting past the cap, linearly', () => {
  // `depth` divs around a <p>: the <p> sits at depth + 1.
  const rows: [number, number][] = [[10, 0], [MAX_HTML_DEPTH - 1, 0], [MAX_HTML_DEPTH, 1], [MAX_HTML_DEPTH + 5, 6], [100_000, 100_001 - MAX_HTML_DEPTH]];
  for (const [depth, flattened] of rows) {
    const html = `${'<div>'.repeat(depth)}<p>${P1}</p>${'</div>'.repeat(depth)}`;
    const scan = scanHtml(html);
    assert.equal(scan.flattened, flattened, `depth ${depth}`);
    assert.equal(scan.maxDepth, depth + 1, `depth ${depth}`);
    assert.ok(scan.html.includes(P1));
  }
  // Unclosed paragraphs close each other (HTML's implied end tags), so they do not count as nesting.
  assert.equal(scanHtml('<p>a'.repeat(1000)).flattened, 0);
});

test('ingest: 100,000 nested divs give the correct text', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}<p>${P1}</p><p>${P2}</p>${'</div>'.repeat(100_000)}</body></html>`;
  const doc = ingestHtml(html, 'deep.html');
  assert.equal(doc.text, `${P1}\n\n${P2}`);
  assert.match(doc.meta?.html ?? '', /flattened/);
});

test('ingest: odd HTML is an error or a bounded result, never a crash', () => {
  const rows: [string, string, RegExp | null][] = [
    ['too many elements', `<html><body>${'<span>x</span>'.repeat(110_000)}</body></html>`, /HTML elements, over the/],
    ['too many stray angle brackets', `<p>${'< '.repeat(60_000)}</p>`, /stray '<' in its text, over the/],
    ['too many character references', `<p>${'&amp; '.repeat(60_000)}</p>`, /character references/],
    ['no text at all', '<html><body><div></div></body></html>', /no article text/],
    ['unterminated comment', `<p>${P1}</p><!-- never closed <p>hidden</p>`, null],
    ['unterminated tag', `<p>${P1}</p><div class="x`, null],
    ['stray angle brackets', `<p>3 < 4 and 5 > 2, ${P1}</p>`, null],
    ['fragment without html/body', `<p>${P1}</p>`, null],
    ['many elements: read without Readability', `<html><body><nav>${'<a>menu</a>'.repeat(30_000)}</nav><p>${P1}</p></body></html>`, null],
  ];
  for (const [name, html, error] of rows) {
    if (error) {
      assert.throws(() => ingestHtml(html, 'x.html'), (e: unknown) => e instanceof InputError && error.test(e.message) && !e.message.includes('\n'), name);
    } else {
      const doc = ingestHtml(html, 'x.html');
      assert.ok(doc.text.includes(P1.slice(-40)), `${name}: ${doc.text}`);
      assert.ok(!doc.text.includes('hidden'), name);
    }
  }
});
