// `corroborate stories`: the stored stories, most recently active first.
import type { Command } from 'commander';
import { InputError } from '../../model/index.js';
import { openStore } from '../../store/open.js';
import { parseDateOption } from '../util.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list stored stories, most recently active first')
    .option('--since <date>', 'only stories with an article published (or stored) on or after DATE')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--db <file>', 'store file (default $CORROBORATE_DB or ~/.local/share/corroborate/corroborate.db)')
    .action(async (opts: { since?: string; format: string; db?: string }) => {
      if (!['text', 'json'].includes(opts.format)) throw new InputError('E_USAGE', '--format', `unknown format "${opts.format}" (expected text or json)`);
      const since = opts.since === undefined ? undefined : parseDateOption(opts.since.trim(), '--since');
      const store = await openStore(opts.db);
      try {
        const stories = await store.listStories({ since });
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify({ version: 1, stories }, null, 2) + '\n');
          return;
        }
        if (stories.length === 0) {
          process.stdout.write('no stories\n');
          return;
        }
        for (const story of stories) {
          const when = (story.lastPublished ?? story.lastAdded ?? '').slice(0, 10).padEnd(10);
          const count = `${story.articles} article${story.articles === 1 ? '' : 's'}`;
          process.stdout.write(`${String(story.id).padStart(6)}  ${when}  ${count.padEnd(12)}  ${story.title ?? '(untitled)'}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
