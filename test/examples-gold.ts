// The planted findings of examples/README.md as data, for tests that check compare against them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES = join(import.meta.dirname, '..', 'examples');

export type GoldEvidence = { article: string /* '01', '02', '03' */; file: string; phrase: string; start: number; end: number };
export type GoldFinding = {
  id: string; // C1.., K1.., S1..
  kind: 'conflict' | 'corroborated' | 'single-source';
  type?: string;
  articles: string[];
  evidence: GoldEvidence[];
  note: string;
};

const ROW_RE = /^\| [CKS]\d+ \|/;
const EVIDENCE_RE = /(\d\d) `([^`]+)`/g;

/** The example files by their two-digit prefix: { '01': '01-northwind-wire.txt', ... }. */
export function exampleFilesByPrefix(): Map<string, string> {
  return new Map(readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt')).sort().map((n) => [n.slice(0, 2), n]));
}

/**
 * Reads the gold table of examples/README.md. Each evidence phrase gets the offsets of its first occurrence in
 * the raw file text (ingest may shift offsets: match on the phrase, not on these numbers, when the body changed).
 */
export function readGold(readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8')): GoldFinding[] {
  const files = exampleFilesByPrefix();
  const texts = new Map([...files].map(([prefix, name]) => [prefix, readFileSync(join(EXAMPLES, name), 'utf8')]));
  const out: GoldFinding[] = [];
  for (const line of readme.split('\n')) {
    if (!ROW_RE.test(line)) continue;
    const cells = line.split('|').map((c) => c.trim());
    const [, id, kind, type, articles, evidence, note] = cells;
    out.push({
      id,
      kind: kind as GoldFinding['kind'],
      type: type || undefined,
      articles: articles.split(/[\s/]+/).filter(Boolean),
      evidence: [...evidence.matchAll(EVIDENCE_RE)].map(([, article, phrase]) => {
        const start = texts.get(article)?.indexOf(phrase) ?? -1;
        return { article, file: files.get(article) ?? '', phrase, start, end: start < 0 ? -1 : start + phrase.length };
      }),
      note,
    });
  }
  return out;
}
