// analyzeDocs (stage by stage over batches) gives exactly what analyzeDoc gives on each document, in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYZE_BATCH, analyzeDoc, analyzeDocs, ingestText, type Doc } from '../src/index.js';
import { runPipelineBatch, DEFAULT_STAGES } from '../src/analyze/pipeline.js';
import type { Stage } from '../src/analyze/types.js';

const EXAMPLES = join(import.meta.dirname, '..', 'examples');

/** The invented examples, each also cut into paragraphs, plus text the English stages must not read. */
function corpus(): Doc[] {
  const texts: [string, string][] = [];
  for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    texts.push([name, text]);
    text.split(/\n\n+/).filter((p) => p.trim().length > 40).forEach((p, i) => texts.push([`${name}#${i}`, p]));
  }
  texts.splice(5, 0, ['french', "Le conseil municipal de Brévanne a voté mardi soir la fermeture du marché couvert. Selon le maire, les travaux dureront deux ans et coûteront près de quatre millions d'euros aux contribuables de la commune."]);
  return texts.map(([name, text], i) => ({ ...ingestText(text, name), id: `d${i + 1}` }));
}

test('analyze batch: analyzeDocs equals analyzeDoc per document, across several batches', () => {
  const docs = corpus();
  assert.ok(docs.length > 2 * ANALYZE_BATCH, `needs more than two batches, has ${docs.length} docs`);
  const one = docs.map((doc) => analyzeDoc(doc));
  const batched = analyzeDocs(docs);
  assert.equal(batched.length, docs.length);
  batched.forEach((doc, i) => assert.deepEqual(doc, one[i], `doc ${docs[i].source}`));
  assert.ok(batched.some((doc) => doc.language === 'fra' && doc.sentences.length === 0), 'French text is reported, not analyzed');
  assert.ok(batched.some((doc) => doc.quotes.length > 0 && doc.entities.length > 0));
});

test('analyze batch: a publication date given for the batch anchors every document', () => {
  const docs = corpus().slice(0, 4);
  const batched = analyzeDocs(docs, { published: '2024-02-29' });
  batched.forEach((doc, i) => assert.deepEqual(doc, analyzeDoc(docs[i], { published: '2024-02-29' })));
});

test('analyze batch: a stage that throws on one document becomes its diagnostic; the others are untouched', () => {
  const docs = corpus().slice(0, 3);
  const boom: Stage = {
    name: 'boom', requires: [], provides: [],
    run(state) { if (state.doc.id === 'd2') throw new Error('odd input'); },
  };
  const stages = [...DEFAULT_STAGES.slice(0, 2), boom, ...DEFAULT_STAGES.slice(2)];
  const results = runPipelineBatch(docs, () => ({ options: {} }), stages);
  assert.deepEqual(results[1].doc.diagnostics, [{ rule: 'stage-failed:boom', message: 'odd input' }]);
  assert.equal(results[0].doc.diagnostics, undefined);
  assert.ok(results[1].doc.entities.length > 0, 'later stages still ran on the failing document');
});
