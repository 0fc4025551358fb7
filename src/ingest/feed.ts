// RSS 2.0 and Atom feeds: parsed with fast-xml-parser with entity expansion off (no DTD is ever read) into article records.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Doc } from '../model/index.js';
import { InputError } from '../model/index.js';
import { ingestRecord, type IngestOptions } from './index.js';

/** One feed item as a record `ingestRecord` understands. */
export type FeedRecord = { title?: string; url?: string; published?: string; outlet?: string; html?: string; text?: string };

export type Feed = { kind: 'rss' | 'atom' | 'rdf'; title?: string; records: FeedRecord[] };

/** More items than this in one feed are refused: no real feed is that long. */
export const MAX_FEED_ITEMS = 50_000;
const XML_ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and character references; anything else is left as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(XML_ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Index just past the prolog: XML declaration, comments, processing instructions and whitespace. A DOCTYPE is
 * reported (its internal subset is where entity bombs live) and never parsed.
 */
function skipProlog(xml: string): { at: number; doctype: boolean } {
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i])) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) return { at: i, doctype: false };
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return { at: i, doctype: false };
      i = end + 3;
    } else {
      return { at: i, doctype: xml.slice(i, i + 9).toUpperCase() === '<!DOCTYPE' };
    }
  }
}

/** True when the text is an RSS, RDF or Atom document (by its root element). */
export function looksLikeFeed(text: string): boolean {
  const { at, doctype } = skipProlog(text.slice(0, 65536));
  if (doctype) return /<(?:rss|feed|rdf:RDF)\b/.test(text.slice(0, 65536));
  return /^<(?:rss|feed|rdf:RDF)\b/.test(text.slice(at, at + 16));
}

function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') return textOf((value as Record<string, unknown>)['#text']);
  return undefined;
}

function clean(value: unknown): string | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  const decoded = decodeXmlEntities(text).trim();
  return decoded === '' ? undefined : decoded;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function atomLink(value: unknown): string | undefined {
  const links = list(value) as Record<string, unknown>[];
  const pick = links.find((l) => typeof l === 'object' && (l['@_rel'] === undefined || l['@_rel'] === 'alternate')) ?? links[0];
  if (!pick) return undefined;
  if (typeof pick === 'string') return clean(pick);
  return clean(pick['@_href']);
}

function atomBody(entry: Record<string, unknown>): Pick<FeedRecord, 'html' | 'text'> {
  for (const name of ['content', 'summary']) {
    const node = entry[name];
    const body = clean(node);
    if (!body) continue;
    const type = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)['@_type'] : undefined;
    return type === 'text' ? { text: body } : { html: body };
  }
  return {};
}

const RFC822_DATE = /^(?:[A-Za-z]{3},\s{0,3})?\d{1,2}\s[A-Za-z]{3}\s\d{4}\s\d{2}:\d{2}/;

/** RSS dates are RFC 822 ("Tue, 03 Mar 2026 08:00:00 GMT"): turned into ISO 8601 here; others pass as written. */
export function feedDate(value: string | undefined): string | undefined {
  if (!value || !RFC822_DATE.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

function setIf<K extends keyof FeedRecord>(record: FeedRecord, key: K, value: FeedRecord[K] | undefined): void {
  if (value !== undefined) record[key] = value;
}

/** Parses a feed. Throws one InputError naming the source for malformed or truncated XML. */
export function parseFeed(xml: string, source: string): Feed {
  const { at, doctype } = skipProlog(xml);
  if (doctype) throw new InputError('E_PARSE', source, 'feed declares a DOCTYPE; DTDs and their entities are not read');
  const body = xml.slice(at);
  const valid = XMLValidator.validate(body, { allowBooleanAttributes: true });
  if (valid !== true) throw new InputError('E_PARSE', source, `is not a well-formed feed: ${valid.err.msg} (line ${valid.err.line + xml.slice(0, at).split('\n').length - 1})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  });
  const root = parser.parse(body) as Record<string, unknown>;
  const records: FeedRecord[] = [];
  let kind: Feed['kind'];
  let title: string | undefined;
  if (root.rss || root['rdf:RDF']) {
    kind = root.rss ? 'rss' : 'rdf';
    const top = (root.rss ?? root['rdf:RDF']) as Record<string, unknown>;
    const channel = (list(top.channel)[0] ?? {}) as Record<string, unknown>;
    title = clean(channel.title);
    const items = [...list(channel.item), ...list(top.item)] as Record<string, unknown>[];
    if (items.length > MAX_FEED_ITEMS) throw new InputError('E_TOO_LARGE', source, `feed has ${items.length} items, over the ${MAX_FEED_ITEMS} limit`);
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const record: FeedRecord = {};
      setIf(record, 'title', clean(item.title));
      setIf(record, 'url', clean(list(item.link)[0]) ?? clean(item.guid));
      setIf(record, 'published', feedDate(clean(item.pubDate) ?? clean(item['dc:date'])));
      setIf(record, 'html', clean(item['content:encoded']) ?? clean(item.description));
      setIf(record, 'outlet', title);
      records.push(record);
    }
  } else if (root.feed) {
    kind = 'atom';
    const feed = root.feed as Record<string, unknown>;
    title = clean(feed.title);
    const entries = list(feed.entry) as Record<string, unknown>[];
    if (entries.length > MAX_FEED_ITEMS) throw new InputError('E_TOO_LARGE', source, `feed has ${entries.length} entries, over the ${MAX_FEED_ITEMS} limit`);
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null) continue;
      const record: FeedRecord = { ...atomBody(entry) };
      setIf(record, 'title', clean(entry.title));
      setIf(record, 'url', atomLink(entry.link) ?? clean(entry.id));
      setIf(record, 'published', feedDate(clean(entry.published) ?? clean(entry.updated)));
      setIf(record, 'outlet', title);
      records.push(record);
    }
  } else {
    throw new InputError('E_PARSE', source, 'is XML but not an RSS or Atom feed');
  }
  return { kind, title, records };
}

/** Turns a feed into Docs through the ingest record path (HTML bodies cleaned there); bad items go to `errors`. */
export function feedDocs(xml: string, source: string, errors: InputError[], options: IngestOptions = {}): Doc[] {
  const feed = parseFeed(xml, source);
  const docs: Doc[] = [];
  feed.records.forEach((record, i) => {
    const itemSource = `${source}#${i + 1}`;
    if (record.html === undefined && record.text === undefined) {
      errors.push(new InputError('E_RECORD', itemSource, 'feed item has no content or description'));
      return;
    }
    try {
      docs.push(ingestRecord(record, itemSource, options));
    } catch (error) {
      errors.push(error instanceof InputError ? error : new InputError('E_PARSE', itemSource, (error as Error).message));
    }
  });
  return docs;
}
