// queue: Redis URLs, job ids, enqueue idempotency, an in-process worker, and race-free story assignment on PostgreSQL.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { articleJobId, enqueueDocs, formatStatus, openQueue, queueStatus, redisConnection } from '../src/queue/queue.js';
import { startWorker } from '../src/queue/worker.js';
import { assignArticle } from '../src/queue/assign.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { extractFeatures } from '../src/stories/features.js';
import { contentHash } from '../src/stories/identity.js';
import { canonical, generateDocs } from './queue-harness.js';

const PG = process.env.CORROBORATE_TEST_PG;
const REDIS = process.env.CORROBORATE_TEST_REDIS;
const needsRedis = REDIS ? false : 'needs CORROBORATE_TEST_REDIS (eval "$(scripts/services.sh)")';
const needsBoth = PG && REDIS ? false : 'needs CORROBORATE_TEST_PG and CORROBORATE_TEST_REDIS (eval "$(scripts/services.sh)")';
const needsPg = PG ? false : 'needs CORROBORATE_TEST_PG (eval "$(scripts/services.sh)")';
const tag = randomBytes(4).toString('hex');
const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');
const cleanups: (() => Promise<void>)[] = [];
after(async () => { for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {}); });

test('queue: redis URLs become connection options; other schemes are refused', () => {
  const rows: [string, Record<string, unknown>][] = [
    ['redis://127.0.0.1:6380', { host: '127.0.0.1', port: 6380, db: 0 }],
    ['redis://:s3cret@cache.internal/2', { host: 'cache.internal', port: 6379, password: 's3cret', db: 2 }],
    ['rediss://u:p@h:7000', { host: 'h', port: 7000, username: 'u', password: 'p', tls: {} }],
  ];
  for (const [url, expected] of rows) {
    const options = redisConnection(url) as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(options[key], value, `${url} ${key}`);
    assert.equal(options.maxRetriesPerRequest, null, 'workers need blocking commands without a retry limit');
  }
  for (const bad of ['http://127.0.0.1:6379', 'postgres://h/db']) assert.throws(() => redisConnection(bad), /not a redis/);
});

test('queue: the job id is the content hash, the same for the same text and never numeric', () => {
  const [a, b] = generateDocs(2);
  assert.equal(articleJobId(a), `a-${contentHash(a.text)}`);
  assert.equal(articleJobId({ ...a, source: 'elsewhere' }), articleJobId(a));
  assert.notEqual(articleJobId(a), articleJobId(b));
  assert.doesNotMatch(articleJobId(a), /:/);
});

test('queue: status text lists every count and the rate', () => {
  const text = formatStatus({ name: 'q', waiting: 3, active: 1, delayed: 0, completed: 10, failed: 2, workers: 2, rate: 1.5, rateMinutes: 5 });
  for (const pattern of [/waiting\s+3/, /active\s+1/, /completed\s+10/, /failed\s+2/, /workers\s+2/, /1\.50 articles\/s/]) assert.match(text, pattern);
});

test('queue: enqueueing the same documents twice queues each once', { skip: needsRedis }, async () => {
  const queue = openQueue(REDIS!, `corroborate-test-${tag}-dedupe`);
  cleanups.push(async () => { await queue.obliterate({ force: true }); await queue.close(); });
  const docs = generateDocs(6);
  await enqueueDocs(queue, docs);
  await enqueueDocs(queue, docs);
  assert.equal(await queue.getWaitingCount(), 6);
});

test('queue: a worker stores each article once even when a job is duplicated, and status counts it', { skip: needsBoth }, async () => {
  const name = `corroborate-test-${tag}-worker`;
  const db = `${PG}?schema=qt_${tag}_w`;
  const queue = openQueue(REDIS!, name);
  const docs = generateDocs(8);
  await enqueueDocs(queue, docs, '2026-01-01T00:00:00Z');
  // The same article again under another job id: a duplicated delivery BullMQ cannot dedupe.
  await queue.add('article', { doc: docs[0] }, { jobId: 'duplicate-0' });
  const running = await startWorker({ queue: REDIS!, db, queueName: name, lockDuration: 5000 });
  cleanups.push(async () => { await queue.obliterate({ force: true }); await queue.close(); });
  cleanups.push(async () => { await running.store.dropSchema(); await running.close(); });
  const deadline = Date.now() + 120_000;
  while ((await queue.getCompletedCount()) < 9 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await queue.getCompletedCount(), 9);
  assert.equal(await running.store.countArticles(), 8);
  const stories = await running.store.listStories();
  assert.deepEqual(stories.map((s) => s.articles).sort(), [4, 4], 'two events of four reports each');
  const status = await queueStatus(queue);
  assert.equal(status.completed, 9);
  assert.equal(status.failed, 0);
  assert.equal(status.workers, 1);
  assert.ok(status.rate > 0);
  const cli = spawnSync(process.execPath, [BIN, 'queue', 'status', '--queue', REDIS!, '--queue-name', name, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(JSON.parse(cli.stdout).completed, 9);
});

test('queue: the worker command refuses a store that is not PostgreSQL', () => {
  const cli = spawnSync(process.execPath, [BIN, 'worker', '--queue', 'redis://127.0.0.1:1', '--db', '/tmp/x.db'], { encoding: 'utf8' });
  assert.equal(cli.status, 2);
  assert.match(cli.stderr, /postgres/);
});

test('queue: reports of one event assigned concurrently on many connections land in one story', { skip: needsPg }, async () => {
  const store = await PostgresStore.open(PG!, { schema: `qt_${tag}_race`, max: 12 });
  cleanups.push(async () => { await store.dropSchema(); await store.close(); });
  const docs = generateDocs(24);
  const features = docs.map((doc) => extractFeatures(doc));
  // All at once: without the key locks, reports of one event would each see no candidate and open a story each.
  await Promise.all(docs.map((doc, i) => assignArticle(store, doc, features[i])));
  const rows = (await store.pool.query<{ story: number; hash: string }>('SELECT story_id AS story, hash FROM articles')).rows;
  const byStory = new Map<number, string[]>();
  for (const row of rows) byStory.set(row.story, [...(byStory.get(row.story) ?? []), row.hash]);
  const gold = canonical([0, 1, 2, 3, 4, 5].map((event) => docs.slice(event * 4, event * 4 + 4).map((d) => contentHash(d.text))));
  assert.deepEqual(canonical(byStory.values()), gold);
});
