// web: the web app in Debian's Chromium against the real server on 127.0.0.1: compare two pasted articles and see
// the conflicts highlighted, open a story from the list, and a non-blank screenshot; no CSP violation, no request
// leaves the server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { storeArticles } from '../src/server/library.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { BRIDGE_A, BRIDGE_ARTICLES, BRIDGE_B, ORCHARD } from './server-fixtures.js';
import { colorCounts } from './png.js';

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install chromium)`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Where screenshots go, to look at by eye: $CORROBORATE_SCREENSHOTS or a temporary folder. */
const SHOTS = process.env.CORROBORATE_SCREENSHOTS || mkdtempSync(join(tmpdir(), 'corroborate-web-'));

/** Share of pixels that differ from the most common color, and the number of distinct colors, of an 8-bit RGB(A) PNG. */
function inkOf(png: Buffer): { colors: number; ink: number } {
  const { width, height, counts } = colorCounts(png);
  const background = Math.max(...counts.values());
  return { colors: counts.size, ink: 1 - background / (width * height) };
}

describe('web: the app in Chromium', { skip: SKIP }, () => {
  let browser: Browser;
  let app: FastifyInstance;
  let origin: string;
  let bridgeStory: number;

  before(async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'corroborate-web-db-')), 'store.db'));
    const results = await storeArticles(store, [...BRIDGE_ARTICLES, { text: ORCHARD, title: 'Early apple harvest in Teshwald', published: '2026-05-01' }], '2026-05-06T10:00:00Z');
    bridgeStory = results[0].story;
    app = buildApp({ store, token: 'web-test-token-0123456789' });
    origin = await app.listen({ host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A page that records CSP violations, script errors and every request that is not to our server. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('about:') && !url.startsWith('data:')) problems.push(`request: ${url}`);
    });
    await page.goto(origin + path);
    return { page, problems };
  }

  test('web: paste two articles into the compare page, get the report with conflicts, click one to highlight it', async () => {
    const { page, problems } = await open('/compare');
    const boxes = page.locator('fieldset.article');
    assert.equal(await boxes.count(), 2);
    await boxes.nth(0).locator('input[name=outlet]').fill('Quill Post');
    await boxes.nth(0).locator('input[name=published]').fill('2026-05-04');
    await boxes.nth(0).locator('textarea').fill(BRIDGE_A);
    await boxes.nth(1).locator('input[name=outlet]').fill('Harbour Times');
    await boxes.nth(1).locator('textarea').fill(BRIDGE_B);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('#result:not([hidden])').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('#status').textContent() ?? '', /^Done: [1-9]\d* conflicts?, \d+ corroborated/);
    const report = page.frameLocator('#result');
    const conflict = report.locator('li.finding.conflict').first();
    await conflict.waitFor({ timeout: 30_000 });
    assert.match(await conflict.textContent() ?? '', /We have no choice/);
    await conflict.click();
    assert.equal(await conflict.getAttribute('aria-pressed'), 'true');
    const lit = report.locator('.doc-body .hl');
    assert.ok(await lit.count() >= 2, 'the evidence is highlighted in both articles');
    assert.deepEqual(await report.locator('.doc-body').count(), 2);
    const shot = await page.screenshot({ fullPage: false });
    writeFileSync(join(SHOTS, 'compare.png'), shot);
    const { colors, ink } = inkOf(shot);
    assert.ok(colors > 30 && ink > 0.05, `screenshot is not blank (${colors} colors, ${(ink * 100).toFixed(1)}% ink), see ${join(SHOTS, 'compare.png')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('web: the compare page says what is wrong when fewer than two articles are given', async () => {
    const { page, problems } = await open('/compare');
    await page.locator('fieldset.article textarea').first().fill(BRIDGE_A);
    await page.getByRole('button', { name: 'Compare' }).click();
    assert.match(await page.locator('#status.error').textContent() ?? '', /at least two articles/);
    await page.getByRole('button', { name: 'Add another article' }).click();
    assert.equal(await page.locator('fieldset.article').count(), 3);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('web: files chosen on the compare page (text and HTML) fill the boxes and are compared', async () => {
    const { page, problems } = await open('/compare');
    const page1 = `<!doctype html><html><head><title>Quillhaven bridge to close</title></head><body><article><h1>Quillhaven bridge to close</h1>${BRIDGE_A.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    await page.setInputFiles('#files', [
      { name: 'quill-post.html', mimeType: 'text/html', buffer: Buffer.from(page1) },
      { name: 'harbour-times.txt', mimeType: 'text/plain', buffer: Buffer.from(BRIDGE_B) },
    ]);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('fieldset.article textarea')).every((t) => (t as HTMLTextAreaElement).value !== ''));
    assert.deepEqual(await page.locator('input[name=outlet]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort()), ['harbour-times', 'quill-post']);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('#result:not([hidden])').waitFor({ timeout: 30_000 });
    const report = page.frameLocator('#result');
    await report.locator('li.finding.conflict').first().waitFor({ timeout: 30_000 });
    assert.ok(await report.getByText('Quillhaven bridge to close').count() >= 1, 'the HTML page was read as HTML (its title shows)');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('web: the story list is newest first, searchable, and opens a story with its side-by-side report', async () => {
    const { page, problems } = await open('/');
    const titles = await page.locator('ol.stories li a').allTextContents();
    assert.deepEqual(titles, ['Quillhaven bridge to close for repairs', 'Early apple harvest in Teshwald']);
    await page.getByRole('searchbox').fill('Teshwald');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=Teshwald$/);
    assert.deepEqual(await page.locator('ol.stories li a').allTextContents(), ['Early apple harvest in Teshwald']);
    await page.goto(origin + '/?q=Brandvik');
    await page.getByRole('link', { name: 'Quillhaven bridge to close for repairs' }).click();
    await page.waitForURL(`${origin}/stories/${bridgeStory}`);
    assert.match(await page.locator('ol.articles-list').textContent() ?? '', /Quill Post.*Harbour Times/s);
    const report = page.frameLocator('iframe.report');
    const finding = report.locator('li.finding.conflict').first();
    await finding.waitFor({ timeout: 30_000 });
    await finding.click();
    assert.ok(await report.locator('.doc-body .hl').count() >= 2);
    const shot = await page.screenshot({ fullPage: false });
    writeFileSync(join(SHOTS, 'story.png'), shot);
    const { colors, ink } = inkOf(shot);
    assert.ok(colors > 30 && ink > 0.05, `screenshot is not blank (${colors} colors, ${(ink * 100).toFixed(1)}% ink)`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
