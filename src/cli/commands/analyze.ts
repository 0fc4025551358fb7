// `corroborate analyze FILE...`: one document at a time, as JSON (the contract) or readable text.
import type { Command } from 'commander';
import { languageNotices } from '../../analyze/language/index.js';
import { readAndAnalyze } from '../../bounded/index.js';
import { InputError } from '../../model/index.js';
import { renderAnalysisText } from '../format-analysis.js';
import { parseDateOption, reportInputErrors } from '../util.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze articles one by one: sentences, entities, quotes, times, numbers')
    .argument('<files...>', 'text, HTML, JSON or JSONL files, or directories of them')
    .option('-f, --format <format>', 'json | text', 'text')
    .option('--published <date>', 'publication date to anchor relative times (ISO 8601)')
    .option('--outlet <name>', 'outlet name for every input')
    .action(async (files: string[], opts: { format: string; published?: string; outlet?: string }) => {
      if (!['json', 'text'].includes(opts.format)) throw new InputError('E_USAGE', '--format', `unknown format "${opts.format}" (expected json or text)`);
      const published = parseDateOption(opts.published);
      // Inputs of 1 MB or more are read and analyzed in worker threads under a time and memory bound (src/bounded).
      const { documents, errors } = await readAndAnalyze(files, { published, outlet: opts.outlet }, reportInputErrors);
      reportInputErrors(errors, documents.length);
      for (const line of languageNotices(documents)) process.stderr.write(`corroborate: ${line}\n`);
      const analysis = { version: 1 as const, documents };
      process.stdout.write(opts.format === 'json' ? JSON.stringify(analysis, null, 2) + '\n' : renderAnalysisText(analysis));
    });
}
