// Shared view helpers for every renderer: labels, ordering, counts, sentence numbers, quote groups, titles.
import type { Doc, Entity, Finding, Quote, Report, Span } from '../model/index.js';

export const KIND_ORDER = ['conflict', 'corroborated', 'single-source'] as const;
export type FindingKind = (typeof KIND_ORDER)[number];

export const KIND_HEADINGS: Record<FindingKind, string> = {
  conflict: 'Conflicts',
  corroborated: 'Corroborated',
  'single-source': 'Single-source',
};

/** Findings grouped conflicts first, then corroborated, then single-source; compare's order kept inside a kind. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return KIND_ORDER.flatMap((kind) => findings.filter((f) => f.kind === kind));
}

export function countKinds(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = { conflict: 0, corroborated: 0, 'single-source': 0 };
  for (const f of findings) if (f.kind in counts) counts[f.kind]++;
  return counts;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The one-line verdict: "2 articles, 4 conflicts, 11 corroborated, 9 single-source". */
export function verdict(report: Report): string {
  const c = countKinds(report.findings);
  return [
    plural(report.documents.length, 'article', 'articles'),
    plural(c.conflict, 'conflict', 'conflicts'),
    `${c.corroborated} corroborated`,
    `${c['single-source']} single-source`,
  ].join(', ');
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ue000\ue001]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * Article text made safe and flat for one line of terminal or Markdown output: whitespace runs become one
 * space, control characters (ANSI escapes start with one) and bidi overrides are dropped.
 */
export function flatten(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ').replace(CONTROL, '').replace(BIDI_CONTROL, '').trim();
}

/** Shortens to at most `max` characters, on a word boundary when one is near, with an ellipsis. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return trimEnd(space > max * 0.6 ? cut.slice(0, space) : cut, ' \t\n,;:') + '\u2026';
}

/** Drops the given characters off the end (a loop: `/[...]+$/` rescans the tail from every start). */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

const QUERY_START = /[?#]/;

/** A short human label per document: compare's label, else its outlet, else the file name of its source, else its id; made unique. */
export function docLabels(docs: readonly Doc[]): Map<string, string> {
  const base = docs.map((d) => flatten((d as { label?: string }).label ?? d.outlet ?? '') || fileName(d.source) || d.id);
  const seen = new Map<string, number>();
  for (const b of base) seen.set(b, (seen.get(b) ?? 0) + 1);
  return new Map(docs.map((d, i) => [d.id, (seen.get(base[i]) ?? 0) > 1 ? `${base[i]} (${d.id})` : base[i]]));
}

function fileName(source: string): string {
  const flat = flatten(source);
  const query = flat.search(QUERY_START);
  const noQuery = trimEnd(query >= 0 ? flat.slice(0, query) : flat, '/');
  return noQuery.slice(noQuery.lastIndexOf('/') + 1) || flat;
}

type Range = { start: number; end: number };
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'prof', 'lt', 'col', 'capt', 'sgt',
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'u.s', 'u.k', 'a.m', 'p.m',
]);
const TERMINATORS = '.!?\u2026';
const CLOSERS = '"\'\u201d\u2019)]';

/**
 * Sentence ranges of a document: the analyzer's own `sentences` when the report carries them (an analyzed
 * document), otherwise a light linear splitter (paragraph breaks, and ".!?" followed by space and a capital).
 */
export function sentenceRanges(doc: Doc): Range[] {
  const given = (doc as { sentences?: unknown }).sentences;
  if (Array.isArray(given) && given.every((s) => s && typeof s.start === 'number' && typeof s.end === 'number')) {
    return (given as Range[]).map((s) => ({ start: s.start, end: s.end }));
  }
  return splitSentences(doc.text);
}

export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    if (end > s) out.push({ start: s, end });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      i++;
      continue;
    }
    if (!TERMINATORS.includes(ch)) { i++; continue; }
    let j = i;
    while (j < text.length && TERMINATORS.includes(text[j])) j++;
    while (j < text.length && CLOSERS.includes(text[j])) j++;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = text[k] ?? '';
    if (k > j && /[\p{Lu}\p{N}"'\u201c\u2018(]/u.test(next) && !(ch === '.' && isAbbreviation(text, i))) {
      push(j);
      start = k;
    }
    i = j > i ? j : i + 1;
  }
  push(text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]) && dot - s < 8) s--;
  const word = text.slice(s, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/** Index (0-based) of the last range starting at or before `offset`, or -1. */
function rangeAt(ranges: Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Returns a function from a text offset to its 1-based sentence number in the document (0 when unknown). */
export function sentenceLocator(doc: Doc): (offset: number) => number {
  const ranges = sentenceRanges(doc);
  return (offset: number) => rangeAt(ranges, offset) + 1;
}

/** Sentence locators for every document of a report, built once. */
export function locators(report: Report): (span: Span) => number {
  const byDoc = new Map(report.documents.map((d) => [d.id, sentenceLocator(d)]));
  return (span) => byDoc.get(span.doc)?.(span.start) ?? 0;
}

/** Where a piece of evidence sits: its sentence number and the words around it in that sentence. */
export type Located = { sentence: number; before: string; focus: string; after: string };

const CONTEXT_CHARS = 110;

/**
 * Locates evidence for a reader: 1-based sentence number, and when the evidence is only part of its
 * sentence ("40", "Fire chief"), the rest of the sentence around it, clipped on word boundaries.
 */
export function evidenceLocator(report: Report): (span: Span) => Located {
  const byDoc = new Map(report.documents.map((d) => [d.id, { text: d.text, ranges: sentenceRanges(d) }]));
  return (span) => {
    const focus = flatten(span.text);
    const doc = byDoc.get(span.doc);
    if (!doc) return { sentence: 0, before: '', focus, after: '' };
    const i = rangeAt(doc.ranges, span.start);
    const sentence = doc.ranges[i];
    if (!sentence || span.end > sentence.end || doc.text.slice(span.start, span.end) !== span.text) return { sentence: i + 1, before: '', focus, after: '' };
    // Read only a window around the evidence: a "sentence" can be a whole unpunctuated article.
    const from = Math.max(sentence.start, span.start - 2 * CONTEXT_CHARS);
    const to = Math.min(sentence.end, span.end + 2 * CONTEXT_CHARS);
    const before = clipStart((from > sentence.start ? '\u2026' : '') + flatten(doc.text.slice(from, span.start)), CONTEXT_CHARS);
    const after = clipEnd(flatten(doc.text.slice(span.end, to)) + (to < sentence.end ? '\u2026' : ''), CONTEXT_CHARS);
    const space = (a: string, b: string) => (a && /\s/.test(b) ? ' ' : '');
    return {
      sentence: i + 1,
      before: before + space(before, doc.text[span.start - 1] ?? ''),
      focus,
      after: space(after, doc.text[span.end] ?? '') + after,
    };
  };
}

function clipStart(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(s.length - max);
  const space = cut.indexOf(' ');
  return '\u2026' + (space >= 0 && space < max * 0.4 ? cut.slice(space + 1) : cut);
}

function clipEnd(s: string, max: number): string {
  return s.length <= max ? s : truncate(s, max);
}

/** A speaker's display name: the quote's speakerName, else its entity's name. */
export function speakerOf(quote: Quote, entities: ReadonlyMap<string, Entity>): string | undefined {
  const name = quote.speakerName ?? (quote.speaker ? entities.get(quote.speaker)?.name : undefined);
  return name ? flatten(name) : undefined;
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const RARE_WORDS = 3;

function normalizeStatement(s: string): string {
  return s.toLowerCase().replace(NON_WORD, ' ').trim();
}

/**
 * Groups quotes that carry the same statement, across documents: equal or contained normalized text, or a
 * large share of words in common, or quotes joined by one attribution finding's evidence.
 */
export function groupQuotes(report: Report): Quote[][] {
  const quotes = report.quotes;
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => { parent[find(a)] = find(b); };
  const norms = quotes.map((q) => normalizeStatement(q.span.text));
  const words = norms.map((n) => new Set(n.split(' ').filter(Boolean)));
  const byWord = new Map<string, number[]>();
  quotes.forEach((_, i) => {
    for (const w of words[i]) if (w.length >= 4) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i);
  });
  // Candidates share one of a quote's rarest words: two tellings of one statement share most words, so they
  // share rare ones too, and common words ("said", "that") never make every pair a candidate.
  const compared = new Set<number>();
  for (let i = 0; i < quotes.length; i++) {
    compared.clear();
    const rare = [...words[i]].filter((w) => byWord.has(w)).sort((a, b) => byWord.get(a)!.length - byWord.get(b)!.length).slice(0, RARE_WORDS);
    for (const w of rare) {
      for (const j of byWord.get(w)!) {
        if (j === i || compared.has(j)) continue;
        compared.add(j);
        if (sameStatement(norms[i], norms[j], words[i], words[j])) union(i, j);
      }
    }
  }
  const quotesByDoc = new Map<string, number[]>();
  quotes.forEach((q, i) => (quotesByDoc.get(q.doc) ?? quotesByDoc.set(q.doc, []).get(q.doc)!).push(i));
  for (const f of report.findings) {
    // An attribution finding pairs the same words given to different speakers: its quotes are one statement.
    if (f.type !== 'attribution') continue;
    const hit = f.evidence.flatMap((e) => (quotesByDoc.get(e.span.doc) ?? []).filter((i) => quotes[i].span.start < e.span.end && e.span.start < quotes[i].span.end));
    for (let k = 1; k < hit.length; k++) union(hit[0], hit[k]);
  }
  const groups = new Map<number, Quote[]>();
  quotes.forEach((q, i) => {
    const root = find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(q);
  });
  return [...groups.values()];
}

function sameStatement(a: string, b: string, wa: Set<string>, wb: Set<string>): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 16 && long.includes(short)) return true;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  const total = wa.size + wb.size - common;
  return Math.min(wa.size, wb.size) >= 4 && common / total >= 0.6;
}

/** Every entity's titles (descriptors) per document id, deduplicated case-insensitively, in text order. */
export function titlesByDoc(entity: Entity): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of entity.descriptors) {
    const text = flatten(d.text);
    if (!text) continue;
    const list = out.get(d.doc) ?? out.set(d.doc, []).get(d.doc)!;
    if (!list.some((t) => t.toLowerCase() === text.toLowerCase())) list.push(text);
  }
  return out;
}

/** Document ids in which the entity is mentioned (or described). */
export function docsMentioning(entity: Entity): Set<string> {
  return new Set([...entity.mentions.map((m) => m.doc), ...entity.descriptors.map((d) => d.doc)]);
}

const TYPE_ORDER = { person: 0, organization: 1, place: 2, other: 3 } as const;

/** Entities worth a table row, people first, then by how many documents and mentions carry them. */
export function tableEntities(report: Report): Entity[] {
  return [...report.entities]
    .filter((e) => flatten(e.name))
    .sort((a, b) => (TYPE_ORDER[a.type] ?? 4) - (TYPE_ORDER[b.type] ?? 4)
      || docsMentioning(b).size - docsMentioning(a).size
      || b.mentions.length - a.mentions.length
      || a.name.localeCompare(b.name));
}

/** "92%" for a confidence in 0..1. */
export function percent(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

/**
 * Notes about one document from the report's optional fields: a copy of another source, an inherited date,
 * the corroborated points it leaves out.
 */
export function docNotes(report: Report, docId: string, labels: ReadonlyMap<string, string>): string[] {
  const notes: string[] = [];
  for (const c of report.copies ?? []) {
    if (c.doc === docId) notes.push(`copies ${labels.get(c.source) ?? flatten(c.source)} (${percent(c.overlap)} of its wording): counted as one source`);
  }
  for (const a of report.anchors ?? []) {
    if (a.doc === docId) notes.push(`undated: event dated ${flatten(a.date)} from the other reports${a.reason ? ` (${flatten(a.reason)})` : ''}`);
  }
  const corroborated = report.findings.filter((f) => f.kind === 'corroborated').length;
  const left = report.omissions?.find((o) => o.doc === docId)?.findings.length ?? 0;
  if (left && corroborated) notes.push(`leaves out ${left} of ${corroborated} corroborated point${corroborated === 1 ? '' : 's'}`);
  return notes;
}

export const OPENING_QUOTE = /^(?:\ue000|\[|\*\*)?["'\u201c\u2018\u00ab\u201e]/;

/** Wraps evidence in curly quotes unless it already opens with a quotation mark (a quoted sentence). */
export function quoteText(s: string): string {
  return OPENING_QUOTE.test(s) ? s : `\u201c${s}\u201d`;
}

type Evidence = Finding['evidence'][number];

/**
 * Short facts about one piece of evidence: who said it (or whom a title describes), the outlet it cites, and
 * its normalized value when that says more than the words themselves.
 */
export function evidenceNotes(finding: Finding, ev: Evidence, entities: ReadonlyMap<string, Entity>): string[] {
  const notes: string[] = [];
  const who = ev.speaker ? flatten(entities.get(ev.speaker)?.name ?? ev.speaker) : '';
  if (who) notes.push(finding.type === 'descriptor' ? `about ${who}` : `said by ${who}`);
  if (ev.citedOutlet) notes.push(`citing ${flatten(ev.citedOutlet)}`);
  const value = ev.value ? flatten(ev.value) : '';
  if (value && value.toLowerCase() !== flatten(ev.span.text).toLowerCase()) notes.push(`\u2192 ${value}`);
  return notes;
}
