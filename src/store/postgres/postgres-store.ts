// PostgreSQL implementation of Store (pg Pool): same contract as SQLite, safe under many concurrent writers.
import pg from 'pg';
import type {
  AddResult, Assignment, CachedReport, Candidate, CandidateQuery, MergeRecord, NewArticle, SignatureRow, Store,
  StoredArticle, StorySummary,
} from '../store.js';
import { storyTitle } from '../store.js';
import { PG_MIGRATIONS } from './migrations.js';

/** Marks undated articles in the index, as in the SQLite store. */
const NO_DAY = -1;
/** Article counter shards: concurrent inserts spread over this many rows instead of one hot row. */
const COUNTER_SHARDS = 16;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** SQLSTATEs worth retrying the whole transaction for: serialization failure, deadlock detected. */
const RETRYABLE = new Set(['40001', '40P01']);
const INT8_OID = 20;

export type PostgresOptions = {
  /** Schema holding the tables (created when missing); default: the `schema` URL parameter, else `public`. */
  schema?: string;
  /** Pool size (default 4). */
  max?: number;
};

type Queryable = { query: <R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>> };

type StoryRow = {
  id: number; title: string | null; first_published: string | null; last_published: string | null;
  last_added: string | null; article_count: number; version: number; merged_into: number | null;
};
type ArticleRow = {
  id: number; url: string | null; hash: string; story_id: number; published: string | null; added_at: string | null; doc: string;
};

const STORY_COLUMNS = 'id, title, first_published, last_published, last_added, article_count, version, merged_into';
const ARTICLE_COLUMNS = 'id, url, hash, story_id, published, added_at, doc';

function toStory(row: StoryRow): StorySummary {
  const story: StorySummary = { id: row.id, articles: row.article_count, version: row.version };
  if (row.title !== null) story.title = row.title;
  if (row.first_published !== null) story.firstPublished = row.first_published;
  if (row.last_published !== null) story.lastPublished = row.last_published;
  if (row.last_added !== null) story.lastAdded = row.last_added;
  if (row.merged_into !== null) story.mergedInto = row.merged_into;
  return story;
}

function toArticle(row: ArticleRow): StoredArticle {
  const article: StoredArticle = { id: row.id, hash: row.hash, story: row.story_id, doc: JSON.parse(row.doc) };
  if (row.url !== null) article.url = row.url;
  if (row.published !== null) article.published = row.published;
  if (row.added_at !== null) article.addedAt = row.added_at;
  return article;
}

function minIso(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
function maxIso(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** Splits `postgres://...?schema=NAME` into the connection string pg understands and the schema. */
export function parsePostgresUrl(url: string): { connectionString: string; schema?: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

/** Lock keys of an article's identity: its content hash and its URL. */
export function identityLockKeys(article: { hash: string; url?: string }): string[] {
  return article.url ? [`h:${article.hash}`, `u:${article.url}`] : [`h:${article.hash}`];
}

/** Every read of the Store contract, over a pool or over one client inside a transaction. */
abstract class PgQueries implements Store {
  readonly kind = 'postgres';
  protected abstract readonly q: Queryable;

  abstract close(): Promise<void>;
  abstract addArticle(article: NewArticle, assignment: Assignment): Promise<AddResult>;

  async schemaVersion(): Promise<number> {
    return (await this.q.query<{ v: number }>('SELECT MAX(version)::int AS v FROM schema_version')).rows[0].v;
  }

  async findArticle(key: { url?: string; hash: string }): Promise<number | undefined> {
    return (await this.find(key))?.id;
  }

  /** One round trip: the article with this hash, else the one with this URL. */
  protected async find(key: { url?: string; hash: string }): Promise<{ id: number; story_id: number } | undefined> {
    return (await this.q.query<{ id: number; story_id: number }>(`SELECT id, story_id FROM articles WHERE hash = $1 OR url = $2
      ORDER BY (hash = $1) DESC LIMIT 1`, [key.hash, key.url ?? null])).rows[0];
  }

  async getArticle(id: number): Promise<StoredArticle | undefined> {
    const row = (await this.q.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id])).rows[0];
    return row ? toArticle(row) : undefined;
  }

  async countArticles(): Promise<number> {
    return (await this.q.query<{ n: number }>("SELECT COALESCE(SUM(value), 0)::bigint AS n FROM counters WHERE name = 'articles'")).rows[0].n;
  }

  async termStats(terms: string[]): Promise<{ total: number; df: Map<string, number> }> {
    const df = new Map<string, number>();
    // The article total rides along on every row (and on the one row a LEFT JOIN keeps when no term is known).
    const rows = (await this.q.query<{ total: number; term: string | null; df: number | null }>(`SELECT c.total, t.term, t.df
      FROM (SELECT COALESCE(SUM(value), 0)::bigint AS total FROM counters WHERE name = 'articles') c
      LEFT JOIN terms t ON t.term = ANY($1::text[])`, [[...new Set(terms)]])).rows;
    for (const row of rows) if (row.term !== null) df.set(row.term, row.df!);
    return { total: rows[0]?.total ?? 0, df };
  }

  /** One round trip: a LATERAL index scan per key, each bounded by perKey (same postings as the SQLite store). */
  async findCandidates(query: CandidateQuery): Promise<Candidate[]> {
    const keys = [...new Set(query.keys)];
    if (keys.length === 0) return [];
    let rows: { key: string; article_id: number }[];
    if (query.window) {
      rows = (await this.q.query<{ key: string; article_id: number }>(`
        SELECT k.key, p.article_id, k.ord, 0 AS part FROM unnest($1::text[]) WITH ORDINALITY AS k(key, ord)
          CROSS JOIN LATERAL (SELECT article_id, day FROM index_keys WHERE key = k.key AND day BETWEEN $2 AND $3
            ORDER BY day DESC, article_id DESC LIMIT $4) p
        UNION ALL
        SELECT k.key, p.article_id, k.ord, 1 AS part FROM unnest($1::text[]) WITH ORDINALITY AS k(key, ord)
          CROSS JOIN LATERAL (SELECT article_id FROM index_keys WHERE key = k.key AND day = ${NO_DAY}
            ORDER BY article_id DESC LIMIT $4) p
        ORDER BY ord, part`, [keys, query.window.from, query.window.to, query.perKey])).rows;
    } else {
      rows = (await this.q.query<{ key: string; article_id: number }>(`
        SELECT k.key, p.article_id FROM unnest($1::text[]) WITH ORDINALITY AS k(key, ord)
          CROSS JOIN LATERAL (SELECT article_id, day FROM index_keys WHERE key = k.key
            ORDER BY day DESC, article_id DESC LIMIT $2) p
        ORDER BY k.ord`, [keys, query.perKey])).rows;
    }
    const hits = new Map<number, string[]>();
    for (const { key, article_id } of rows) {
      const list = hits.get(article_id);
      if (list) list.push(key);
      else hits.set(article_id, [key]);
    }
    return [...hits].map(([article, keys]) => ({ article, keys }));
  }

  async getSignatures(articles: number[]): Promise<SignatureRow[]> {
    if (articles.length === 0) return [];
    const rows = (await this.q.query<{ id: number; story_id: number; day: number | null; signature: string }>(
      'SELECT id, story_id, day, signature FROM articles WHERE id = ANY($1::bigint[])', [articles])).rows;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const out: SignatureRow[] = [];
    for (const id of articles) {
      const row = byId.get(id);
      if (!row) continue;
      const sig: SignatureRow = { article: row.id, story: row.story_id, signature: JSON.parse(row.signature) };
      if (row.day !== null) sig.day = row.day;
      out.push(sig);
    }
    return out;
  }

  async listStories(options: { since?: string; limit?: number } = {}): Promise<StorySummary[]> {
    const rows = (await this.q.query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories WHERE merged_into IS NULL AND article_count > 0
      AND ($1::text IS NULL OR COALESCE(last_published, last_added) >= $1::text)
      ORDER BY COALESCE(last_published, last_added) DESC NULLS LAST, id DESC LIMIT $2`, [options.since ?? null, options.limit ?? null])).rows;
    return rows.map(toStory);
  }

  async getStory(id: number): Promise<StorySummary | undefined> {
    const row = (await this.q.query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1`, [id])).rows[0];
    return row ? toStory(row) : undefined;
  }

  async storyArticles(story: number): Promise<StoredArticle[]> {
    return (await this.q.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = $1 ORDER BY id`, [story])).rows.map(toArticle);
  }

  async storyMembers(story: number, limit: number): Promise<number[]> {
    return (await this.q.query<{ id: number }>('SELECT id FROM articles WHERE story_id = $1 ORDER BY id LIMIT $2', [story, limit])).rows.map((r) => r.id);
  }

  async listMerges(): Promise<MergeRecord[]> {
    const rows = (await this.q.query<{ into_story: number; from_story: number; article_id: number; score: number | null }>(
      'SELECT into_story, from_story, article_id, score FROM story_merges ORDER BY id')).rows;
    return rows.map((r) => {
      const merge: MergeRecord = { into: r.into_story, from: r.from_story, article: r.article_id };
      if (r.score !== null) merge.score = r.score;
      return merge;
    });
  }

  async getReport(story: number): Promise<CachedReport | undefined> {
    const row = (await this.q.query<{ version: number; report: string }>('SELECT version, report FROM story_reports WHERE story_id = $1', [story])).rows[0];
    return row ? { version: row.version, report: JSON.parse(row.report) } : undefined;
  }

  async putReport(story: number, version: number, report: unknown): Promise<boolean> {
    const result = await this.q.query(`INSERT INTO story_reports (story_id, version, report)
      SELECT id, version, $3 FROM stories WHERE id = $1 AND version = $2
      ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, report = excluded.report`, [story, version, JSON.stringify(report)]);
    return (result.rowCount ?? 0) > 0;
  }
}

/**
 * A Store bound to one client inside an open transaction. `lock` takes transaction-scoped advisory locks
 * (released at COMMIT/ROLLBACK); `addArticle` writes inside the caller's transaction.
 */
export class PgTransaction extends PgQueries {
  private readonly locked = new Set<string>();

  constructor(protected readonly q: pg.PoolClient) {
    super();
  }

  async close(): Promise<void> {}

  /** Takes the advisory locks not yet held, in a fixed (sorted) order so two callers never wait on each other in a cycle. */
  async lock(keys: Iterable<string>): Promise<string[]> {
    const fresh = [...new Set(keys)].filter((k) => !this.locked.has(k)).sort();
    if (fresh.length === 0) return [];
    await this.q.query(`SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 0) AS h
      FROM unnest($1::text[]) AS t(k)) s ORDER BY h`, [fresh]);
    for (const k of fresh) this.locked.add(k);
    return fresh;
  }

  async addArticle(article: NewArticle, assignment: Assignment): Promise<AddResult> {
    await this.lock(identityLockKeys(article));
    return this.insertLocked(article, assignment);
  }

  /** Locks a story row and follows merges to the live story, locking each hop. */
  private async liveForUpdate(id: number): Promise<StoryRow | undefined> {
    let row = (await this.q.query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1 FOR UPDATE`, [id])).rows[0];
    for (let hops = 0; row && row.merged_into !== null && hops < 1000; hops++) {
      row = (await this.q.query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1 FOR UPDATE`, [row.merged_into])).rows[0];
    }
    return row;
  }

  private async liveId(id: number): Promise<number> {
    let current = id;
    for (let hops = 0; hops < 1000; hops++) {
      const row = (await this.q.query<{ merged_into: number | null }>('SELECT merged_into FROM stories WHERE id = $1', [current])).rows[0];
      if (!row || row.merged_into === null) return current;
      current = row.merged_into;
    }
    return current;
  }

  /** The insert itself; the caller holds the identity locks, so a duplicate is seen here, not half-written. */
  private async insertLocked(article: NewArticle, assignment: Assignment): Promise<AddResult> {
    const existing = await this.find(article);
    if (existing) return { article: existing.id, story: await this.liveId(existing.story_id), created: false, merged: [] };
    const wanted = assignment.kind === 'join' || assignment.kind === 'split' ? [assignment.story] : assignment.kind === 'merge' ? assignment.stories : [];
    const targets: StoryRow[] = [];
    // Row locks on exactly the stories this article touches, taken in id order.
    for (const id of [...new Set(wanted)].sort((a, b) => a - b)) {
      const row = await this.liveForUpdate(id);
      if (row && !targets.some((t) => t.id === row.id)) targets.push(row);
    }
    const doc = article.doc;
    let story: StoryRow;
    if (targets.length === 0) {
      story = (await this.q.query<StoryRow>(`INSERT INTO stories (title) VALUES ($1) RETURNING ${STORY_COLUMNS}`, [storyTitle(doc) ?? null])).rows[0];
    } else {
      targets.sort((a, b) => a.id - b.id);
      story = targets[0];
    }
    // A split applies only to the story it was decided on, unchanged since (same version); else it is a join.
    // The story row is locked FOR UPDATE above, so no other writer moves its articles meanwhile.
    const split = assignment.kind === 'split' && story.id === assignment.story && story.version === assignment.version
      && assignment.detach.length > 0 ? assignment : undefined;
    let detached: number | undefined;
    if (split) {
      const firstDoc = (await this.q.query<{ doc: string }>('SELECT doc FROM articles WHERE id = $1', [Math.min(...split.detach)])).rows[0];
      detached = (await this.q.query<{ id: number }>('INSERT INTO stories (title) VALUES ($1) RETURNING id',
        [firstDoc ? storyTitle(JSON.parse(firstDoc.doc)) ?? null : null])).rows[0].id;
      await this.q.query('UPDATE articles SET story_id = $1 WHERE id = ANY($2::bigint[]) AND story_id = $3', [detached, split.detach, story.id]);
    }
    const home = split?.side === 'detached' ? detached! : story.id;
    const published = doc.published ?? null;
    const inserted = (await this.q.query<{ id: number }>(`INSERT INTO articles (url, hash, story_id, published, day, added_at, doc, signature)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`, [
      article.url ?? null, article.hash, home, published, article.day ?? null, article.addedAt ?? null,
      JSON.stringify(doc), JSON.stringify(article.signature),
    ])).rows[0];
    if (!inserted) throw new DuplicateRace();
    const id = inserted.id;
    let count = story.article_count + 1;
    let first = minIso(story.first_published, published);
    let last = maxIso(story.last_published, published);
    const merged: number[] = [];
    for (const other of targets.slice(1)) {
      await this.q.query('UPDATE articles SET story_id = $1 WHERE story_id = $2', [story.id, other.id]);
      await this.q.query('UPDATE stories SET merged_into = $1, version = version + 1 WHERE id = $2', [story.id, other.id]);
      await this.q.query('INSERT INTO story_merges (into_story, from_story, article_id, score) VALUES ($1, $2, $3, $4)', [story.id, other.id, id, assignment.score ?? null]);
      count += other.article_count;
      first = minIso(first, other.first_published);
      last = maxIso(last, other.last_published);
      merged.push(other.id);
    }
    // Story counters, index postings, document frequencies and the article counter in one round trip. Terms are
    // sorted so two writers bumping overlapping terms lock their rows in the same order (no deadlock).
    const terms = [...new Set(article.terms)].sort();
    await this.q.query(`WITH
      keys AS (INSERT INTO index_keys (key, day, article_id) SELECT DISTINCT k, $7::int, $8::bigint FROM unnest($9::text[]) AS t(k)
        ON CONFLICT DO NOTHING),
      df AS (INSERT INTO terms (term, df) SELECT t, 1 FROM unnest($10::text[]) WITH ORDINALITY AS u(t, ord) ORDER BY ord
        ON CONFLICT (term) DO UPDATE SET df = terms.df + 1),
      total AS (INSERT INTO counters (name, shard, value) VALUES ('articles', $11, 1)
        ON CONFLICT (name, shard) DO UPDATE SET value = counters.value + 1)
      UPDATE stories SET article_count = $1, version = version + 1, first_published = $2,
        last_published = $3, last_added = $4, title = COALESCE(title, $5) WHERE id = $6`,
    [count, first, last, article.addedAt ?? null, storyTitle(doc) ?? null, story.id,
      article.day ?? NO_DAY, id, [...new Set(article.keys)], terms, id % COUNTER_SHARDS]);
    if (detached !== undefined) {
      // Both sides re-count from their articles (a split story is small: clustering bounds the stories it splits).
      await this.q.query(`UPDATE stories s SET article_count = a.n, first_published = a.first, last_published = a.last,
        last_added = a.added, version = s.version + 1
        FROM (SELECT story_id, COUNT(*)::int AS n, MIN(published) AS first, MAX(published) AS last, MAX(added_at) AS added
          FROM articles WHERE story_id = ANY($1::bigint[]) GROUP BY story_id) a WHERE s.id = a.story_id`, [[story.id, detached]]);
    }
    const result: AddResult = { article: id, story: home, created: true, merged };
    if (detached !== undefined) result.split = detached;
    return result;
  }
}

/** Thrown inside a transaction when a unique key was taken by a writer that did not hold our identity lock. */
class DuplicateRace extends Error {
  constructor() {
    super('article inserted concurrently');
  }
}

export class PostgresStore extends PgQueries {
  protected readonly q: pg.Pool;
  readonly pool: pg.Pool;
  readonly schema: string;

  private constructor(pool: pg.Pool, schema: string) {
    super();
    this.pool = pool;
    this.q = pool;
    this.schema = schema;
  }

  /** Connects, creates the schema when missing and applies pending migrations (serialized across processes). */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const { connectionString, schema: fromUrl } = parsePostgresUrl(url);
    const schema = options.schema ?? fromUrl ?? 'public';
    if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name "${schema}" (lowercase letters, digits, _)`);
    const pool = new pg.Pool({
      connectionString,
      max: options.max ?? 4,
      options: `-c search_path=${schema}`,
      types: { getTypeParser: ((oid: number, format?: string) => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
    });
    // An idle client losing its server (restart, network) must not crash the process.
    pool.on('error', () => {});
    const store = new PostgresStore(pool, schema);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  /** Applies every migration newer than the recorded version in one transaction under an advisory lock. */
  async migrate(): Promise<number> {
    return this.transaction(async (tx, client) => {
      await tx.lock([`migrate:${this.schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
      const current = (await client.query<{ v: number }>('SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_version')).rows[0].v;
      for (const migration of PG_MIGRATIONS) {
        if (migration.version <= current) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_version (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      }
      return Math.max(current, ...PG_MIGRATIONS.map((m) => m.version));
    });
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /**
   * Runs `fn` in one transaction on one pooled client, retrying the whole of it on a deadlock or serialization
   * failure (the database rolled everything back, so the retry starts clean).
   */
  async transaction<T>(fn: (tx: PgTransaction, client: pg.PoolClient) => Promise<T>, attempts = 5): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(new PgTransaction(client), client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        const code = (error as { code?: string }).code;
        if (attempt >= attempts || !((code && RETRYABLE.has(code)) || error instanceof DuplicateRace)) throw error;
      } finally {
        client.release(broken);
      }
    }
  }

  async addArticle(article: NewArticle, assignment: Assignment): Promise<AddResult> {
    return this.transaction((tx) => tx.addArticle(article, assignment));
  }

  /** Drops the store's schema with everything in it (tests and benches on throwaway schemas). */
  async dropSchema(): Promise<void> {
    if (this.schema === 'public') throw new Error('refusing to drop the public schema');
    await this.pool.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
  }
}
