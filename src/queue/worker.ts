// A queue worker: takes article jobs from BullMQ, analyzes them on threads, stores and assigns them in PostgreSQL.
import { MetricsTime, Worker, type Job } from 'bullmq';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from '../stories/cluster.js';
import { assignArticle } from './assign.js';
import { DEFAULT_QUEUE_NAME, redisConnection, type ArticleJob } from './queue.js';
import { AnalysisPool } from './thread-pool.js';

export type WorkerOptions = {
  queue: string;
  db: string;
  queueName?: string;
  /** Analysis threads (default 1); jobs in flight default to twice that so database waits overlap analysis. */
  threads?: number;
  concurrency?: number;
  /** Job lock time (ms): a job whose worker died is taken up again after at most this long (default 30 s). */
  lockDuration?: number;
  /** How often stalled jobs are looked for (ms, default lockDuration). */
  stalledInterval?: number;
  cluster?: ClusterOptions;
  onJob?: (outcome: { job: string; article: number; story: number; created: boolean }) => void;
};

export type JobResult = { article: number; story: number; created: boolean; merged: number[] };

export type RunningWorker = { worker: Worker<ArticleJob, JobResult>; store: PostgresStore; close: () => Promise<void> };

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const threads = Math.max(1, options.threads ?? 1);
  const concurrency = Math.max(1, options.concurrency ?? threads * 2);
  const store = await PostgresStore.open(options.db, { max: concurrency + 2 });
  const pool = new AnalysisPool(threads);
  const cluster = options.cluster ?? DEFAULT_CLUSTER_OPTIONS;
  const lockDuration = options.lockDuration ?? 30_000;
  const processor = async (job: Job<ArticleJob, JobResult>): Promise<JobResult> => {
    const { doc, addedAt } = job.data;
    const features = await pool.features(doc);
    const outcome = await assignArticle(store, doc, features, cluster, addedAt);
    options.onJob?.({ job: job.id ?? '', article: outcome.article, story: outcome.story, created: outcome.created });
    return { article: outcome.article, story: outcome.story, created: outcome.created, merged: outcome.merged };
  };
  const worker = new Worker<ArticleJob, JobResult>(options.queueName ?? DEFAULT_QUEUE_NAME, processor, {
    connection: redisConnection(options.queue),
    concurrency,
    lockDuration,
    stalledInterval: options.stalledInterval ?? lockDuration,
    // A job may be found stalled (its worker died) a few times before it counts as failed.
    maxStalledCount: 3,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (async () => {
    await worker.close();
    await pool.close();
    await store.close();
  })());
  return { worker, store, close };
}
