// `corroborate story ID`: one story's cross-check report (cached; recomputed when its articles changed).
import type { Command } from 'commander';
import { InputError } from '../../model/index.js';
import { render, RENDER_FORMATS, shouldColor, type RenderFormat } from '../../render/index.js';
import { openStore } from '../../store/open.js';
import { storyReport } from '../../stories/report.js';

export function registerStory(program: Command): void {
  program
    .command('story')
    .description("show one story's cross-check: what its reports agree on, what only one says, where they conflict")
    .argument('<id>', 'story id, as listed by `corroborate stories`')
    .option('-f, --format <format>', RENDER_FORMATS.join(' | '), 'text')
    .option('--db <file>', 'store file (default $CORROBORATE_DB or ~/.local/share/corroborate/corroborate.db)')
    .option('--no-color', 'no ANSI colors in text output')
    .action(async (idText: string, opts: { format: string; db?: string; color?: boolean }) => {
      if (!(RENDER_FORMATS as readonly string[]).includes(opts.format)) {
        throw new InputError('E_USAGE', '--format', `unknown format "${opts.format}" (expected ${RENDER_FORMATS.join(', ')})`);
      }
      if (!/^\d{1,15}$/.test(idText)) throw new InputError('E_USAGE', idText, 'is not a story id (expected a number)');
      const store = await openStore(opts.db);
      try {
        const found = await storyReport(store, Number(idText));
        if (!found) throw new InputError('E_NOT_FOUND', `story ${idText}`, 'no such story');
        if (found.mergedFrom !== undefined) process.stderr.write(`corroborate: story ${found.mergedFrom} was merged into story ${found.story.id}\n`);
        const color = shouldColor(process.stdout, process.env, opts.color);
        process.stdout.write(render(found.report, opts.format as RenderFormat, { color }));
      } finally {
        await store.close();
      }
    });
}
