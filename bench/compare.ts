// bench compare: ms for two articles (warm) and for 50 articles, beside analyze's ms for the same articles.
import { analyzeDoc, compare, ingestText, type AnalyzedDoc } from '../src/index.js';
import { distinctArticles, type Article } from './lib/corpus.js';

type Options = { rounds: number; count: number };

function parseOptions(args: string[]): Options {
  const options: Options = { rounds: 10, count: 50 };
  for (let i = 0; i < args.length; i++) {
    const value = Number(args[i + 1]);
    if (args[i] === '--rounds' && value >= 1) options.rounds = Math.floor(value);
    else if (args[i] === '--count' && value >= 2) options.count = Math.floor(value);
    else continue;
    i++;
  }
  return options;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Ingests and analyzes articles with ids d1, d2, ... as the CLI does; returns the docs and the ms it took. */
function analyzeAll(articles: Article[]): { docs: AnalyzedDoc[]; ms: number } {
  const start = performance.now();
  const docs = articles.map((a, i) => analyzeDoc({ ...ingestText(a.text, a.name), id: `d${i + 1}` }));
  return { docs, ms: performance.now() - start };
}

function timeCompare(docs: AnalyzedDoc[], rounds: number): { ms: number; findings: number } {
  const times: number[] = [];
  let findings = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    findings = compare(docs).findings.length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), findings };
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const articles = distinctArticles();
  // Two reports of one event: the founding articles when present, else the independent invented pair.
  const seeds = articles.filter((a) => a.name.startsWith('seeds/'));
  const pair = seeds.length >= 2 ? seeds.slice(0, 2) : articles.filter((a) => /examples\/0[13]/.test(a.name));
  const many = articles.slice(0, options.count);
  if (pair.length < 2 || many.length < 2) {
    out('compare: not enough articles for the bench');
    return;
  }
  // Warm-up: load the model and JIT the compare path once.
  timeCompare(analyzeAll(pair).docs, 3);

  const two = analyzeAll(pair);
  const twoCompare = timeCompare(two.docs, options.rounds);
  const lots = analyzeAll(many);
  const lotsCompare = timeCompare(lots.docs, Math.max(1, Math.floor(options.rounds / 3)));

  out(`${'articles'.padEnd(34)} ${'analyze ms'.padStart(11)} ${'compare ms'.padStart(11)} ${'findings'.padStart(9)}`);
  out(`${`2 (${pair.map((a) => a.name).join(', ')})`.slice(0, 34).padEnd(34)} ${two.ms.toFixed(1).padStart(11)} ${twoCompare.ms.toFixed(1).padStart(11)} ${String(twoCompare.findings).padStart(9)}`);
  out(`${`${many.length} (first distinct articles)`.padEnd(34)} ${lots.ms.toFixed(1).padStart(11)} ${lotsCompare.ms.toFixed(1).padStart(11)} ${String(lotsCompare.findings).padStart(9)}`);
  out();
  out(`compare, 2 articles warm: ${twoCompare.ms < 150 ? 'meets' : 'MISSES'} the 150 ms bar (median of ${options.rounds})`);
  out(`compare, ${many.length} articles: ${lotsCompare.ms < 3000 ? 'meets' : 'MISSES'} the 3 s bar`);
}
