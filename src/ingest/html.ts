// HTML adapter: pre-scan, linkedom parse, metadata from meta tags and JSON-LD, Readability, paragraphs and headings.
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { InputError } from '../model/index.js';
import type { Block } from './blocks.js';
import { parseDateText } from './dates.js';
import { looksLikeShortHeading } from './headings.js';
import { scanHtml, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_HTML_REFERENCES, MAX_READABILITY_ELEMENTS } from './html-scan.js';
import { parseJsonSafely } from './json-safe.js';
import { cleanBlocks, type Draft, type Found } from './text.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom's DOM is untyped here */
type Node = any;

const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'figure', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'hr', 'address', 'details', 'summary', 'center', 'nav', 'form', 'fieldset', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Page furniture skipped when Readability gives nothing and the body is walked directly. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'dialog', 'menu']);
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|LiveBlogPosting|WebPage|BackgroundNewsArticle)$/;

/** Meta tags that carry each field, best first (name, property or itemprop, compared lower-case). */
const PUBLISHED_META = ['article:published_time', 'datepublished', 'og:published_time', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime'];
const OUTLET_META = ['og:site_name', 'publisher', 'application-name', 'dc.publisher', 'cxenseparse:recs:sitename'];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'];

/** Reads meta tags into a map of lower-case key to the first content seen. */
function readMeta(document: Node): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = (element.getAttribute('content') ?? '').trim();
    if (key && content && !meta.has(key)) meta.set(key, content.slice(0, 1000));
  }
  return meta;
}

function firstMeta(meta: Map<string, string>, keys: string[]): [string, string] | undefined {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return [value, `meta:${key}`];
  }
  return undefined;
}

/** Article facts from JSON-LD: the first article-typed object, searched through arrays and @graph. */
type LdFacts = { headline?: string; published?: string; author?: string; publisher?: string };

function readJsonLd(blocks: string[]): LdFacts {
  const facts: LdFacts = {};
  for (const block of blocks) {
    const parsed = parseJsonSafely(block.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    if (!parsed.ok) continue;
    const queue: unknown[] = [parsed.value];
    for (let n = 0; n < queue.length && n < 500; n++) {
      const item = queue[n];
      if (Array.isArray(item)) { queue.push(...item.slice(0, 50)); continue; }
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]).slice(0, 50));
      const types = ([] as unknown[]).concat(record['@type'] ?? []);
      if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
      facts.headline ??= stringOf(record.headline) ?? stringOf(record.name);
      facts.published ??= stringOf(record.datePublished) ?? stringOf(record.dateCreated);
      facts.author ??= namesOf(record.author);
      facts.publisher ??= namesOf(record.publisher) ?? namesOf(record.sourceOrganization);
    }
  }
  return facts;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 500) : undefined;
}

/** A person/organization value (string, {name}, or a list of them) as "A and B". */
function namesOf(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).slice(0, 10);
  const names = list.map((v) => (typeof v === 'string' ? stringOf(v) : v && typeof v === 'object' ? stringOf((v as Record<string, unknown>).name) : undefined))
    .filter((v): v is string => v !== undefined && !/^https?:/i.test(v));
  if (names.length === 0) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The first `<time datetime>` in the article, preferring one marked as the publication date. */
function readTimeElement(document: Node): string | undefined {
  const marked = document.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime], [itemprop="datePublished"][datetime]');
  const element = marked ?? document.querySelector('article time[datetime], time[datetime]');
  return element?.getAttribute('datetime')?.trim() || undefined;
}

/** Collects metadata from the parsed page before Readability changes it. Each value keeps where it came from. */
function readPageMetadata(document: Node, jsonLd: string[]): Found {
  const meta = readMeta(document);
  const ld = readJsonLd(jsonLd);
  const found: Found = {};
  const outlet = firstMeta(meta, OUTLET_META.slice(0, 1)) ?? (ld.publisher ? [ld.publisher, 'json-ld'] : undefined) ?? firstMeta(meta, OUTLET_META.slice(1));
  if (outlet) found.outlet = outlet;
  const candidates: [string, string][] = [];
  const metaPublished = firstMeta(meta, PUBLISHED_META.slice(0, 1));
  if (metaPublished) candidates.push(metaPublished);
  if (ld.published) candidates.push([ld.published, 'json-ld']);
  const otherMeta = firstMeta(meta, PUBLISHED_META.slice(1));
  if (otherMeta) candidates.push(otherMeta);
  const time = readTimeElement(document);
  if (time) candidates.push([time, 'time-element']);
  for (const [value, from] of candidates) {
    const iso = parseDateText(value);
    if (iso) { found.published = [iso, from]; break; }
  }
  const title = (ld.headline ? [ld.headline, 'json-ld'] as [string, string] : undefined) ?? firstMeta(meta, TITLE_META);
  if (title) found.title = title;
  const author = firstMeta(meta, AUTHOR_META);
  const byline = (author && !/^https?:/i.test(author[0]) ? author : undefined) ?? (ld.author ? [ld.author, 'json-ld'] as [string, string] : undefined);
  if (byline) found.byline = byline;
  return found;
}

/** A paragraph that is one bold run reading like a heading (`<p><strong>What comes next</strong></p>`). */
function isBoldLine(node: Node): boolean {
  const children = node.children ?? [];
  if (children.length !== 1 || !['strong', 'b'].includes(String(children[0].localName).toLowerCase())) return false;
  const text = squash(node.textContent ?? '');
  return text === squash(children[0].textContent ?? '') && looksLikeShortHeading(node.textContent ?? '');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Walks a subtree into paragraph blocks without recursion: block elements end paragraphs, `<br>` ends a line,
 * h1-h6 and bold-only heading-like paragraphs become heading blocks, figure captions are set aside as removed text.
 */
export function walkBlocks(root: Node, skipChrome: boolean, captions: string[]): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let level = 0;
  const flush = (gap: Block['gap'] = '\n\n') => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      const block: Block = { text, gap: blocks.length && gap === '\n' ? '\n' : '\n\n', heading: level > 0 };
      if (level > 0 && level < 7) block.level = level;
      blocks.push(block);
    }
    buffer = '';
    level = 0;
  };
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, exiting] = stack.pop()!;
    if (node.nodeType === 3) { buffer += node.textContent ?? ''; continue; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = String(node.localName ?? node.tagName ?? '').toLowerCase();
    if (exiting) {
      if (HEADING_TAGS.has(tag)) { level = Number(tag[1]); flush(); } else if (BLOCK_TAGS.has(tag)) flush();
      continue;
    }
    if (tag === 'br') { flush('\n'); continue; }
    if (tag === 'figcaption') {
      const caption = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (caption) captions.push(caption);
      continue;
    }
    if (skipChrome && CHROME_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      if (tag === 'p' && isBoldLine(node)) level = 7;
    }
    stack.push([node, true]);
    const children = node.childNodes ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push([children[k], false]);
  }
  flush();
  return blocks;
}

/** The HTML adapter: raw HTML to a Draft. Scripts are never run (linkedom does not run them; the scan drops them). */
export function htmlDraft(raw: string, source: string, found: Found = {}): Draft {
  const scan = scanHtml(raw);
  if (scan.elements > MAX_HTML_ELEMENTS) {
    throw new InputError('E_TOO_LARGE', source, `has ${scan.elements} HTML elements, over the ${MAX_HTML_ELEMENTS} limit`);
  }
  if (scan.references > MAX_HTML_REFERENCES) {
    throw new InputError('E_TOO_LARGE', source, `has ${scan.references} character references or stray '<' in its text, over the ${MAX_HTML_REFERENCES} limit`);
  }
  // linkedom builds no <html>/<body> around a fragment; Readability and the walk need them.
  const markup = /<body[\s>]/i.test(scan.html) ? scan.html : `<!DOCTYPE html><html><head></head><body>${scan.html}</body></html>`;
  const document = new DOMParser().parseFromString(markup, 'text/html');
  const page = readPageMetadata(document, scan.jsonLd);
  // Readability turns h1 into h2, so the page's h1 texts are read before it runs.
  const h1s = new Set<string>();
  for (const h1 of [...document.querySelectorAll('h1')].slice(0, 5)) h1s.add(squash(h1.textContent ?? ''));
  let article: { title?: string | null; byline?: string | null; content?: string | null; siteName?: string | null } | null = null;
  const useReadability = scan.elements <= MAX_READABILITY_ELEMENTS;
  try {
    if (useReadability) article = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const captions: string[] = [];
  let blocks: Block[] = [];
  if (article?.content) {
    const content = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${article.content}</body></html>`, 'text/html');
    blocks = walkBlocks(content.body, false, captions);
  }
  if (blocks.length === 0) {
    const fallback = new DOMParser().parseFromString(markup, 'text/html');
    blocks = walkBlocks(fallback.body ?? fallback, true, captions);
  }
  // h1s before the first paragraph are the headline, not subheadings of the body.
  let headline: string | undefined;
  while (blocks.length && blocks[0].heading && (blocks[0].level === 1 || h1s.has(squash(blocks[0].text)))) headline ??= blocks.shift()!.text;
  const title = found.title ?? page.title ?? (headline ? [headline, 'h1'] as [string, string] : undefined)
    ?? (article?.title ? [article.title.trim(), 'readability'] as [string, string] : undefined);
  if (title) {
    const same = (text: string) => text.trim().toLowerCase() === title[0].trim().toLowerCase();
    blocks = blocks.filter((block) => !(block.heading && same(block.text)));
  }
  const readabilityByline = article?.byline?.trim();
  const merged: Found = {
    outlet: found.outlet ?? page.outlet ?? (article?.siteName ? [article.siteName.trim(), 'readability'] : undefined),
    published: found.published ?? page.published,
    title,
    byline: found.byline ?? page.byline ?? (readabilityByline && !/^https?:/i.test(readabilityByline) ? [readabilityByline, 'readability'] : undefined),
  };
  const draft = cleanBlocks(blocks, source, 'html', merged);
  for (const caption of captions) draft.removed.push({ text: caption, reason: 'photo-caption' });
  const notes: string[] = [];
  if (scan.flattened > 0) notes.push(`flattened ${scan.flattened} elements nested deeper than ${MAX_HTML_DEPTH} levels`);
  if (!useReadability) notes.push(`${scan.elements} elements: body read without Readability`);
  if (notes.length) draft.meta = { ...draft.meta, html: notes.join('; ') };
  return draft;
}
