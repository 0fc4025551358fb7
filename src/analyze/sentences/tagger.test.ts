// sentences: the lite wink pipeline (sentences + POS only) reads text exactly as wink's default pipeline does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nlp, tagger } from '../nlp.js';

// Invented text, written for this test.
const TEXTS = [
  'The Vell Valley ferry stopped on Monday. "We had no choice," said harbour chief Ona Brakk, 54. Repairs cost $1.2m (about 3%).',
  'Dr. Imre Szalo of the Marrowby Institute didn\'t say when the U.N. team would arrive, but it won\'t be before 5 p.m.\n\nNew paragraph: :) #storm @desk',
  '',
  '   \n\n  ',
];

function read(instance: ReturnType<typeof nlp>, text: string): unknown {
  const doc = instance.readDoc(text);
  const its = instance.its;
  return [doc.tokens().out(its.value), doc.tokens().out(its.precedingSpaces), doc.tokens().out(its.pos), doc.sentences().out(its.span)];
}

test('sentences: tagger() gives the same tokens, spaces, POS tags and sentences as the default wink pipeline', () => {
  for (const text of TEXTS) assert.deepEqual(read(tagger(), text), read(nlp(), text), JSON.stringify(text));
});

const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');

test('sentences: tagger() matches the default pipeline on the seeds', { skip: existsSync(SEEDS) ? false : 'needs ../shared/seeds' }, () => {
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    assert.deepEqual(read(tagger(), text), read(nlp(), text), file);
  }
});
