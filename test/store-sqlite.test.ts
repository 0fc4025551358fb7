// store: the shared suite on SQLite, plus what only SQLite has (pragmas, migrations, default path).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreSuite, makeArticle } from '../src/store/store.case.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { defaultDbPath } from '../src/store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
let n = 0;

runStoreSuite('sqlite', async () => new SqliteStore(join(dir, `suite-${++n}.db`)));

test('store: SQLite runs in WAL mode with synchronous=FULL', async () => {
  const store = new SqliteStore(join(dir, 'pragmas.db'));
  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(store.db.pragma('synchronous', { simple: true }), 2);
  await store.close();
});

test('store: reopening applies no migration twice and keeps the data', async () => {
  const path = join(dir, 'reopen.db');
  const first = new SqliteStore(path);
  const added = await first.addArticle(makeArticle(), { kind: 'new' });
  const version = await first.schemaVersion();
  await first.close();
  const second = new SqliteStore(path);
  assert.equal(await second.schemaVersion(), version);
  assert.equal((second.db.prepare('SELECT COUNT(*) AS n FROM schema_version').get() as { n: number }).n, version);
  assert.ok(await second.getArticle(added.article));
  assert.equal(second.integrityCheck(), 'ok');
  await second.close();
});

test('store: default path is $CORROBORATE_DB, else under XDG data or ~/.local/share', () => {
  const rows: [NodeJS.ProcessEnv, RegExp][] = [
    [{ CORROBORATE_DB: '/tmp/x.db' }, /^\/tmp\/x\.db$/],
    [{ XDG_DATA_HOME: '/data' }, /^\/data\/corroborate\/corroborate\.db$/],
    [{}, /\.local\/share\/corroborate\/corroborate\.db$/],
  ];
  for (const [env, expected] of rows) assert.match(defaultDbPath(env), expected);
});
