// `npm run bench -- ingest`: per-article ingest cost (analyze + cluster + store) at 10k, 50k and 100k stored articles.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { NewArticle } from '../src/store/store.js';
import { clusterArticle, DEFAULT_CLUSTER_OPTIONS, prepareArticle } from '../src/stories/cluster.js';
import { extractFeatures, minhashBands } from '../src/stories/features.js';
import { contentHash, normalizeUrl } from '../src/stories/identity.js';
import { syntheticArticle } from '../src/stories/synthetic.js';

const PER_STORY = 4;
const VOCABULARY = Array.from({ length: 5000 }, (_, i) => `word${i.toString(36)}`);

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
}

/**
 * A stored row shaped like a real one (a few names, common event words, a long tail of rarer words, bands) built
 * without running the analysis, so the store can be filled to 100k articles in seconds.
 */
function prefillRow(index: number): { article: NewArticle; story: number } {
  const { doc, story } = syntheticArticle(index, PER_STORY, 3);
  const names = doc.text.match(/\b[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?/g) ?? [];
  const words = doc.text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const tail = Array.from({ length: 20 }, (_, k) => VOCABULARY[(index * 7 + k * 131 + story * 17) % VOCABULARY.length]);
  const terms = [...new Set([...words, ...tail])].slice(0, 60).map((t): [string, number] => [t, 1]);
  const nameCounts = [...new Set(names.map((n) => n.toLowerCase()))].slice(0, 25).map((n): [string, number] => [n, 1]);
  const bands = minhashBands(words);
  return {
    story,
    article: {
      url: doc.source.replace(/^https?:\/\//, ''),
      hash: contentHash(doc.text),
      doc: { ...doc, text: doc.text.slice(0, 600) },
      day: 19000 + Math.floor(story / 25),
      signature: { terms, names: nameCounts, bands, length: words.length },
      keys: [...nameCounts.slice(0, 12).map(([n]) => `n:${n}`), ...terms.slice(0, 10).map(([t]) => `t:${t}`), ...bands],
      terms: [...terms.map(([t]) => `t:${t}`), ...nameCounts.map(([n]) => `n:${n}`)],
    },
  };
}

/** Bulk pre-fill: synchronous=OFF and 5,000 rows per transaction (bench set-up only; ingest itself runs FULL). */
function prefill(store: SqliteStore, from: number, to: number, stories: Map<number, number>): void {
  store.db.pragma('synchronous = OFF');
  const batch = store.db.transaction((start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const { article, story } = prefillRow(i);
      const known = stories.get(story);
      const result = store.addArticleSync(article, known === undefined ? { kind: 'new' } : { kind: 'join', story: known });
      stories.set(story, result.story);
    }
  });
  for (let i = from; i < to; i += 5000) batch(i, Math.min(to, i + 5000));
  store.db.pragma('synchronous = FULL');
  // Fold the pre-fill's WAL into the database now, so its checkpoint is not charged to the timed ingests.
  store.db.pragma('wal_checkpoint(TRUNCATE)');
}

export async function run(args: string[]): Promise<void> {
  const sizes = [10_000, 50_000, 100_000];
  const batchSize = option(args, 'batch', 500);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-ingest-'));
  const path = join(dir, 'bench.db');
  const store = new SqliteStore(path);
  const stories = new Map<number, number>();
  const started = performance.now();
  // Real ingests draw from a separate range of the stream, so they are new articles, some joining each other.
  let next = 10_000_000;
  let filled = 0;
  let peakRss = 0;
  const rows: string[] = [];
  process.stdout.write(`ingest bench: ${batchSize} real ingests (analyze + cluster + store, synchronous=FULL) at each store size\n`);
  process.stdout.write('| stored before | articles/s | mean ms | p50 ms | p95 ms | cluster+store ms | CPU ms | stored after | db MB | pre-fill s |\n|---|---|---|---|---|---|---|---|---|---|\n');
  for (const size of sizes) {
    const fillStart = performance.now();
    const need = Math.max(0, size - (await store.countArticles()));
    prefill(store, filled, filled + need, stories);
    filled += need;
    const fillSeconds = (performance.now() - fillStart) / 1000;
    // Warm up caches on a few articles before timing.
    for (let i = 0; i < 20; i++) await clusterArticle(store, syntheticArticle(next++, PER_STORY, 5).doc);
    const times: number[] = [];
    let storeMs = 0;
    const cpuStart = process.cpuUsage();
    const batchStart = performance.now();
    for (let i = 0; i < batchSize; i++) {
      const doc = syntheticArticle(next++, PER_STORY, 5).doc;
      // The steps of clusterArticle, timed apart: the analysis does not depend on the store size, the rest might.
      const t = performance.now();
      const duplicate = await store.findArticle({ url: normalizeUrl(doc.source), hash: contentHash(doc.text) });
      if (duplicate !== undefined) throw new Error(`bench article ${doc.source} already stored`);
      const features = extractFeatures(doc);
      const t2 = performance.now();
      const { article, decision } = await prepareArticle(store, doc, features, DEFAULT_CLUSTER_OPTIONS);
      const { scores: _scores, ...assignment } = decision;
      await store.addArticle(article, assignment);
      const t3 = performance.now();
      storeMs += t3 - t2;
      times.push(t3 - t);
      if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const seconds = (performance.now() - batchStart) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000 / batchSize;
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const p95 = times[Math.floor(times.length * 0.95)];
    const stored = await store.countArticles();
    const mb = statSync(path).size / 1048576;
    const row = `| ${size.toLocaleString('en-US')} | ${(batchSize / seconds).toFixed(1)} | ${mean.toFixed(2)} | ${times[times.length >> 1].toFixed(2)} | ${p95.toFixed(2)} | ${(storeMs / batchSize).toFixed(2)} | ${cpuMs.toFixed(2)} | ${stored.toLocaleString('en-US')} | ${mb.toFixed(0)} | ${fillSeconds.toFixed(1)} |`;
    rows.push(row);
    process.stdout.write(`${row}\n`);
  }
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

  process.stdout.write(`peak RSS ${(peakRss / 1048576).toFixed(0)} MB; whole bench ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
