// The article queue on Redis (BullMQ): connection options, enqueueing with content-hash job ids, and status.
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { connect } from 'node:net';
import type { Doc } from '../model/index.js';
import { InputError } from '../model/index.js';
import { contentHash } from '../stories/identity.js';

import { DEFAULT_QUEUE_NAME } from './names.js';

export { DEFAULT_QUEUE_NAME };

/** Job payload: the ingested document and when ingest saw it (the store never reads the clock). */
export type ArticleJob = { doc: Doc; addedAt?: string };

/** ioredis options from a redis:// or rediss:// URL (BullMQ needs maxRetriesPerRequest: null on workers). */
export function redisConnection(url: string): ConnectionOptions {
  let parsed: URL;
  try { parsed = new URL(url); } catch { throw new InputError('E_USAGE', url, 'is not a redis:// URL'); }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new InputError('E_USAGE', url, 'is not a redis:// URL');
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/**
 * Checks that Redis answers on its port before BullMQ is given the URL: ioredis retries an unreachable server
 * forever, so a wrong --queue would hang instead of failing with a one-line error.
 */
export async function reachRedis(url: string, timeoutMs = 3000): Promise<void> {
  const { host, port } = redisConnection(url) as { host: string; port: number };
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = (reason: string) => {
      socket.destroy();
      reject(new InputError('E_USAGE', url, `cannot reach Redis at ${host}:${port} (${reason})`));
    };
    socket.setTimeout(timeoutMs, () => fail(`no answer in ${timeoutMs / 1000} s`));
    socket.once('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
    socket.once('connect', () => { socket.end(); resolve(); });
  });
}

/** The job id of an article: its content hash, so enqueueing the same text twice is one job while it is kept. */
export function articleJobId(doc: Doc): string {
  return `a-${contentHash(doc.text)}`;
}

/** Finished jobs kept in Redis (for dedupe of re-enqueued ids and for `queue status`); the store dedupes the rest. */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 50_000 },
  removeOnFail: { count: 50_000 },
};

export function openQueue(url: string, name = DEFAULT_QUEUE_NAME): Queue<ArticleJob> {
  return new Queue<ArticleJob>(name, { connection: redisConnection(url), defaultJobOptions: JOB_OPTIONS });
}

/** Enqueues documents in bulk; returns how many were handed to Redis (ids already queued are ignored by BullMQ). */
export async function enqueueDocs(queue: Queue<ArticleJob>, docs: Doc[], addedAt?: string): Promise<number> {
  if (docs.length === 0) return 0;
  await queue.addBulk(docs.map((doc) => ({
    name: 'article',
    data: addedAt ? { doc, addedAt } : { doc },
    opts: { ...JOB_OPTIONS, jobId: articleJobId(doc) },
  })));
  return docs.length;
}

export type QueueStatus = {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Workers currently connected to the queue. */
  workers: number;
  /** Jobs completed per second over the last `rateMinutes` minutes (worker metrics). */
  rate: number;
  rateMinutes: number;
};

/**
 * Counts, connected workers and the completion rate. The rate comes from the workers' per-minute metrics: the
 * current, partial minute (completions since the minute began) plus up to `rateMinutes - 1` full minutes before it.
 */
export async function queueStatus(queue: Queue<ArticleJob>, rateMinutes = 5, now: number = Date.now()): Promise<QueueStatus> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  const metrics = await queue.getMetrics('completed', 0, Math.max(0, rateMinutes - 2));
  let rate = 0;
  if (metrics.meta.prevTS) {
    const minuteStart = Math.floor(Number(metrics.meta.prevTS) / 60_000) * 60_000;
    const full = metrics.data.slice(0, Math.max(0, rateMinutes - 1)).map(Number);
    const done = Number(metrics.meta.count) - Number(metrics.meta.prevCount) + full.reduce((sum, n) => sum + n, 0);
    const seconds = (Math.max(1000, now - minuteStart) + full.length * 60_000) / 1000;
    rate = done / seconds;
  }
  let workers = 0;
  try {
    workers = (await queue.getWorkers()).length;
  } catch {
    // CLIENT LIST can be disabled on managed Redis; the count is then unknown (0).
  }
  return {
    name: queue.name,
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
    active: counts.active ?? 0,
    delayed: counts.delayed ?? 0,
    completed: counts.completed ?? 0,
    failed: counts.failed ?? 0,
    workers,
    rate,
    rateMinutes,
  };
}

export function formatStatus(status: QueueStatus): string {
  return [
    `queue ${status.name}`,
    `  waiting   ${status.waiting}`,
    `  active    ${status.active}`,
    `  delayed   ${status.delayed}`,
    `  completed ${status.completed}`,
    `  failed    ${status.failed}`,
    `  workers   ${status.workers}`,
    `  rate      ${status.rate.toFixed(2)} articles/s (last ${status.rateMinutes} min)`,
  ].join('\n') + '\n';
}
