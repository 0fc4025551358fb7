// bench analyze: MB/s and articles/s of the full analyze (ingest + analyzeDoc) beside a bare wink-nlp pass and compromise.
import { cpus, loadavg } from 'node:os';
import nlpCompromise from 'compromise';
import { ANALYZE_BATCH, analyzeDoc, analyzeDocs, ingestText } from '../src/index.js';
import { nlp } from '../src/analyze/nlp.js';
import { DEFAULT_STAGES } from '../src/analyze/pipeline.js';
import { buildCorpus, distinctArticles, utf8Bytes, type Article } from './lib/corpus.js';

type Options = { minBytes: number; rounds: number; compromiseSeconds: number };
/** One pass over `articles` (one article, or one batch of them); returns a count so nothing is elided. */
type Pass = { batch: number; run: (articles: Article[]) => number };
/** `seconds` is wall-clock time; `cpuSeconds` the process's CPU time over the same pass (GC threads included). */
type Measure = { name: string; articles: number; bytes: number; seconds: number; cpuSeconds: number };

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

const count = (doc: ReturnType<typeof analyzeDoc>): number =>
  doc.sentences.length + doc.entities.length + doc.quotes.length + doc.times.length + doc.numbers.length;

/** Ours, end to end, one article at a time: ingest the text into a Doc, then every analyze stage (`analyzeDoc`). */
const ours: Pass = { batch: 1, run: ([a]) => count(analyzeDoc(ingestText(a.text, a.name))) };

/** Ours, end to end, as the CLI and the API compare run it: articles ingested, then analyzed in batches (`analyzeDocs`). */
const oursBatched: Pass = {
  batch: ANALYZE_BATCH,
  run: (articles) => analyzeDocs(articles.map((a) => ingestText(a.text, a.name))).reduce((sum, doc) => sum + count(doc), 0),
};

/** Bare wink-nlp: tokenize, POS-tag and sentence-split, and read the tokens and their POS out. */
const bareWink: Pass = {
  batch: 1,
  run: ([a]) => {
    const its = nlp().its;
    const doc = nlp().readDoc(a.text);
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    return values.length + pos.length + doc.sentences().length();
  },
};

/** compromise: parse and tag, then read every sentence and term out as JSON. */
const compromise: Pass = { batch: 1, run: ([a]) => (nlpCompromise(a.text).json() as unknown[]).length };

/** Runs `pass` over the corpus in order; stops early (whole articles only) once `budgetSeconds` is spent. */
function measure(name: string, pass: Pass, corpus: Article[], budgetSeconds = Infinity): Measure {
  let sink = 0;
  let bytes = 0;
  let articles = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let seconds = 0;
  for (let from = 0; from < corpus.length; from += pass.batch) {
    const batch = corpus.slice(from, from + pass.batch);
    sink += pass.run(batch);
    for (const article of batch) bytes += utf8Bytes(article.text);
    articles += batch.length;
    seconds = (performance.now() - start) / 1000;
    if (seconds > budgetSeconds) break;
  }
  if (sink < 0) process.stdout.write(''); // keeps `sink` alive
  const cpu = process.cpuUsage(cpuStart);
  return { name, articles, bytes, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function warmUp(pass: Pass, articles: Article[]): void {
  for (let from = 0; from < articles.length; from += pass.batch) pass.run(articles.slice(from, from + pass.batch));
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
  const cpuRate = m.bytes / MB / m.cpuSeconds;
  return `${label.padEnd(28)} ${(m.bytes / MB).toFixed(2).padStart(6)} MB ${String(m.articles).padStart(6)} art ${m.seconds.toFixed(2).padStart(7)} s ` +
    `${mbps.toFixed(2).padStart(7)} MB/s ${cpuRate.toFixed(2).padStart(6)} MB/cpu-s ${aps.toFixed(0).padStart(6)} art/s${note}`;
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
  warmUp(oursBatched, warm);
  warmUp(bareWink, warm);
  warmUp(compromise, distinct.slice(0, 5));

  // Rounds interleave the passes so that load from other processes hits them alike; medians are reported.
  const runs: Record<'ours' | 'batched' | 'wink', Measure[]> = { ours: [], batched: [], wink: [] };
  for (let r = 0; r < options.rounds; r++) {
    runs.ours.push(measure('ours', ours, corpus));
    runs.batched.push(measure('batched', oursBatched, corpus));
    runs.wink.push(measure('wink', bareWink, corpus));
  }
  const pick = (measures: Measure[]): Measure => ({
    ...measures[0], seconds: median(measures.map((m) => m.seconds)), cpuSeconds: median(measures.map((m) => m.cpuSeconds)),
  });
  const oursM = pick(runs.ours);
  const batchedM = pick(runs.batched);
  const winkM = pick(runs.wink);
  // compromise is ~20x slower: it gets one pass over a prefix of the same corpus, bounded in time.
  const compM = measure('compromise', compromise, corpus, options.compromiseSeconds);

  out();
  out(row('analyze, batches of ' + ANALYZE_BATCH, batchedM, `   median of ${options.rounds} (analyzeDocs: CLI analyze/compare, API compare)`));
  out(row('analyze, one at a time', oursM, `   median of ${options.rounds} (analyzeDoc per article)`));
  out(row('bare wink-nlp (tokens+POS)', winkM, `   median of ${options.rounds}`));
  out(row('compromise nlp().json()', compM, compM.articles < corpus.length ? '   prefix, time-bounded' : ''));
  out();
  const winkRate = rate(winkM).mbps;
  for (const [label, m] of [['batched', batchedM], ['one at a time', oursM]] as const) {
    const mbps = rate(m).mbps;
    out(`${label}: ${mbps.toFixed(2)} MB/s (${mbps >= 1.5 ? 'meets' : 'BELOW'} the 1.5 MB/s per core bar); ` +
      `${(mbps / winkRate).toFixed(2)}x bare wink (bar: 0.5x); ${(mbps / rate(compM).mbps).toFixed(1)}x compromise (bar: 15x)`);
  }
}
