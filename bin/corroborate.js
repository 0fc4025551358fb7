#!/usr/bin/env node
// Entry point: the compiled CLI (dist/, built by `npm ci` / `npm run build`) when it is at least as new as every
// source file; otherwise the TypeScript sources through tsx, so an edited checkout never runs a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'src');
const source = join(sourceDir, 'cli', 'main.ts');
const built = join(root, 'dist', 'cli', 'main.js');

/** The newest modification time of the sources the build compiles (tests and evals are not in dist). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(sourceDir, 'eval')) newest = Math.max(newest, newestSource(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/** True when dist/ holds a build no older than the sources (an installed package has no sources: always true). */
function buildIsFresh() {
  if (!existsSync(built)) return false;
  if (!existsSync(source)) return true;
  if (process.env.CORROBORATE_FROM_SOURCE === '1') return false;
  return statSync(built).mtimeMs >= newestSource(sourceDir);
}

if (buildIsFresh()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(source).href);
}
