// `corroborate compare FILE...`: cross-checks two or more reports of one event and renders the report.
import type { Command } from 'commander';
import { compare } from '../../index.js';
import { languageNotices } from '../../analyze/language/index.js';
import { readAndAnalyze } from '../../bounded/index.js';
import { InputError } from '../../model/index.js';
import { render, RENDER_FORMATS, shouldColor, type RenderFormat } from '../../render/index.js';
import { parseDateOption, reportInputErrors } from '../util.js';

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('cross-check reports of one event: what they agree on, what only one says, where they conflict')
    .argument('<files...>', 'text, HTML, JSON or JSONL files, or directories of them')
    .option('-f, --format <format>', RENDER_FORMATS.join(' | '), 'text')
    .option('--published <date>', 'publication date for inputs that carry none (ISO 8601)')
    .option('--no-color', 'no ANSI colors in text output')
    .action(async (files: string[], opts: { format: string; published?: string; color?: boolean }) => {
      if (!(RENDER_FORMATS as readonly string[]).includes(opts.format)) {
        throw new InputError('E_USAGE', '--format', `unknown format "${opts.format}" (expected ${RENDER_FORMATS.join(', ')})`);
      }
      const published = parseDateOption(opts.published);
      // --published only fills in documents without a date of their own; inputs of 1 MB or more run bounded (src/bounded).
      const { documents, errors } = await readAndAnalyze(files, { fallbackPublished: published }, reportInputErrors);
      reportInputErrors(errors, documents.length);
      for (const line of languageNotices(documents)) process.stderr.write(`corroborate: ${line}\n`);
      const report = compare(documents);
      const color = shouldColor(process.stdout, process.env, opts.color);
      process.stdout.write(render(report, opts.format as RenderFormat, { color }));
    });
}
