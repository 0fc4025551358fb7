// bench serve: requests/s and latency percentiles of the HTTP API on loopback (server in a child process, autocannon as client).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildApp } from '../src/server/app.js';
import { storeArticles } from '../src/server/library.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { distinctArticles, REPO } from './lib/corpus.js';

type Options = { seconds: number; connections: number };
type Result = {
  requests: { average: number; total: number }; latency: { p50: number; p99: number; average: number };
  non2xx: number; errors: number; timeouts: number; duration: number;
};
type Autocannon = (opts: Record<string, unknown>) => Promise<Result>;

const CHILD_ENV = 'CORROBORATE_BENCH_SERVE_DB';

function parseOptions(args: string[]): Options {
  const options: Options = { seconds: 8, connections: 4 };
  for (let i = 0; i < args.length; i++) {
    const value = Number(args[i + 1]);
    if (args[i] === '--seconds' && value > 0 && value <= 60) options.seconds = value;
    else if (args[i] === '--connections' && value >= 1 && value <= 64) options.connections = Math.floor(value);
    else continue;
    i++;
  }
  return options;
}

/** In the child: serve the prepared store on loopback, rate limits off (they would turn the bench into 429s). */
async function serveChild(db: string): Promise<void> {
  const app = buildApp({ store: new SqliteStore(db), rateLimit: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`${JSON.stringify({ address })}\n`);
}

function startServer(db: string): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'serve.ts')], {
    env: { ...process.env, [CHILD_ENV]: db }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, address: (JSON.parse(line) as { address: string }).address });
    });
  });
}

function row(label: string, r: Result, connections: number): string {
  return `${label.padEnd(34)} ${r.requests.average.toFixed(1).padStart(8)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  `
    + `${r.requests.total} requests, ${connections} connections, ${r.duration.toFixed(0)} s, non-2xx ${r.non2xx}, errors ${r.errors + r.timeouts}`;
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-serve-'));
  const db = join(dir, 'store.db');
  const articles = distinctArticles();
  const store = new SqliteStore(db);
  const started = performance.now();
  await storeArticles(store, articles.map((a) => ({ text: a.text, title: a.text.split('\n', 1)[0].slice(0, 120) })), '2026-11-27T00:00:00Z');
  const stories = (await store.listStories()).length;
  await store.close();
  out(`store: ${articles.length} articles in ${stories} stories (ingested in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  out(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const pair = ['01-northwind-wire.txt', '03-vell-valley-courier.txt'].map((name) => ({ text: readFileSync(join(REPO, 'examples', name), 'utf8') }));
  const compareBody = JSON.stringify({ articles: pair });
  const { child, address } = await startServer(db);
  try {
    const scenarios: { label: string; path: string; method?: string; body?: string; connections: number }[] = [
      { label: 'POST /v1/compare (2 articles)', path: '/v1/compare', method: 'POST', body: compareBody, connections: 1 },
      { label: 'POST /v1/compare (2 articles)', path: '/v1/compare', method: 'POST', body: compareBody, connections: options.connections },
      { label: 'GET /v1/stories', path: '/v1/stories', connections: options.connections * 4 },
      { label: 'GET /v1/stories?q=police', path: '/v1/stories?q=police', connections: options.connections * 4 },
    ];
    out(`server: ${address} (child process, rate limits off); each scenario ${options.seconds} s after a 1 s warm-up`);
    out(`compare body: examples 01 + 03, ${(Buffer.byteLength(compareBody) / 1024).toFixed(1)} kB`);
    out();
    for (const s of scenarios) {
      const request = { url: address + s.path, method: s.method ?? 'GET', headers: { 'content-type': 'application/json' }, body: s.body, connections: s.connections, pipelining: 1 };
      await autocannon({ ...request, duration: 1 });
      const result = await autocannon({ ...request, duration: options.seconds });
      out(row(s.label, result, s.connections));
    }
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env[CHILD_ENV]) await serveChild(process.env[CHILD_ENV]);
