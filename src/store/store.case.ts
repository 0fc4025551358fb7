// The shared Store test suite: every implementation (SQLite now, PostgreSQL later) runs exactly these cases.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../model/index.js';
import type { NewArticle, Store } from './store.js';

let counter = 0;

/** A small invented article with the given keys; content differs per call unless `text` is given. */
export function makeArticle(overrides: Partial<NewArticle> & { text?: string; title?: string; published?: string } = {}): NewArticle {
  counter++;
  const text = overrides.text ?? `The Orvane harbour board met on day ${counter} to discuss the ferry timetable.`;
  const doc: Doc = { id: 'd1', source: `file-${counter}.txt`, contributors: [], text, removed: [] };
  if (overrides.title) doc.title = overrides.title;
  if (overrides.published) doc.published = overrides.published;
  const { text: _t, title: _ti, published: _p, ...rest } = overrides;
  return {
    hash: `hash-${counter}-${text.length}`,
    doc,
    signature: { terms: [['ferry', 2], ['harbour', 1]], names: [['orvane', 1]], bands: ['b0:1'], length: 12 },
    keys: ['n:orvane', 't:ferry'],
    terms: ['t:ferry', 't:harbour', 'n:orvane'],
    ...rest,
  };
}

export function runStoreSuite(name: string, makeStore: () => Promise<Store>): void {
  describe(`store (${name})`, () => {
    const withStore = (title: string, fn: (store: Store) => Promise<void>) =>
      test(`store: ${title}`, async () => {
        const store = await makeStore();
        try {
          await fn(store);
        } finally {
          await store.close();
        }
      });

    withStore('records a schema version after migrating', async (store) => {
      assert.ok((await store.schemaVersion()) >= 1);
    });

    withStore('a new article opens a story and reads back intact', async (store) => {
      const article = makeArticle({ title: 'Ferry timetable', published: '2026-02-03T10:00:00Z', day: 20487, url: 'news.example/a' });
      const result = await store.addArticle(article, { kind: 'new' });
      assert.equal(result.created, true);
      assert.deepEqual(result.merged, []);
      const stored = await store.getArticle(result.article);
      assert.deepEqual(stored?.doc, article.doc);
      assert.equal(stored?.url, 'news.example/a');
      assert.equal(stored?.story, result.story);
      const story = await store.getStory(result.story);
      assert.equal(story?.articles, 1);
      assert.equal(story?.title, 'Ferry timetable');
      assert.equal(story?.firstPublished, '2026-02-03T10:00:00Z');
      assert.equal(await store.countArticles(), 1);
    });

    withStore('an untitled story is titled by its first line', async (store) => {
      const r = await store.addArticle(makeArticle({ text: 'Orvane ferry back in service\n\nThe harbour board said the ferry sails again.' }), { kind: 'new' });
      assert.equal((await store.getStory(r.story))?.title, 'Orvane ferry back in service');
    });

    withStore('the same content hash or the same URL is stored once', async (store) => {
      const first = makeArticle({ url: 'news.example/x' });
      const a = await store.addArticle(first, { kind: 'new' });
      const sameHash = await store.addArticle({ ...makeArticle(), hash: first.hash }, { kind: 'new' });
      const sameUrl = await store.addArticle({ ...makeArticle(), url: 'news.example/x' }, { kind: 'new' });
      for (const again of [sameHash, sameUrl]) {
        assert.equal(again.created, false);
        assert.equal(again.article, a.article);
        assert.equal(again.story, a.story);
      }
      assert.equal(await store.countArticles(), 1);
      assert.equal(await store.findArticle({ hash: first.hash }), a.article);
      assert.equal(await store.findArticle({ hash: 'other', url: 'news.example/x' }), a.article);
      assert.equal(await store.findArticle({ hash: 'other' }), undefined);
      assert.equal((await store.listStories()).length, 1);
      const terms = await store.termStats(['t:ferry']);
      assert.equal(terms.df.get('t:ferry'), 1, 'a duplicate must not count twice in document frequencies');
    });

    withStore('joining a story bumps its version and keeps ingest order', async (store) => {
      const a = await store.addArticle(makeArticle({ published: '2026-01-02' }), { kind: 'new' });
      const before = (await store.getStory(a.story))!.version;
      const b = await store.addArticle(makeArticle({ published: '2026-01-01' }), { kind: 'join', story: a.story, score: 0.7 });
      assert.equal(b.story, a.story);
      const story = (await store.getStory(a.story))!;
      assert.equal(story.articles, 2);
      assert.ok(story.version > before);
      assert.equal(story.firstPublished, '2026-01-01');
      assert.equal(story.lastPublished, '2026-01-02');
      assert.deepEqual((await store.storyArticles(a.story)).map((x) => x.id), [a.article, b.article]);
    });

    withStore('a merge folds stories into the lowest id and is recorded', async (store) => {
      const a = await store.addArticle(makeArticle(), { kind: 'new' });
      const b = await store.addArticle(makeArticle(), { kind: 'new' });
      const c = await store.addArticle(makeArticle(), { kind: 'join', story: b.story });
      const m = await store.addArticle(makeArticle(), { kind: 'merge', stories: [b.story, a.story], score: 0.8 });
      assert.equal(m.story, a.story);
      assert.deepEqual(m.merged, [b.story]);
      assert.deepEqual((await store.storyArticles(a.story)).map((x) => x.id), [a.article, b.article, c.article, m.article]);
      assert.equal((await store.getStory(a.story))!.articles, 4);
      assert.equal((await store.getStory(b.story))!.mergedInto, a.story);
      assert.deepEqual((await store.listStories()).map((s) => s.id), [a.story]);
      assert.deepEqual(await store.listMerges(), [{ into: a.story, from: b.story, article: m.article, score: 0.8 }]);
      // A later join aimed at the merged-away story lands in the live one.
      const late = await store.addArticle(makeArticle(), { kind: 'join', story: b.story });
      assert.equal(late.story, a.story);
    });

    withStore('a join to a story that does not exist opens a new one', async (store) => {
      const r = await store.addArticle(makeArticle(), { kind: 'join', story: 999 });
      assert.equal(r.created, true);
      assert.ok(await store.getStory(r.story));
    });

    withStore('term statistics count each article once per term', async (store) => {
      await store.addArticle(makeArticle({ terms: ['t:a', 't:b', 't:a'] }), { kind: 'new' });
      await store.addArticle(makeArticle({ terms: ['t:a'] }), { kind: 'new' });
      const stats = await store.termStats(['t:a', 't:b', 't:c']);
      assert.equal(stats.total, 2);
      assert.equal(stats.df.get('t:a'), 2);
      assert.equal(stats.df.get('t:b'), 1);
      assert.equal(stats.df.has('t:c'), false);
    });

    withStore('candidates come from shared keys within the day window, undated always included', async (store) => {
      const near = await store.addArticle(makeArticle({ keys: ['n:kell', 't:bridge'], day: 100 }), { kind: 'new' });
      const far = await store.addArticle(makeArticle({ keys: ['n:kell'], day: 300 }), { kind: 'new' });
      const undated = await store.addArticle(makeArticle({ keys: ['t:bridge'] }), { kind: 'new' });
      const unrelated = await store.addArticle(makeArticle({ keys: ['n:other'], day: 100 }), { kind: 'new' });
      const hits = await store.findCandidates({ keys: ['n:kell', 't:bridge'], window: { from: 90, to: 110 }, perKey: 10 });
      const byId = new Map(hits.map((h) => [h.article, h.keys.sort()]));
      assert.deepEqual(byId.get(near.article), ['n:kell', 't:bridge']);
      assert.deepEqual(byId.get(undated.article), ['t:bridge']);
      assert.equal(byId.has(far.article), false);
      assert.equal(byId.has(unrelated.article), false);
      const all = await store.findCandidates({ keys: ['n:kell'], perKey: 10 });
      assert.deepEqual(all.map((h) => h.article).sort((x, y) => x - y), [near.article, far.article]);
    });

    withStore('candidate lookup reads at most perKey postings per key, most recent first', async (store) => {
      const ids: number[] = [];
      for (let i = 0; i < 12; i++) ids.push((await store.addArticle(makeArticle({ keys: ['t:common'], day: 50 + i }), { kind: 'new' })).article);
      const hits = await store.findCandidates({ keys: ['t:common'], perKey: 5 });
      assert.deepEqual(hits.map((h) => h.article).sort((x, y) => x - y), ids.slice(-5));
    });

    withStore('signatures read back with their story and day', async (store) => {
      const article = makeArticle({ day: 42 });
      const r = await store.addArticle(article, { kind: 'new' });
      const [row] = await store.getSignatures([r.article, 12345]);
      assert.deepEqual(row, { article: r.article, story: r.story, day: 42, signature: article.signature });
    });

    withStore('stories list newest first and --since filters by date', async (store) => {
      const old = await store.addArticle(makeArticle({ published: '2025-01-05' }), { kind: 'new' });
      const recent = await store.addArticle(makeArticle({ published: '2026-03-01' }), { kind: 'new' });
      assert.deepEqual((await store.listStories()).map((s) => s.id), [recent.story, old.story]);
      assert.deepEqual((await store.listStories({ since: '2026-01-01' })).map((s) => s.id), [recent.story]);
      assert.deepEqual(await store.listStories({ since: '2027-01-01' }), []);
    });

    withStore('a cached report is used only for the story version it was computed for', async (store) => {
      const a = await store.addArticle(makeArticle(), { kind: 'new' });
      const v1 = (await store.getStory(a.story))!.version;
      assert.equal(await store.putReport(a.story, v1, { findings: ['one'] }), true);
      assert.deepEqual(await store.getReport(a.story), { version: v1, report: { findings: ['one'] } });
      await store.addArticle(makeArticle(), { kind: 'join', story: a.story });
      const v2 = (await store.getStory(a.story))!.version;
      assert.notEqual(v2, v1);
      assert.equal(await store.putReport(a.story, v1, { findings: ['stale'] }), false, 'a report for an old version is refused');
      assert.equal((await store.getReport(a.story))!.version, v1);
      assert.equal(await store.putReport(a.story, v2, { findings: ['two'] }), true);
      assert.deepEqual(await store.getReport(a.story), { version: v2, report: { findings: ['two'] } });
    });

    withStore('a split moves the named members to a new story with the article, re-counting both sides', async (store) => {
      const a = await store.addArticle(makeArticle({ title: 'Ferry strike', published: '2026-01-01' }), { kind: 'new' });
      const b = await store.addArticle(makeArticle({ published: '2026-01-02' }), { kind: 'join', story: a.story });
      const c = await store.addArticle(makeArticle({ title: 'Bridge closure', published: '2026-03-05' }), { kind: 'join', story: a.story });
      const d = await store.addArticle(makeArticle({ published: '2026-03-07' }), { kind: 'join', story: a.story });
      const before = (await store.getStory(a.story))!;
      assert.deepEqual(await store.storyMembers(a.story, 3), [a.article, b.article, c.article]);
      const e = await store.addArticle(makeArticle({ published: '2026-03-06', addedAt: '2026-03-06T09:00:00Z' }),
        { kind: 'split', story: a.story, version: before.version, detach: [d.article, c.article], side: 'detached', score: 0.3 });
      assert.ok(e.split !== undefined && e.split !== a.story);
      assert.equal(e.story, e.split);
      assert.deepEqual((await store.storyArticles(a.story)).map((x) => x.id), [a.article, b.article]);
      assert.deepEqual(await store.storyMembers(e.split, 10), [c.article, d.article, e.article]);
      const kept = (await store.getStory(a.story))!;
      const opened = (await store.getStory(e.split))!;
      assert.equal(kept.articles, 2);
      assert.ok(kept.version > before.version);
      assert.equal(kept.lastPublished, '2026-01-02');
      assert.equal(kept.title, 'Ferry strike');
      assert.deepEqual([opened.articles, opened.title, opened.firstPublished, opened.lastPublished, opened.lastAdded],
        [3, 'Bridge closure', '2026-03-05', '2026-03-07', '2026-03-06T09:00:00Z']);
      assert.deepEqual((await store.getSignatures([c.article]))[0].story, e.split);
      assert.deepEqual((await store.listStories()).map((s) => s.id).sort((x, y) => x - y), [a.story, e.split]);
      assert.equal(await store.countArticles(), 5);
    });

    withStore('a split whose article stays with the kept side, and a stale split that is only a join', async (store) => {
      const ids: number[] = [];
      const a = await store.addArticle(makeArticle(), { kind: 'new' });
      ids.push(a.article);
      for (let i = 0; i < 3; i++) ids.push((await store.addArticle(makeArticle(), { kind: 'join', story: a.story })).article);
      const version = (await store.getStory(a.story))!.version;
      const kept = await store.addArticle(makeArticle(), { kind: 'split', story: a.story, version, detach: [ids[2], ids[3]], side: 'kept' });
      assert.equal(kept.story, a.story);
      assert.deepEqual(await store.storyMembers(a.story, 10), [ids[0], ids[1], kept.article]);
      assert.deepEqual(await store.storyMembers(kept.split!, 10), [ids[2], ids[3]]);
      // Decided on an older version of the story: the store joins and moves nothing.
      const stale = await store.addArticle(makeArticle(), { kind: 'split', story: a.story, version, detach: [ids[1]], side: 'detached' });
      assert.equal(stale.story, a.story);
      assert.equal(stale.split, undefined);
      assert.deepEqual(await store.storyMembers(a.story, 10), [ids[0], ids[1], kept.article, stale.article]);
      assert.equal((await store.getStory(a.story))!.articles, 4);
    });

    withStore('unknown ids read as undefined or empty', async (store) => {
      assert.deepEqual(await store.storyMembers(404, 5), []);
      assert.equal(await store.getArticle(404), undefined);
      assert.equal(await store.getStory(404), undefined);
      assert.deepEqual(await store.storyArticles(404), []);
      assert.equal(await store.getReport(404), undefined);
      assert.deepEqual(await store.getSignatures([404]), []);
      assert.deepEqual(await store.findCandidates({ keys: ['t:none'], perKey: 5 }), []);
    });
  });
}
