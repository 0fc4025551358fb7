// Tests for the numbers stage: counted nouns, money, percentages, ordinals, and spans left to time expressions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../pipeline.js';
import { sentencesStage } from '../sentences/split.js';
import { timesStage } from '../time/stage.js';
import { numbersStage } from './stage.js';

function numbers(text: string): [string, number, string | undefined][] {
  const doc = { id: 'd1', source: 'test', contributors: [], text, removed: [] };
  const out = runPipeline(doc, { published: '2025-09-21', options: {} }, [sentencesStage, timesStage, numbersStage]).doc.numbers;
  for (const n of out) assert.equal(text.slice(n.span.start, n.span.end), n.span.text);
  return out.map((n) => [n.span.text, n.value, n.unit]);
}

const ROWS: [string, [string, number, string | undefined][]][] = [
  ['At least 45 people were evacuated.', [['45', 45, 'people']]],
  ['Three soldiers and twenty-one sailors were hurt.', [['Three', 3, 'soldiers'], ['twenty-one', 21, 'sailors']]],
  ['The council approved $2.5 million for the pier.', [['$2.5 million', 2_500_000, 'USD']]],
  ['Fares rose 12% and then 7.5 percent.', [['12%', 12, '%'], ['7.5 percent', 7.5, '%']]],
  ['The guild marked the third anniversary of the flood.', [['third', 3, 'ordinal']]],
  ['The 64-year-old skipper won 1,200 votes.', [['64', 64, 'years old'], ['1,200', 1200, 'votes']]],
  ['The fund holds €40 billion.', [['€40 billion', 40_000_000_000, 'EUR']]],
];

test('numbers: quantities with their unit', () => {
  for (const [sentence, expected] of ROWS) assert.deepEqual(numbers(sentence), expected, sentence);
});

const NOT_NUMBERS: string[] = [
  'The ferry left on Sunday, four years after the storm, in 2021.',
  'The Lions won 3-1.',
  'One of them left.',
];

test('numbers: time expressions, scores and the pronoun "one" are not counted', () => {
  for (const sentence of NOT_NUMBERS) assert.deepEqual(numbers(sentence), [], sentence);
});

test('numbers: patterns claim spans in their order, and the result is in text order', () => {
  // Money, age and percent claim first; the cardinals inside them are not counted twice; ordinals come last.
  assert.deepEqual(numbers('The 3rd bid: 40 crates, $12 million, 7% more, a 9-year-old mule and 5 carts.'), [
    ['3rd', 3, 'ordinal'], ['40', 40, 'crates'], ['$12 million', 12_000_000, 'USD'], ['7%', 7, '%'], ['9', 9, 'years old'], ['5', 5, 'carts'],
  ]);
});

test('numbers: a sentence of tens of thousands of numbers gives every one of them, in order', () => {
  const count = 20_000;
  const found = numbers(`Tallies ${Array.from({ length: count }, (_, i) => `${i + 10} crates`).join(', ')}.`);
  assert.equal(found.length, count);
  assert.deepEqual(found.slice(0, 2), [['10', 10, 'crates'], ['11', 11, 'crates']]);
  assert.deepEqual(found.at(-1), [String(count + 9), count + 9, 'crates']);
});
