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
import { QueueEvents } from 'bullmq';
import { enqueueDocs, openQueue, redisConnection } from '../src/queue/queue.js';
import { rng } from '../src/stories/synthetic.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'corroborate.js');

const SYLLABLES = ['bar', 'vel', 'dor', 'kin', 'mas', 'tor', 'lun', 'gar', 'pel', 'ris', 'ond', 'hal', 'mer', 'sta', 'qui', 'zen',
  'fal', 'bro', 'cai', 'dun', 'ell', 'fen', 'gos', 'hem', 'ivo', 'jor', 'kal', 'lor', 'nim', 'osk', 'pra', 'rud', 'sil', 'tev'];
const EVENTS = ['fire', 'flood', 'strike', 'explosion', 'landslide', 'power cut', 'collapse', 'cyberattack', 'ferry accident', 'protest',
  'chemical leak', 'train derailment', 'storm', 'stadium crush', 'water outage', 'mine accident'];
const OUTLETS = ['Northgate Herald', 'Valley Dispatch', 'Coastline Post', 'Meridian Wire', 'Eastfield Courier', 'Lantern Times'];


/**
 * Invented articles: `n` reports of n/4 events, four outlets each, 25 events a day. Unlike the stories bench
 * generator, each event has its own invented vocabulary (places, people, things), so events are separable and
 * any arrival order clusters them alike: differences between runs then come from the machinery, not from ties.
 */
export function generateDocs(n: number, seed = 7): Doc[] {
  const docs: Doc[] = [];
  for (let index = 0; index < n; index++) {
    const story = Math.floor(index / 4);
    const version = index % 4;
    const s = rng(Math.imul(story + 1, 2654435761) ^ seed);
    const word = (parts: number) => {
      let w = '';
      for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(s() * SYLLABLES.length)];
      return w[0].toUpperCase() + w.slice(1);
    };
    // The town is unique per event (a bijection of the event number onto three syllables): two events in one
    // town within days are a genuine ambiguity that different arrival orders may resolve differently.
    const code = (story * 7919 + seed) % SYLLABLES.length ** 3;
    const town = [code % SYLLABLES.length, Math.floor(code / SYLLABLES.length) % SYLLABLES.length, Math.floor(code / SYLLABLES.length ** 2)]
      .map((k, i) => (i === 0 ? SYLLABLES[k][0].toUpperCase() + SYLLABLES[k].slice(1) : SYLLABLES[k])).join('');
    s(); s();
    // Every other name has four syllables, so it never equals another event's town.
    const person = `${word(2)} ${word(4)}`;
    const official = `${word(2)} ${word(4)}`;
    const company = `${word(4)} ${['Logistics', 'Holdings', 'Energy', 'Transit', 'Works'][Math.floor(s() * 5)]}`;
    const site = `${word(4)} ${['depot', 'terminal', 'plant', 'yard', 'station'][Math.floor(s() * 5)]}`;
    const river = word(4);
    const clinic = word(4);
    const event = EVENTS[Math.floor(s() * EVENTS.length)];
    const killed = 1 + Math.floor(s() * 9);
    const injured = 10 + Math.floor(s() * 90);
    const day = 19000 + Math.floor(story / 25);
    const r = rng(Math.imul(index + 1, 40503) ^ seed);
    const date = new Date((day + Math.floor(r() * 2)) * 86_400_000).toISOString().slice(0, 10);
    const outlet = OUTLETS[(story + version) % OUTLETS.length];
    const sentences = [
      `A ${event} hit the ${site} in ${town} near the ${river} river, killing ${killed} people and injuring ${injured}.`,
      `"We are doing everything we can," said ${person}, who leads the ${town} emergency service.`,
      `${official}, speaking for ${company}, said the company would cooperate with the inquiry at the ${site}.`,
      `Officials in ${town} said ${injured - killed} of the injured were taken to the ${clinic} clinic.`,
      `${person} said crews from ${town} and the ${river} valley had worked through the night at the ${site}.`,
      `${company} suspended work at the ${site} while inspectors from ${town} examined the damage.`,
      `Residents of ${town} gathered near the ${river} bridge as ${official} promised a full review.`,
    ];
    const picked = sentences.filter(() => r() < 0.75);
    if (picked.length < 3) picked.push(sentences[0], sentences[1]);
    const body = [...new Set(picked)].sort(() => r() - 0.5);
    body.push(`Reporting by the ${outlet} desk, item ${index}.`);
    docs.push({
      id: `d${index + 1}`, source: `https://news.example/${story}/${index}`, outlet, published: date,
      title: `${event[0].toUpperCase()}${event.slice(1)} in ${town}: ${killed} dead`, contributors: [], text: body.join('\n\n'), removed: [],
    });
  }
  return docs;
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
  /** From the first completed job to the last (excludes worker start-up: model loading, connections). */
  steadySeconds: number;
  /** Jobs completed in the steady phase (all but the first). */
  steadyJobs: number;
  stored: number;
  distinctHashes: number;
  missing: number;
  completed: number;
  failed: number;
  /** Jobs BullMQ found stalled (their worker died) and moved back to waiting. */
  stalled: number;
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
  const events = new QueueEvents(queueName, { connection: redisConnection(options.redis) });
  let stalled = 0;
  events.on('stalled', () => { stalled++; });
  await events.waitUntilReady();
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
    let firstDone: number | undefined;
    let firstCount = 0;
    while ((counts.completed ?? 0) + (counts.failed ?? 0) < total) {
      if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(counts)} of ${total}`);
      await new Promise((r) => setTimeout(r, 100));
      counts = await queue.getJobCounts('completed', 'failed', 'active', 'waiting');
      if (firstDone === undefined && (counts.completed ?? 0) > 0) { firstDone = performance.now(); firstCount = counts.completed ?? 0; }
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
      steadySeconds: firstDone === undefined ? seconds : (performance.now() - firstDone) / 1000,
      steadyJobs: (counts.completed ?? 0) - firstCount,
      stored: rows.length,
      distinctHashes: hashes.size,
      missing: [...expected].filter((h) => !hashes.has(h)).length,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      stalled,
      killed,
    };
  } finally {
    await Promise.all(children.map((child) => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    })));
    await events.close();
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
