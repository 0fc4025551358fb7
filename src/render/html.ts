// Self-contained HTML report: the articles side by side, every finding clickable to highlight its evidence
// in every column, quote speakers on hover, an entity panel, a timeline and kind filters. Built from escaped
// text only, with a strict Content-Security-Policy (inline script and style allowed by hash) and no requests.
import { createHash } from 'node:crypto';
import type { Doc, Entity, Finding, Quote, Report, Span } from '../model/index.js';
import {
  KIND_HEADINGS, KIND_ORDER, countKinds, docLabels, docNotes, docsMentioning, flatten, groupQuotes, evidenceLocator, evidenceNotes, orderFindings,
  OPENING_QUOTE, percent, quoteText, speakerOf, tableEntities, titlesByDoc, truncate, verdict, type FindingKind,
} from './common.js';
import { SafeHtml, html, jsonForScript } from './escape.js';
import { PAGE_SCRIPT } from './html-script.js';
import { PAGE_STYLE } from './html-style.js';

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** The page's policy: nothing may load; only this exact script and stylesheet run. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(PAGE_SCRIPT)}`,
  `style-src ${sha256(PAGE_STYLE)}`,
  "img-src 'none'", "font-src 'none'", "connect-src 'none'", "media-src 'none'", "object-src 'none'",
  "frame-src 'none'", "child-src 'none'", "worker-src 'none'", "manifest-src 'none'",
  "base-uri 'none'", "form-action 'none'",
  // The script writes text only (textContent): no HTML sink may be used at all.
  "require-trusted-types-for 'script'", "trusted-types 'none'",
].join('; ');

type MarkClass = 'v' | 'q' | 'e' | 't';
/** Marks also carry 'c' when they are evidence of a conflict, so conflicts show before any click. */
type Mark = { id: number; doc: string; start: number; end: number; cls: MarkClass; tip?: number; conflict?: boolean };

/** Highlightable ranges of every document, deduplicated; ids are small integers the page script uses. */
class Marks {
  readonly all: Mark[] = [];
  private readonly byKey = new Map<string, Mark>();
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  add(span: Span | undefined, cls: MarkClass, tip?: number, conflict = false): number | undefined {
    if (!span) return undefined;
    const placed = placeSpan(this.texts.get(span.doc), span);
    if (!placed) return undefined;
    const key = `${span.doc}\u0000${placed[0]}\u0000${placed[1]}\u0000${cls}`;
    const known = this.byKey.get(key);
    if (known) {
      if (tip !== undefined && known.tip === undefined) known.tip = tip;
      if (conflict) known.conflict = true;
      return known.id;
    }
    const mark: Mark = { id: this.all.length, doc: span.doc, start: placed[0], end: placed[1], cls, tip, conflict };
    this.all.push(mark);
    this.byKey.set(key, mark);
    return mark.id;
  }
}

/** Where a span sits in its text: its offsets when they match, else the nearest copy of its text, else nowhere. */
function placeSpan(text: string | undefined, span: Span): [number, number] | undefined {
  if (text === undefined || typeof span.start !== 'number' || typeof span.end !== 'number') return undefined;
  if (span.start >= 0 && span.end <= text.length && span.start < span.end && (span.text === undefined || text.slice(span.start, span.end) === span.text)) {
    return [span.start, span.end];
  }
  if (!span.text) return undefined;
  const from = text.indexOf(span.text, Math.max(0, span.start - 400));
  const at = from >= 0 ? from : text.indexOf(span.text);
  return at >= 0 ? [at, at + span.text.length] : undefined;
}

const KINDS = new Set<string>(KIND_ORDER);
const kindOf = (f: Finding): FindingKind => (KINDS.has(f.kind) ? f.kind : 'single-source');
const KIND_LABEL: Record<FindingKind, string> = { conflict: 'Conflict', corroborated: 'Corroborated', 'single-source': 'Single source' };

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(-WE)?)?(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A normalized date value ("2026-04-14", "2026-04", "2026-W16", "2026-04-14T17:00") made readable. */
export function formatDateValue(value: string): string | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, w, weekend, hh, mm, zone] = m;
  if (w) return `${weekend ? 'Weekend of week' : 'Week'} ${Number(w)}, ${y}`;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1];
  if (!month) return undefined;
  if (!d) return `${month} ${y}`;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCDate() !== Number(d)) return undefined;
  const offset = zone === undefined ? '' : /^(Z|[+-]00:?00)$/.test(zone) ? ' UTC' : ` (UTC${zone})`;
  const clock = hh ? `, ${hh}:${mm}${offset}` : '';
  return `${WEEKDAYS[day.getUTCDay()]} ${Number(d)} ${month} ${y}${clock}`;
}

/** A sort key for a normalized date: ISO weeks sort at their Monday, everything else as written. */
export function dateSortKey(value: string): string {
  const m = /^(\d{4})-W(\d{2})(.*)$/.exec(value);
  if (!m) return value;
  const year = Number(m[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000);
  const weekendOffset = m[3].startsWith('-WE') ? 5 * 86_400_000 : 0;
  return new Date(monday.getTime() + weekendOffset).toISOString().slice(0, 10) + m[3];
}

type TimeLike = { span: Span; value: string; type?: string };

/** Normalized dates to put on the timeline: the documents' own times when present, and time findings' values. */
function timelineSources(report: Report): TimeLike[] {
  const out: TimeLike[] = [];
  for (const doc of report.documents) {
    const times = (doc as { times?: unknown }).times;
    if (!Array.isArray(times)) continue;
    for (const t of times as TimeLike[]) {
      if (t && t.span && typeof t.value === 'string' && (t.type === undefined || t.type === 'date' || t.type === 'time')) out.push(t);
    }
  }
  for (const f of report.findings) {
    if (f.type !== 'time') continue;
    for (const e of f.evidence) if (e.value) out.push({ span: e.span, value: e.value });
  }
  return out.filter((t) => formatDateValue(t.value) !== undefined);
}

type Mention = { doc: string; text: string; mark: number };
type TimelineEntry = { value: string; label: string; mentions: Mention[]; published: string[] };

export function renderHtml(report: Report): string {
  const docs = report.documents;
  const labels = docLabels(docs);
  const label = (doc: string) => labels.get(doc) ?? doc;
  const locate = evidenceLocator(report);
  const entityById = new Map<string, Entity>(report.entities.map((e) => [e.id, e]));
  const marks = new Marks(new Map(docs.map((d) => [d.id, d.text])));
  const targets: Record<string, number[]> = {};
  const kinds: Record<string, string> = {};

  // Findings first so their evidence ids are stable and small.
  const findings = orderFindings(report.findings.map((f) => ({ ...f, kind: kindOf(f) })));
  const evidenceIds = findings.map((f, i) => {
    const ids = f.evidence.map((e) => marks.add(e.span, 'v', undefined, f.kind === 'conflict'));
    targets[`f${i}`] = ids.filter((id): id is number => id !== undefined);
    kinds[`f${i}`] = f.kind;
    return ids;
  });

  // Quotes, with a tooltip naming the speaker of the same statement in each article (kept once per statement
  // in the page data, not repeated on every piece of text).
  const tips: string[] = [];
  for (const group of groupQuotes(report)) {
    const lines: string[] = [];
    let absent = 0;
    for (const d of docs) {
      const here = group.filter((q) => q.doc === d.id);
      if (!here.length) { absent++; continue; }
      const names = [...new Set(here.map((q) => speakerOf(q, entityById) ?? 'no speaker named'))];
      lines.push(`${label(d.id)}: ${names.join('; ')}`);
    }
    if (absent) lines.push(absent === docs.length - 1 && docs.length === 2 ? `${label(docs.find((d) => !group.some((q) => q.doc === d.id))!.id)}: not quoted` : `not quoted in ${absent} other article${absent === 1 ? '' : 's'}`);
    const speakers = new Set(group.map((q) => speakerOf(q, entityById) ?? ''));
    const head = group.length > 1 && speakers.size > 1 ? 'Speakers differ between articles' : 'Said by';
    tips.push(`${head}\n${lines.join('\n')}`);
    for (const q of group) marks.add(q.span, 'q', tips.length - 1);
  }

  const entities = tableEntities(report);
  entities.forEach((e, i) => {
    targets[`x${i}`] = e.mentions.map((m) => marks.add(m, 'e')).filter((id): id is number => id !== undefined);
  });

  const timeline = buildTimeline();
  timeline.forEach((t, i) => { targets[`t${i}`] = t.mentions.map((m) => m.mark); });

  const counts = countKinds(findings);
  const title = `Cross-check: ${verdict(report)}`;
  const data = { report, view: { targets, kinds, tips } };

  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="corroborate">
<title>${title}</title>
<style>${new SafeHtml(PAGE_STYLE)}</style>
</head>
<body>
<header class="top">
<h1><span class="brand">corroborate</span>${verdict(report)}</h1>
<div class="filters" role="group" aria-label="Show findings by kind">
${KIND_ORDER.map((k) => html`<label class="chip ${k}"><input type="checkbox" data-kind="${k}" checked> ${KIND_HEADINGS[k]} <b>${counts[k]}</b></label>`)}
</div>
<div class="legend" aria-hidden="true"><span><span class="m q">quote</span></span><span><span class="m e">name</span></span><span><span class="m t">date</span></span><span><span class="m v c">conflict</span></span></div>
</header>
<main class="layout">
<aside class="side">
<nav class="tabs" role="tablist">
<button type="button" role="tab" data-tab="findings" aria-selected="true">Findings</button>
<button type="button" role="tab" data-tab="entities" aria-selected="false">People</button>
<button type="button" role="tab" data-tab="timeline" aria-selected="false">Timeline</button>
</nav>
<div class="panels">
<section class="panel active" id="panel-findings" aria-label="Findings">
${report.summary ? html`<p class="summary">${flatten(report.summary)}</p>` : ''}
<p class="hint">Click a finding to highlight its evidence in every article. Hover a shaded quote to see who says it in each article.</p>
${findings.length ? KIND_ORDER.map((k) => findingSection(k)) : html`<p class="empty">No findings: nothing to cross-check between these articles.</p>`}
</section>
<section class="panel" id="panel-entities" aria-label="People and titles">
<p class="hint">Who is named, and the titles each outlet gives them. Click to highlight every mention.</p>
${entities.length ? entities.map(entityCard) : html`<p class="empty">No people or organizations found.</p>`}
</section>
<section class="panel" id="panel-timeline" aria-label="Timeline">
<p class="hint">Dates the articles mention, normalized. Click to highlight the wording each article uses.</p>
${timeline.length ? html`<ol class="timeline">${timeline.map(timelineItem)}</ol>` : html`<p class="empty">No dates found.</p>`}
</section>
</div>
</aside>
<div class="articles">
${docs.map(docColumn)}
</div>
</main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="corroborate-data">${new SafeHtml(jsonForScript(data))}</script>
<script>${new SafeHtml(PAGE_SCRIPT)}</script>
</body>
</html>
`;
  return page.value;

  function findingSection(kind: FindingKind): SafeHtml | undefined {
    const items = findings.map((f, i) => [f, i] as const).filter(([f]) => f.kind === kind);
    if (!items.length) return undefined;
    return html`<h2 class="${kind}">${KIND_HEADINGS[kind]} (${items.length})</h2>
<ol class="findings">${items.map(([f, i]) => findingCard(f, i))}</ol>
`;
  }

  function findingCard(f: Finding, i: number): SafeHtml {
    return html`<li class="finding ${f.kind}" data-target="f${i}" tabindex="0" role="button" aria-pressed="false">
<div class="f-meta"><span class="f-kind">${KIND_LABEL[f.kind as FindingKind]}</span>${f.type ? html`<span>${f.type}</span>` : ''}<span class="f-conf" title="confidence">${percent(f.confidence)}</span></div>
<p class="f-summary">${flatten(f.summary) || '(no summary)'}</p>
${f.reason ? html`<p class="f-reason">${flatten(f.reason)}</p>` : ''}
<ul class="f-ev">${f.evidence.map((e, k) => {
      const at = locate(e.span);
      const notes = evidenceNotes(f, e, entityById);
      const id = evidenceIds[i][k];
      const quote = at.before || at.after
        ? html`${OPENING_QUOTE.test(at.before) ? '' : '\u201c'}${at.before}<b>${at.focus}</b>${at.after}${OPENING_QUOTE.test(at.before) ? '' : '\u201d'}`
        : html`${quoteText(truncate(at.focus, 260))}`;
      return html`<li${id === undefined ? '' : html` data-r="${id}"`}><span class="f-where"><b>${label(e.span.doc)}</b>${at.sentence ? `, sentence ${at.sentence}` : ''}${notes.map((n) => ` \u00b7 ${n}`).join('')}</span><span class="f-quote">${quote}</span></li>`;
    })}</ul>
</li>
`;
  }

  function entityCard(e: Entity, i: number): SafeHtml {
    const titles = titlesByDoc(e);
    const present = docsMentioning(e);
    const counts = new Map<string, number>();
    for (const m of e.mentions) counts.set(m.doc, (counts.get(m.doc) ?? 0) + 1);
    const differs = titlesDiffer([...titles.values()]);
    // With many articles, list only those that name the entity; with a few, "not mentioned" is news too.
    const shownDocs = docs.length <= 4 ? docs : docs.filter((d) => present.has(d.id));
    const missing = docs.length - shownDocs.length;
    return html`<div class="entity" data-target="x${i}" tabindex="0" role="button" aria-pressed="false">
${differs ? html`<span class="differs">titles differ</span>` : ''}<span class="name">${flatten(e.name)}</span><span class="etype">${e.type}${e.subtype ? ` · ${flatten(e.subtype)}` : ''}</span>
<dl>${shownDocs.map((d) => {
      const t = titles.get(d.id);
      const n = counts.get(d.id) ?? 0;
      const value = t?.length ? t.join('; ') : present.has(d.id) ? `mentioned${n ? ` ${n}\u00d7` : ''}, no title` : 'not mentioned';
      return html`<dt>${label(d.id)}</dt><dd${t?.length || present.has(d.id) ? '' : html` class="none"`}>${value}</dd>`;
    })}${missing ? html`<dt>others</dt><dd class="none">not mentioned in ${missing} article${missing === 1 ? '' : 's'}</dd>` : ''}</dl>
</div>
`;
  }

  function buildTimeline(): TimelineEntry[] {
    const byValue = new Map<string, TimelineEntry>();
    const entry = (value: string) => {
      const known = byValue.get(value);
      if (known) return known;
      const made: TimelineEntry = { value, label: formatDateValue(value)!, mentions: [], published: [] };
      byValue.set(value, made);
      return made;
    };
    for (const t of timelineSources(report)) {
      const mark = marks.add(t.span, 't');
      if (mark === undefined) continue;
      const e = entry(t.value);
      if (!e.mentions.some((m) => m.mark === mark)) e.mentions.push({ doc: t.span.doc, text: flatten(t.span.text), mark });
    }
    for (const d of docs) {
      const day = d.published?.slice(0, 10);
      if (day && formatDateValue(day)) entry(day).published.push(label(d.id));
    }
    const key = new Map([...byValue.keys()].map((v) => [v, dateSortKey(v)]));
    return [...byValue.values()].sort((a, b) => {
      const [ka, kb] = [key.get(a.value)!, key.get(b.value)!];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }

  function timelineItem(t: TimelineEntry, index: number): SafeHtml {
    const clickable = t.mentions.length > 0;
    return html`<li class="tl-item${clickable ? '' : ' pub'}"${clickable ? html` data-target="t${index}" tabindex="0" role="button" aria-pressed="false"` : ''}>
<span class="tl-date">${t.label}</span><span class="tl-value">${t.value}</span>
<ul>${t.mentions.map((m) => html`<li><b>${label(m.doc)}</b>: \u201c${truncate(m.text, 120)}\u201d</li>`)}${t.published.map((p) => html`<li>${p} published</li>`)}</ul>
</li>
`;
  }

  function docColumn(doc: Doc): SafeHtml {
    const meta = [
      doc.published ? formatDateValue(doc.published) ?? flatten(doc.published) : '',
      doc.byline ? flatten(doc.byline) : doc.contributors.length ? doc.contributors.map(flatten).join(', ') : '',
    ].filter(Boolean);
    const source = flatten(doc.source);
    return html`<article class="doc" data-doc="${doc.id}" aria-label="${label(doc.id)}">
<header class="doc-h">
<div class="outlet">${label(doc.id)}<span class="did">${doc.id}</span></div>
${doc.title ? html`<h2>${flatten(doc.title)}</h2>` : ''}
<div class="doc-meta">${meta.join(' \u00b7 ')}${meta.length ? ' \u00b7 ' : ''}<span class="src" title="${source}">${shortSource(source)}</span></div>
${docNotes(report, doc.id, labels).map((n) => html`<div class="doc-note">${n}</div>`)}
<div class="status" aria-live="polite"></div>
</header>
<div class="doc-body" tabindex="0">
${docBody(doc, marks.all.filter((m) => m.doc === doc.id))}
${doc.removed.length ? html`<details class="removed"><summary>${doc.removed.length} passage${doc.removed.length === 1 ? '' : 's'} removed as boilerplate</summary><ul>${doc.removed.map((r) => html`<li><b>${flatten(r.reason)}</b>: ${truncate(flatten(r.text), 200)}</li>`)}</ul></details>` : ''}
</div>
</article>
`;
  }
}

/** A source short enough for a column header: a URL's host and the start of its path, a path's file name. */
export function shortSource(source: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)/i.exec(source);
  if (url) return truncate(url[1] + (url[2] && url[2] !== '/' ? url[2] : ''), 48);
  return truncate(source.slice(source.lastIndexOf('/') + 1) || source, 48);
}

/**
 * Whether documents give an entity different titles: some two documents share no title, where a title
 * agrees with another when one contains the other ("chief executive" and "chief executive of X").
 */
export function titlesDiffer(perDoc: string[][]): boolean {
  const lower = perDoc.map((t) => t.map((x) => x.toLowerCase()));
  const agree = (a: string[], b: string[]) => a.some((x) => b.some((y) => x.includes(y) || y.includes(x)));
  for (let i = 0; i < lower.length; i++) {
    for (let j = i + 1; j < lower.length; j++) if (!agree(lower[i], lower[j])) return true;
  }
  return false;
}

const PARAGRAPH_BREAK = /\n+/g;

/** The article text, paragraph by paragraph, each stretch covered by marks wrapped in one flat span. */
function docBody(doc: Doc, docMarks: Mark[]): SafeHtml {
  const text = doc.text;
  const paragraphs: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    paragraphs.push([from, m.index!]);
    from = m.index! + m[0].length;
  }
  paragraphs.push([from, text.length]);
  const headings = (doc.headings ?? []).filter((h) => typeof h.start === 'number' && typeof h.end === 'number');
  const sorted = [...docMarks].sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 0;
  let open: Mark[] = [];
  const out: SafeHtml[] = [];
  for (const [ps, pe] of paragraphs) {
    if (!text.slice(ps, pe).trim()) continue;
    const cuts = new Set<number>([ps, pe]);
    open = open.filter((m) => m.end > ps);
    let scan = next;
    while (scan < sorted.length && sorted[scan].start < pe) {
      const m = sorted[scan++];
      if (m.end > ps) { cuts.add(Math.max(ps, m.start)); cuts.add(Math.min(pe, m.end)); }
    }
    for (const m of open) cuts.add(Math.min(pe, m.end));
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: SafeHtml[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const [a, b] = [points[k], points[k + 1]];
      while (next < sorted.length && sorted[next].start <= a) open.push(sorted[next++]);
      open = open.filter((m) => m.end > a);
      const covering = open.filter((m) => m.start <= a && m.end >= b);
      pieces.push(segment(text.slice(a, b), covering));
    }
    const isHeading = headings.some((h) => h.start <= ps && pe <= h.end);
    out.push(isHeading ? html`<h3>${pieces}</h3>\n` : html`<p>${pieces}</p>\n`);
  }
  return html`${out}`;
}

function segment(text: string, covering: Mark[]): SafeHtml {
  if (!covering.length) return html`${text}`;
  const classes = [...new Set(covering.map((m) => m.cls)), ...(covering.some((m) => m.conflict) ? ['c'] : [])].sort().join(' ');
  const quote = covering.filter((m) => m.tip !== undefined).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  const ids = covering.map((m) => m.id).join(' ');
  return html`<span class="m ${classes}" data-r="${ids}"${quote ? html` data-q="${quote.tip}"` : ''}>${text}</span>`;
}
