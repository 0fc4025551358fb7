// Shared by the queue tests and bench/scale: a single-process SQLite reference run and a multi-process queue run.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc } from '../src/model/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { clusterArticle } from '../src/stories/cluster.js';
import { contentHash } from '../src/stories/identity.js';
import { syntheticArticle } from '../src/stories/synthetic.js';
import { enqueueDocs, openQueue } from '../src/queue/queue.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');

/** Invented articles: `n` reports of n/4 events, four outlets each. */
export function generateDocs(n: number, seed = 7): Doc[] {
  return Array.from({ length: n }, (_, i) => syntheticArticle(i, 4, seed).doc);
}

/** A story partition as a canonical, comparable list: each story a sorted list of content hashes. */
export type Partition = string[][];

export function canonical(groups: Iterable<string[]>): Partition {
  return [...groups].map((g) => [...g].sort()).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function group(rows: { story: number; hash: string }[]): Partition {
  const stories = new Map<number, string[]>();
  for (const { story, hash } of rows) {
    const list = stories.get(story);
    if (list) list.push(hash);
    else stories.set(story, [hash]);
  }
  return canonical(stories.values());
}

/** Ingests the documents in order in one process into a fresh SQLite store: the embedded default's stories. */
export async function sqliteReference(docs: Doc[]): Promise<{ partition: Partition; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ref-'));
  const store = new SqliteStore(join(dir, 'ref.db'), { synchronous: 'off' });
  const started = performance.now();
  try {
    for (const doc of docs) await clusterArticle(store, doc, undefined, '2026-01-01T00:00:00Z');
    const seconds = (performance.now() - started) / 1000;
    const rows = store.db.prepare('SELECT story_id AS story, hash FROM articles').all() as { story: number; hash: string }[];
    return { partition: group(rows), seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export type DistributedRun = {
  partition: Partition;
  seconds: number;
  stored: number;
  distinctHashes: number;
  missing: number;
  completed: number;
  failed: number;
  killed?: { pid: number; atCompleted: number };
};

export type DistributedOptions = {
  pg: string;
  redis: string;
  docs: Doc[];
  workers: number;
  /** SIGKILL the first worker once this many jobs completed. */
  killAfter?: number;
  /** Extra jobs carrying an already queued document under another job id (a duplicated delivery). */
  duplicates?: number;
  lockDuration?: number;
  /** Extra `corroborate worker` arguments (e.g. --concurrency 1). */
  workerArgs?: string[];
  timeoutMs?: number;
  log?: (line: string) => void;
};

function startWorkerProcess(redis: string, db: string, queueName: string, lockDuration: number, extra: string[]): ChildProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', redis, '--db', db, '--queue-name', queueName, '--lock-duration', String(lockDuration), ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => { errors = (errors + chunk.toString()).slice(-4000); });
  child.on('exit', (code, signal) => { if (code && signal === null) process.stderr.write(`worker ${child.pid} exited ${code}: ${errors}\n`); });
  return child;
}

/** Enqueues the documents, runs worker processes on a fresh schema and queue, optionally kills one mid-run. */
export async function runDistributed(options: DistributedOptions): Promise<DistributedRun> {
  const tag = randomBytes(4).toString('hex');
  const schema = `q_${tag}`;
  const queueName = `corroborate-test-${tag}`;
  const db = `${options.pg}${options.pg.includes('?') ? '&' : '?'}schema=${schema}`;
  const lockDuration = options.lockDuration ?? 4000;
  const log = options.log ?? (() => {});
  // Create the schema once up front so the workers do not all race to migrate (they could; it is just noise).
  const store = await PostgresStore.open(db);
  const queue = openQueue(options.redis, queueName);
  const children: ChildProcess[] = [];
  try {
    const { docs } = options;
    for (let i = 0; i < docs.length; i += 1000) await enqueueDocs(queue, docs.slice(i, i + 1000), '2026-01-01T00:00:00Z');
    const duplicates = Math.min(options.duplicates ?? 0, docs.length);
    if (duplicates) {
      await queue.addBulk(docs.slice(0, duplicates).map((doc, i) => ({
        name: 'article', data: { doc, addedAt: '2026-01-01T00:00:00Z' }, opts: { jobId: `dup-${i}`, attempts: 5 },
      })));
    }
    const total = docs.length + duplicates;
    const started = performance.now();
    for (let i = 0; i < options.workers; i++) children.push(startWorkerProcess(options.redis, db, queueName, lockDuration, options.workerArgs ?? []));
    let killed: DistributedRun['killed'];
    const deadline = Date.now() + (options.timeoutMs ?? 600_000);
    let counts = await queue.getJobCounts('completed', 'failed');
    let lastLog = 0;
    while ((counts.completed ?? 0) + (counts.failed ?? 0) < total) {
      if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(counts)} of ${total}`);
      await new Promise((r) => setTimeout(r, 100));
      counts = await queue.getJobCounts('completed', 'failed', 'active', 'waiting');
      if (options.killAfter !== undefined && !killed && (counts.completed ?? 0) >= options.killAfter) {
        const victim = children[0];
        victim.kill('SIGKILL');
        killed = { pid: victim.pid!, atCompleted: counts.completed ?? 0 };
        log(`killed worker ${victim.pid} with SIGKILL after ${killed.atCompleted} completed jobs`);
      }
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`progress: ${JSON.stringify(counts)} of ${total}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = (await store.pool.query<{ story: number; hash: string }>('SELECT story_id AS story, hash FROM articles')).rows;
    const expected = new Set(docs.map((d) => contentHash(d.text)));
    const hashes = new Set(rows.map((r) => r.hash));
    return {
      partition: group(rows),
      seconds,
      stored: rows.length,
      distinctHashes: hashes.size,
      missing: [...expected].filter((h) => !hashes.has(h)).length,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      killed,
    };
  } finally {
    await Promise.all(children.map((child) => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    })));
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    await store.dropSchema().catch(() => {});
    await store.close();
  }
}

/** Stories present in one partition and not the other (for a readable failure message). */
export function partitionDiff(a: Partition, b: Partition): { onlyA: string[][]; onlyB: string[][] } {
  const key = (g: string[]) => g.join(',');
  const setA = new Set(a.map(key));
  const setB = new Set(b.map(key));
  return { onlyA: a.filter((g) => !setB.has(key(g))), onlyB: b.filter((g) => !setA.has(key(g))) };
}
