// stories: identity (URL, content hash), features, assignment decisions, incremental clustering and idempotency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/model/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { clusterArticle, decideAssignment, DEFAULT_CLUSTER_OPTIONS } from '../src/stories/cluster.js';
import { extractFeatures, minhashBands, stem } from '../src/stories/features.js';
import { contentHash, normalizeUrl } from '../src/stories/identity.js';
import { storyReport } from '../src/stories/report.js';
import { bcubed, ecbText } from '../src/eval/clustering.js';

function doc(source: string, text: string, extra: Partial<Doc> = {}): Doc {
  return { id: 'd1', source, contributors: [], text, removed: [], ...extra };
}

const FLOOD_A = doc('https://tidewater.example/flood', [
  'Floodwater swept through the village of Marrowby on Sunday after the Quellen river burst its banks, the regional water board said.',
  'Board chairwoman Idris Vantongeren said 300 homes in Marrowby were evacuated overnight and two pumping stations failed.',
  '"The Quellen rose faster than any model predicted," Vantongeren said at a briefing in Marrowby.',
  'Emergency crews from Holtmere brought sandbags and boats to the flooded streets.',
].join('\n\n'), { published: '2026-04-12', title: 'Quellen floods Marrowby' });
const FLOOD_B = doc('https://lowland-ledger.example/news/marrowby', [
  'About 300 homes were evacuated in Marrowby when the Quellen river overflowed on Sunday, according to the water board.',
  'Idris Vantongeren, who chairs the board, blamed two failed pumping stations for the flooding in Marrowby.',
  'Crews from Holtmere used boats to reach residents trapped by the Quellen floodwater.',
].join('\n\n'), { published: '2026-04-13', title: 'Marrowby evacuated as Quellen overflows' });
const TRIAL = doc('https://courtwatch.example/verdict', [
  'A jury in Castelbrin found the former port director Osric Pellamy guilty of bribery on Thursday.',
  'Prosecutor Maren Aldiss said Pellamy took payments from a shipping broker between 2019 and 2022.',
  'Pellamy will be sentenced in June, the Castelbrin district court said.',
].join('\n\n'), { published: '2026-04-14', title: 'Pellamy guilty of bribery' });

test('stories: URLs normalize to one key per page; non-http sources have none', () => {
  const rows: [string, string | undefined][] = [
    ['https://News.Example/a/b/?utm_source=x&b=2&a=1#top', 'news.example/a/b?a=1&b=2'],
    ['http://news.example/a/b', 'news.example/a/b'],
    ['https://news.example:443/a/b/', 'news.example/a/b'],
    ['examples/01.txt', undefined],
    ['ftp://news.example/a', undefined],
    ['', undefined],
  ];
  for (const [raw, expected] of rows) assert.equal(normalizeUrl(raw), expected, raw);
});

test('stories: the content hash ignores case and whitespace but not words', () => {
  assert.equal(contentHash('The  Board\nmet.'), contentHash('the board met.'));
  assert.equal(contentHash(' the board met. '), contentHash('the board met.'));
  assert.notEqual(contentHash('the board met.'), contentHash('the board left.'));
});

test('stories: stemming folds plurals and leaves other words', () => {
  const rows: [string, string][] = [['councils', 'council'], ['cities', 'city'], ['boxes', 'box'], ['press', 'press'], ['status', 'status'], ['crisis', 'crisis'], ["board's", 'board']];
  for (const [word, expected] of rows) assert.equal(stem(word), expected, word);
});

test('stories: features hold names, content words, bands and the day', () => {
  const f = extractFeatures(FLOOD_A);
  assert.ok(f.names.has('marrowby'), [...f.names.keys()].join(','));
  assert.ok(f.names.has('idris vantongeren'));
  assert.ok(f.terms.has('pumping'));
  assert.equal(f.terms.has('the'), false, 'stop words are not content words');
  assert.equal(f.terms.has('said'), false);
  assert.equal(f.bands.length, 8);
  assert.equal(f.day, Math.floor(Date.parse('2026-04-12') / 86_400_000));
  assert.equal(extractFeatures(doc('x', 'Short text.')).day, undefined);
});

test('stories: MinHash bands match for the same text and mostly differ for other text', () => {
  const words = 'the harbour board voted to close the old ferry pier after the storm damaged its pilings'.split(' ');
  assert.deepEqual(minhashBands(words), minhashBands(words.slice()));
  const other = 'a jury in the capital acquitted the former mayor of every charge brought by prosecutors'.split(' ');
  const shared = minhashBands(other).filter((b) => minhashBands(words).includes(b));
  assert.equal(shared.length, 0);
  assert.deepEqual(minhashBands(['too', 'short']), []);
});

test('stories: decisions: new below the threshold, join above, merge when two are strong', () => {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, threshold: 0.3, mergeThreshold: 0.6 };
  const rows: [{ story: number; score: number }[], string][] = [
    [[], 'new'],
    [[{ story: 1, score: 0.29 }], 'new'],
    [[{ story: 1, score: 0.31 }, { story: 2, score: 0.2 }], 'join:1'],
    [[{ story: 2, score: 0.7 }, { story: 1, score: 0.5 }], 'join:2'],
    [[{ story: 2, score: 0.7 }, { story: 1, score: 0.65 }], 'merge:2,1'],
  ];
  for (const [scores, expected] of rows) {
    const d = decideAssignment(scores, o);
    const got = d.kind === 'join' ? `join:${d.story}` : d.kind === 'merge' ? `merge:${d.stories.join(',')}` : 'new';
    assert.equal(got, expected, JSON.stringify(scores));
  }
});

test('stories: two reports of one event share a story; an unrelated one opens another', async () => {
  const store = new SqliteStore(':memory:');
  const a = await clusterArticle(store, FLOOD_A);
  const b = await clusterArticle(store, FLOOD_B);
  const c = await clusterArticle(store, TRIAL);
  assert.equal(b.story, a.story);
  assert.notEqual(c.story, a.story);
  assert.equal((await store.listStories()).length, 2);
  await store.close();
});

test('stories: ingesting the same articles again adds nothing (URL or content)', async () => {
  const store = new SqliteStore(':memory:');
  for (const d of [FLOOD_A, FLOOD_B, TRIAL]) await clusterArticle(store, d);
  const again = [
    await clusterArticle(store, FLOOD_A),
    await clusterArticle(store, { ...FLOOD_B, source: 'elsewhere.txt', text: FLOOD_B.text.toUpperCase() }),
    await clusterArticle(store, { ...TRIAL, text: 'Entirely new words, same address.' }),
  ];
  assert.deepEqual(again.map((o) => o.duplicate), [true, true, true]);
  assert.equal(await store.countArticles(), 3);
  assert.equal((await store.listStories()).reduce((n, s) => n + s.articles, 0), 3);
  await store.close();
});

test("stories: a story's report is cached and recomputed when an article joins", async () => {
  const store = new SqliteStore(':memory:');
  const a = await clusterArticle(store, FLOOD_A);
  const first = await storyReport(store, a.story);
  assert.equal(first?.cached, false);
  assert.equal(first?.report.documents.length, 1);
  assert.equal((await storyReport(store, a.story))?.cached, true);
  await clusterArticle(store, FLOOD_B);
  const second = await storyReport(store, a.story);
  assert.equal(second?.cached, false);
  assert.deepEqual(second?.report.documents.map((d) => d.id), ['d1', 'd2']);
  assert.equal(await storyReport(store, 999), undefined);
  await store.close();
});

test('stories: B-cubed scores perfect, lumped and split clusterings', () => {
  const gold = ['a', 'a', 'b', 'b'];
  const rows: [number[], number, number][] = [
    [[1, 1, 2, 2], 1, 1],
    [[1, 1, 1, 1], 0.5, 1],
    [[1, 2, 3, 4], 1, 0.5],
  ];
  for (const [system, p, r] of rows) {
    const score = bcubed(system, gold);
    assert.equal(score.precision, p);
    assert.equal(score.recall, r);
  }
});

test('stories: ECB+ token text is rebuilt with spaces only where words meet', () => {
  const xml = '<Document><token t_id="1" sentence="0" number="0">Crews</token><token t_id="2" sentence="0" number="1">arrived</token>'
    + '<token t_id="3" sentence="0" number="2">,</token><token t_id="4" sentence="0" number="3">officials</token>'
    + '<token t_id="5" sentence="0" number="4">said</token><token t_id="6" sentence="0" number="5">.</token>'
    + '<token t_id="7" sentence="1" number="0">``</token><token t_id="8" sentence="1" number="1">Go</token>'
    + "<token t_id=\"9\" sentence=\"1\" number=\"2\">''</token><token t_id=\"10\" sentence=\"1\" number=\"3\">&amp;</token></Document>";
  assert.equal(ecbText(xml), 'Crews arrived, officials said.\n"Go" &');
});
