// Golden files (`npm run fixtures`): analyze's JSON of each example and compare's report on all of them, rewritten here and reviewed as a diff.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, ingestPaths, type Analysis, type AnalyzedDoc, type Doc, type Report } from '../src/index.js';

export const REPO = join(import.meta.dirname, '..');
export const EXAMPLES_DIR = join(REPO, 'examples');
export const GOLDEN_DIR = join(REPO, 'test', 'golden');
export const COMPARE_MODULE = join(REPO, 'src', 'compare', 'index.ts');

export type CompareFn = (docs: AnalyzedDoc[]) => Report;

/** The example articles, in file-name order (01-, 02-, 03-). */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.txt')).sort().map((name) => join(EXAMPLES_DIR, name));
}

/** `source` as the CLI shows it when run from the repo (`examples/01-....txt`), whatever the working directory. */
function repoSource(doc: Doc): Doc {
  return { ...doc, source: relative(REPO, doc.source).split('\\').join('/') };
}

/** Ingests files as the CLI does (ids d1, d2, ... in order), with no --published or --outlet. */
export function ingestExamples(files: string[]): Doc[] {
  const { docs, errors } = ingestPaths(files);
  if (errors.length) throw new Error(`examples did not ingest: ${errors.map((e) => e.message).join('; ')}`);
  return docs.map(repoSource);
}

/** analyze's output for one example on its own, exactly what `analyze --format json FILE` prints. */
export function analyzeExample(file: string): Analysis {
  return analyze(ingestExamples([file]));
}

/** compare's report on all examples together, or undefined while src/compare/index.ts does not exist. */
export async function compareExamples(files: string[] = exampleFiles(), modulePath = COMPARE_MODULE): Promise<Report | undefined> {
  if (!existsSync(modulePath)) return undefined;
  const module = (await import(pathToFileURL(modulePath).href)) as { compare?: CompareFn };
  if (typeof module.compare !== 'function') throw new Error(`${relative(REPO, modulePath)} does not export compare()`);
  return module.compare(analyze(ingestExamples(files)).documents);
}

export function goldenAnalyzePath(file: string): string {
  return join(GOLDEN_DIR, 'analyze', `${basename(file, '.txt')}.json`);
}

export const GOLDEN_COMPARE_PATH = join(GOLDEN_DIR, 'compare.json');

/** The JSON text written to a golden file (undefined fields dropped, two-space indent, final newline). */
export function toGoldenJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function main(): Promise<void> {
  mkdirSync(join(GOLDEN_DIR, 'analyze'), { recursive: true });
  for (const file of exampleFiles()) {
    const path = goldenAnalyzePath(file);
    writeFileSync(path, toGoldenJson(analyzeExample(file)));
    process.stdout.write(`wrote ${relative(REPO, path)}\n`);
  }
  const report = await compareExamples();
  if (report) {
    writeFileSync(GOLDEN_COMPARE_PATH, toGoldenJson(report));
    process.stdout.write(`wrote ${relative(REPO, GOLDEN_COMPARE_PATH)}\n`);
  } else {
    process.stdout.write(`skipped test/golden/compare.json: ${relative(REPO, COMPARE_MODULE)} does not exist yet\n`);
  }
  process.stdout.write('review the changes with `git diff test/golden` before committing them\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
