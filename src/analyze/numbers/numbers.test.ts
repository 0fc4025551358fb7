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
