// `corroborate queue status --queue redis://...`: waiting, active, completed and failed jobs and the rate.
import type { Command } from 'commander';
import { InputError } from '../../model/index.js';
import { DEFAULT_QUEUE_NAME } from '../../queue/names.js';

export function registerQueue(program: Command): void {
  const queue = program.command('queue').description('inspect the distributed article queue');
  queue
    .command('status')
    .description('jobs waiting, active, completed and failed, connected workers, and the completion rate')
    .requiredOption('--queue <url>', 'Redis URL of the queue (redis://host:port)')
    .option('--queue-name <name>', 'queue name', DEFAULT_QUEUE_NAME)
    .option('-f, --format <format>', 'text | json', 'text')
    .action(async (opts: { queue: string; queueName: string; format: string }) => {
      if (!['text', 'json'].includes(opts.format)) throw new InputError('E_USAGE', '--format', `unknown format "${opts.format}" (expected text or json)`);
      const { formatStatus, openQueue, queueStatus, reachRedis } = await import('../../queue/queue.js');
      await reachRedis(opts.queue);
      const q = openQueue(opts.queue, opts.queueName);
      try {
        const status = await queueStatus(q);
        process.stdout.write(opts.format === 'json' ? JSON.stringify(status, null, 2) + '\n' : formatStatus(status));
      } finally {
        await q.close();
      }
    });
}
