// Quote alignment: the same words in several articles, tolerant of quote marks, case, ellipses and small edits.
import type { AnalyzedDoc, Quote } from '../model/index.js';
import { spanContains } from '../model/index.js';
import { canonical } from './claims.js';
import { localKey } from './resolve-entities.js';
import { STOPWORDS, isNegation, stem, words } from './text.js';
import { sentenceAt } from './locate.js';

export type QuoteItem = {
  index: number;
  doc: number;
  quote: Quote;
  /** Resolved speaker id. */
  speaker?: string;
  sentence: number;
  words: string[];
  /** Content stems in order. */
  stems: string[];
  stemSet: Set<string>;
};

export type QuoteMatch = { a: number; b: number; sim: number; material: boolean; extra: string[] };

export type QuoteAlignment = { items: QuoteItem[]; matches: QuoteMatch[]; clusters: number[][] };

/** Quotes of at least this many words count when one appears word for word inside the other. */
const MIN_PHRASE_WORDS = 4;

function contentOf(ws: string[]): string[] {
  const out: string[] = [];
  for (const w of ws) if (w.length > 1 && !STOPWORDS.has(w) && !isNegation(w)) out.push(canonical(stem(w)));
  return out;
}

function containsPhrase(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

function isSubsequence(long: string[], short: string[]): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/**
 * Whether two quotes are one statement, how close they are, and whether the words differ materially: content
 * words missing from one, or added inside the stretch of the other that the shorter quote covers.
 */
export function matchQuotes(x: QuoteItem, y: QuoteItem): QuoteMatch | undefined {
  const [short, long] = x.words.length <= y.words.length ? [x, y] : [y, x];
  let sim = 0;
  if (short.words.length >= MIN_PHRASE_WORDS && containsPhrase(long.words, short.words)) sim = 1;
  else {
    let shared = 0;
    for (const s of short.stemSet) if (long.stemSet.has(s)) shared++;
    const small = Math.min(short.stemSet.size, long.stemSet.size);
    if (small < 2 || shared < 2) return undefined;
    const containment = shared / small;
    const reported = x.quote.kind === 'reported' || y.quote.kind === 'reported';
    const ok = reported
      ? containment >= 0.6 && shared >= 4
      : (containment >= 0.6 && (small > 4 || isSubsequence(long.stems, short.stems.filter((s) => long.stemSet.has(s))) && shared >= Math.min(small, 3)))
        || (shared >= 5 && containment >= 0.4);
    if (!ok) return undefined;
    sim = containment * (0.6 + 0.4 * shared / Math.max(short.stemSet.size, long.stemSet.size));
  }
  // Material difference: content words of the shorter missing from the longer, or extra ones inside the covered stretch.
  const missing = short.stems.filter((s) => !long.stemSet.has(s));
  let first = -1;
  let last = -1;
  long.stems.forEach((s, i) => {
    if (short.stemSet.has(s)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  const extra = first < 0 ? [] : long.stems.slice(first, last + 1).filter((s) => !short.stemSet.has(s));
  return { a: x.index, b: y.index, sim, material: missing.length + extra.length > 0, extra: [...new Set([...missing, ...extra])] };
}

export function alignQuotes(docs: AnalyzedDoc[], local: Map<string, string>): QuoteAlignment {
  const items: QuoteItem[] = [];
  docs.forEach((doc, d) => {
    const quotes = doc.quotes.filter((q) => q.kind !== 'term');
    for (const quote of quotes) {
      // A quote nested inside another quote of the same article travels with the outer one.
      if (quotes.some((o) => o !== quote && o.kind !== 'reported' && spanContains(o.span, quote.span) && (o.span.start !== quote.span.start || o.span.end !== quote.span.end))) continue;
      const ws = words(quote.span.text);
      const stems = contentOf(ws);
      const item: QuoteItem = {
        index: items.length, doc: d, quote, sentence: quote.sentence ?? sentenceAt(doc, quote.span.start),
        words: ws, stems, stemSet: new Set(stems),
      };
      const speaker = quote.speaker ? local.get(localKey(doc.id, quote.speaker)) : undefined;
      if (speaker) item.speaker = speaker;
      items.push(item);
    }
  });
  const postings = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const s of it.stemSet) {
      const list = postings.get(s) ?? [];
      list.push(i);
      postings.set(s, list);
    }
  });
  const matches: QuoteMatch[] = [];
  const seen = new Set<number>();
  items.forEach((it, i) => {
    seen.clear();
    for (const s of it.stemSet) {
      for (const j of postings.get(s)!) {
        if (j <= i || seen.has(j) || items[j].doc === it.doc) continue;
        seen.add(j);
        const m = matchQuotes(it, items[j]);
        if (m) matches.push(m);
      }
    }
  });
  // Connected components: one statement may be quoted whole in one article and in pieces in another.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const m of matches) parent[find(m.b)] = find(m.a);
  const groups = new Map<number, number[]>();
  for (const m of matches) {
    for (const i of [m.a, m.b]) {
      const r = find(i);
      const list = groups.get(r) ?? [];
      if (!list.includes(i)) list.push(i);
      groups.set(r, list);
    }
  }
  const clusters = [...groups.values()].map((c) => c.sort((p, q) => p - q)).sort((p, q) => p[0] - q[0]);
  return { items, matches, clusters };
}
