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

    const contribution = (terms: [string, number][], names: [string, number][] = [], maxTerms = 3, maxNames = 3) => ({ terms, names, maxTerms, maxNames });

    withStore('a story centroid sums its articles in the insert transaction and is cut to the caps', async (store) => {
      const a = await store.addArticle(makeArticle({ centroid: contribution([['ferry', 0.6], ['harbour', 0.4]], [['orvane', 1]]) }), { kind: 'new' });
      assert.deepEqual(await store.getCentroids([a.story]), new Map([[a.story, { articles: 1, terms: [['ferry', 0.6], ['harbour', 0.4]], names: [['orvane', 1]] }]]));
      await store.addArticle(makeArticle({ centroid: contribution([['ferry', 0.5], ['strike', 0.3], ['timetable', 0.2]]) }), { kind: 'join', story: a.story });
      const [centroid] = (await store.getCentroids([a.story])).values();
      // ferry 1.1, harbour 0.4, strike 0.3 kept; timetable (0.2) falls under the cap of 3 terms.
      assert.deepEqual(centroid, { articles: 2, terms: [['ferry', 1.1], ['harbour', 0.4], ['strike', 0.3]], names: [['orvane', 1]] });
    });

    withStore('a duplicate leaves the centroid alone; an article without a contribution too', async (store) => {
      const first = makeArticle({ centroid: contribution([['ferry', 1]]) });
      const a = await store.addArticle(first, { kind: 'new' });
      await store.addArticle({ ...makeArticle({ centroid: contribution([['ferry', 1]]) }), hash: first.hash }, { kind: 'join', story: a.story });
      await store.addArticle(makeArticle(), { kind: 'join', story: a.story });
      assert.deepEqual((await store.getCentroids([a.story])).get(a.story), { articles: 1, terms: [['ferry', 1]], names: [] });
      assert.equal((await store.getStory(a.story))!.articles, 2);
    });

    withStore('a merge sums the merged stories\' centroids into the kept one and drops theirs', async (store) => {
      const a = await store.addArticle(makeArticle({ centroid: contribution([['ferry', 1]], [['orvane', 1]]) }), { kind: 'new' });
      const b = await store.addArticle(makeArticle({ centroid: contribution([['bridge', 1]], [['kell', 1]]) }), { kind: 'new' });
      await store.addArticle(makeArticle({ centroid: contribution([['bridge', 0.5]]) }), { kind: 'join', story: b.story });
      const m = await store.addArticle(makeArticle({ centroid: contribution([['ferry', 0.25], ['bridge', 0.25]], [], 2, 2) }),
        { kind: 'merge', stories: [b.story, a.story] });
      assert.equal(m.story, a.story);
      const centroids = await store.getCentroids([a.story, b.story, 404]);
      assert.deepEqual([...centroids.keys()], [a.story]);
      assert.deepEqual(centroids.get(a.story), { articles: 4, terms: [['bridge', 1.75], ['ferry', 1.25]], names: [['kell', 1], ['orvane', 1]] });
    });

    withStore('unknown ids read as undefined or empty', async (store) => {
      assert.deepEqual(await store.getCentroids([404]), new Map());
      assert.equal(await store.getArticle(404), undefined);
      assert.equal(await store.getStory(404), undefined);
      assert.deepEqual(await store.storyArticles(404), []);
      assert.equal(await store.getReport(404), undefined);
      assert.deepEqual(await store.getSignatures([404]), []);
      assert.deepEqual(await store.findCandidates({ keys: ['t:none'], perKey: 5 }), []);
    });
  });
}
