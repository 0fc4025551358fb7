// `npm run bench [-- NAME [ARGS...]]`: runs bench/NAME.ts (each exports `run(args)`), or every bench in turn.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type Bench = { run: (args: string[]) => Promise<void> };

/** Bench names: every bench/*.ts except this dispatcher (shared helpers live in bench/lib/). */
export function benchNames(dir: string = import.meta.dirname): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'main.ts' && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
    .map((name) => name.slice(0, -'.ts'.length))
    .sort();
}

async function main(argv: string[]): Promise<number> {
  const names = benchNames();
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(`usage: npm run bench [-- <${names.join('|')}> [ARGS...]]\n`);
    return 0;
  }
  if (name !== undefined && !names.includes(name)) {
    process.stderr.write(`bench: unknown bench "${name}" (have: ${names.join(', ')})\n`);
    return 2;
  }
  for (const bench of name === undefined ? names : [name]) {
    process.stdout.write(`\n== bench ${bench} ==\n`);
    const module = (await import(join(import.meta.dirname, `${bench}.ts`))) as Bench;
    await module.run(name === undefined ? [] : rest);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
