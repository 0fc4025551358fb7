// Versioned schema of the PostgreSQL store: each entry runs once, in order, recorded in schema_version.
// Version 2 ('story centroids', commit 80a9e64) was removed again: stores opened with that commit recorded it, so
// the next migration must be version 3, never 2.
export const PG_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, stories, candidate index, term frequencies, sharded counters, report cache',
    sql: `
      CREATE TABLE stories (
        id BIGSERIAL PRIMARY KEY,
        title TEXT,
        first_published TEXT,
        last_published TEXT,
        last_added TEXT,
        article_count INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 0,
        merged_into BIGINT REFERENCES stories(id)
      );
      CREATE INDEX stories_active ON stories (COALESCE(last_published, last_added) DESC, id DESC)
        WHERE merged_into IS NULL AND article_count > 0;
      CREATE TABLE articles (
        id BIGSERIAL PRIMARY KEY,
        url TEXT UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        story_id BIGINT NOT NULL REFERENCES stories(id),
        published TEXT,
        day INTEGER,
        added_at TEXT,
        doc TEXT NOT NULL,
        signature TEXT NOT NULL
      );
      CREATE INDEX articles_story ON articles (story_id, id);
      CREATE TABLE index_keys (
        key TEXT NOT NULL,
        day INTEGER NOT NULL,
        article_id BIGINT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, day, article_id)
      );
      CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
      -- One row per (name, shard) so concurrent inserts do not queue on a single hot counter row.
      CREATE TABLE counters (name TEXT NOT NULL, shard SMALLINT NOT NULL, value BIGINT NOT NULL, PRIMARY KEY (name, shard));
      CREATE TABLE story_merges (
        id BIGSERIAL PRIMARY KEY,
        into_story BIGINT NOT NULL,
        from_story BIGINT NOT NULL,
        article_id BIGINT NOT NULL,
        score DOUBLE PRECISION
      );
      CREATE TABLE story_reports (
        story_id BIGINT PRIMARY KEY REFERENCES stories(id),
        version INTEGER NOT NULL,
        report TEXT NOT NULL
      );
    `,
  },
];
