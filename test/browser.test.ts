// browser: the HTML report in Debian's Chromium – loads cleanly, highlights evidence, shows speakers, is not
// blank, and an XSS corpus in every text field executes nothing and requests nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Report } from '../src/model/index.js';
import { render } from '../src/render/index.js';
import { orderFindings } from '../src/render/common.js';
import { colorCounts } from './png.js';

// Debian's Chromium by default; CHROMIUM_PATH points elsewhere (e.g. /usr/bin/chromium-browser).
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FIXTURES = join(import.meta.dirname, 'fixtures');
const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const load = (name: string): Report => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

type Opened = { page: Page; url: string; errors: string[]; requests: string[]; dialogs: string[] };

/** A PNG's distinct pixel colors (8-bit RGB or RGBA, non-interlaced: what Chromium writes). */
export function distinctColors(png: Buffer): number {
  return colorCounts(png).counts.size;
}

/** Shifts every span of one document by `by` characters (after text was put in front of it). */
function shiftSpans(value: unknown, doc: string, by: number): void {
  if (Array.isArray(value)) { for (const v of value) shiftSpans(v, doc, by); return; }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (o.doc === doc && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
    o.start += by;
    o.end = (o.end as number) + by;
  }
  for (const v of Object.values(o)) shiftSpans(v, doc, by);
}

/** The ferry report with invented filler paragraphs before each article, so evidence sits below the fold. */
function longFerry(): Report {
  const report: Report = structuredClone(load('report-ferry.json'));
  for (const doc of report.documents) {
    const filler = Array.from({ length: 40 }, (_, i) => `Background paragraph ${i + 1} of ${doc.id}: the harbour has served the coast for generations, and locals remember many winters on the water.`).join('\n\n') + '\n\n';
    doc.text = filler + doc.text;
    shiftSpans(report, doc.id, filler.length);
  }
  return report;
}

describe('browser', { skip: SKIP }, () => {
  let browser: Browser;
  let dir: string;
  const pages: Page[] = [];

  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    dir = mkdtempSync(join(tmpdir(), 'corroborate-browser-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(html: string, name: string, viewport = { width: 1440, height: 900 }): Promise<Opened> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport });
    pages.push(page);
    const opened: Opened = { page, url: pathToFileURL(file).href, errors: [], requests: [], dialogs: [] };
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') opened.errors.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => opened.errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => opened.requests.push(r.url()));
    page.on('dialog', async (d) => { opened.dialogs.push(d.message()); await d.dismiss(); });
    await page.addInitScript(() => { (window as unknown as { __pwned: number }).__pwned = 0; });
    await page.goto(opened.url, { waitUntil: 'load' });
    return opened;
  }

  /** Highlighted text per column, for the currently active finding. */
  async function highlighted(page: Page): Promise<Record<string, string[]>> {
    return page.$$eval('.doc', (docs) => Object.fromEntries(docs.map((d) => [d.getAttribute('data-doc'), [...d.querySelectorAll('.m.hl')].map((e) => e.textContent ?? '')])));
  }

  test('browser: the report page loads with no console errors, and its script runs', { timeout: 60_000 }, async () => {
    for (const name of ['report-ferry.json', 'report-lantern.json']) {
      const { page, url, errors, requests } = await open(render(load(name), 'html'), name);
      assert.deepEqual(errors, [], name);
      assert.deepEqual(requests, [url], 'the file itself is the only request');
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true, 'script ran under the policy');
      assert.equal(await page.$$eval('.doc-body [title]', (els) => els.length), 0, 'titles became tooltips');
      const panels = await page.$$eval('.panel', (ps) => ps.map((p) => getComputedStyle(p).display));
      assert.deepEqual(panels, ['block', 'none', 'none']);
      // The policy is enforced: HTML sinks (Trusted Types) and inline script injected later are refused.
      const sink = await page.evaluate(() => { try { document.body.insertAdjacentHTML('beforeend', '<b id="late">x</b>'); return 'allowed'; } catch (e) { return (e as Error).name; } });
      assert.equal(sink, 'TypeError');
      errors.length = 0;
    }
  });

  test('browser: each column shows its article text exactly, paragraph by paragraph', { timeout: 60_000 }, async () => {
    const report = load('report-lantern.json');
    const { page } = await open(render(report, 'html'), 'text-fidelity');
    for (const doc of report.documents) {
      const shown = await page.$$eval(`.doc[data-doc="${doc.id}"] .doc-body > p, .doc[data-doc="${doc.id}"] .doc-body > h3`, (ps) => ps.map((p) => p.textContent));
      assert.deepEqual(shown, doc.text.split(/\n+/), doc.id);
    }
    assert.equal(await page.$eval('.doc[data-doc="d1"] .doc-body > h3', (h) => h.textContent), 'What happens next', 'headings render as headings');
  });

  test('browser: clicking a conflict highlights its evidence in both columns and scrolls each to it', { timeout: 60_000 }, async () => {
    const report = longFerry();
    const { page, errors } = await open(render(report, 'html'), 'conflict');
    const conflict = report.findings.find((f) => f.kind === 'conflict' && f.type === 'descriptor')!;
    const index = (await page.$$eval('.finding', (els) => els.map((e) => e.querySelector('.f-summary')!.textContent))).indexOf(conflict.summary);
    assert.ok(index >= 0);
    assert.deepEqual(await highlighted(page), { d1: [], d2: [] }, 'nothing highlighted before a click');
    await page.click(`.finding >> nth=${index} >> .f-summary`);
    await page.waitForTimeout(700);
    const hl = await highlighted(page);
    for (const e of conflict.evidence) assert.equal(hl[e.span.doc].join(''), e.span.text, e.span.doc);
    assert.equal(await page.getAttribute(`.finding >> nth=${index}`, 'aria-pressed'), 'true');
    for (const doc of ['d1', 'd2']) {
      assert.equal(await page.textContent(`.doc[data-doc="${doc}"] .status`), '1 passage highlighted');
      const visible = await page.$eval(`.doc[data-doc="${doc}"] .doc-body`, (body) => {
        const box = body.getBoundingClientRect();
        const mark = body.querySelector('.m.hl')!.getBoundingClientRect();
        return { scrolled: body.scrollTop > 0, inside: mark.top >= box.top && mark.bottom <= box.bottom };
      });
      assert.deepEqual(visible, { scrolled: true, inside: true }, `${doc} scrolled to its evidence`);
    }
    assert.equal(await page.evaluate(() => document.body.classList.contains('k-conflict')), true);
    // A second click clears the highlight; Escape does too.
    await page.click(`.finding >> nth=${index} >> .f-summary`);
    assert.deepEqual(await highlighted(page), { d1: [], d2: [] });
    await page.click(`.finding >> nth=${index} >> .f-summary`);
    await page.keyboard.press('Escape');
    assert.deepEqual(await highlighted(page), { d1: [], d2: [] });
    assert.deepEqual(errors, []);
  });

  test('browser: a single-source finding says which columns do not carry it', { timeout: 60_000 }, async () => {
    const { page } = await open(render(load('report-ferry.json'), 'html'), 'single');
    await page.click('.finding.single-source >> nth=0 >> .f-summary');
    const hl = await highlighted(page);
    assert.deepEqual(hl.d1, ['a failure we take personally']);
    assert.deepEqual(hl.d2, []);
    assert.equal(await page.textContent('.doc[data-doc="d2"] .status'), 'Not in this article');
    // Keyboard: focus the next card and press Enter.
    await page.focus('.finding.single-source >> nth=1');
    await page.keyboard.press('Enter');
    assert.deepEqual((await highlighted(page)).d1, ['about 900,000 people a year']);
  });

  test('browser: clicking evidence in an article selects its finding', { timeout: 60_000 }, async () => {
    const { page } = await open(render(load('report-ferry.json'), 'html'), 'reverse');
    await page.click('.doc[data-doc="d2"] .m.v >> text=214 passengers');
    const active = await page.$$eval('.finding.active .f-summary', (els) => els.map((e) => e.textContent));
    assert.deepEqual(active, ['Aldery Tidings counts 212 passengers; Coastline Courier counts 214.']);
    assert.deepEqual((await highlighted(page)).d1, ['212 passengers']);
  });

  test('browser: kind filters hide and show findings', { timeout: 60_000 }, async () => {
    const { page } = await open(render(load('report-ferry.json'), 'html'), 'filters');
    const visible = () => page.$$eval('.finding', (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.classList[1]));
    assert.equal((await visible()).length, 13);
    await page.uncheck('input[data-kind="conflict"]');
    assert.ok(!(await visible()).includes('conflict'));
    assert.equal((await visible()).length, 9);
    await page.uncheck('input[data-kind="single-source"]');
    assert.deepEqual(await visible(), ['corroborated', 'corroborated', 'corroborated', 'corroborated']);
    await page.check('input[data-kind="conflict"]');
    assert.equal((await visible()).length, 8);
  });

  test('browser: hovering a quote shows its speaker in each article', { timeout: 60_000 }, async () => {
    const { page } = await open(render(load('report-lantern.json'), 'html'), 'tooltip');
    assert.equal(await page.isVisible('#tip'), false);
    await page.hover('.doc[data-doc="d2"] .m.q >> nth=0');
    assert.equal(await page.isVisible('#tip'), true);
    assert.equal(await page.textContent('#tip'), 'Speakers differ between articles\nBrimhaven Gazette: Amaru Lindqvist\nSouthmoor Daily: Corra Feld\nTidewire: Amaru Lindqvist');
    await page.hover('.doc-h >> nth=0');
    assert.equal(await page.isVisible('#tip'), false);
  });

  test('browser: the entity panel and the timeline list titles and dates, and highlight on click', { timeout: 60_000 }, async () => {
    const { page } = await open(render(load('report-ferry.json'), 'html'), 'panels');
    await page.click('[data-tab="entities"]');
    assert.equal(await page.isVisible('#panel-findings'), false);
    const card = await page.textContent('.entity >> nth=0');
    assert.match(card!, /Ines Caldwell.*Aldery Tidings\s*harbour master\s*Coastline Courier\s*port director/s);
    await page.click('.entity >> nth=0');
    assert.deepEqual(await highlighted(page), { d1: ['Ines Caldwell', 'Caldwell'], d2: ['Ines Caldwell'] });
    await page.click('[data-tab="timeline"]');
    assert.deepEqual(await page.$$eval('.tl-date', (els) => els.map((e) => e.textContent)), ['Tuesday 14 April 2026', 'Wednesday 15 April 2026']);
    await page.click('.tl-item >> nth=0');
    assert.deepEqual(await highlighted(page), { d1: ['Tuesday evening'], d2: ['April 14'] });
  });

  test('browser: a screenshot of the page is not blank', { timeout: 60_000 }, async () => {
    const { page } = await open(render(load('report-ferry.json'), 'html'), 'screenshot', { width: 1366, height: 768 });
    await page.click('.finding.conflict >> nth=0 >> .f-summary');
    const shot = await page.screenshot();
    const blank = await open('<!doctype html><title>blank</title>', 'blank', { width: 1366, height: 768 });
    const empty = await blank.page.screenshot();
    assert.equal(distinctColors(empty), 1, 'the decoder sees a blank page as one color');
    assert.ok(distinctColors(shot) > 200, `distinct colors: ${distinctColors(shot)}`);
    assert.ok(shot.length > 10 * empty.length, `${shot.length} bytes vs ${empty.length} for a blank page`);
  });

  test('browser: the traps catch a script, a dialog and a request (control)', { timeout: 60_000 }, async () => {
    const unsafe = '<!doctype html><script>window.__pwned = 1; alert(1)</script><img src="http://127.0.0.1:9/control.png">';
    const { page, url, requests, dialogs } = await open(unsafe, 'control');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned), 1);
    assert.deepEqual(dialogs, ['1']);
    assert.deepEqual(requests, [url, 'http://127.0.0.1:9/control.png']);
  });

  test('browser: the XSS corpus in every text field executes nothing and requests nothing', { timeout: 120_000 }, async () => {
    const report = load('report-xss.json');
    assert.ok(report.documents[0].text.split('\n\n').length >= 50);
    const { page, url, errors, requests, dialogs } = await open(render(report, 'html'), 'xss');
    // Use the page the way a reader does: every finding, entity and date (clicked from inside the page, which
    // runs the same handlers much faster), hovering quotes, every tab; a few real mouse clicks as well.
    const clickAll = (selector: string) => page.$$eval(selector, (els) => els.forEach((e) => (e as HTMLElement).click()));
    await clickAll('.finding, .f-ev li');
    await page.click('.finding >> nth=0 >> .f-summary');
    for (const quote of (await page.$$('.doc-body .m.q')).slice(0, 12)) await quote.hover();
    await page.click('[data-tab="entities"]');
    await clickAll('.entity');
    await page.click('[data-tab="timeline"]');
    await clickAll('.tl-item[data-target]');
    await clickAll('.doc-body .m.v');
    await page.click('.doc[data-doc="d1"] .m.v >> nth=3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned), 0, 'no payload ran');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(requests, [url], 'no request but the file itself');
    assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
    assert.equal(page.url(), url, 'no navigation');
    const structure = await page.evaluate(() => ({
      tags: [...new Set([...document.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort(),
      handlers: [...document.querySelectorAll('*:not(#tip)')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on') || ['src', 'href', 'srcset', 'style', 'action', 'srcdoc', 'formaction'].includes(n)),
      scripts: document.scripts.length,
    }));
    assert.deepEqual(structure.handlers, []);
    assert.equal(structure.scripts, 2);
    for (const tag of structure.tags) {
      assert.ok(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'div', 'label', 'input', 'b', 'span', 'main', 'aside', 'nav', 'button', 'section', 'p', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'article', 'details', 'summary', 'script'].includes(tag), `unexpected <${tag}>`);
    }
    const shownText = await page.$eval('.doc[data-doc="d1"] .doc-body', (b) => [...b.querySelectorAll(':scope > p, :scope > h3')].map((p) => p.textContent).join('\n\n'));
    // As text, except what UTF-8 and the HTML parser cannot carry: NUL is dropped, a lone surrogate becomes U+FFFD.
    const expected = report.documents[0].text.replace(/\u0000/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    assert.equal(shownText, expected, 'every payload shown verbatim as text');
  });

  for (const [name, dirPath, pick] of [
    ['examples/', EXAMPLES, (f: string) => /\.(txt|html|json)$/.test(f) && f !== 'README.md'],
    ['../shared/seeds', SEEDS, (f: string) => f.endsWith('.txt')],
  ] as const) {
    test(`browser: a real comparison of ${name} renders cleanly and highlights its findings`, { timeout: 120_000, skip: existsSync(dirPath) ? false : `needs ${name}` }, async () => {
      const api = await import('../src/index.js');
      const { compare } = await import('../src/compare/index.js');
      const files = readdirSync(dirPath).filter(pick).map((f) => join(dirPath, f));
      const { docs } = api.ingestPaths(files, {});
      const report = compare(api.analyze(docs).documents);
      const { page, url, errors, requests } = await open(render(report, 'html'), `real-${name.replace(/\W+/g, '-')}`);
      assert.deepEqual(errors, []);
      assert.deepEqual(requests, [url]);
      const ordered = orderFindings(report.findings);
      const first = ordered.find((f) => new Set(f.evidence.map((e) => e.span.doc)).size > 1);
      if (first) {
        await page.click(`.finding >> nth=${ordered.indexOf(first)} >> .f-summary`);
        const hl = await highlighted(page);
        for (const doc of new Set(first.evidence.map((e) => e.span.doc))) assert.ok(hl[doc].length > 0, `${doc} highlighted`);
      }
    });
  }
});
