// The ingest command's --queue mode: read inputs as ingest does, enqueue them instead of storing them here.
import { InputError } from '../model/index.js';
import { readInputs } from '../stories/inputs.js';
import { parseDateOption } from '../cli/util.js';
import { DEFAULT_QUEUE_NAME } from './names.js';

export type EnqueueOptions = { queue: string; queueName?: string; outlet?: string; published?: string; addedAt?: string };

/** Enqueues every readable input; returns the counts and the input errors (reported by the caller). */
export async function enqueueInputs(inputs: string[], options: EnqueueOptions, onError: (error: InputError) => void): Promise<{ enqueued: number; errors: number }> {
  const { enqueueDocs, openQueue, reachRedis } = await import('./queue.js');
  await reachRedis(options.queue);
  const queue = openQueue(options.queue, options.queueName ?? DEFAULT_QUEUE_NAME);
  let enqueued = 0;
  let errors = 0;
  try {
    for await (const batch of readInputs(inputs, { outlet: options.outlet })) {
      for (const error of batch.errors) { errors++; onError(error); }
      const docs = batch.docs.map((doc) => (options.published && !doc.published ? { ...doc, published: options.published } : doc));
      for (let i = 0; i < docs.length; i += 500) enqueued += await enqueueDocs(queue, docs.slice(i, i + 500), options.addedAt);
    }
  } finally {
    await queue.close();
  }
  return { enqueued, errors };
}

/**
 * The hook the ingest command calls first: with --queue, enqueues and reports here and returns true (the
 * command then does nothing else); without it, returns false.
 */
export async function ingestViaQueue(inputs: string[], opts: { queue?: string; queueName?: string; outlet?: string; published?: string }): Promise<boolean> {
  if (!opts.queue) return false;
  const started = performance.now();
  const published = parseDateOption(opts.published);
  const { enqueued, errors } = await enqueueInputs(inputs, {
    queue: opts.queue, queueName: opts.queueName, outlet: opts.outlet, published, addedAt: new Date().toISOString(),
  }, (error) => process.stderr.write(`corroborate: ${error.message.split('\n')[0]}\n`));
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`ingest: ${enqueued} articles sent to queue ${opts.queueName ?? DEFAULT_QUEUE_NAME} (an article already queued is not queued twice), ${errors} errors in ${seconds.toFixed(1)} s\n`);
  if (errors) process.exitCode = 2;
  return true;
}
