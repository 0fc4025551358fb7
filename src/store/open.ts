// Opens the store named by --db, $CORROBORATE_DB or the default path (~/.local/share/corroborate/corroborate.db).
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../model/index.js';
import type { Store } from './store.js';
import { SqliteStore, type SqliteOptions } from './sqlite/sqlite-store.js';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CORROBORATE_DB) return env.CORROBORATE_DB;
  const data = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(data, 'corroborate', 'corroborate.db');
}

/** Opens a store: the PostgreSQL store for postgres:// URLs (`?schema=NAME` optional), else a SQLite file. */
export async function openStore(db: string | undefined, options: SqliteOptions = {}): Promise<Store> {
  const target = db ?? defaultDbPath();
  if (/^postgres(ql)?:\/\//i.test(target)) {
    // Loaded lazily so SQLite-only users never load pg.
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    try {
      return await PostgresStore.open(target);
    } catch (error) {
      throw new InputError('E_USAGE', '--db', `cannot open the PostgreSQL store: ${(error as Error).message}`);
    }
  }
  try {
    return new SqliteStore(target, options);
  } catch (error) {
    throw new InputError('E_USAGE', target, `cannot open the store: ${(error as Error).message}`);
  }
}
