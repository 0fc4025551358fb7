// bench analyze: MB/s and articles/s of the full analyze (ingest + analyzeDoc) beside a bare wink-nlp pass and compromise.
import { cpus, loadavg } from 'node:os';
import nlpCompromise from 'compromise';
import { analyzeDoc, ingestText } from '../src/index.js';
import { nlp } from '../src/analyze/nlp.js';
import { DEFAULT_STAGES } from '../src/analyze/pipeline.js';
import { buildCorpus, distinctArticles, utf8Bytes, type Article } from './lib/corpus.js';

type Options = { minBytes: number; rounds: number; compromiseSeconds: number };
type Pass = (text: string, name: string) => number;
type Measure = { name: string; articles: number; bytes: number; seconds: number };

const MB = 1_000_000;

function parseOptions(args: string[]): Options {
  const options: Options = { minBytes: 2 * MB, rounds: 3, compromiseSeconds: 10 };
  for (let i = 0; i < args.length; i++) {
    const value = Number(args[i + 1]);
    if (args[i] === '--mb' && value > 0) options.minBytes = value * MB;
    else if (args[i] === '--rounds' && value >= 1) options.rounds = Math.floor(value);
    else if (args[i] === '--compromise-seconds' && value > 0) options.compromiseSeconds = value;
    else continue;
    i++;
  }
  return options;
}

/** Ours, end to end: ingest the text into a Doc, then every analyze stage. Returns a count so nothing is elided. */
const ours: Pass = (text, name) => {
  const doc = analyzeDoc(ingestText(text, name));
  return doc.sentences.length + doc.entities.length + doc.quotes.length + doc.times.length + doc.numbers.length;
};

/** Bare wink-nlp: tokenize, POS-tag and sentence-split, and read the tokens and their POS out. */
const bareWink: Pass = (text) => {
  const its = nlp().its;
  const doc = nlp().readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  return values.length + pos.length + doc.sentences().length();
};

/** compromise: parse and tag, then read every sentence and term out as JSON. */
const compromise: Pass = (text) => (nlpCompromise(text).json() as unknown[]).length;

/** Runs `pass` over the corpus in order; stops early (whole articles only) once `budgetSeconds` is spent. */
function measure(name: string, pass: Pass, corpus: Article[], budgetSeconds = Infinity): Measure {
  let sink = 0;
  let bytes = 0;
  let articles = 0;
  const start = performance.now();
  let seconds = 0;
  for (const article of corpus) {
    sink += pass(article.text, article.name);
    bytes += utf8Bytes(article.text);
    articles++;
    seconds = (performance.now() - start) / 1000;
    if (seconds > budgetSeconds) break;
  }
  if (sink < 0) process.stdout.write(''); // keeps `sink` alive
  return { name, articles, bytes, seconds };
}

function warmUp(pass: Pass, articles: Article[]): void {
  for (const article of articles) pass(article.text, article.name);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function rate(m: Measure): { mbps: number; aps: number } {
  return { mbps: m.bytes / MB / m.seconds, aps: m.articles / m.seconds };
}

function row(label: string, m: Measure, note = ''): string {
  const { mbps, aps } = rate(m);
  return `${label.padEnd(28)} ${(m.bytes / MB).toFixed(2).padStart(6)} MB ${String(m.articles).padStart(6)} art ${m.seconds.toFixed(2).padStart(7)} s ${mbps.toFixed(2).padStart(7)} MB/s ${aps.toFixed(0).padStart(6)} art/s${note}`;
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const distinct = distinctArticles();
  const corpus = buildCorpus(distinct, options.minBytes);
  const corpusBytes = corpus.reduce((sum, a) => sum + utf8Bytes(a.text), 0);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`corpus: ${distinct.length} distinct articles (${distinct.filter((a) => a.name.startsWith('examples/')).length} examples, ` +
    `${distinct.filter((a) => a.name.startsWith('seeds/')).length} seeds, ${distinct.filter((a) => a.name.startsWith('meantime/')).length} MEANTIME rebuilt from tokens), ` +
    `repeated to ${corpus.length} articles, ${(corpusBytes / MB).toFixed(2)} MB (1 MB = 10^6 bytes of UTF-8)`);
  out(`stages: ${DEFAULT_STAGES.map((stage) => stage.name).join(', ')}`);
  out(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const warm = distinct.slice(0, 40);
  warmUp(ours, warm);
  warmUp(bareWink, warm);
  warmUp(compromise, distinct.slice(0, 5));

  // Rounds interleave ours and wink so that load from other processes hits both alike; medians are reported.
  const oursRuns: Measure[] = [];
  const winkRuns: Measure[] = [];
  for (let r = 0; r < options.rounds; r++) {
    oursRuns.push(measure('ours', ours, corpus));
    winkRuns.push(measure('wink', bareWink, corpus));
  }
  const pick = (runs: Measure[]): Measure => {
    const seconds = median(runs.map((m) => m.seconds));
    return { ...runs[0], seconds };
  };
  const oursM = pick(oursRuns);
  const winkM = pick(winkRuns);
  // compromise is ~40x slower: it gets one pass over a prefix of the same corpus, bounded in time.
  const compM = measure('compromise', compromise, corpus, options.compromiseSeconds);

  out();
  out(row('analyze (ingest+analyzeDoc)', oursM, `   median of ${options.rounds}`));
  out(row('bare wink-nlp (tokens+POS)', winkM, `   median of ${options.rounds}`));
  out(row('compromise nlp().json()', compM, compM.articles < corpus.length ? '   prefix, time-bounded' : ''));
  out();
  const oursRate = rate(oursM).mbps;
  out(`ours / bare wink:  ${(oursRate / rate(winkM).mbps).toFixed(2)}x the speed (wink is ${(rate(winkM).mbps / oursRate).toFixed(2)}x faster; bar: within 2x)`);
  out(`ours / compromise: ${(oursRate / rate(compM).mbps).toFixed(1)}x the speed (bar: over 15x)`);
  out(`ours: ${oursRate >= 1.5 ? 'meets' : 'BELOW'} the 1.5 MB/s per core bar`);
}
