// render html: the page's structure without a browser – policy hashes, escaping, allowed tags, embedded data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/model/index.js';
import { render } from '../src/render/index.js';
import { dateSortKey, formatDateValue, shortSource, titlesDiffer } from '../src/render/html.js';
import { escapeHtml, jsonForScript } from '../src/render/escape.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const load = (name: string): Report => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const FERRY = load('report-ferry.json');
const LANTERN = load('report-lantern.json');
const XSS = load('report-xss.json');

const SCRIPT_BLOCK = /<script>([\s\S]*?)<\/script>/;
const STYLE_BLOCK = /<style>([\s\S]*?)<\/style>/;
const DATA_BLOCK = /<script type="application\/json" id="corroborate-data">([\s\S]*?)<\/script>/;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=>]+)(?:="([^"]*)")?/g;

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'div', 'label', 'input', 'b', 'span', 'main',
  'aside', 'nav', 'button', 'section', 'p', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'article', 'details', 'summary', 'script',
]);
const ALLOWED_ATTRIBUTES = /^(class|id|title|lang|charset|name|content|http-equiv|type|checked|hidden|tabindex|role|data-(target|kind|tab|r|q|doc)|aria-(label|pressed|selected|live|hidden))$/;

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** The markup outside the script and style blocks (whose contents are ours and fixed). */
function markup(page: string): string {
  return page
    .replace(DATA_BLOCK, '<script type="application/json" id="corroborate-data"></script>')
    .replace(SCRIPT_BLOCK, '<script></script>')
    .replace(STYLE_BLOCK, '<style></style>');
}

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e as string]!);
}

test('render html: the Content-Security-Policy allows only this page\'s script and style, by hash', () => {
  for (const report of [FERRY, LANTERN, XSS]) {
    const page = render(report, 'html');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.ok(page.indexOf('Content-Security-Policy') < page.indexOf('<style>'), 'the policy comes before any style or script');
    const directives = new Map(decode(csp).split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    assert.equal(directives.get('default-src'), "'none'");
    assert.equal(directives.get('img-src'), "'none'");
    assert.equal(directives.get('connect-src'), "'none'");
    assert.equal(directives.get('base-uri'), "'none'");
    assert.equal(directives.get('form-action'), "'none'");
    assert.equal(directives.get('script-src'), sha256(SCRIPT_BLOCK.exec(page)![1]));
    assert.equal(directives.get('style-src'), sha256(STYLE_BLOCK.exec(page)![1]));
    assert.ok(!/unsafe|https?:|\*|data:/.test(csp), csp);
  }
});

test('render html: every tag and attribute in the page is one the renderer writes', () => {
  for (const report of [FERRY, LANTERN, XSS]) {
    const page = markup(render(report, 'html'));
    const tags = [...page.matchAll(TAG)];
    assert.ok(tags.length > 50);
    // Once every known tag is removed, no "<" is left: all other "<" are escaped text.
    assert.ok(!page.replace(TAG, '').replace(/^<!doctype html>/, '').includes('<'), 'stray < in markup');
    for (const [, , name, attrs] of tags) {
      assert.ok(ALLOWED_TAGS.has(name.toLowerCase()), `tag <${name}>`);
      for (const [, attr] of attrs.matchAll(ATTRIBUTE)) assert.match(attr, ALLOWED_ATTRIBUTES, `attribute ${attr} on <${name}>`);
    }
    assert.equal((page.match(/<script/g) ?? []).length, 2);
    assert.equal((page.match(/<\/script>/g) ?? []).length, 2);
    assert.equal((page.match(/<style/g) ?? []).length, 1);
  }
});

test('render html: hostile article text shows up as text, never as markup', () => {
  const page = markup(render(XSS, 'html'));
  const shown = decode(page.replace(TAG, ''));
  const paragraphs = XSS.documents[0].text.split('\n\n');
  assert.ok(paragraphs.length >= 50, `${paragraphs.length} payloads`);
  for (const payload of paragraphs) {
    const flat = payload.replace(/\s+/g, ' ').trim();
    if (/[<>"']/.test(payload)) assert.ok(!page.includes(payload), `raw payload in page: ${payload}`);
    assert.ok(shown.replace(/\s+/g, ' ').includes(flat), `payload shown as text: ${payload}`);
  }
  for (const field of [XSS.documents[0].title!, XSS.documents[1].title!, XSS.documents[0].outlet!, XSS.documents[1].outlet!, XSS.summary!]) {
    assert.ok(!page.includes(field), field);
    assert.ok(shown.includes(field), field);
  }
});

test('render html: the report travels in a JSON block that no text can close', () => {
  for (const report of [FERRY, XSS]) {
    const page = render(report, 'html');
    const raw = DATA_BLOCK.exec(page)?.[1];
    assert.ok(raw !== undefined);
    assert.ok(!/[<>&\u2028\u2029]/.test(raw), 'no < > & or line separators in the block');
    const data = JSON.parse(raw);
    assert.deepEqual(data.report, report);
    const findingTargets = Object.keys(data.view.targets).filter((k) => k.startsWith('f'));
    assert.equal(findingTargets.length, report.findings.length);
  }
  assert.equal(jsonForScript({ a: '</script><!--\u2028&' }), '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
  assert.deepEqual(JSON.parse(jsonForScript({ a: '</script>\u2029' })), { a: '</script>\u2029' });
});

test('render html: one clickable card per finding, conflicts first, each evidence located', () => {
  const page = render(FERRY, 'html');
  const cards = [...page.matchAll(/<li class="finding ([a-z-]+)" data-target="f(\d+)"/g)];
  assert.equal(cards.length, FERRY.findings.length);
  const order = cards.map((m) => m[1]);
  assert.deepEqual(order, [...order].sort((a, b) => ['conflict', 'corroborated', 'single-source'].indexOf(a) - ['conflict', 'corroborated', 'single-source'].indexOf(b)));
  assert.match(page, /<b>Aldery Tidings<\/b>, sentence 3 · said by Ines Caldwell<\/span><span class="f-quote">“<b>We will not reopen the western crossing until the inspectors are satisfied,<\/b>” Caldwell said\.<\/span>/);
  assert.match(page, /<span class="f-quote">“A ferry carrying <b>214 passengers<\/b> struck a sandbar/);
  assert.match(page, /<span class="differs">titles differ<\/span><span class="name">Ines Caldwell<\/span>/);
  assert.ok(!/<span class="differs">titles differ<\/span><span class="name">Oren Pask/.test(page), '"chief executive" agrees with "chief executive of Greyline Ferries"');
  const data = JSON.parse(DATA_BLOCK.exec(page)![1]);
  assert.ok(data.view.tips.includes('Speakers differ between articles\nAldery Tidings: Ines Caldwell\nCoastline Courier: Oren Pask'), data.view.tips.join(' / '));
  assert.ok(data.view.tips.includes('Said by\nAldery Tidings: Oren Pask\nCoastline Courier: not quoted'), data.view.tips.join(' / '));
});

test('render html: the timeline uses documents\' times when present, else time findings', () => {
  const ferry = render(FERRY, 'html');
  assert.match(ferry, /<span class="tl-date">Tuesday 14 April 2026<\/span>/);
  assert.ok(!/tl-date">[^<]*P3W/.test(ferry), 'durations are not dates');
  const lantern = render(LANTERN, 'html');
  const dates = [...lantern.matchAll(/<span class="tl-value">([^<]*)<\/span>/g)].map((m) => m[1]);
  assert.deepEqual(dates, ['1987', '2026-09-11', '2026-09-11T07:00', '2026-09-12', '2026-W37-WE', '2026-09-19', '2026-09-26']);
});

test('render html: helpers format dates, sources and titles', () => {
  const dates: [string, string | undefined][] = [
    ['2026-04-14', 'Tuesday 14 April 2026'],
    ['2026-04', 'April 2026'],
    ['2026', '2026'],
    ['2026-W16', 'Week 16, 2026'],
    ['2026-04-14T17:05:00Z', 'Tuesday 14 April 2026, 17:05 UTC'],
    ['2026-04-14T17:05+02:00', 'Tuesday 14 April 2026, 17:05 (UTC+02:00)'],
    ['2026-02-30', undefined],
    ['2026-13', undefined],
    ['P3W', undefined],
    ['PRESENT_REF', undefined],
  ];
  for (const [value, expected] of dates) assert.equal(formatDateValue(value), expected, value);
  assert.equal(dateSortKey('2026-W37'), '2026-09-07');
  assert.equal(dateSortKey('2026-W37-WE'), '2026-09-12-WE');
  assert.equal(dateSortKey('2026-09-01'), '2026-09-01');
  assert.equal(shortSource('https://news.example/a/b?x=1'), 'news.example/a/b');
  assert.equal(shortSource('/home/me/articles/one.txt'), 'one.txt');
  assert.equal(titlesDiffer([['mayor'], ['deputy mayor']]), false);
  assert.equal(titlesDiffer([['mayor'], ['governor']]), true);
  assert.equal(titlesDiffer([['mayor']]), false);
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});
