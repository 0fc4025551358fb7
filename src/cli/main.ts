// The corroborate command line: thin callers of the library API, one file per command.
import { Command, CommanderError } from 'commander';
import { InputError } from '../model/index.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerCompare } from './commands/compare.js';
import { registerServe } from './commands/serve.js';
import { registerIngest } from './commands/ingest.js';
import { registerStories } from './commands/stories.js';
import { registerStory } from './commands/story.js';
import { registerWorker } from './commands/worker.js';
import { registerQueue } from './commands/queue.js';

/** Every command registers itself here; add one line per command. */
const COMMANDS: ((program: Command) => void)[] = [
  registerAnalyze,
  registerCompare,
  registerServe,
  registerIngest,
  registerStories,
  registerStory,
  registerWorker,
  registerQueue,
];

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('corroborate')
    .description('Cross-check news reports of the same event: what they agree on, what only one says, where they conflict.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return 0;
      return 2;
    }
    if (error instanceof InputError) {
      if ((error as { reported?: boolean }).reported) return 2;
      process.stderr.write(`corroborate: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`corroborate: ${(error as Error).message}\n`);
    return 1;
  }
}

const code = await main(process.argv);
process.exitCode = code;
