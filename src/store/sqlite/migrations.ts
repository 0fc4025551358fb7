// Versioned schema of the SQLite store: each entry runs once, in order, recorded in schema_version.
// Version 2 ('story centroids', commit 80a9e64) was removed again: stores opened with that commit recorded it, so
// the next migration must be version 3, never 2.
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, stories, candidate index, term frequencies, report cache',
    sql: `
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT,
        first_published TEXT,
        last_published TEXT,
        last_added TEXT,
        article_count INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 0,
        merged_into INTEGER REFERENCES stories(id)
      );
      CREATE INDEX stories_active ON stories(merged_into, last_published);
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        story_id INTEGER NOT NULL REFERENCES stories(id),
        published TEXT,
        day INTEGER,
        added_at TEXT,
        doc TEXT NOT NULL,
        signature TEXT NOT NULL
      );
      CREATE INDEX articles_story ON articles(story_id, id);
      CREATE TABLE index_keys (
        key TEXT NOT NULL,
        day INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, day, article_id)
      ) WITHOUT ROWID;
      CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE story_merges (
        id INTEGER PRIMARY KEY,
        into_story INTEGER NOT NULL,
        from_story INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        score REAL
      );
      CREATE TABLE story_reports (
        story_id INTEGER PRIMARY KEY REFERENCES stories(id),
        version INTEGER NOT NULL,
        report TEXT NOT NULL
      );
    `,
  },
];
