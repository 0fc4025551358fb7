// stories features: number keys and lead weighting (invented text only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../model/index.js';
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, numberKey } from './features.js';

function doc(text: string): Doc {
  return { id: 'd1', source: 'invented.txt', contributors: [], text, removed: [] };
}

test('features: number keys keep magnitudes, tolls and years, not small integers or words', () => {
  const rows: [string, string | undefined][] = [
    ['5.6', '#5.6'], ['2,000', '#2000'], ['2031', '#2031'], ['12', '#12'], ['0.5', '#0.5'],
    ['7', undefined], ['seven', undefined], ['4:59', undefined], ['31-24', undefined], ['', undefined],
  ];
  for (const [text, expected] of rows) assert.equal(numberKey(text), expected, text);
});

test('features: numbers join the names only when asked', () => {
  const text = 'A magnitude 6.3 tremor shook the island of Velmora on Tuesday.\nOfficials in Velmora counted 140 damaged homes.';
  const off = extractFeatures(doc(text), { ...DEFAULT_FEATURE_OPTIONS, numbers: false });
  const on = extractFeatures(doc(text), { ...DEFAULT_FEATURE_OPTIONS, numbers: true });
  assert.equal(off.names.has('#6.3'), false);
  assert.equal(on.names.get('#6.3'), 1 * DEFAULT_FEATURE_OPTIONS.leadWeight);
  assert.ok(on.names.has('#140'));
  assert.ok(on.names.has('velmora'));
});

test('features: words of the lead sentences count leadWeight times, later ones once', () => {
  const lead = 'Harbour cranes toppled in the gale at Quillport.';
  const later = ['The ferry timetable was unchanged.', 'Dockers met the operators.', 'Cranes will be inspected next month.'];
  const text = [lead, ...later].join('\n');
  const options = { ...DEFAULT_FEATURE_OPTIONS, leadSentences: 1, leadWeight: 3 };
  const f = extractFeatures(doc(text), options);
  assert.equal(f.terms.get('gale'), 3, 'lead word');
  assert.equal(f.terms.get('timetable'), 1, 'later word');
  assert.equal(f.terms.get('crane'), 4, 'lead and later');
  const flat = extractFeatures(doc(text), { ...options, leadWeight: 1 });
  assert.equal(flat.terms.get('gale'), 1);
  assert.equal(flat.length, f.length, 'the word count does not depend on weighting');
});
