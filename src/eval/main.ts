// `npm run eval -- NAME PATH`: runs one evaluation (src/eval/NAME.ts exports run(path, args)) on public gold data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const EVALS = ['timex', 'entities', 'clustering', 'quotes'];

const [name, path, ...rest] = process.argv.slice(2);
if (!name || !EVALS.includes(name)) {
  process.stderr.write(`usage: npm run eval -- <${EVALS.join('|')}> PATH\n`);
  process.exit(2);
}
if (!path || !existsSync(path)) {
  process.stderr.write(`eval ${name}: ${path ?? '(no path)'}: no such file or directory\n`);
  process.exit(2);
}
const module = await import(join(import.meta.dirname, `${name}.ts`));
await module.run(path, rest);
