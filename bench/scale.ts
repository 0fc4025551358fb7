// bench scale: queue-to-store articles/s with 1 and 2 worker processes, and the PostgreSQL store's per-article cost at 10k and 100k articles.
import { cpus, loadavg } from 'node:os';
import { randomBytes } from 'node:crypto';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { DEFAULT_CLUSTER_OPTIONS } from '../src/stories/cluster.js';
import { extractFeatures } from '../src/stories/features.js';
import { assignArticle } from '../src/queue/assign.js';
import { generateDocs, runDistributed, sqliteReference } from '../test/queue-harness.js';
import { rng } from '../src/stories/synthetic.js';

type Options = { articles: number; workers: number[]; sizes: number[]; batch: number };

function parseOptions(args: string[]): Options {
  const options: Options = { articles: 600, workers: [1, 2], sizes: [10_000, 100_000], batch: 200 };
  const list = (v: string | undefined) => (v ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 0);
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (args[i] === '--articles' && Number(value) > 0) options.articles = Number(value);
    else if (args[i] === '--workers') options.workers = list(value).filter((n) => n > 0);
    else if (args[i] === '--sizes') options.sizes = list(value);
    else if (args[i] === '--batch' && Number(value) > 0) options.batch = Number(value);
    else continue;
    i++;
  }
  return options;
}


const VOCABULARY = 20_000;
const SHARED_NAMES = 3_000;

/**
 * Bulk pre-fill: `n` stored articles in stories of four, 100 articles a day ending the day before the timed
 * batch, with a Zipf-like term vocabulary, per-event names and bands, and the matching postings and frequencies.
 * Written with multi-row inserts, bypassing clustering (which is what is timed afterwards).
 */
async function prefill(store: PostgresStore, n: number): Promise<number> {
  const started = performance.now();
  const r = rng(n);
  const zipf = (size: number) => Math.floor(size ** r()) - 1;
  const events = Math.ceil(n / 4);
  const firstDay = 19000 - Math.ceil(events / 25);
  const df = new Map<string, number>();
  const client = await store.pool.connect();
  try {
    await client.query('SET synchronous_commit = off');
    const BATCH = 2000;
    for (let from = 0; from < n; from += BATCH) {
      const count = Math.min(BATCH, n - from);
      const firstEvent = Math.floor(from / 4);
      const lastEvent = Math.floor((from + count - 1) / 4);
      await client.query('BEGIN');
      const storyIds = (await client.query<{ id: number }>(`INSERT INTO stories (title, article_count, version)
        SELECT 'event ' || e, 0, 0 FROM generate_series($1::int, $2::int) AS e RETURNING id`, [firstEvent, lastEvent])).rows.map((row) => Number(row.id));
      const cols = { hash: [] as string[], story: [] as number[], day: [] as number[], doc: [] as string[], sig: [] as string[], published: [] as string[] };
      const keysPerArticle: string[][] = [];
      for (let i = from; i < from + count; i++) {
        const event = Math.floor(i / 4);
        const day = firstDay + Math.floor(event / 25);
        const names: [string, number][] = [];
        for (let j = 0; j < 8; j++) names.push([`p${event}x${j}`, 1 + Math.floor(r() * 3)]);
        for (let j = 0; j < 6; j++) names.push([`c${zipf(SHARED_NAMES)}`, 1]);
        const terms = new Map<string, number>();
        for (let j = 0; j < 150; j++) { const t = `w${zipf(VOCABULARY)}`; terms.set(t, (terms.get(t) ?? 0) + 1); }
        for (let j = 0; j < 6; j++) terms.set(`e${event}y${j}`, 2);
        const bands = Array.from({ length: 8 }, (_, j) => `b${j}:${event}-${Math.floor(r() * 2)}`);
        const topTerms = [...terms].sort((a, b) => b[1] - a[1]).slice(0, 60);
        const signature = { terms: topTerms, names, bands, length: 150 };
        const keys = [...names.slice(0, 12).map(([k]) => `n:${k}`), ...topTerms.slice(0, 10).map(([k]) => `t:${k}`), ...bands];
        keysPerArticle.push(keys);
        for (const t of terms.keys()) df.set(`t:${t}`, (df.get(`t:${t}`) ?? 0) + 1);
        for (const [name] of names) df.set(`n:${name}`, (df.get(`n:${name}`) ?? 0) + 1);
        const published = new Date(day * 86_400_000).toISOString().slice(0, 10);
        cols.hash.push(`prefill-${n}-${i}`);
        cols.story.push(storyIds[event - firstEvent]);
        cols.day.push(day);
        cols.published.push(published);
        cols.doc.push(JSON.stringify({ id: 'd1', source: `prefill-${i}`, published, contributors: [], text: `Invented pre-fill article ${i} about event ${event}.`, removed: [] }));
        cols.sig.push(JSON.stringify(signature));
      }
      const ids = (await client.query<{ id: number }>(`INSERT INTO articles (hash, story_id, published, day, doc, signature)
        SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::int[], $5::text[], $6::text[]) RETURNING id`,
      [cols.hash, cols.story, cols.published, cols.day, cols.doc, cols.sig])).rows.map((row) => Number(row.id));
      const postKey: string[] = [];
      const postDay: number[] = [];
      const postArticle: number[] = [];
      ids.forEach((id, k) => { for (const key of new Set(keysPerArticle[k])) { postKey.push(key); postDay.push(cols.day[k]); postArticle.push(id); } });
      await client.query('INSERT INTO index_keys (key, day, article_id) SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[])', [postKey, postDay, postArticle]);
      await client.query(`UPDATE stories s SET article_count = c.n, version = 1, first_published = c.p, last_published = c.p
        FROM (SELECT story_id, COUNT(*)::int AS n, MIN(published) AS p FROM articles WHERE id = ANY($1::bigint[]) GROUP BY story_id) c
        WHERE s.id = c.story_id`, [ids]);
      await client.query('COMMIT');
    }
    const entries = [...df];
    for (let i = 0; i < entries.length; i += 20_000) {
      const chunk = entries.slice(i, i + 20_000);
      await client.query(`INSERT INTO terms (term, df) SELECT * FROM unnest($1::text[], $2::int[])
        ON CONFLICT (term) DO UPDATE SET df = terms.df + excluded.df`, [chunk.map(([t]) => t), chunk.map(([, c]) => c)]);
    }
    await client.query(`INSERT INTO counters (name, shard, value) VALUES ('articles', 0, $1)
      ON CONFLICT (name, shard) DO UPDATE SET value = counters.value + excluded.value`, [n]);
    await client.query('ANALYZE');
  } finally {
    client.release();
  }
  return (performance.now() - started) / 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function storeCost(pg: string, sizes: number[], batch: number): Promise<void> {
  const docs = generateDocs(batch, 11);
  const features = docs.map((doc) => extractFeatures(doc));
  process.stdout.write(`\nPostgreSQL store, per-article cost of clustering + storing (features precomputed), ${batch} new articles after a bulk pre-fill:\n`);
  process.stdout.write('  stored before | pre-fill s | ms/article mean | p50 | p95 | table+index MB\n');
  for (const size of sizes) {
    const store = await PostgresStore.open(pg, { schema: `bench_${randomBytes(4).toString('hex')}`, max: 4 });
    try {
      const fill = size > 0 ? await prefill(store, size) : 0;
      const times: number[] = [];
      for (let i = 0; i < docs.length; i++) {
        const t = performance.now();
        await assignArticle(store, docs[i], features[i], DEFAULT_CLUSTER_OPTIONS, '2026-01-01T00:00:00Z');
        times.push(performance.now() - t);
      }
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      times.sort((a, b) => a - b);
      const mb = (await store.pool.query<{ bytes: number }>(`SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`, [store.schema])).rows[0].bytes / 1e6;
      process.stdout.write(`  ${String(size).padStart(13)} | ${fill.toFixed(1).padStart(10)} | ${mean.toFixed(1).padStart(15)} | ${percentile(times, 0.5).toFixed(1).padStart(3)} | ${percentile(times, 0.95).toFixed(1).padStart(3)} | ${mb.toFixed(0)}\n`);
    } finally {
      await store.dropSchema();
      await store.close();
    }
  }
}

async function workerRates(pg: string, redis: string, articles: number, workers: number[]): Promise<void> {
  const docs = generateDocs(articles, 5);
  const reference = await sqliteReference(docs);
  process.stdout.write(`\nqueue -> worker processes -> PostgreSQL, ${articles} invented articles:\n`);
  process.stdout.write(`  single process, SQLite (ingest path, reference): ${(articles / reference.seconds).toFixed(1)} articles/s\n`);
  for (const n of workers) {
    const run = await runDistributed({ pg, redis, docs, workers: n });
    const steady = run.steadyJobs / run.steadySeconds;
    process.stdout.write(`  ${n} worker${n === 1 ? ' ' : 's'}: ${steady.toFixed(1)} articles/s steady (${(articles / run.seconds).toFixed(1)} including start-up), ${run.stored} stored, ${run.partition.length} stories, same as SQLite: ${JSON.stringify(run.partition) === JSON.stringify(reference.partition)}\n`);
  }
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const pg = process.env.CORROBORATE_TEST_PG;
  const redis = process.env.CORROBORATE_TEST_REDIS;
  process.stdout.write(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  if (!pg || !redis) {
    process.stdout.write('bench scale: skipped, needs CORROBORATE_TEST_PG and CORROBORATE_TEST_REDIS (eval "$(scripts/services.sh)")\n');
    return;
  }
  if (options.workers.length) await workerRates(pg, redis, options.articles, options.workers);
  if (options.sizes.length) await storeCost(pg, options.sizes, options.batch);
}
