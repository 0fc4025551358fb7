// The web app's pages (story list, story, compare), built from escaped text only; scripts and styles come from /assets.
import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY as REPORT_POLICY } from '../../render/html.js';
import { html, type SafeHtml } from '../../render/escape.js';
import type { StorySummary } from '../../store/store.js';
import type { StoryDetail } from '../library.js';
import { COMPARE_SCRIPT } from './script.js';
import { APP_STYLE } from './style.js';

/** The report page's own script and style hashes: its srcdoc iframe on the compare page inherits this page's policy. */
function reportSources(directive: string): string {
  const found = REPORT_POLICY.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === directive);
  return (found ?? []).filter((source) => source.startsWith("'sha")).join(' ');
}

/** Policy of the app's pages: same-origin scripts, styles, fetches and frames; nothing else. */
export const APP_POLICY = [
  "default-src 'none'",
  `script-src 'self' ${reportSources('script-src')}`.trim(),
  `style-src 'self' ${reportSources('style-src')}`.trim(),
  "connect-src 'self'", "frame-src 'self'", "img-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ');

/** The report page served inside the story page's iframe: its own policy, framed only by this origin. */
export const REPORT_PAGE_POLICY = `${REPORT_POLICY}; frame-ancestors 'self'`;

const version = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);
/** Static assets under content-hashed names, so they can be cached for good. */
export const ASSETS: Record<string, { body: string; type: string }> = {
  [`/assets/app-${version(APP_STYLE)}.css`]: { body: APP_STYLE, type: 'text/css; charset=utf-8' },
  [`/assets/compare-${version(COMPARE_SCRIPT)}.js`]: { body: COMPARE_SCRIPT, type: 'text/javascript; charset=utf-8' },
};
const [STYLE_URL, COMPARE_URL] = Object.keys(ASSETS);

type Section = 'stories' | 'compare';

function layout(title: string, section: Section, body: SafeHtml, options: { wide?: boolean; script?: string } = {}): string {
  const current = (s: Section) => (s === section ? html` aria-current="page"` : '');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · corroborate</title>
<link rel="stylesheet" href="${STYLE_URL}">
</head>
<body>
<header class="bar"><a class="brand" href="/">corroborate</a>
<nav><a href="/"${current('stories')}>Stories</a><a href="/compare"${current('compare')}>Compare articles</a></nav></header>
<main${options.wide ? html` class="wide"` : ''}>
${body}
</main>
${options.script ? html`<script src="${options.script}"></script>` : ''}
</body>
</html>
`.value;
}

function dateOf(iso: string | undefined): string | undefined {
  return iso ? iso.slice(0, 10) : undefined;
}

function storyMeta(story: StorySummary): string {
  const parts = [`${story.articles} article${story.articles === 1 ? '' : 's'}`];
  const first = dateOf(story.firstPublished);
  const last = dateOf(story.lastPublished);
  if (first && last && first !== last) parts.push(`${first} to ${last}`);
  else if (last) parts.push(last);
  else if (story.lastAdded) parts.push(`added ${dateOf(story.lastAdded)}`);
  return parts.join(' · ');
}

/** `/`: stories newest first, with a search box (a plain GET form: works without script). */
export function storyListPage(stories: StorySummary[], q: string | undefined): string {
  const empty = q
    ? html`<p class="empty">No story matches “${q}”.</p>`
    : html`<p class="empty">No stories yet. Add articles with <code>corroborate ingest FILE...</code> or <code>POST /v1/articles</code>, or <a href="/compare">compare articles</a> without storing them.</p>`;
  return layout(q ? `Stories matching ${q}` : 'Stories', 'stories', html`<h1>Stories</h1>
<form class="search" role="search" action="/" method="get">
<label class="sr" for="q">Search stories by name or word</label>
<input type="search" id="q" name="q" value="${q ?? ''}" placeholder="Search by person, organization, place or word" maxlength="200">
<button type="submit">Search</button>
</form>
${stories.length ? html`<ol class="stories">${stories.map((s) => html`<li><a href="/stories/${s.id}">${s.title ?? `Story ${s.id}`}</a>
<div class="meta">${storyMeta(s)}</div></li>`)}</ol>` : empty}`);
}

const WEB_LINK = /^https?:\/\//i;

/** `/stories/:id`: the story's articles and its side-by-side report (the HTML report, in a sandboxed frame). */
export function storyPage(detail: StoryDetail): string {
  const { story, articles } = detail;
  const report = `/v1/stories/${story.id}/report`;
  return layout(story.title ?? `Story ${story.id}`, 'stories', html`<h1>${story.title ?? `Story ${story.id}`}</h1>
<p class="meta">${storyMeta(story)}</p>
<ol class="articles-list">${articles.map((a) => html`<li>${a.outlet ? html`<b>${a.outlet}</b>: ` : ''}${WEB_LINK.test(a.source)
    ? html`<a href="${a.source}" rel="noopener noreferrer nofollow" target="_blank">${a.title ?? a.source}</a>`
    : a.title ?? a.source}${a.published ? html` <span class="meta">(${dateOf(a.published)})</span>` : ''}</li>`)}</ol>
<p class="formats">Report as <a href="${report}?format=html" target="_blank" rel="noopener">a page of its own</a>,
<a href="${report}?format=json">JSON</a> or <a href="${report}?format=md">Markdown</a>.</p>
<iframe class="report" title="Cross-check report" sandbox="allow-scripts" src="${report}?format=html"></iframe>`, { wide: true });
}

/** `/compare`: paste or drop two or more articles; the script posts them and shows the report below. */
export function comparePage(): string {
  const box = (n: number) => html`<fieldset class="article"><legend>Article ${n}</legend>
<div class="row"><input type="text" name="outlet" placeholder="Outlet (optional)" aria-label="Outlet of article ${n}">
<input type="date" name="published" aria-label="Publication date of article ${n}"></div>
<textarea name="text" placeholder="Paste the article text or HTML" aria-label="Text of article ${n}"></textarea></fieldset>`;
  return layout('Compare articles', 'compare', html`<h1>Compare articles</h1>
<noscript><p class="empty">This page needs JavaScript (served by this server; nothing else is loaded). The API takes the same articles: <code>POST /v1/compare</code>.</p></noscript>
<form id="compare-form" action="/compare" method="get">
<div id="inputs" class="inputs">${box(1)}${box(2)}</div>
<div id="drop" class="drop">Drop text or HTML files here, or <label><u>choose files</u><input id="files" class="sr" type="file" multiple accept=".txt,.text,.md,.html,.htm,text/plain,text/html"></label>. Nothing is stored.</div>
<div class="actions"><button type="button" id="add">Add another article</button>
<button type="submit" id="run" class="primary">Compare</button>
<p id="status" role="status" aria-live="polite"></p></div>
</form>
<iframe id="result" class="report" title="Comparison report" sandbox="allow-scripts" hidden></iframe>`, { wide: true, script: COMPARE_URL });
}
