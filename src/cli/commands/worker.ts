// `corroborate worker --queue redis://... --db postgres://...`: analyzes, stores and assigns queued articles.
import type { Command } from 'commander';
import { InputError } from '../../model/index.js';
import { DEFAULT_QUEUE_NAME } from '../../queue/names.js';

type WorkerCliOptions = { queue: string; db: string; queueName: string; threads: string; concurrency?: string; lockDuration: string; verbose?: boolean };

function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError('E_USAGE', name, `expected a positive integer, got "${value}"`);
  return n;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take articles from the queue, analyze them, store them and assign their stories (PostgreSQL store)')
    .requiredOption('--queue <url>', 'Redis URL of the queue (redis://host:port)')
    .requiredOption('--db <url>', 'PostgreSQL store (postgres://user:pass@host/db[?schema=NAME])')
    .option('--queue-name <name>', 'queue name', DEFAULT_QUEUE_NAME)
    .option('--threads <n>', 'analysis threads', '1')
    .option('--concurrency <n>', 'jobs in flight (default: twice the threads)')
    .option('--lock-duration <ms>', 'job lock time; a dead worker\'s jobs are taken up again after this', '30000')
    .option('-v, --verbose', 'print one line per job: stored|duplicate ARTICLE STORY JOB')
    .action(async (opts: WorkerCliOptions) => {
      if (!/^postgres(ql)?:\/\//i.test(opts.db)) throw new InputError('E_USAGE', '--db', 'the worker needs a postgres:// store shared by every worker');
      // BullMQ and pg load only when a worker starts (they cost ~0.8 s of startup for every other command).
      const { startWorker } = await import('../../queue/worker.js');
      await (await import('../../queue/queue.js')).reachRedis(opts.queue);
      const running = await startWorker({
        queue: opts.queue,
        db: opts.db,
        queueName: opts.queueName,
        threads: positive(opts.threads, '--threads'),
        concurrency: opts.concurrency === undefined ? undefined : positive(opts.concurrency, '--concurrency'),
        lockDuration: positive(opts.lockDuration, '--lock-duration'),
        onJob: opts.verbose
          ? (o) => process.stdout.write(`${o.created ? 'stored' : 'duplicate'}\t${o.article}\t${o.story}\t${o.job}\n`)
          : undefined,
      });
      running.worker.on('failed', (job, error) => process.stderr.write(`worker: job ${job?.id ?? '?'} failed: ${error.message}\n`));
      running.worker.on('error', (error) => process.stderr.write(`worker: ${error.message}\n`));
      process.stderr.write(`worker: taking jobs from ${opts.queueName} (pid ${process.pid})\n`);
      // Finish the jobs in flight on SIGTERM/SIGINT; a SIGKILL leaves them to the stalled-job check.
      await new Promise<void>((resolve) => {
        const stop = () => { void running.close().then(resolve); };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
      process.stderr.write('worker: stopped\n');
    });
}
