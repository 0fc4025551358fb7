// MEANTIME token files rebuilt into text with token offsets: shared by the timex and entities evals.
// Tokens are joined by single spaces (none before closing punctuation), with a line break between sentences.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN = /<token\b([^>]*)>([^<]*)<\/token>/g;
const ATTRIBUTE = /(\w+)="([^"]*)"/g;
export const ANCHOR = /<token_anchor\s+t_id="(\d+)"/g;
const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]+|'s|'re|'ve|'ll|'d|'m|n't)$/i;
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]);
export const attributes = (s: string): Record<string, string> =>
  Object.fromEntries([...s.matchAll(ATTRIBUTE)].map((m) => [m[1], decode(m[2])]));

export type MeantimeText = {
  text: string;
  /** Token id -> [start, end) in `text`. */
  offsets: Map<string, [number, number]>;
  /** Token id -> the token's word. */
  words: Map<string, string>;
  /** Token id -> its sentence number. */
  sentenceOf: Map<string, string>;
  /** End of the last sentence holding any markable: MEANTIME annotates only each article's opening sentences. */
  annotatedEnd: number;
};

/** Rebuilds a MEANTIME document's text and maps every token id to its character offsets. */
export function rebuildMeantime(xml: string): MeantimeText {
  const offsets = new Map<string, [number, number]>();
  const words = new Map<string, string>();
  const sentenceOf = new Map<string, string>();
  const sentenceEnd = new Map<string, number>();
  let text = '';
  let sentence = '';
  for (const m of xml.matchAll(TOKEN)) {
    const attrs = attributes(m[1]);
    const word = decode(m[2]);
    if (text.length > 0) text += attrs.sentence !== sentence ? '\n' : NO_SPACE_BEFORE.test(word) ? '' : ' ';
    sentence = attrs.sentence;
    offsets.set(attrs.t_id, [text.length, text.length + word.length]);
    words.set(attrs.t_id, word);
    sentenceOf.set(attrs.t_id, sentence);
    text += word;
    sentenceEnd.set(sentence, text.length);
  }
  let annotatedEnd = 0;
  for (const a of xml.matchAll(ANCHOR)) {
    const s = sentenceOf.get(a[1]);
    if (s !== undefined) annotatedEnd = Math.max(annotatedEnd, sentenceEnd.get(s) ?? 0);
  }
  return { text, offsets, words, sentenceOf, annotatedEnd };
}

/** Every .xml file below a path, sorted; at the MEANTIME root, only the intra-document annotation (it holds the same documents twice). */
export function findXml(path: string, out: string[] = []): string[] {
  if (statSync(path).isFile()) {
    if (path.endsWith('.xml')) out.push(path);
    return out;
  }
  const names = readdirSync(path).sort();
  if (names.includes('intra-doc_annotation')) return findXml(join(path, 'intra-doc_annotation'), out);
  for (const name of names) findXml(join(path, name), out);
  return out;
}
