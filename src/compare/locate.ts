// Finding which sentence of a document holds an offset, and labelling documents for readable summaries.
import type { AnalyzedDoc } from '../model/index.js';

/** Index of the sentence that holds `offset`, or -1 (binary search: sentences are sorted and disjoint). */
export function sentenceAt(doc: AnalyzedDoc, offset: number): number {
  const sentences = doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Words that end a credit naming the newsroom itself: "Harbour Times Staff", "Tribune staff writers". */
const STAFF_TAIL = new Set(['writer', 'writers', 'reporter', 'reporters']);
/** Numbering in front of a file name: "01-", "000_", "3. ". */
const FILE_NUMBERING = /^\d+[\s._-]*/;
const FILE_WORD = /^\p{L}[\p{L}']*$/u;
const VOWEL = /[aeiouy]/i;
/** A URL's host, without "www.": the site is the closest thing to an outlet name it carries. */
const URL_HOST = /^https?:\/\/(?:www\.)?([^/?#:@\s]+)/i;
/** Hex runs and hashes ("ab2f0edce1e6a047") are no name. */
const HASHLIKE = /^[0-9a-f]{8,}$/i;

/** The outlet named by a staff credit line among the contributors, if any. */
export function staffOutlet(doc: Pick<AnalyzedDoc, 'contributors'>): string | undefined {
  for (const c of doc.contributors) {
    const words = c.trim().split(/\s+/);
    let at = words.length - 1;
    if (at > 0 && STAFF_TAIL.has(words[at].toLowerCase())) at--;
    if (at < 1 || words[at].toLowerCase() !== 'staff') continue;
    const outlet = words.slice(0, at).join(' ');
    if (outlet.length <= 60 && /^\p{Lu}/u.test(outlet)) return outlet;
  }
  return undefined;
}

/** A readable name from a file name ("01-northwind-wire.txt" -> "Northwind Wire"), or undefined for hashes and ids. */
export function fileTitle(source: string): string | undefined {
  const url = URL_HOST.exec(source);
  if (url) return url[1];
  const base = (source.split(/[\\/]/).filter(Boolean).pop() ?? '').replace(/\.[a-z0-9]{1,5}$/i, '');
  if (HASHLIKE.test(base.replace(/[\s._-]/g, ''))) return undefined;
  const parts = base.replace(FILE_NUMBERING, '').split(/[\s._-]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return undefined;
  if (!parts.every((p) => FILE_WORD.test(p) && VOWEL.test(p) && !HASHLIKE.test(p))) return undefined;
  return parts.map((p) => (p === p.toLowerCase() ? p[0].toUpperCase() + p.slice(1) : p)).join(' ');
}

/** The name a document goes by: its outlet, else the newsroom of a staff credit, else a readable file name. */
export function ownName(doc: Pick<AnalyzedDoc, 'outlet' | 'contributors' | 'source'>): string | undefined {
  return doc.outlet || staffOutlet(doc) || fileTitle(doc.source);
}

/** How a summary names a document: its name (outlet, staff credit, file name, else title) with its id. */
export function docLabel(doc: AnalyzedDoc): string {
  const name = ownName(doc) ?? (doc.title ? clipWords(doc.title, 6) : undefined);
  return name ? `${name} (${doc.id})` : `article ${doc.id}`;
}

function clipWords(text: string, max: number): string {
  const parts = text.trim().split(/\s+/);
  return parts.length <= max ? text.trim() : `${parts.slice(0, max).join(' ')}\u2026`;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
