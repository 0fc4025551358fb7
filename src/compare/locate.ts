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

/** How a summary names a document: its outlet, else its title, else its file name, with its id. */
export function docLabel(doc: AnalyzedDoc): string {
  const base = doc.outlet ?? doc.title ?? doc.source.split(/[\\/]/).pop() ?? doc.id;
  return `${base} (${doc.id})`;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
