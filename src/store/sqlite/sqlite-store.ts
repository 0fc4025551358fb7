// SQLite implementation of Store (better-sqlite3): WAL, synchronous=FULL, one transaction per article.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { storyTitle } from '../store.js';
import type { Doc } from '../../model/index.js';
import type {
  AddResult, Assignment, CachedReport, Candidate, CandidateQuery, MergeRecord, NewArticle, SignatureRow, Store,
  StoredArticle, StorySummary,
} from '../store.js';
import { MIGRATIONS } from './migrations.js';

/** Marks undated articles in the index (day numbers of real dates are >= 0 for anything after 1970). */
const NO_DAY = -1;

export type SqliteOptions = {
  /** 'full' (default) survives power loss for every acknowledged article; 'off' only for bulk pre-fill in benches. */
  synchronous?: 'full' | 'off';
};

type StoryRow = {
  id: number; title: string | null; first_published: string | null; last_published: string | null;
  last_added: string | null; article_count: number; version: number; merged_into: number | null;
};
type ArticleRow = {
  id: number; url: string | null; hash: string; story_id: number; published: string | null; added_at: string | null; doc: string;
};

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

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly db: Database.Database;
  readonly path: string;
  private readonly stmt;

  constructor(path: string, options: SqliteOptions = {}) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.path = path;
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'off' ? 'OFF' : 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    const db = this.db;
    this.stmt = {
      findByHash: db.prepare('SELECT id, story_id FROM articles WHERE hash = ?'),
      findByUrl: db.prepare('SELECT id, story_id FROM articles WHERE url = ?'),
      insertStory: db.prepare('INSERT INTO stories (title) VALUES (?)'),
      story: db.prepare('SELECT * FROM stories WHERE id = ?'),
      moveArticles: db.prepare('UPDATE articles SET story_id = ? WHERE story_id = ?'),
      markMerged: db.prepare('UPDATE stories SET merged_into = ?, version = version + 1 WHERE id = ?'),
      insertMerge: db.prepare('INSERT INTO story_merges (into_story, from_story, article_id, score) VALUES (?, ?, ?, ?)'),
      insertArticle: db.prepare(`INSERT INTO articles (url, hash, story_id, published, day, added_at, doc, signature)
        VALUES (@url, @hash, @story, @published, @day, @addedAt, @doc, @signature)`),
      insertKey: db.prepare('INSERT OR IGNORE INTO index_keys (key, day, article_id) VALUES (?, ?, ?)'),
      bumpTerm: db.prepare('INSERT INTO terms (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1'),
      bumpCounter: db.prepare('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value'),
      counter: db.prepare('SELECT value FROM counters WHERE name = ?'),
      updateStory: db.prepare(`UPDATE stories SET article_count = ?, version = version + 1, first_published = ?,
        last_published = ?, last_added = ?, title = COALESCE(title, ?) WHERE id = ?`),
      article: db.prepare('SELECT id, url, hash, story_id, published, added_at, doc FROM articles WHERE id = ?'),
      storyArticles: db.prepare('SELECT id, url, hash, story_id, published, added_at, doc FROM articles WHERE story_id = ? ORDER BY id'),
      termsDf: db.prepare('SELECT term, df FROM terms WHERE term IN (SELECT value FROM json_each(?))'),
      postingsWindow: db.prepare('SELECT article_id FROM index_keys WHERE key = ? AND day BETWEEN ? AND ? ORDER BY day DESC, article_id DESC LIMIT ?'),
      postingsUndated: db.prepare(`SELECT article_id FROM index_keys WHERE key = ? AND day = ${NO_DAY} ORDER BY article_id DESC LIMIT ?`),
      postingsAll: db.prepare('SELECT article_id FROM index_keys WHERE key = ? ORDER BY day DESC, article_id DESC LIMIT ?'),
      signature: db.prepare('SELECT id, story_id, day, signature FROM articles WHERE id = ?'),
      listStories: db.prepare(`SELECT * FROM stories WHERE merged_into IS NULL AND article_count > 0
        AND (@since IS NULL OR COALESCE(last_published, last_added) >= @since)
        ORDER BY COALESCE(last_published, last_added) DESC, id DESC LIMIT @limit`),
      merges: db.prepare('SELECT into_story, from_story, article_id, score FROM story_merges ORDER BY id'),
      members: db.prepare('SELECT id FROM articles WHERE story_id = ? ORDER BY id LIMIT ?'),
      moveArticle: db.prepare('UPDATE articles SET story_id = ? WHERE id = ? AND story_id = ?'),
      storyTotals: db.prepare(`SELECT COUNT(*) AS n, MIN(published) AS first, MAX(published) AS last, MAX(added_at) AS added
        FROM articles WHERE story_id = ?`),
      report: db.prepare('SELECT version, report FROM story_reports WHERE story_id = ?'),
      putReport: db.prepare(`INSERT INTO story_reports (story_id, version, report) SELECT id, version, @report FROM stories
        WHERE id = @story AND version = @version
        ON CONFLICT(story_id) DO UPDATE SET version = excluded.version, report = excluded.report`),
    };
  }

  async schemaVersion(): Promise<number> {
    return (this.db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async findArticle(key: { url?: string; hash: string }): Promise<number | undefined> {
    return this.findSync(key)?.id;
  }

  private findSync(key: { url?: string; hash: string }): { id: number; story_id: number } | undefined {
    const byHash = this.stmt.findByHash.get(key.hash) as { id: number; story_id: number } | undefined;
    if (byHash || !key.url) return byHash;
    return this.stmt.findByUrl.get(key.url) as { id: number; story_id: number } | undefined;
  }

  async addArticle(article: NewArticle, assignment: Assignment): Promise<AddResult> {
    return this.addArticleSync(article, assignment);
  }

  /** The synchronous body of addArticle; benches call it inside one outer transaction for bulk pre-fill. */
  addArticleSync(article: NewArticle, assignment: Assignment): AddResult {
    return this.db.transaction(() => this.insert(article, assignment)).immediate();
  }

  private live(id: number): StoryRow | undefined {
    let row = this.stmt.story.get(id) as StoryRow | undefined;
    for (let hops = 0; row && row.merged_into !== null && hops < 1000; hops++) row = this.stmt.story.get(row.merged_into) as StoryRow | undefined;
    return row;
  }

  private insert(article: NewArticle, assignment: Assignment): AddResult {
    const existing = this.findSync(article);
    if (existing) return { article: existing.id, story: this.live(existing.story_id)?.id ?? existing.story_id, created: false, merged: [] };
    const targets: StoryRow[] = [];
    if (assignment.kind === 'join' || assignment.kind === 'split') {
      const row = this.live(assignment.story);
      if (row) targets.push(row);
    } else if (assignment.kind === 'merge') {
      for (const id of assignment.stories) {
        const row = this.live(id);
        if (row && !targets.some((t) => t.id === row.id)) targets.push(row);
      }
    }
    const doc = article.doc;
    let story: StoryRow;
    if (targets.length === 0) {
      const id = Number(this.stmt.insertStory.run(storyTitle(doc) ?? null).lastInsertRowid);
      story = this.stmt.story.get(id) as StoryRow;
    } else {
      targets.sort((a, b) => a.id - b.id);
      story = targets[0];
    }
    // A split applies only to the story it was decided on, unchanged since (same version); else it is a join.
    const split = assignment.kind === 'split' && story.id === assignment.story && story.version === assignment.version
      && assignment.detach.length > 0 ? assignment : undefined;
    let detached: number | undefined;
    if (split) {
      const firstRow = this.stmt.article.get(Math.min(...split.detach)) as ArticleRow | undefined;
      detached = Number(this.stmt.insertStory.run(firstRow ? storyTitle(JSON.parse(firstRow.doc) as Doc) ?? null : null).lastInsertRowid);
      for (const member of [...split.detach].sort((a, b) => a - b)) this.stmt.moveArticle.run(detached, member, story.id);
    }
    const home = split?.side === 'detached' ? detached! : story.id;
    const published = doc.published ?? null;
    const row = this.stmt.insertArticle.run({
      url: article.url ?? null, hash: article.hash, story: home, published, day: article.day ?? null,
      addedAt: article.addedAt ?? null, doc: JSON.stringify(doc), signature: JSON.stringify(article.signature),
    });
    const id = Number(row.lastInsertRowid);
    let count = story.article_count + 1;
    let first = minIso(story.first_published, published);
    let last = maxIso(story.last_published, published);
    const merged: number[] = [];
    for (const other of targets.slice(1)) {
      this.stmt.moveArticles.run(story.id, other.id);
      this.stmt.markMerged.run(story.id, other.id);
      this.stmt.insertMerge.run(story.id, other.id, id, assignment.score ?? null);
      count += other.article_count;
      first = minIso(first, other.first_published);
      last = maxIso(last, other.last_published);
      merged.push(other.id);
    }
    if (detached !== undefined) {
      // Both sides re-count from their articles (a split story is small: clustering bounds the stories it splits).
      for (const side of [story.id, detached]) {
        const t = this.stmt.storyTotals.get(side) as { n: number; first: string | null; last: string | null; added: string | null };
        this.stmt.updateStory.run(t.n, t.first, t.last, t.added, null, side);
      }
    } else {
      this.stmt.updateStory.run(count, first, last, article.addedAt ?? null, storyTitle(doc) ?? null, story.id);
    }
    const day = article.day ?? NO_DAY;
    for (const key of new Set(article.keys)) this.stmt.insertKey.run(key, day, id);
    for (const term of new Set(article.terms)) this.stmt.bumpTerm.run(term);
    this.stmt.bumpCounter.run('articles', 1);
    const result: AddResult = { article: id, story: home, created: true, merged };
    if (detached !== undefined) result.split = detached;
    return result;
  }

  async getArticle(id: number): Promise<StoredArticle | undefined> {
    const row = this.stmt.article.get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : undefined;
  }

  async countArticles(): Promise<number> {
    return (this.stmt.counter.get('articles') as { value: number } | undefined)?.value ?? 0;
  }

  async termStats(terms: string[]): Promise<{ total: number; df: Map<string, number> }> {
    const df = new Map<string, number>();
    const rows = this.stmt.termsDf.all(JSON.stringify([...new Set(terms)])) as { term: string; df: number }[];
    for (const row of rows) df.set(row.term, row.df);
    return { total: await this.countArticles(), df };
  }

  async findCandidates(query: CandidateQuery): Promise<Candidate[]> {
    const hits = new Map<number, string[]>();
    const add = (key: string, rows: { article_id: number }[]) => {
      for (const { article_id } of rows) {
        const keys = hits.get(article_id);
        if (keys) keys.push(key);
        else hits.set(article_id, [key]);
      }
    };
    for (const key of new Set(query.keys)) {
      if (query.window) {
        add(key, this.stmt.postingsWindow.all(key, query.window.from, query.window.to, query.perKey) as { article_id: number }[]);
        add(key, this.stmt.postingsUndated.all(key, query.perKey) as { article_id: number }[]);
      } else {
        add(key, this.stmt.postingsAll.all(key, query.perKey) as { article_id: number }[]);
      }
    }
    return [...hits].map(([article, keys]) => ({ article, keys }));
  }

  async getSignatures(articles: number[]): Promise<SignatureRow[]> {
    const out: SignatureRow[] = [];
    for (const id of articles) {
      const row = this.stmt.signature.get(id) as { id: number; story_id: number; day: number | null; signature: string } | undefined;
      if (!row) continue;
      const sig: SignatureRow = { article: row.id, story: row.story_id, signature: JSON.parse(row.signature) };
      if (row.day !== null) sig.day = row.day;
      out.push(sig);
    }
    return out;
  }

  async listStories(options: { since?: string; limit?: number } = {}): Promise<StorySummary[]> {
    const rows = this.stmt.listStories.all({ since: options.since ?? null, limit: options.limit ?? -1 }) as StoryRow[];
    return rows.map(toStory);
  }

  async getStory(id: number): Promise<StorySummary | undefined> {
    const row = this.stmt.story.get(id) as StoryRow | undefined;
    return row ? toStory(row) : undefined;
  }

  async storyArticles(story: number): Promise<StoredArticle[]> {
    return (this.stmt.storyArticles.all(story) as ArticleRow[]).map(toArticle);
  }

  async storyMembers(story: number, limit: number): Promise<number[]> {
    return (this.stmt.members.all(story, limit) as { id: number }[]).map((r) => r.id);
  }

  async listMerges(): Promise<MergeRecord[]> {
    const rows = this.stmt.merges.all() as { into_story: number; from_story: number; article_id: number; score: number | null }[];
    return rows.map((r) => {
      const merge: MergeRecord = { into: r.into_story, from: r.from_story, article: r.article_id };
      if (r.score !== null) merge.score = r.score;
      return merge;
    });
  }

  async getReport(story: number): Promise<CachedReport | undefined> {
    const row = this.stmt.report.get(story) as { version: number; report: string } | undefined;
    return row ? { version: row.version, report: JSON.parse(row.report) } : undefined;
  }

  async putReport(story: number, version: number, report: unknown): Promise<boolean> {
    return this.stmt.putReport.run({ story, version, report: JSON.stringify(report) }).changes > 0;
  }

  /** Runs PRAGMA integrity_check; 'ok' when the file is sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  }
}

/** Applies every migration newer than the recorded schema version, each in its own transaction. */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const current = (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_version').get() as { v: number }).v;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version, name) VALUES (?, ?)').run(migration.version, migration.name);
    }).immediate();
  }
  return Math.max(current, ...MIGRATIONS.map((m) => m.version));
}
