// Bench corpora: the invented examples, the seeds and MEANTIME's articles (rebuilt into text) when present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Article = { name: string; text: string };

export const REPO = join(import.meta.dirname, '..', '..');
export const SHARED = join(REPO, '..', 'shared');

const TOKEN_RE = /<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g;
const ENTITY_RE = /&(amp|lt|gt|quot|apos|#\d+);/g;
const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "n't", "'re", "'ll", "'ve", "'m", "'d", "'"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(ENTITY_RE, (_, name: string) => (name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : ENTITIES[name]));
}

/**
 * Rebuilds readable text from a MEANTIME token file: tokens joined by single spaces, none before closing
 * punctuation, quotes (`"`, and the PTB pair `` and '') attached inward; the title and the date line are paragraphs of their own,
 * the body is cut into paragraphs of three sentences.
 */
export function rebuildTokenText(xml: string): string {
  const sentences: string[] = [];
  let current = -1;
  let line = '';
  let glue = true;
  let quoteOpen = false;
  for (const match of xml.matchAll(TOKEN_RE)) {
    const sentence = Number(match[1]);
    const token = decodeEntities(match[2]);
    if (sentence !== current) {
      if (line) sentences.push(line);
      line = '';
      glue = true;
      quoteOpen = false;
      current = sentence;
    }
    let attach = glue || NO_SPACE_BEFORE.has(token);
    if (token === '``') {
      line += glue ? '"' : ' "';
      glue = true;
      continue;
    }
    if (token === "''") {
      line += '"';
      glue = false;
      continue;
    }
    if (token === '"') {
      attach = glue || quoteOpen;
      quoteOpen = !quoteOpen;
      glue = quoteOpen;
    } else {
      glue = NO_SPACE_AFTER.has(token);
    }
    line += attach ? token : ` ${token}`;
  }
  if (line) sentences.push(line);
  const [title = '', date = '', ...body] = sentences;
  const paragraphs = [title, date];
  for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3).join(' '));
  return `${paragraphs.filter(Boolean).join('\n\n')}\n`;
}

function textFiles(dir: string, prefix: string): Article[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: `${prefix}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

function meantimeArticles(): Article[] {
  const root = join(SHARED, 'data', 'meantime', 'intra_cross-doc_annotation');
  if (!existsSync(root)) return [];
  const out: Article[] = [];
  for (const corpus of readdirSync(root).sort()) {
    const dir = join(root, corpus);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) {
      out.push({ name: `meantime/${corpus}/${name}`, text: rebuildTokenText(readFileSync(join(dir, name), 'utf8')) });
    }
  }
  return out;
}

/** The distinct articles available here: examples always, seeds and MEANTIME when ../shared has them. */
export function distinctArticles(): Article[] {
  return [...textFiles(join(REPO, 'examples'), 'examples'), ...textFiles(join(SHARED, 'seeds'), 'seeds'), ...meantimeArticles()];
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Repeats the distinct articles, in order, until the corpus holds at least `minBytes` of UTF-8 text. */
export function buildCorpus(articles: Article[], minBytes: number): Article[] {
  if (articles.every((a) => a.text.length === 0)) return [...articles];
  const out: Article[] = [];
  let bytes = 0;
  for (let round = 0; bytes < minBytes; round++) {
    for (const article of articles) {
      out.push({ name: round === 0 ? article.name : `${article.name}#${round}`, text: article.text });
      bytes += utf8Bytes(article.text);
      if (bytes >= minBytes) break;
    }
  }
  return out;
}
