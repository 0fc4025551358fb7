// `corroborate serve`: the HTTP API and web app over the store (--db, $CORROBORATE_DB or the default path).
import type { Command } from 'commander';
import { InputError } from '../../model/index.js';
import { defaultDbPath, openStore } from '../../store/open.js';

const LOOPBACK = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\])$/i;

/** Whether `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

export type ServeOptions = { host: string; port: string; db?: string; readOnly?: boolean };

/** Checks the options before anything is opened; throws the one-line error the CLI prints (exit 2). */
export function checkServeOptions(opts: ServeOptions, env: NodeJS.ProcessEnv): { port: number; token?: string; writable: boolean } {
  const port = /^\d{1,5}$/.test(opts.port) ? Number(opts.port) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new InputError('E_USAGE', '--port', `"${opts.port}" is not a port (0-65535)`);
  const token = env.CORROBORATE_TOKEN ? env.CORROBORATE_TOKEN : undefined;
  const writable = !opts.readOnly;
  if (writable && !token && !isLoopbackHost(opts.host)) {
    throw new InputError('E_USAGE', '--host', `refusing to serve writable on non-loopback address ${opts.host} without a token: set CORROBORATE_TOKEN or pass --read-only`);
  }
  return { port, token, writable };
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/v1, /openapi.json) and the web app over the story store')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '8787')
    .option('--db <file>', 'SQLite store (default: $CORROBORATE_DB or ~/.local/share/corroborate/corroborate.db)')
    .option('--read-only', 'refuse every write (POST /v1/articles); no token needed on any address')
    .action(async (opts: ServeOptions) => {
      const { port, token, writable } = checkServeOptions(opts, process.env);
      // Loaded on use so other commands do not pay for the HTTP stack at startup.
      const { buildApp } = await import('../../server/app.js');
      const store = await openStore(opts.db);
      const app = buildApp({ store, token, writable });
      let address: string;
      try {
        address = await app.listen({ host: opts.host, port });
      } catch (error) {
        await store.close();
        throw new InputError('E_USAGE', `${opts.host}:${port}`, `cannot listen (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      const writes = !writable ? 'off (read-only)' : token ? 'need the bearer token' : 'open to localhost only (set CORROBORATE_TOKEN to require a token)';
      process.stderr.write(`corroborate: serving ${address} (store: ${opts.db ?? defaultDbPath()}; writes ${writes})\n`);
      const stop = () => {
        app.close().then(() => store.close()).finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
