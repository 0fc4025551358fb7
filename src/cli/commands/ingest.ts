// `corroborate ingest PATH|URL...`: stores every article once, assigns it to a story, one transaction per article.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { InputError } from '../../model/index.js';
import { openStore } from '../../store/open.js';
import { clusterArticle } from '../../stories/cluster.js';
import { readInputs } from '../../stories/inputs.js';
import { storyReport } from '../../stories/report.js';
import { ingestViaQueue } from '../../queue/ingest-hook.js';
import { parseDateOption } from '../util.js';

type IngestCliOptions = { db?: string; verbose?: boolean; log?: string; reports?: boolean; published?: string; outlet?: string };

/** Progress on stderr: a live bar on a terminal, otherwise a count line every few seconds. */
function makeProgress(started: number) {
  const counts = { done: 0, stored: 0, duplicates: 0, errors: 0, total: 0 };
  const rate = () => (counts.done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
  const tty = process.stderr.isTTY === true;
  const bar = tty
    ? new cliProgress.SingleBar({
      stream: process.stderr,
      format: 'ingest {bar} {value}/{total} | {stored} stored, {duplicates} duplicates, {errors} errors | {rate} articles/s',
      hideCursor: true,
      clearOnComplete: false,
    }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(0, 0, { ...counts, rate: '0.0' });
  let lastLine = performance.now();
  return {
    counts,
    addTotal(n: number) {
      counts.total += n;
      bar?.setTotal(counts.total);
    },
    tick() {
      bar?.update(counts.done, { ...counts, rate: rate() });
      if (!tty && performance.now() - lastLine > 5000) {
        lastLine = performance.now();
        process.stderr.write(`ingest: ${counts.done}/${counts.total} done (${counts.stored} stored, ${counts.duplicates} duplicates, ${counts.errors} errors), ${rate()} articles/s\n`);
      }
    },
    /** Error lines must not be drawn over by the bar. */
    error(line: string) {
      process.stderr.write(bar ? `\r\x1b[K${line}` : line);
    },
    stop() {
      bar?.update(counts.done, { ...counts, rate: rate() });
      bar?.stop();
    },
  };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store articles (files, directories, JSON/JSONL, RSS/Atom feeds, URLs) and group them into stories')
    .argument('<inputs...>', 'files, directories, feeds or http(s) URLs')
    .option('--db <file>', 'store file (default $CORROBORATE_DB or ~/.local/share/corroborate/corroborate.db)')
    .option('-v, --verbose', 'print one line per article on stdout once it is stored: stored|duplicate ARTICLE STORY SOURCE')
    .option('--log <file>', 'append one JSON line per stored or duplicate article to FILE')
    .option('--reports', 'recompute the cross-check of every story this run changed')
    .option('--published <date>', 'publication date for inputs that carry none (ISO 8601)')
    .option('--outlet <name>', 'outlet name for every input')
    .option('--queue <url>', 'enqueue the inputs on this Redis queue for `corroborate worker` instead of storing them here')
    .option('--queue-name <name>', 'queue name with --queue (default corroborate-articles)')
    .action(async (inputs: string[], opts: IngestCliOptions) => {
      if (await ingestViaQueue(inputs, opts)) return;
      const published = parseDateOption(opts.published);
      const store = await openStore(opts.db);
      const started = performance.now();
      const progress = makeProgress(started);
      const log = opts.log ? openSync(opts.log, 'a') : undefined;
      const touched = new Set<number>();
      let failed = false;
      const fail = (error: InputError) => {
        failed = true;
        progress.counts.errors++;
        progress.error(`corroborate: ${error.message.split('\n')[0]}\n`);
      };
      try {
        for await (const batch of readInputs(inputs, { outlet: opts.outlet })) {
          batch.errors.forEach(fail);
          progress.addTotal(batch.docs.length);
          for (const input of batch.docs) {
            // --published only fills in documents without a date of their own.
            const doc = published && !input.published ? { ...input, published } : input;
            const outcome = await clusterArticle(store, doc, undefined, new Date().toISOString());
            progress.counts.done++;
            if (outcome.created) {
              progress.counts.stored++;
              touched.add(outcome.story);
            } else {
              progress.counts.duplicates++;
            }
            // Acknowledged only after the article's transaction committed.
            const status = outcome.created ? 'stored' : 'duplicate';
            if (opts.verbose) process.stdout.write(`${status}\t${outcome.article}\t${outcome.story}\t${doc.source}\n`);
            if (log !== undefined) writeSync(log, JSON.stringify({ status, article: outcome.article, story: outcome.story, source: doc.source, merged: outcome.merged }) + '\n');
            progress.tick();
          }
        }
        if (opts.reports) {
          for (const story of touched) await storyReport(store, story);
        }
      } finally {
        progress.stop();
        if (log !== undefined) { fsyncSync(log); closeSync(log); }
        await store.close();
      }
      const { counts } = progress;
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`ingest: ${counts.stored} stored, ${counts.duplicates} duplicates, ${counts.errors} errors, ${touched.size} stories changed in ${seconds.toFixed(1)} s (${(counts.done / Math.max(seconds, 0.001)).toFixed(1)} articles/s)\n`);
      if (failed) process.exitCode = 2;
    });
}
