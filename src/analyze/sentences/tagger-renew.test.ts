// sentences: the wink tagger can be replaced by a fresh instance (to drop the words it learned) with the same results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDoc, ingestText } from '../../index.js';
import { renewTagger, tagger } from '../nlp.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples');

test('sentences: a renewed tagger gives the same analysis', () => {
  const docs = readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt')).map((n) => ingestText(readFileSync(join(EXAMPLES, n), 'utf8'), n));
  const before = docs.map((doc) => analyzeDoc(doc));
  const first = tagger();
  renewTagger();
  assert.notEqual(tagger(), first, 'a fresh instance');
  docs.forEach((doc, i) => assert.deepEqual(analyzeDoc(doc), before[i], doc.source));
});

test('sentences: many tagger instances in one process load (the model loader must not degrade)', () => {
  // wink-eng-lite-web-model's custom-entity loader re-stringifies its data on each call; unguarded, one of the first ~20 fails.
  for (let i = 0; i < 24; i++) {
    renewTagger();
    const nlp = tagger();
    assert.equal(nlp.readDoc('The ferry left at noon. It was late.').sentences().length(), 2);
  }
});
