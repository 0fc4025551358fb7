// stories split step: cutting a story in two (bisect) and the split decision end to end (invented text only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../model/index.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { bisect, clusterArticle, DEFAULT_CLUSTER_OPTIONS } from './cluster.js';

const unit = (entries: [string, number][]) => {
  const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return new Map(entries.map(([k, w]) => [k, w / norm]));
};
const member = (id: number, terms: [string, number][], names: [string, number][]) => ({ id, terms: unit(terms), names: unit(names) });

const ferry = (id: number, extra: string) => member(id, [['ferry', 1], ['strike', 1], [extra, 0.5]], [['orvane', 1], ['tessa brandt', 1]]);
const bridge = (id: number, extra: string) => member(id, [['bridge', 1], ['crack', 1], [extra, 0.5]], [['kell', 1], ['ivo marsh', 1]]);

test('split: bisect separates two events and scores their halves apart; one event stays high; small stories are not cut', () => {
  const options = { ...DEFAULT_CLUSTER_OPTIONS, splitMinPart: 2 };
  const two = [ferry(1, 'pay'), ferry(2, 'union'), bridge(3, 'closure'), ferry(4, 'harbour'), bridge(5, 'engineer'), bridge(6, 'river')];
  const cut = bisect(two, options)!;
  assert.ok(cut);
  const second = [...cut.second].sort();
  assert.ok(JSON.stringify(second) === '[3,5,6]' || JSON.stringify(second) === '[1,2,4]', `halves ${second}`);
  assert.ok(cut.similarity < 0.1, `two events score ${cut.similarity}`);
  const one = [ferry(1, 'pay'), ferry(2, 'union'), ferry(3, 'harbour'), ferry(4, 'wage'), ferry(5, 'dock')];
  const same = bisect(one, options);
  assert.ok(same === undefined || same.similarity > 0.6, `one event scores ${same?.similarity}`);
  assert.equal(bisect(two.slice(0, 3), options), undefined, 'fewer than two halves of splitMinPart');
  assert.equal(bisect(two, { ...options, splitMinPart: 4 }), undefined);
  assert.deepEqual(bisect(two, options), cut, 'deterministic');
});

function doc(source: string, text: string): Doc {
  return { id: source, source, contributors: [], text, removed: [] };
}

const FERRY = [
  'Ferry crews in Orvane walked out on Monday, union leader Tessa Brandt said, stranding passengers at the harbour.',
  'The Orvane ferry strike entered its second day as Tessa Brandt demanded higher pay for harbour crews.',
  'Passengers waited at Orvane harbour while the ferry strike led by Tessa Brandt continued over pay.',
  'Tessa Brandt said the Orvane ferry crews would strike until the harbour company raised pay.',
];
// The bridge articles name Orvane too, so the two events share candidate keys (and can lump).
const BRIDGE = [
  'Engineers near Orvane closed the Kell river bridge on Monday after inspector Ivo Marsh found cracks in two piers.',
  'The Kell bridge outside Orvane stays closed while Ivo Marsh and his engineers measure the cracks in the river piers.',
  'Drivers crossed the river by the old Orvane road after Ivo Marsh ordered the Kell bridge closed over cracks.',
  'Ivo Marsh told Orvane drivers the cracks in the Kell river bridge piers would take weeks to repair.',
];

test('split: a story that lumped two events is cut in two as articles arrive; without the step it stays lumped', async () => {
  // Joins everything (threshold 0, no merges), so only the split step can keep the events apart.
  const lumping = { ...DEFAULT_CLUSTER_OPTIONS, threshold: 0, mergeThreshold: 2, splitMinPart: 2 };
  const order = [FERRY[0], BRIDGE[0], FERRY[1], BRIDGE[1], FERRY[2], BRIDGE[2], FERRY[3], BRIDGE[3]];
  const run = async (splitThreshold: number) => {
    const store = new SqliteStore(':memory:');
    const ids: number[] = [];
    let splits = 0;
    for (const [i, text] of order.entries()) {
      const outcome = await clusterArticle(store, doc(`invented-${i}.txt`, text), { ...lumping, splitThreshold });
      if (outcome.split !== undefined) splits++;
      ids.push(outcome.article);
    }
    const stories = await Promise.all(ids.map(async (id) => (await store.getArticle(id))!.story));
    const total = (await store.listStories()).reduce((sum, s) => sum + s.articles, 0);
    await store.close();
    return { stories, splits, total };
  };
  const off = await run(0);
  assert.equal(new Set(off.stories).size, 1);
  assert.equal(off.splits, 0);
  const on = await run(DEFAULT_CLUSTER_OPTIONS.splitThreshold);
  assert.ok(on.splits >= 1);
  assert.equal(on.total, order.length, 'every article in exactly one live story');
  const ferryStories = new Set(on.stories.filter((_, i) => i % 2 === 0));
  const bridgeStories = new Set(on.stories.filter((_, i) => i % 2 === 1));
  assert.equal(ferryStories.size, 1, `ferry articles in ${[...ferryStories]}`);
  assert.equal(bridgeStories.size, 1, `bridge articles in ${[...bridgeStories]}`);
  assert.notDeepEqual([...ferryStories], [...bridgeStories]);
});
