// `npm run eval -- quotes DIR`: quote recall and speaker accuracy against a gold table ("Gold: every quote and its speaker" in DIR/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDoc, ingestText } from '../index.js';

type GoldRow = { articles: string[]; start: string; speaker: string; note: string };

const ARTICLES_RE = /^\d+(?: \d+)*$/;
const QUOTED_RE = /^`([^`]+)`$/;

/** Reads the rows of the quote table: `| 01 02 | \`quote start\` | Speaker | note |`. */
export function readQuoteGold(readme: string): GoldRow[] {
  const at = readme.indexOf('every quote and its speaker');
  if (at < 0) return [];
  const rows: GoldRow[] = [];
  for (const line of readme.slice(at).split('\n').slice(1)) {
    if (line.startsWith('#')) break;
    const cells = line.trim().split('|').map((c) => c.trim());
    if (cells.length < 6 || !ARTICLES_RE.test(cells[1])) continue;
    const quoted = QUOTED_RE.exec(cells[2]);
    if (quoted) rows.push({ articles: cells[1].split(' '), start: quoted[1], speaker: cells[3], note: cells[4] });
  }
  return rows;
}

export async function run(path: string): Promise<void> {
  const gold = readQuoteGold(readFileSync(join(path, 'README.md'), 'utf8'));
  if (gold.length === 0) throw new Error(`eval quotes: no quote table in ${join(path, 'README.md')}`);
  const files = readdirSync(path).filter((f) => f.endsWith('.txt')).sort();
  const docs = new Map(files.map((f) => [f.slice(0, 2), analyzeDoc(ingestText(readFileSync(join(path, f), 'utf8'), f))]));
  let total = 0;
  let found = 0;
  let right = 0;
  for (const row of gold) {
    for (const article of row.articles) {
      const doc = docs.get(article);
      if (!doc) continue;
      total++;
      const quote = doc.quotes.find((q) => q.kind !== 'term' && q.kind !== 'reported' && q.span.text.startsWith(row.start.replace(/\.$/, '')));
      const ok = quote?.speakerName === row.speaker;
      if (quote) found++;
      if (ok) right++;
      const mark = !quote ? 'MISSING' : ok ? 'ok' : `WRONG (${quote.speakerName ?? 'no speaker'})`;
      process.stdout.write(`${article}  ${row.start.slice(0, 44).padEnd(44)}  ${row.speaker.padEnd(16)} ${(quote?.attribution ?? '').padEnd(11)} ${mark}\n`);
    }
  }
  const pct = (n: number) => (total ? ((100 * n) / total).toFixed(1) : '0.0');
  process.stdout.write(`\nquotes found ${found}/${total} (${pct(found)}%), speaker right ${right}/${total} (${pct(right)}%)\n`);
}
