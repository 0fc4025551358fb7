// store: the shared suite on PostgreSQL (fresh schema per case), plus migrations and concurrent writers.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { runStoreSuite, makeArticle } from '../src/store/store.case.js';
import { PostgresStore, parsePostgresUrl } from '../src/store/postgres/postgres-store.js';
import { openStore } from '../src/store/open.js';

const PG = process.env.CORROBORATE_TEST_PG;
const skip = PG ? false : 'needs CORROBORATE_TEST_PG (eval "$(scripts/services.sh)")';
const run = randomBytes(4).toString('hex');
let n = 0;
const opened: PostgresStore[] = [];

/** A store on a schema of its own; every schema is dropped when the file ends. */
async function freshStore(): Promise<PostgresStore> {
  const store = await PostgresStore.open(PG!, { schema: `t_${run}_${++n}`, max: 4 });
  opened.push(store);
  return store;
}

after(async () => {
  if (!PG) return;
  const admin = await PostgresStore.open(PG, { schema: `t_${run}_cleanup` });
  for (const store of opened) await admin.pool.query(`DROP SCHEMA IF EXISTS "${store.schema}" CASCADE`);
  await admin.dropSchema();
  await admin.close();
});

if (PG) runStoreSuite('postgres', freshStore);
else test('store (postgres): shared suite', { skip }, () => {});

test('store: postgres URL keeps the schema parameter out of the connection string', () => {
  const rows: [string, string, string | undefined][] = [
    ['postgres://u:p@127.0.0.1:5432/db?schema=s1', 'postgres://u:p@127.0.0.1:5432/db', 's1'],
    ['postgresql://h/db', 'postgresql://h/db', undefined],
  ];
  for (const [url, connection, schema] of rows) assert.deepEqual(parsePostgresUrl(url), { connectionString: connection, schema });
});

test('store: openStore returns the PostgreSQL store for postgres:// URLs', { skip }, async () => {
  const schema = `t_${run}_${++n}`;
  const store = await openStore(`${PG}?schema=${schema}`);
  try {
    assert.equal(store.kind, 'postgres');
    assert.ok((await store.schemaVersion()) >= 1);
  } finally {
    await (store as PostgresStore).dropSchema();
    await store.close();
  }
});

test('store: postgres migrations run once even when several processes open the store at once', { skip }, async () => {
  const schema = `t_${run}_${++n}`;
  const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(PG!, { schema })));
  opened.push(...stores);
  const rows = (await stores[0].pool.query('SELECT COUNT(*)::int AS n FROM schema_version')).rows[0].n;
  assert.equal(rows, await stores[0].schemaVersion());
  for (const store of stores) await store.close();
});

test('store: concurrent inserts of one article on many connections store it once', { skip }, async () => {
  const store = await freshStore();
  const article = makeArticle({ url: 'news.example/race' });
  const results = await Promise.all(Array.from({ length: 8 }, () => store.addArticle(article, { kind: 'new' })));
  assert.equal(results.filter((r) => r.created).length, 1);
  assert.equal(new Set(results.map((r) => r.article)).size, 1);
  assert.equal(new Set(results.map((r) => r.story)).size, 1);
  assert.equal(await store.countArticles(), 1);
  assert.equal((await store.listStories()).length, 1, 'a losing duplicate must not leave an empty story behind');
  assert.equal((await store.termStats(['t:ferry'])).df.get('t:ferry'), 1);
  await store.close();
});

test('store: concurrent joins and merges on shared stories keep counts exact', { skip }, async () => {
  const store = await freshStore();
  const a = await store.addArticle(makeArticle(), { kind: 'new' });
  const b = await store.addArticle(makeArticle(), { kind: 'new' });
  const jobs = Array.from({ length: 20 }, (_, i) => store.addArticle(makeArticle(), i === 10
    ? { kind: 'merge', stories: [b.story, a.story] }
    : { kind: 'join', story: i % 2 ? a.story : b.story }));
  await Promise.all(jobs);
  const live = await store.listStories();
  assert.deepEqual(live.map((s) => s.id), [a.story]);
  assert.equal(live[0].articles, 22);
  assert.equal((await store.storyArticles(a.story)).length, 22);
  await store.close();
});
