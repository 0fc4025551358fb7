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

/** Opens a store; a postgres:// URL is reserved for the PostgreSQL store. */
export async function openStore(db: string | undefined, options: SqliteOptions = {}): Promise<Store> {
  const target = db ?? defaultDbPath();
  if (/^postgres(ql)?:\/\//i.test(target)) throw new InputError('E_USAGE', '--db', 'the PostgreSQL store is not available in this build');
  try {
    return new SqliteStore(target, options);
  } catch (error) {
    throw new InputError('E_USAGE', target, `cannot open the store: ${(error as Error).message}`);
  }
}
